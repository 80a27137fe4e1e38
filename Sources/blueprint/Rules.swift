import ArgumentParser
import BlueprintKit
import Foundation

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the checks 'blueprint check' runs.",
        discussion: "markdown prints the rule reference with every rule's examples (docs/RULES.md is made with it).")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @Option(help: formatHelp(Format.self))
    var format: Format = .text

    func run() throws {
        let output = switch format {
        case .text: RuleDocumentation.text()
        case .json: RuleDocumentation.json()
        case .markdown: RuleDocumentation.markdown()
        }
        if format == .text { TerminalOutput.text(output) } else { TerminalOutput.data(output) }
    }
}
