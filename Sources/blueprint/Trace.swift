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

    @Option(help: "Output format: text or json.")
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
        let result = try await workspace.load()
        try reportProblems(of: result)
        let trace = try Tracing.trace(id, in: result.workspace, depth: depth)
        if format == .json { TerminalOutput.data(Tracing.json(trace)) } else { TerminalOutput.text(Tracing.text(trace)) }
    }
}

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

    @Option(help: "Output format: dot, svg, png or pdf. Default: from the output file's extension, else svg.")
    var format: DiagramFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file; - for standard output.", valueName: "file"))
    var output: String

    func validate() throws {
        if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more, not \(depth)") }
        if all, depth != nil { throw ValidationError("--depth needs an ID to count from; leave out --all") }
        let pathExtension = URL(fileURLWithPath: output).pathExtension.lowercased()
        if format == nil, output != "-", !pathExtension.isEmpty, DiagramFormat(rawValue: pathExtension) == nil {
            throw ValidationError("cannot tell the format from '\(output)'; add --format dot|svg|png|pdf")
        }
    }

    func run() async throws {
        var options = workspace
        // With --all every positional argument is a path, the first one included.
        if all, let first = id { options.paths.insert(first, at: 0) }
        let inputs = try options.inputs()
        try checkOutput(output, .file, inputs)
        let result = try await options.load()
        try reportProblems(of: result)
        let traced = all ? nil : id
        let trace: Trace
        do {
            trace = try Tracing.trace(traced, in: result.workspace, depth: depth)
        } catch {
            // `render trace folder -o x.svg` reads the folder as an ID: say how to mean a path.
            if let traced, FileManager.default.fileExists(atPath: traced) {
                throw WorkspaceError(error.description + "; to draw the whole chain of '\(traced)', add --all")
            }
            throw error
        }
        let chosen = format ?? DiagramFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) ?? .svg
        try OutputFile.write(try Tracing.render(trace, format: chosen), to: output, inputs: inputs)
    }
}
