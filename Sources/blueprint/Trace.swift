import ArgumentParser
import BlueprintKit
import Foundation

struct TraceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Show the chain through an element, from excerpts to acceptance criteria.",
        discussion: """
        The chain runs excerpt or comment → insight → step → pain point or persona need → \
        recommendation → change → story → acceptance criterion, with blueprints and stages \
        holding steps, pain points and changes. Upstream is everything leading to the element \
        (towards the evidence), downstream everything following from it (towards the criteria). \
        Trace a stage as blueprint-id/stage-id. Excerpts are quoted only when their participant \
        consented to quotation. 'blueprint render trace ID -o trace.svg' draws it. See docs/TRACE.md.
        """)

    @Argument(help: "The ID of the element to trace.")
    var id: String

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: formatHelp(Format.self))
    var format: Format = .text

    @Option(help: "Follow at most this many links each way.")
    var depth: Int?

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func validate() throws {
        if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more, not \(depth)") }
    }

    func run() async throws {
        let sound = SoundPart(try await workspace.load())
        try sound.require(id, for: "trace")
        sound.sayWhatIsLeftOut()
        let trace = try Tracing.trace(id, in: sound.workspace, depth: depth)
        if format == .json { TerminalOutput.data(Tracing.json(trace)) } else { TerminalOutput.text(Tracing.text(trace)) }
        try sound.finish()
    }
}
