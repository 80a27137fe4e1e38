import Diagnostics
import Model

/// Every rule, in ID order: the list `blueprint rules` prints and `check` runs.
public enum RuleCatalog {
    /// Rules that run over the decoded workspace.
    public static let checks: [any Rule.Type] = [
        DuplicateIDRule.self, UnknownReferenceRule.self, FlowCycleRule.self, UndeclaredLaneRule.self,
        UndeclaredStageRule.self, ImprovesRule.self,
        CustomerStepWithoutResponseRule.self, EmptyStageRule.self, PainPointWithoutEvidenceRule.self,
        EmotionOutsideCustomerLaneRule.self, PersonalDataRule.self, ChannelTypoRule.self, BlueprintPersonaRoleRule.self,
        StoryWellFormedRule.self, StoryAtomicRule.self, StoryMinimalRule.self, StoryBenefitRule.self, StoryFullSentenceRule.self,
        StoryUniformRule.self, StoryUniqueRule.self, StoryUnambiguousRule.self, StoryRoleKnownRule.self,
        CriterionObservableThenRule.self, CriterionDuplicateRule.self,
        InsightWithoutEvidenceRule.self, RecommendationWithoutInsightRule.self, PainPointWithoutInsightRule.self,
        ExcerptParticipantNotInSessionRule.self, ExcerptNeedsParticipantRule.self, SamplingProportionsRule.self,
        ParticipantStudyMismatchRule.self, SamplingAttributeNotRecordedRule.self, SamplingValueNotInPlanRule.self,
        ExcerptLocationRule.self,
    ]

    /// Findings the parser and decoders report, described here so they are listed too.
    public static let pipeline: [any DescribedRule.Type] = [
        YAMLSyntaxRule.self, DuplicateKeyRule.self, AliasExpansionRule.self, NestingDepthRule.self,
        EncodingRule.self, EmptyFileRule.self, FileSizeRule.self,
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
        return checks.flatMap { rule in
            (rule.init() as? any StoryRule)?.check(stories, in: workspace, symbols: symbols) ?? rule.init().check(workspace, symbols: symbols)
        }
    }

    /// Runs every check rule over a workspace, the rules side by side. The findings are those of
    /// `check`, in the same order.
    public static func checkConcurrently(_ workspace: Workspace) async -> [Diagnostic] {
        let symbols = workspace.symbols
        let results = await withTaskGroup(of: (Int, [Diagnostic]).self) { group in
            // The other rules start while the stories are read for the story rules.
            for (index, rule) in checks.enumerated() where !(rule.init() is any StoryRule) {
                group.addTask { (index, rule.init().check(workspace, symbols: symbols)) }
            }
            let stories = await StoryReading.concurrently(workspace.stories)
            for (index, rule) in checks.enumerated() {
                guard let storyRule = rule.init() as? any StoryRule else { continue }
                group.addTask { (index, storyRule.check(stories, in: workspace, symbols: symbols)) }
            }
            var results = [[Diagnostic]](repeating: [], count: checks.count)
            for await (index, findings) in group { results[index] = findings }
            return results
        }
        return results.flatMap { $0 }
    }
}
