import ArgumentParser
import BlueprintKit
import Foundation

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print a JSON Schema of the workspace documents, for editors, or the reference of every key.",
        discussion: """
        With the YAML extension (yaml-language-server), point yaml.schemas at the output, or add \
        '# yaml-language-server: $schema=PATH' at the top of a file, to get completion and \
        validation as you type. 'blueprint check' remains the full check: references, \
        duplicates and design rules are beyond a schema. markdown prints every key of every \
        document with its type and meaning (docs/KEYS.md is made with it).
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown
    }

    @Option(help: formatHelp(Format.self))
    var format: Format = .json

    @Option(help: "Only this kind: \(DocumentDecoder.kinds.joined(separator: ", ")).")
    var kind: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file; - for standard output.", valueName: "file"))
    var output: String = "-"

    func validate() throws {
        if let kind, !DocumentDecoder.kinds.contains(kind) {
            throw ValidationError("unknown kind '\(kind)'; use one of: \(DocumentDecoder.kinds.joined(separator: ", "))")
        }
    }

    func run() throws {
        let text = switch format {
        case .json: WorkspaceSchema.json(kind: kind)
        case .markdown: WorkspaceSchema.markdown(kind: kind)
        }
        try OutputFile.write(Array(text.utf8), to: output, inputs: surroundingInputs())
    }
}
