/// How serious a finding is. Errors make `check` exit 1; warnings and notes do not.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A problem found in a workspace, in the words of the person who wrote it: what is wrong,
/// where, and how to fix it. Diagnostics are values; nothing deep in the pipeline prints.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// A secondary location that explains the finding ("first defined here").
    public struct Note: Hashable, Sendable, Codable {
        public var message: String
        public var range: SourceRange?

        public init(_ message: String, at range: SourceRange? = nil) {
            self.message = message
            self.range = range
        }
    }

    /// The rule that produced the finding, e.g. `BP013`.
    public var ruleID: String
    public var severity: Severity
    public var message: String
    public var range: SourceRange
    public var notes: [Note]
    /// A suggested fix in plain words ("did you mean `stages`?").
    public var help: String?
    /// What the finding is about, for code that acts on findings; never printed.
    public var subject: Subject?

    /// What a finding is about, as data rather than words in its message.
    public enum Subject: Hashable, Sendable, Codable {
        /// A reference to an ID that nothing defines.
        case unknownReference(id: String)
    }

    public init(
        ruleID: String,
        severity: Severity,
        message: String,
        at range: SourceRange,
        notes: [Note] = [],
        help: String? = nil,
        subject: Subject? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.range = range
        self.notes = notes
        self.help = help
        self.subject = subject
    }
}

extension Diagnostic: Comparable {
    /// Sorted by file and position, so a run reads top to bottom like the files do.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.range != rhs.range { return lhs.range < rhs.range }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
