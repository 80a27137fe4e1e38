import BlueprintDiagnostics
import BlueprintModel

/// Every rule, in ID order: the list `blueprint rules` prints and `check` runs.
public enum RuleCatalog {
    /// Rules that run over the decoded workspace.
    public static let checks: [any Rule.Type] = [
        DuplicateIDRule.self, UnknownReferenceRule.self, FlowCycleRule.self, UndeclaredLaneRule.self,
        UndeclaredStageRule.self, ImprovesRule.self,
        CustomerStepWithoutResponseRule.self, EmptyStageRule.self, PainPointWithoutEvidenceRule.self,
        EmotionOutsideCustomerLaneRule.self, PersonalDataRule.self, ChannelTypoRule.self, BlueprintPersonaRoleRule.self, UnknownActorRule.self,
        StoryWellFormedRule.self, StoryAtomicRule.self, StoryMinimalRule.self, StoryBenefitRule.self, StoryFullSentenceRule.self,
        StoryUniformRule.self, StoryUniqueRule.self, StoryUnambiguousRule.self, StoryRoleKnownRule.self,
        CriterionObservableThenRule.self, CriterionDuplicateRule.self,
        InsightWithoutEvidenceRule.self, RecommendationWithoutInsightRule.self, PainPointWithoutInsightRule.self,
        ExcerptParticipantNotInSessionRule.self, ExcerptNeedsParticipantRule.self, SamplingProportionsRule.self,
        ParticipantStudyMismatchRule.self, SamplingAttributeNotRecordedRule.self, SamplingValueNotInPlanRule.self,
        ExcerptLocationRule.self, IdentifiableParticipantsRule.self,
    ]

    /// Findings the parser and decoders report, described here so they are listed too.
    public static let pipeline: [any DescribedRule.Type] = [
        YAMLSyntaxRule.self, DuplicateKeyRule.self, AliasExpansionRule.self, NestingDepthRule.self,
        EncodingRule.self, EmptyFileRule.self, FileSizeRule.self, UnreadableEntryRule.self,
        UnknownKindRule.self, MissingKeyRule.self, WrongTypeRule.self, UnknownKeyRule.self, InvalidValueRule.self,
    ]

    /// Every rule's description, sorted by ID.
    public static var descriptions: [RuleDescription] {
        (pipeline.map { $0.description } + checks.map { $0.description }).sorted { $0.id < $1.id }
    }

    /// Runs every check rule over a workspace.
    public static func check(_ workspace: Workspace) -> [Diagnostic] {
        let symbols = workspace.symbols
        let stories = workspace.stories.map(StoryReading.init)
        return checks.flatMap { run($0.init(), workspace, symbols, stories) }
    }

    /// One rule's findings; a story rule gets the stories as read once for all of them.
    private static func run(_ rule: any Rule, _ workspace: Workspace, _ symbols: SymbolTable, _ stories: [StoryReading]) -> [Diagnostic] {
        guard let storyRule = rule as? any StoryRule else { return rule.check(workspace, symbols: symbols) }
        return storyRule.check(stories, in: workspace, symbols: symbols)
    }

    /// Runs every check rule over a workspace, the rules side by side. The findings are those of
    /// `check`, in the same order.
    public static func checkConcurrently(_ workspace: Workspace) async -> [Diagnostic] {
        // Linking is one core's work: the stories are read on the other meanwhile.
        async let readings = StoryReading.concurrently(workspace.stories)
        let symbols = workspace.symbols
        let stories = await readings
        let results = await withTaskGroup(of: (Int, [Diagnostic]).self) { group in
            // Story rules first: they are the longest, and starting them last left one core idle.
            let isStoryRule = checks.map { $0.init() is any StoryRule }
            for index in checks.indices.filter({ isStoryRule[$0] }) + checks.indices.filter({ !isStoryRule[$0] }) {
                let rule = checks[index].init()
                group.addTask { (index, run(rule, workspace, symbols, stories)) }
            }
            var results = [[Diagnostic]](repeating: [], count: checks.count)
            for await (index, findings) in group { results[index] = findings }
            return results
        }
        return results.flatMap { $0 }
    }

    /// How long linking and each rule take on one core, one after another, in catalogue order:
    /// where `check` spends its time (`blueprint bench --phases`).
    public static func profile(_ workspace: Workspace) -> [(name: String, duration: Swift.Duration)] {
        let clock = ContinuousClock()
        var symbols: SymbolTable?
        var stories: [StoryReading] = []
        var phases: [(name: String, duration: Swift.Duration)] = [("link (symbol table)", clock.measure { symbols = workspace.symbols }),
                      ("read stories", clock.measure { stories = workspace.stories.map(StoryReading.init) })]
        guard let symbols else { return phases }
        for rule in checks {
            let duration = clock.measure { _ = run(rule.init(), workspace, symbols, stories) }
            phases.append(("\(rule.description.id) \(rule.description.name)", duration))
        }
        return phases
    }
}
