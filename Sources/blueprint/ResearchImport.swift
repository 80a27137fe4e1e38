import ArgumentParser

struct ResearchImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import research from other tools.",
        subcommands: [ImportHighlights.self])
}
