import ArgumentParser
import BlueprintKit
import Foundation

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

    @OptionGroup var diagram: DiagramOutputOptions

    @Flag(help: "Lay out a blueprint above the layout limit (\(BlueprintRenderer.layoutLimit.flows) flows or \(BlueprintRenderer.layoutLimit.steps) steps) anyway; it may take minutes.")
    var noLayoutLimit = false

    func validate() throws {
        if !all, blueprintID == nil {
            throw ValidationError("name the blueprint to draw, or use --all")
        }
        if all, diagram.output == "-" {
            throw ValidationError("--all writes one file per blueprint: give a folder with -o")
        }
        if !all { try diagram.validateFormat() }
    }

    /// nil with --no-layout-limit.
    var layoutLimit: LayoutLimit? { noLayoutLimit ? nil : BlueprintRenderer.layoutLimit }

    func run() async throws {
        let output = diagram.output
        var options = workspace
        // With --all every positional argument is a path, the first one included.
        if all, let first = blueprintID { options.paths.insert(first, at: 0) }
        let inputs = try options.inputs()
        let decision = OutputPolicy.decide(output, as: all ? .folder : .file, inputs: inputs,
                                           currentDirectory: FileManager.default.currentDirectoryPath)
        if case .refused(let message) = decision {
            throw WorkspaceError.outputRefused(message == OutputPolicy.isAFolder(output)
                ? "\(output) is a folder; name a file, or use --all to draw every blueprint into a folder" : message)
        }
        if !all, let id = blueprintID {
            try await drawOne(id, options: options, inputs: inputs)
            return
        }
        let sound = SoundPart(try await options.load())
        if all {
            sound.sayWhatIsLeftOut()
            // One folder of our own, swapped in whole: a failed render leaves the old one.
            let chosen = diagram.format ?? .svg
            var files: [(path: String, bytes: [UInt8])] = []
            for blueprint in sound.workspace.blueprints {
                let bytes = try BlueprintRenderer.render(blueprint.id.value, in: sound.workspace, format: chosen, layoutLimit: layoutLimit)
                files.append(("\(blueprint.id.value).\(chosen.rawValue)", bytes))
            }
            try OutputFile.writeFolder(files, to: URL(fileURLWithPath: output), command: "render --all", inputs: inputs)
        }
        try sound.finish()
    }

    /// One blueprint, checked with only what its diagram reads (`DiagramInputs`): a broken file
    /// elsewhere does not stop it. When those files have errors, they are reported from a check
    /// of the whole workspace, so the messages are exactly `check`'s; an ID no file defines is
    /// looked up in the whole workspace too, to suggest the names there are.
    private func drawOne(_ id: String, options: WorkspaceOptions, inputs: OutputPolicy.Inputs) async throws {
        let loaded = try options.read()
        // Graphviz's start (plugins, fonts) on the other core while the files are checked.
        BlueprintRenderer.prepareInBackground(for: diagram.chosenFormat)
        let workspace: Workspace
        if let checked = await DiagramInputs.check(blueprint: id, in: loaded) {
            if checked.errors.isEmpty {
                try reportProblems(of: checked.result, in: checked.drawnFrom)
                workspace = checked.result.workspace
            } else {
                let whole = await Checker.checkConcurrently(loaded)
                try reportProblems(of: whole, in: checked.drawnFrom)
                workspace = whole.workspace
            }
        } else {
            let whole = await Checker.checkConcurrently(loaded)
            try reportProblems(of: whole)
            workspace = whole.workspace
        }
        let bytes = try BlueprintRenderer.render(id, in: workspace, format: diagram.chosenFormat, layoutLimit: layoutLimit)
        try OutputFile.write(bytes, to: diagram.output, inputs: inputs)
    }
}
