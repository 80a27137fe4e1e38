import ArgumentParser

/// `blueprint research …`: the researcher's commands over studies, notes, codebooks and insights.
struct Research: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarise, share, import and export research: figures, a redacted copy, highlights, a REFI-QDA codebook.",
        discussion: "The research kinds (study, participants, notes, codebook, insights, comments) are described in docs/RESEARCH.md. Research data is personal data: see docs/PRIVACY.md.",
        // One entry per research command; each is a small struct of its own.
        subcommands: [ResearchSummaryCommand.self, ResearchExport.self, ResearchImport.self, ResearchCodebook.self])
}
