import BlueprintDiagnostics
import BlueprintModel

/// E-mail addresses, phone numbers, postcodes and National Insurance numbers in a workspace's
/// text: blueprints, personas, stories and research are shared widely, and research data is
/// personal data. The patterns are `PersonalData`'s, the same the redactor masks.
public struct PersonalDataRule: Rule {
    public static let description = RuleDescription(
        id: "BP034", name: "personal-data", stage: .design, severity: .warning,
        summary: "Free text contains what looks like an e-mail address, a phone number, a UK postcode or a National Insurance number.",
        rationale: "Blueprints, personas, stories and research notes are shared widely, and excerpts and comments are personal data. Use personas and role names ('Contact Centre Agent'), never a real person's contact details; remove or mask the address, number or postcode (a postcode district such as 'B1' is usually enough). `blueprint research export --redact` writes a copy with all of them masked.",
        triggering: [
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\nsummary: Emails from ↓hayley@example.org most days\n",
            "kind: persona\nid: mr-hamid\nname: Mr Hamid\nrole: customer\nquote: \"Ring me on ↓0121 496 0000 any time\"\n",
            "kind: notes\nid: session-p01\nstudy: discovery\nparticipants: [P01]\nexcerpts:\n  - id: p01-bins\n    text: They never came to ↓B1 1BB, not once\n",
            "kind: notes\nid: session-p02\nstudy: discovery\nparticipants: [P02]\nexcerpts:\n  - id: p02-benefits\n    text: \"They asked for my NI number, ↓AB 12 34 56 C, three times\"\n",
            "kind: comments\nid: webinar\ncomments:\n  - id: wc-001\n    text: My road is ↓SW1A 1AA and the bins there are never emptied\n",
            "kind: comments\nid: webinar\ncomments:\n  - id: wc-003\n    text: Ring me on ↓+44 7700 900123 about the bins\n",
            "kind: comments\nid: webinar\ncomments:\n  - id: wc-002\n    text: \"Number is ↓AB123456C if you need it\"\n",
            "kind: stories\nid: s\nstories:\n  - id: s1\n    text: As a customer I need replies at ↓jo@example.org so that I know\n",
        ],
        nonTriggering: [
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\nsummary: Reports problems by e-mail; 3 calls in 10 days\n",
            "kind: comments\nid: webinar\ncomments:\n  - id: wc-001\n    text: B2B customers on the A1 road lost their COVID19 grant; see form QQ 12 34 56 C; B1 is fine\n",
        ])

    public init() {}

    public func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let visit = { (text: Text) in found += findings(in: text) }
        workspace.forEachFreeText(visit)
        return found
    }

    private func findings(in text: Text) -> [Diagnostic] {
        PersonalData.matches(in: text.value).map { match in
            finding("text contains what looks like \(match.kind.description)",
                    at: text.range(of: match.range),
                    help: "remove or mask it (a role name for a person, a postcode district such as 'B1' for a place); personal data does not belong in a shared workspace")
        }
    }
}
