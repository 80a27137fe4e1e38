import BlueprintAnalysis
import BlueprintKit
import BlueprintSyntax
import Testing

@Suite("Personal data: what is found")
struct PersonalDataTests {
    /// The kind and text of every match.
    func found(_ text: String) -> [String] {
        PersonalData.matches(in: text).map { "\($0.kind.rawValue): \(text[$0.range])" }
    }

    @Test("e-mail addresses")
    func email() {
        #expect(found("write to jo.bloggs+bins@example.co.uk today") == ["email: jo.bloggs+bins@example.co.uk"])
        #expect(found("Reports problems by e-mail; @council on Twitter; a@b") == [])
    }

    @Test("UK phone numbers: landline, mobile, +44 forms, brackets and hyphens")
    func phone() {
        for number in ["0121 496 0000", "01214960000", "020 7946 0000", "(0121) 496 0000", "01632 960000",
                       "07700 900123", "07700-900-123", "07700900123", "+44 7700 900123", "+447700900123",
                       "+44 (0)20 7946 0000", "+44 121 496 0000"] {
            #expect(found("ring \(number) now") == ["phone: \(number)"], "\(number)")
        }
        // Too short, too long, part of a longer token, or not a phone number at all.
        for text in ["3 calls in 10 days", "call 0121 496", "ref 012149600001234", "x01214960000", "2022-02-24", "£1,000,000,000"] {
            #expect(found(text) == [], "\(text)")
        }
    }

    @Test("UK postcodes: every outward form, with or without the space, capitals or lower case; not ordinary words")
    func postcode() {
        for code in ["B1 1BB", "SW1A 1AA", "M60 1NW", "EC1A 1BB", "W1A 0AX", "CR2 6XH", "DN55 1PT", "GIR 0AA", "SW1A1AA", "B11BB", "b1 1bb", "B1  1BB"] {
            #expect(found("lives at \(code).") == ["postcode: \(code)"], "\(code)")
        }
        for text in ["B2B customers", "the A1 road", "COVID19 grants", "B1 is a district", "b1 1Bb in mixed case",
                     "ROOM 2PM", "AB12CD", "Q1 1AA (Q never starts a postcode)", "XB1 1BBX", "MK4 1AC"] {
            #expect(found(text) == [], "\(text)")
        }
    }

    @Test("National Insurance numbers: spaced or not, HMRC's prefix rules")
    func nationalInsurance() {
        for number in ["AB 12 34 56 C", "AB123456C", "JG 10 37 59 A", "ab123456c".uppercased(), "CE 123456 D"] {
            #expect(found("NI number \(number) on file") == ["nationalInsurance: \(number)"], "\(number)")
        }
        // The specimen (Q is never issued), D/F/I/U/V prefixes, O second, unissued prefixes, suffix E.
        for text in ["QQ 12 34 56 C", "DA123456A", "AO123456A", "GB123456A", "TN 12 34 56 B", "ZZ123456A", "AB123456E", "AB1234567C"] {
            #expect(found(text) == [], "\(text)")
        }
    }

    @Test("several kinds in one text, in order")
    func several() {
        #expect(found("jo@example.org, 0121 496 0000, B1 1BB, AB 12 34 56 C")
            == ["email: jo@example.org", "phone: 0121 496 0000", "postcode: B1 1BB", "nationalInsurance: AB 12 34 56 C"])
    }
}

