import BlueprintSyntax

/// Reported while finding a workspace's files (`BlueprintKit/WorkspaceFiles.swift`).
struct UnreadableEntryRule: DescribedRule {
    static let description = RuleDescription(
        id: SyntaxRuleID.unreadableEntry, name: "unreadable-entry", stage: .syntax, severity: .warning,
        summary: "Something in the workspace's folders cannot be loaded: an unreadable folder or file, a dangling symbolic link, a link loop, a link to a folder, or a FIFO, socket or device with a YAML name.",
        rationale: "A check that skips what it cannot read would say 'no problems' about files it never saw. Each such entry is named with the reason, and everything else is still checked; a FIFO is never opened, so it cannot hang the check. It is a warning, not an error, because the files that were read are checked in full; a path named on the command line that is not a file or folder is an error (exit 2). Fix the permission or the link, or move the entry out of the workspace.",
        // It needs a file system, not a YAML text: WorkspaceFilesTests and the bad-input corpus test it.
        triggering: [],
        nonTriggering: [
            "kind: persona\nid: hayley\nname: Hayley\nrole: customer\n",
        ])
}
