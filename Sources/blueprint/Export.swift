import ArgumentParser

/// `blueprint export …`: the workspace in other tools' formats.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the workspace for other tools.",
        subcommands: [ExportBacklog.self])
}
