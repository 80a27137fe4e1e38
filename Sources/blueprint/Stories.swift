import ArgumentParser

/// `blueprint stories`: the product owner's commands.
struct Stories: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the quality of user stories, and import them from text or CSV.",
        subcommands: [CheckStories.self, ImportStories.self])
}
