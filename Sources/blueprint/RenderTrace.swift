import ArgumentParser
import BlueprintKit
import Foundation

/// `blueprint render trace [ID]`: the trace drawn with Graphviz.
struct RenderTrace: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Draw the chain through an element (or the whole workspace's chain) as DOT, SVG, PNG or PDF.",
        discussion: """
        Left to right along the chain: excerpts, insights, steps, pain points, recommendations, \
        changes, stories, acceptance criteria, the traced element outlined. Without an ID, draws \
        every element of the workspace's chain; to name files or folders then, add --all (every \
        positional argument is a path). The output file is replaced atomically.
        """)

    @Argument(help: "The ID of the element to trace (leave out, or use --all, for the whole workspace).")
    var id: String?

    @OptionGroup var workspace: WorkspaceOptions

    @Flag(help: "Draw the whole workspace's chain; every positional argument is a path.")
    var all = false

    @Option(help: "Follow at most this many links each way.")
    var depth: Int?

    @OptionGroup var diagram: DiagramOutputOptions

    func validate() throws {
        if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more, not \(depth)") }
        if all, depth != nil { throw ValidationError("--depth needs an ID to count from; leave out --all") }
        try diagram.validateFormat()
    }

    func run() async throws {
        let output = diagram.output
        var options = workspace
        // With --all every positional argument is a path, the first one included.
        if all, let first = id { options.paths.insert(first, at: 0) }
        let inputs = try options.inputs()
        try checkOutput(output, .file, inputs)
        let sound = SoundPart(try await options.load())
        let traced = all ? nil : id
        if let traced { try sound.require(traced, for: "draw the trace") }
        sound.sayWhatIsLeftOut()
        let trace: Trace
        do {
            trace = try Tracing.trace(traced, in: sound.workspace, depth: depth)
        } catch {
            // `render trace folder -o x.svg` reads the folder as an ID: say how to mean a path.
            if let traced, FileManager.default.fileExists(atPath: traced), case .cannotTrace(let reason, nil) = error {
                throw WorkspaceError.cannotTrace(reason, advice: "to draw the whole chain of '\(traced)', add --all")
            }
            throw error
        }
        let chosen = diagram.chosenFormat
        try OutputFile.write(try Tracing.render(trace, format: chosen), to: output, inputs: inputs)
        try sound.finish()
    }
}
