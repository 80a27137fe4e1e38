import BlueprintAnalysis
import BlueprintDiagnostics
import Foundation

/// `--min` as the command line writes it: `60` (stories with acceptance criteria, in percent),
/// `60%`, or `pain-points=80` / `needs=100%` for another figure. Read here, where arguments are
/// read, so the figures in BlueprintAnalysis never see command-line text.
extension CoverageMinimum {
    /// Reads `60`, `60%`, `NAME=60` or `NAME=60%`; the error says what is wrong and how to write it.
    public init(parsing text: String) throws(CoverageMinimumError) {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let name = parts.count == 2 ? parts[0].trimmingCharacters(in: .whitespaces) : Coverage.FigureName.stories.rawValue
        var number = (parts.last ?? "").trimmingCharacters(in: .whitespaces)
        if number.hasSuffix("%") { number.removeLast() }
        let names = Coverage.FigureName.allCases.map(\.rawValue)
        guard let figure = Coverage.FigureName(rawValue: name) else {
            throw CoverageMinimumError("'\(name)' is not a coverage figure in '--min \(text)'; "
                + (Suggestion.didYouMean(name, in: names) ?? "figures: \(names.joined(separator: ", "))"))
        }
        guard let percent = Double(number), percent.isFinite, (0...100).contains(percent) else {
            throw CoverageMinimumError("'\(number)' is not a percentage from 0 to 100 in '--min \(text)'; "
                + "write a number such as '--min 80' or '--min \(figure.rawValue)=80'")
        }
        self.init(figure: figure, percent: percent)
    }
}

/// A `--min` value that cannot be read.
public struct CoverageMinimumError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong and how to write it instead.
    public var description: String

    /// An error saying `description`.
    public init(_ description: String) { self.description = description }
}