@Suite("Redaction: masking and consent")
struct RedactionTests {
    @Test("mask replaces each match with its marker and keeps the rest")
    func mask() {
        #expect(PersonalData.mask("Mail jo@example.org or ring 07700 900123 at B1 1BB (NI AB123456C).")
            == "Mail [email removed] or ring [phone removed] at [postcode removed] (NI [NI number removed]).")
        #expect(PersonalData.mask("Nothing personal here") == "Nothing personal here")
        #expect(PersonalData.maskIdentifier("call-07700900123") == "call-phone-removed")
        #expect(IDSyntax.isValid(PersonalData.maskIdentifier("SW1A1AA-AB123456C")))
    }

    static let workspace = """
    kind: participants
    study: s
    participants:
      - {id: P01, segment: citizen, consent: quote}
      - {id: P07, segment: citizen, consent: paraphrase}
      - {id: P08, segment: staff}
    ---
    kind: notes
    id: group
    study: s
    participants: [P01, P07, P08]
    excerpts:
      - {id: e1, participant: P01, text: I can be quoted}
      - {id: e7, participant: P07, text: The marmalade van never came back}
      - {id: e8, participant: P08, text: Default consent is paraphrase}
      - {id: e9, participant: P99, text: Nobody recorded my consent}
      - {id: e0, text: No participant named}

    """

    static func result() -> CheckResult {
        Checker.check([SourceFile(path: "research.yaml", text: workspace)])
    }

    @Test("displayText: the words only with consent to quote, else a notice naming the participant")
    func displayText() throws {
        let workspace = Self.result().workspace
        let shown = workspace.excerpts.map { Redaction.displayText(of: $0, in: workspace) }
        #expect(shown == [
            "I can be quoted",
            "[paraphrase only: P07 did not consent to quotation]",
            "[paraphrase only: P08 did not consent to quotation]",
            "[paraphrase only: no consent to quotation is recorded for P99]",
            "[paraphrase only: the excerpt names no participant, so no consent to quotation is recorded]",
        ])
        #expect(Redaction(workspace).withheld.count == 4)
    }

    @Test("check's source lines blank out withheld words, column for column")
    func sourceLines() throws {
        let result = Self.result()
        let shown = try #require(result.sourceTexts["research.yaml"])
        #expect(!shown.contains("marmalade"))
        #expect(shown.contains("I can be quoted"))
        let original = Self.workspace.split(separator: "\n", omittingEmptySubsequences: false)
        let blanked = shown.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(original.count == blanked.count)
        for (before, after) in zip(original, blanked) { #expect(before.unicodeScalars.count == after.unicodeScalars.count) }
        #expect(blanked[13] == "  - {id: e7, participant: P07, text: ▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒}")
    }

    @Test("blanking follows libyaml's lines: CRLF and a lone CR each end one line")
    func blankingLineEnds() {
        let range = SourceRange(file: "f", start: SourcePosition(line: 3, column: 2), end: SourcePosition(line: 3, column: 4))
        #expect(Redaction.blankingOut([range], in: "a\r\nb\rxyzw\n", file: "f") == "a\r\nb\rx▒▒w\n")
        #expect(Redaction.blankingOut([range], in: "a\nb\nxyzw\n", file: "other") == "a\nb\nxyzw\n")
    }

    @Test("a shareable tree: notices for withheld excerpts, markers for personal data, shape kept")
    func shareableTree() throws {
        let yaml = "kind: participants\nstudy: s\nparticipants:\n  - id: P07\n    segment: citizen\n    attributes: {phone: 07700 900123, ref: call-07700900123, age: 42}\n---\nkind: notes\nid: n\nstudy: s\nparticipants: [P07]\nexcerpts:\n  - id: e7\n    text: |\n      Write to jo@example.org,\n      the marmalade van never came back\n"
        let result = Checker.check([SourceFile(path: "r.yaml", text: yaml)])
        let redaction = Redaction(result.workspace)
        let documents = YAMLParser.parse(yaml, file: "r.yaml").documents
        let written = YAMLWriter.file(documents.map { redaction.shareable($0.root) })
        #expect(written == """
        kind: participants
        study: s
        participants:
          - id: P07
            segment: citizen
            attributes:
              phone: "[phone removed]"
              ref: call-phone-removed
              age: 42
        ---
        kind: notes
        id: n
        study: s
        participants: [P07]
        excerpts:
          - id: e7
            text: "[paraphrase only: P07 did not consent to quotation]"

        """)
    }
}
