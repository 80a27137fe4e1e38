import BlueprintDiagnostics
import BlueprintModel
import BlueprintSyntax

// Redaction: what a shareable output may show of research data. Two rules, both here so every
// output applies them the same way:
//   1. personal data (e-mail addresses, phone numbers, postcodes, NI numbers) is masked;
//   2. an excerpt is shown verbatim only when its participant consented to quotation.

extension PersonalData.Kind {
    /// What replaces this kind of data in a redacted copy: "[email removed]".
    public var marker: String {
        switch self {
        case .email: "[email removed]"
        case .phone: "[phone removed]"
        case .postcode: "[postcode removed]"
        case .nationalInsurance: "[NI number removed]"
        }
    }

    /// The marker as it may stand inside an ID ("phone-removed"): IDs allow no brackets or spaces.
    public var identifierMarker: String {
        switch self {
        case .email: "email-removed"
        case .phone: "phone-removed"
        case .postcode: "postcode-removed"
        case .nationalInsurance: "ni-number-removed"
        }
    }
}

extension PersonalData {
    /// `text` with every e-mail address, phone number, postcode and NI number replaced by its
    /// marker: "ring 0121 496 0000" becomes "ring [phone removed]".
    public static func mask(_ text: String) -> String {
        replacing(matches(in: text), in: text) { $0.marker }
    }

    /// `id` with personal data replaced by markers that keep it a valid ID
    /// ("call-07700900123" becomes "call-phone-removed"). The same ID always gives the same result,
    /// so references to it still resolve.
    public static func maskIdentifier(_ id: String) -> String {
        replacing(matches(in: id), in: id) { $0.identifierMarker }
    }

    private static func replacing(_ found: [Match], in text: String, with marker: (Kind) -> String) -> String {
        guard !found.isEmpty else { return text }
        var result = ""
        var position = text.startIndex
        for match in found {
            result += text[position..<match.range.lowerBound]
            result += marker(match.kind)
            position = match.range.upperBound
        }
        return result + text[position...]
    }
}

/// Which excerpts may be shown verbatim. `displayText(of:)` is THE way every output shows an
/// excerpt's words: reports, summaries, traces, exports. It gives the words only when the
/// excerpt's participant has `consent: quote`; otherwise a notice that names the participant and
/// says why the words are withheld. An excerpt with no known participant is withheld too (consent
/// is never assumed: the default is `paraphrase`).
public struct Redaction: Sendable {
    private let consent: [String: Participant.Consent]
    /// The notice for each excerpt text that may not be quoted, by where the text is written.
    public let withheld: [SourceRange: String]

    /// The consent of every participant of `workspace` (the first definition of an ID counts),
    /// and the excerpts it withholds.
    public init(_ workspace: Workspace) {
        var consent: [String: Participant.Consent] = [:]
        for participant in workspace.participants where consent[participant.id.value] == nil {
            consent[participant.id.value] = participant.consent
        }
        self.consent = consent
        var withheld: [SourceRange: String] = [:]
        for excerpt in workspace.excerpts where !(excerpt.participant.map { consent[$0.value] == .quote } ?? false) {
            withheld[excerpt.text.range] = Self.notice(for: excerpt, consent: consent)
        }
        self.withheld = withheld
    }

    /// Whether the excerpt's participant agreed to be quoted verbatim.
    public func mayQuote(_ excerpt: Excerpt) -> Bool {
        excerpt.participant.map { consent[$0.value] == .quote } ?? false
    }

    /// The excerpt's words when they may be quoted, with personal data masked ("ring [phone
    /// removed]"), else the notice that stands in for them: "[paraphrase only: P07 did not consent
    /// to quotation]". Consent says whose words may be shown; it never makes an e-mail address
    /// or phone number shareable.
    public func displayText(of excerpt: Excerpt) -> String {
        mayQuote(excerpt) ? Self.displayText(excerpt.text.unredacted.value) : notice(for: excerpt)
    }

    /// A free-text comment as outputs show it: personal data masked. Comments carry no
    /// participant, so there is no consent to check; they are anonymous by collection.
    public static func displayText(of comment: Comment) -> String {
        displayText(comment.text.unredacted.value)
    }

    /// A session's summary as outputs show it: the researcher's words, personal data masked.
    public static func displayText(summaryOf session: Session) -> String? {
        session.summary.map { displayText($0.unredacted.value) }
    }

    /// Free text as any output may show it: every e-mail address, phone number, postcode and NI
    /// number masked (`PersonalData.mask`). Traces, trace diagrams and the report show the text
    /// of comments, insights, pain points, stories … only through this (or `displayText(of:)`).
    public static func displayText(_ text: String) -> String {
        PersonalData.mask(text)
    }

