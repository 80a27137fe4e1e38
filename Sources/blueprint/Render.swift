import ArgumentParser
import BlueprintKit
import Foundation

/// `blueprint render`: a blueprint (the default) or a trace. A group, because a subcommand
/// cannot sit beside a positional argument: `render ID` goes to `render blueprint ID`.
struct Render: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a blueprint, or the trace chain through an element, as DOT, SVG, PNG or PDF.",
        discussion: """
        'blueprint render BLUEPRINT-ID -o FILE' draws a blueprint (the 'blueprint' subcommand \
        is the default); 'blueprint render trace [ID] -o FILE' draws the chain from excerpts to \
        acceptance criteria through an element.
        """,
        subcommands: [RenderBlueprint.self, RenderTrace.self],
        defaultSubcommand: RenderBlueprint.self)
}
