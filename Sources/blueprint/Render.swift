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

struct RenderBlueprint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blueprint",
        abstract: "Draw a blueprint as DOT, SVG, PNG or PDF.",
        discussion: """
        Lays out the diagram in-process with Graphviz: stages as columns, lanes as rows, the \
        lines of interaction, visibility and internal interaction, flow arrows with hand-offs \
        highlighted, numbered pain points and the customer's emotion curve. Nothing is written \
        when the workspace has errors; the output file is replaced atomically.
        """)

    @Argument(help: "The ID of the blueprint to draw (leave out with --all).")
    var blueprintID: String?

    @OptionGroup var workspace: WorkspaceOptions

    @Flag(help: "Draw every blueprint of the workspace into the folder given with -o, one file each (ID.FORMAT).")
    var all = false

    @Option(help: "Output format: dot, svg, png or pdf. Default: from the output file's extension, else svg.")
    var format: DiagramFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file (a folder with --all); - for standard output.", valueName: "file"))
    var output: String

    @Flag(help: "Lay out a blueprint above the layout limit (\(BlueprintRenderer.layoutLimit.flows) flows or \(BlueprintRenderer.layoutLimit.steps) steps) anyway; it may take minutes.")
    var noLayoutLimit = false

    func validate() throws {
        if !all, blueprintID == nil {
            throw ValidationError("name the blueprint to draw, or use --all")
        }
        if all, output == "-" {
            throw ValidationError("--all writes one file per blueprint: give a folder with -o")
        }
        if !all, format == nil, output != "-", DiagramFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) == nil,
           !URL(fileURLWithPath: output).pathExtension.isEmpty {
            throw ValidationError("cannot tell the format from '\(output)'; add --format dot|svg|png|pdf")
        }
    }

    /// nil with --no-layout-limit.
    var layoutLimit: LayoutLimit? { noLayoutLimit ? nil : BlueprintRenderer.layoutLimit }

    func run() async throws {
        var options = workspace
        // With --all every positional argument is a path, the first one included.
        if all, let first = blueprintID { options.paths.insert(first, at: 0) }
        let inputs = try options.inputs()
        let decision = OutputPolicy.decide(output, as: all ? .folder : .file, inputs: inputs,
                                           currentDirectory: FileManager.default.currentDirectoryPath)
        if case .refused(let message) = decision {
            throw WorkspaceError(message == OutputPolicy.isAFolder(output)
                ? "\(output) is a folder; name a file, or use --all to draw every blueprint into a folder" : message)
        }
        let result = try await options.load()
        try reportProblems(of: result)
        if all {
            // One folder of our own, swapped in whole: a failed render leaves the old one.
            let chosen = format ?? .svg
            var files: [(path: String, bytes: [UInt8])] = []
            for blueprint in result.workspace.blueprints {
                let bytes = try BlueprintRenderer.render(blueprint.id.value, in: result.workspace, format: chosen, layoutLimit: layoutLimit)
                files.append(("\(blueprint.id.value).\(chosen.rawValue)", bytes))
            }
            try OutputFile.writeFolder(files, to: URL(fileURLWithPath: output), command: "render --all", inputs: inputs)
            return
        }
        let chosen = format ?? DiagramFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) ?? .svg
        let bytes = try BlueprintRenderer.render(blueprintID ?? "", in: result.workspace, format: chosen, layoutLimit: layoutLimit)
        try OutputFile.write(bytes, to: output, inputs: inputs)
    }
}

/// Prints a workspace's errors to standard error and fails; mentions warnings in one line.
func reportProblems(of result: CheckResult) throws {
    let errors = result.diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty {
        let text = errors.report(format: .text, color: ColorChoice.auto.enabled, result: result)
        if ColorChoice.auto.enabled { TerminalOutput.painted(text, to: .standardError) } else { TerminalOutput.error(text) }
        throw ExitCode.failure
    }
    let warnings = result.diagnostics.count
    if warnings > 0 {
        TerminalOutput.error("note: the workspace has \(warnings) warning\(warnings == 1 ? "" : "s"); run 'blueprint check' to see them\n")
    }
}