    /// What stands in for an excerpt that may not be quoted.
    public func notice(for excerpt: Excerpt) -> String { Self.notice(for: excerpt, consent: consent) }

    private static func notice(for excerpt: Excerpt, consent: [String: Participant.Consent]) -> String {
        guard let participant = excerpt.participant?.value else {
            return "[paraphrase only: the excerpt names no participant, so no consent to quotation is recorded]"
        }
        guard consent[participant] != nil else {
            return "[paraphrase only: no consent to quotation is recorded for \(participant)]"
        }
        return "[paraphrase only: \(participant) did not consent to quotation]"
    }

    /// The excerpt's words when they may be quoted, else the notice (one excerpt; for many, make
    /// one `Redaction` and call `displayText(of:)` on it).
    public static func displayText(of excerpt: Excerpt, in workspace: Workspace) -> String {
        Redaction(workspace).displayText(of: excerpt)
    }

    /// A document as it may be shared: every scalar (keys too) with personal data masked, and
    /// the text of every excerpt that may not be quoted replaced by its notice. The tree keeps
    /// its shape, so the copy loads like the original. A scalar spelt as an ID gets markers that
    /// keep it an ID ("call-phone-removed"), so references to it still resolve.
    public func shareable(_ node: Node) -> Node {
        var copy = node
        switch node.value {
        case .scalar(let scalar):
            if let notice = withheld[node.range] {
                copy.value = .scalar(Scalar(notice, style: .doubleQuoted))
            } else {
                let isIdentifier = IDSyntax.isValid(scalar.text)
                let masked = isIdentifier ? PersonalData.maskIdentifier(scalar.text) : PersonalData.mask(scalar.text)
                if masked != scalar.text {
                    // A changed plain scalar stays plain only as an ID; other text is quoted, so a
                    // marker's brackets are never read as a list.
                    let style: Scalar.Style = scalar.style != .plain ? scalar.style : isIdentifier ? .plain : .doubleQuoted
                    copy.value = .scalar(Scalar(masked, style: style))
                }
            }
        case .sequence(let items):
            copy.value = .sequence(items.map(shareable))
        case .mapping(let pairs):
            copy.value = .mapping(pairs.map { Pair(key: shareable($0.key), value: shareable($0.value)) })
        }
        return copy
    }

    /// `text` with every character of the personal data `PersonalData` finds in it replaced by
    /// `▒`, so a line `check` echoes keeps its columns but not the data. For what BP034 never
    /// reads: a value the decoder rejects (an invalid date), a key, a file that does not load.
    public static func blankingPersonalData(in text: String) -> String {
        let found = PersonalData.matches(in: text)
        guard !found.isEmpty else { return text }
        var result = String.UnicodeScalarView()
        var position = text.startIndex
        for match in found {
            result += text[position..<match.range.lowerBound].unicodeScalars
            for scalar in text[match.range].unicodeScalars { result.append(scalar == "\n" || scalar == "\r" ? scalar : "▒") }
            position = match.range.upperBound
        }
        result += text[position...].unicodeScalars
        return String(result)
    }

    /// `text` (a source file) with every span in `ranges` blanked out, character for character, so
    /// lines and columns stay where they were: what `check` shows under a caret must not show
    /// words that may not be quoted. Line breaks are kept; ranges of other files are ignored.
    public static func blankingOut(_ ranges: [SourceRange], in text: String, file: String) -> String {
        let ranges = ranges.filter { $0.file == file && $0.start < $0.end }.sorted()
        guard !ranges.isEmpty else { return text }
        var result = String.UnicodeScalarView()
        var position = SourcePosition(line: 1, column: 1)
        var previous: Unicode.Scalar?
        var next = 0  // the first range that does not end before `position`
        for scalar in text.unicodeScalars {
            while next < ranges.count, ranges[next].end <= position { next += 1 }
            let isBreak = scalar == "\n" || scalar == "\r"
            let hidden = next < ranges.count && ranges[next].start <= position
            result.append(hidden && !isBreak ? "▒" : scalar)
            // libyaml counts "\r\n" as one line break, a lone "\r" or "\n" as one each.
            if scalar == "\n" {
                if previous != "\r" { position = SourcePosition(line: position.line + 1, column: 1) }
            } else if scalar == "\r" {
                position = SourcePosition(line: position.line + 1, column: 1)
            } else {
                position.column += 1
            }
            previous = scalar
        }
        return String(result)
    }
}

extension Backlog.Group {
    /// The epic's title as outputs show it, personal data masked (else its ID, or "(no epic)").
    public var shownTitle: String { Redaction.displayText(title) }
}

extension Located where Value == String {
    /// The text as any output may show it: `Redaction.displayText`, personal data masked. For the
    /// free text of blueprints, personas, stories and research (not IDs: masking them would
    /// break references).
    public var shown: String { Redaction.displayText(value) }
}
