import Foundation
import BlueprintAnalysis
import BlueprintModel

extension Drawing {
    // MARK: Sizes

    /// The height every cell of a row gets: enough for the fullest cell, estimated from wrapped
    /// line counts so the rows line up across columns.
    func rowHeight(_ index: Int) -> Int {
        let row = rows[index]
        let heights = blueprint.stages.indices.map { column -> Int in
            let stage = blueprint.stages[column]
            switch row {
            case .stageHeader:
                return textHeight(stage.name.shown, Metrics.lineHeight + 4) + 12
                    + (stage.description.map { textHeight($0.shown, Metrics.smallLineHeight) + 12 } ?? 0)
                    + (stage.pains.isEmpty ? 0 : 18 + painsHeight(stage.pains))
            case .emotion, .line:
                return 0
            case .lane(let lane):
                return stage.steps.filter { $0.lane.value == lane.id.value }.reduce(0) { total, step in
                    let details = stepDetails(step)
                    return total + step.shownLines(width: Metrics.wrapColumns).count * Metrics.lineHeight + Metrics.cellPadding + 14
                        + (details.isEmpty ? 0 : wrap(details, width: 44).count * Metrics.smallLineHeight)
                        + painsHeight(step.pains)
                }
            case .changes:
                return blueprint.changes(in: stage).reduce(0) { $0 + textHeight($1.text.shown, Metrics.smallLineHeight, width: 40) + 14 }
            case .measures:
                return blueprint.measures(in: stage).reduce(0) { $0 + textHeight($1.text.shown, Metrics.smallLineHeight, width: 40) + 14 }
            }
        }
        return max(heights.max() ?? 0, 36) + Metrics.cellPadding
    }

    func painsHeight(_ pains: [PainPoint]) -> Int {
        pains.reduce(0) { $0 + textHeight($1.text.shown, Metrics.smallLineHeight, width: 40) + 24 }
    }

    func textHeight(_ text: String, _ lineHeight: Int, width: Int = Metrics.wrapColumns) -> Int {
        wrap(text, width: width).count * lineHeight
    }
}
