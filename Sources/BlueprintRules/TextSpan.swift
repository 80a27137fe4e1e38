import BlueprintDiagnostics
import BlueprintModel

extension Located where Value == String {
    /// Where a part of the text was written, so a finding can point at the very words.
    ///
    /// Exact when the text sits on one line as written, plain or quoted without escapes (then
    /// each character of the value is one column of the file); otherwise (a block scalar, a
    /// folded line, an escape) the whole text's range, which is never wrong, only wider.
    func range(of span: Range<String.Index>) -> SourceRange {
        let written = range
        guard written.start.line == written.end.line else { return written }
        let width = written.end.column - written.start.column
        let length = value.unicodeScalars.count
        let quote = width == length + 2 ? 1 : 0
        guard width == length + 2 * quote else { return written }
        var located = written
        located.start.column += quote + value.unicodeScalars[..<span.lowerBound].count
        located.end.column = located.start.column + value[span].unicodeScalars.count
        return located
    }
}
