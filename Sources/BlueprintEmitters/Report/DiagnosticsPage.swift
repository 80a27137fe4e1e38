import BlueprintDiagnostics

/// The report's list of `blueprint check` findings.
extension ReportPages {
    static func diagnostics(_ diagnostics: [Diagnostic]) -> String {
        let rows = diagnostics.map { diagnostic in
            ["\(Escape.html(diagnostic.range.file)):\(diagnostic.range.start.line):\(diagnostic.range.start.column)",
             "<span class=\"\(diagnostic.severity.rawValue)\">\(diagnostic.severity.rawValue)</span>", diagnostic.ruleID,
             Escape.html(diagnostic.message), Escape.html(diagnostic.help ?? "")]
        }
        var body = "<h1>Diagnostics</h1>\n"
        body += rows.isEmpty ? "<p>No problems: every file checks clean.</p>\n"
            : HTML.table(caption: "Findings of blueprint check, by file and position", headers: ["Where", "Severity", "Rule", "Message", "Help"], rows: rows)
        return HTML.page(title: "Diagnostics", depth: 0, body: body)
    }
}
