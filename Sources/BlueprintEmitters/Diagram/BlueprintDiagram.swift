import Foundation
import BlueprintModel

/// Draws a service blueprint as DOT: stages as columns, lanes as rows, the lines of
/// interaction, visibility and internal interaction between them, steps in their cells,
/// flow arrows (hand-offs between actors highlighted), numbered pain points, the customer's
/// emotion curve, a title and a legend.
///
/// The grid is built from invisible edges in a left-to-right layout: every cell of a row is
/// chained to the next column (keeping rows straight), and every column's cells are chained
/// top to bottom within one rank (keeping lanes in order). Flow arrows never move the grid:
/// an arrow to a later stage has no weight, any other uses `constraint=false`. No clusters are
/// used: they make Graphviz 2.43's rank assignment fail on some graphs.
public enum BlueprintDiagram {
    /// The DOT source for `blueprint`. Persona names come from `personas` when they match.
    public static func dot(_ blueprint: Blueprint, personas: [Persona] = []) -> String {
        Drawing(blueprint, personas: personas).dot()
    }
}
