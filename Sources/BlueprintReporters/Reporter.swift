import BlueprintDiagnostics

/// What a reporter needs besides the findings: the source text (for the line under a caret)
/// and the rules (SARIF lists them).
public struct ReportContext: Sendable {
    /// A rule as reporters show it.
    public struct RuleInfo: Sendable, Hashable {
        public var id: String
        public var name: String
        public var summary: String
        public var severity: Severity

        public init(id: String, name: String, summary: String, severity: Severity) {
            self.id = id
            self.name = name
            self.summary = summary
            self.severity = severity
        }
    }

    /// File contents by the path diagnostics use.
    public var sources: [String: String]
    public var rules: [RuleInfo]
    /// How many files were checked, for the summary line.
    public var fileCount: Int

    public init(sources: [String: String] = [:], rules: [RuleInfo] = [], fileCount: Int = 0) {
        self.sources = sources
        self.rules = rules
        self.fileCount = fileCount
    }
}

/// Turns findings into output. Reporters are pure: they return text and never print.
public protocol Reporter: Sendable {
    func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String
}

/// The output formats `check` offers, each with its reporter.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, sarif

    /// The reporter for this format. Colour applies to text only.
    public func reporter(color: Bool = false) -> any Reporter {
        switch self {
        case .text: TextReporter(color: color)
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        }
    }
}

extension Severity {
    /// "1 error", "2 warnings".
    func counted(_ count: Int) -> String {
        BlueprintDiagnostics.counted(count, rawValue)
    }
}

/// The closing line of a run: "2 errors, 1 warning in 14 files", or "no problems in 14 files".
public func summaryLine(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
    let files = counted(fileCount, "file")
    let counts = [Severity.error, .warning].compactMap { severity -> String? in
        let count = diagnostics.filter { $0.severity == severity }.count
        return count == 0 ? nil : severity.counted(count)
    }
    return counts.isEmpty ? "no problems in \(files)" : "\(counts.joined(separator: ", ")) in \(files)"
}
