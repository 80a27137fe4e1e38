import BlueprintDiagnostics
import BlueprintReporters
import BlueprintRules

extension Array where Element == Diagnostic {
    /// These findings in `format`, with source lines and rule metadata from `result`.
    public func report(format: ReportFormat, color: Bool = false, result: CheckResult) -> String {
        let context = ReportContext(sources: result.sourceTexts, rules: RuleDocumentation.ruleInfo,
                                    fileCount: result.sources.count)
        return format.reporter(color: color).report(self, context: context)
    }
}
