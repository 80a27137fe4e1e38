import BlueprintAnalysis
import BlueprintModel

extension Step {
    /// What the step's box says, personal data masked and wrapped to `width` characters: its
    /// text, or the lines of a `text` written as a list as bullets, each continuation indented
    /// under its bullet's text so the lines stay apart.
    func shownLines(width: Int) -> [String] {
        guard !lines.isEmpty else { return wrap(text.shown, width: width) }
        return lines.flatMap { line in
            wrap(line.shown, width: width - 2).enumerated().map { ($0.offset == 0 ? "• " : "  ") + $0.element }
        }
    }
}
