import Diagnostics
import Model

/// E-mail addresses and phone numbers in a workspace's text: research data is personal data.
public struct PersonalDataRule: Rule {
    public static let description = RuleDescription(
        id: "BP034", name: "personal-data", stage: .design, severity: .warning,
        summary: "Free text contains what looks like an e-mail address or a phone number.",
        rationale: "Blueprints, personas and research notes are shared widely. Use personas and role names ('Contact Centre Agent'), never a real person's contact details; remove or mask the address or number.",
        triggering: [
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\nsummary: Emails from ↓hayley@example.org most days\n",
            "kind: persona\nid: mr-hamid\nname: Mr Hamid\nrole: customer\nquote: \"Ring me on ↓0121 496 0000 any time\"\n",
        ],
        nonTriggering: [
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\nsummary: Reports problems by e-mail; 3 calls in 10 days\n",
        ])

    private typealias Pattern = (what: String, regex: Regex<AnyRegexOutput>, mightMatch: (String) -> Bool)

    /// Built per run: `Regex` is not `Sendable`. The cheap `mightMatch` test skips most text.
    private static func patterns() -> [Pattern] { [
        ("an e-mail address", try! Regex(#"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"#), { $0.utf8.contains(UInt8(ascii: "@")) }),
        ("a phone number", try! Regex(#"(?:\+44\s?\(?0?\)?\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b"#), hasNineDigits),
    ] }

    public init() {}

    /// Whether text has at least the nine digits any phone number needs (a cheap first test).
    private static func hasNineDigits(_ text: String) -> Bool {
        var digits = 0
        for byte in text.utf8 where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
            digits += 1
            if digits == 9 { return true }
        }
        return false
    }

    public func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic] {
        let patterns = Self.patterns()
        var found: [Diagnostic] = []
        let visit = { (text: Text) in found += findings(in: text, patterns: patterns) }
        workspace.personas.forEach { $0.forEachFreeText(visit) }
        workspace.blueprints.forEach { $0.forEachFreeText(visit) }
        return found
    }

    private func findings(in text: Text, patterns: [Pattern]) -> [Diagnostic] {
        guard patterns.contains(where: { $0.mightMatch(text.value) }) else { return [] }
        return patterns.flatMap { pattern -> [Diagnostic] in
            guard pattern.mightMatch(text.value) else { return [] }
            return text.value.matches(of: pattern.regex).map { match in
                finding("text contains what looks like \(pattern.what)",
                        at: text.range(of: match.range),
                        help: "remove it, or replace it with a role name; personal contact details do not belong in a workspace")
            }
        }
    }
}
