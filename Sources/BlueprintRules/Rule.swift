import BlueprintDiagnostics
import BlueprintModel

/// A YAML example for a rule's documentation and tests. A `↓` marks where the finding
/// points (the SwiftLint convention); it is removed before the example is checked.
public struct Example: Sendable, Hashable, ExpressibleByStringLiteral {
    public var yaml: String

    public init(_ yaml: String) { self.yaml = yaml }
    public init(stringLiteral yaml: String) { self.yaml = yaml }

    /// The example without its marker.
    public var text: String { String(yaml.filter { $0 != "↓" }) }

    /// The line and column of the marker, if the example has one.
    public var markedPosition: SourcePosition? {
        var line = 1, column = 1
        for character in yaml {
            if character == "↓" { return SourcePosition(line: line, column: column) }
            if character == "\n" { line += 1; column = 1 } else { column += character.unicodeScalars.count }
        }
        return nil
    }
}

/// What a rule checks, in words and examples. Every diagnostic ID has one, whether the
/// finding comes from the parser, a decoder or a `Rule`; `blueprint rules` lists them.
public struct RuleDescription: Sendable, Hashable {
    /// The pipeline stage that reports it, which is also where to look for its code.
    public enum Stage: String, Sendable, Hashable, CaseIterable {
        case syntax, schema, linking, design, stories
        /// Links and integrity of the research kinds: evidence chains, sessions, sampling plans.
        case research

        /// The heading the stage's rules are listed under in docs/RULES.md.
        public var title: String {
            switch self {
            case .syntax: "Syntax"
            case .schema: "Schema"
            case .linking: "Linking"
            case .design: "Design"
            case .stories: "Story quality"
            case .research: "Research"
            }
        }
    }

    public var id: String
    /// A kebab-case name ("duplicate-id").
    public var name: String
    public var stage: Stage
    public var severity: Severity
    /// One line: what it finds.
    public var summary: String
    /// Why it matters, and how to fix it.
    public var rationale: String
    public var triggering: [Example]
    public var nonTriggering: [Example]

    public init(id: String, name: String, stage: Stage, severity: Severity, summary: String,
                rationale: String, triggering: [Example], nonTriggering: [Example]) {
        self.id = id
        self.name = name
        self.stage = stage
        self.severity = severity
        self.summary = summary
        self.rationale = rationale
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}

/// Anything with a rule description.
public protocol DescribedRule: Sendable {
    static var description: RuleDescription { get }
}

/// A check over the whole decoded workspace. Rules never print; they return findings.
public protocol Rule: DescribedRule {
    init()
    func check(_ workspace: Workspace, symbols: SymbolTable) -> [Diagnostic]
}

extension Rule {
    /// A finding of this rule at its default severity.
    func finding(_ message: String, at range: SourceRange, notes: [Diagnostic.Note] = [], help: String? = nil) -> Diagnostic {
        Diagnostic(ruleID: Self.description.id, severity: Self.description.severity, message: message,
                   at: range, notes: notes, help: help)
    }
}
