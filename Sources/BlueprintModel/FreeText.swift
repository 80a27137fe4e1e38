/// Every piece of free text an element holds, for checks that read prose (personal data).
/// A visitor rather than an array: a large workspace holds millions of texts.
extension Persona {
    public func forEachFreeText(_ body: (Text) -> Void) {
        body(name)
        for text in [title, summary, quote] { if let text { body(text) } }
        for need in needs { body(need.text) }
        positives.forEach(body)
        negatives.forEach(body)
        for attribute in attributes {
            body(attribute.name)
            body(attribute.value)
        }
    }
}

extension Blueprint {
    public func forEachFreeText(_ body: (Text) -> Void) {
        body(title)
        if let description { body(description) }
        if let service { body(service) }
        for stage in stages {
            body(stage.name)
            if let description = stage.description { body(description) }
            for step in stage.steps {
                body(step.text)
                if let actor = step.actor { body(actor) }
                if let channel = step.channel { body(channel) }
            }
            for change in changes(in: stage) { body(change.text) }
            for measure in measures(in: stage) { body(measure.text) }
        }
        for pain in painPoints {
            body(pain.text)
            for case .citation(let quote, let source, _) in pain.evidence {
                if let quote { body(quote) }
                if let source { body(source) }
            }
        }
    }
}

extension StoryCollection {
    public func forEachFreeText(_ body: (Text) -> Void) {
        if let title { body(title) }
        for role in roles { body(role.name) }
        for epic in epics {
            body(epic.title)
            if let goal = epic.goal { body(goal) }
        }
        for story in stories {
            body(story.text)
            story.labels.forEach(body)
            for criterion in story.acceptance { criterion.forEachFreeText(body) }
        }
    }
}

extension AcceptanceCriterion {
    public func forEachFreeText(_ body: (Text) -> Void) {
        switch form {
        case .checklist(let text): body(text)
        case .scenario(let given, let when, let then, let and):
            for text in [given, when, then] { if let text { body(text) } }
            and.forEach(body)
        }
    }
}

extension Workspace {
    /// Free text of the research kinds: excerpts, comments, insights, recommendations, studies,
    /// codebooks and participants' attributes.
    public func forEachResearchText(_ body: (Text) -> Void) {
        for study in studies {
            body(study.title)
            for text in [study.method, study.start, study.end] { if let text { body(text) } }
            study.questions.forEach(body)
        }
        for participant in participants {
            for attribute in participant.attributes {
                body(attribute.name)
                body(attribute.value)
            }
        }
        for session in sessions {
            for text in [session.date, session.method, session.summary?.unredacted] { if let text { body(text) } }
            for excerpt in session.excerpts { body(excerpt.text.unredacted) }
        }
        for codebook in codebooks {
            for theme in codebook.allThemes {
                body(theme.name)
                if let description = theme.description { body(description) }
            }
            for (tag, _) in codebook.allTags {
                if let name = tag.name { body(name) }
                if let description = tag.description { body(description) }
            }
        }
        for insight in insights { body(insight.statement) }
        for recommendation in recommendations {
            body(recommendation.text)
            recommendation.measures.forEach(body)
        }
        for collection in commentCollections {
            if let source = collection.source { body(source) }
            for comment in collection.comments { body(comment.text.unredacted) }
        }
    }
}

extension Workspace {
    /// Every piece of free text in the workspace, of every kind: what BP034 reads and the
    /// redactor masks. `FreeTextCoverageTests` fails when the schema declares a text key this
    /// walk does not reach, so a new kind or key cannot slip past the privacy checks.
    public func forEachFreeText(_ body: (Text) -> Void) {
        personas.forEach { $0.forEachFreeText(body) }
        blueprints.forEach { $0.forEachFreeText(body) }
        storyCollections.forEach { $0.forEachFreeText(body) }
        forEachResearchText(body)
    }
}
