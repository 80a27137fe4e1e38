import BlueprintDiagnostics

/// A `kind: study`: research questions, method, dates and a sampling plan.
public struct Study: Sendable, Hashable {
    public var id: Identifier
    public var title: Text
    public var method: Text?
    public var questions: [Text]
    public var start: Text?
    public var end: Text?
    public var sampling: SamplingPlan?
    public var range: SourceRange
}

/// How many participants a study means to recruit, and in what proportions.
public struct SamplingPlan: Sendable, Hashable {
    public var size: Located<Int>
    /// Only participants of this segment count towards the plan, when set.
    public var segment: Located<Participant.Segment>?
    public var attributes: [SamplingTarget]
    public var range: SourceRange
}

/// The target proportions of one participant attribute ("age band": 65 and over → 20 %).
public struct SamplingTarget: Sendable, Hashable {
    public struct Share: Sendable, Hashable {
        public var value: Text
        /// Percent, 0 … 100.
        public var percent: Double
        public var range: SourceRange
    }

    public var name: Text
    public var shares: [Share]
    public var range: SourceRange
}

/// A `kind: participants` document: the study's pseudonymous participants.
public struct ParticipantList: Sendable, Hashable {
    public var study: Identifier
    public var participants: [Participant]
    public var range: SourceRange
}

/// Someone who took part, known only by a pseudonym (P01).
public struct Participant: Sendable, Hashable {
    public enum Segment: String, Sendable, Hashable, CaseIterable {
        case citizen, staff, business
    }

    /// What a participant agreed to.
    public enum Consent: String, Sendable, Hashable, CaseIterable {
        /// May be quoted verbatim, anonymised.
        case quote
        /// Never shown verbatim: outputs give a paraphrase notice instead of the words.
        case paraphrase
    }

    public var id: Identifier
    public var study: Identifier
    public var segment: Located<Segment>?
    public var consent: Consent
    public var persona: Identifier?
    public var attributes: [TextPair]
    public var range: SourceRange

    /// The value of an attribute, by name (case-insensitive).
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name.value.lowercased() == name.lowercased() }?.value.value
    }

    public var mayBeQuoted: Bool { consent == .quote }
}

/// A `kind: notes` document: one research session and the excerpts taken from it.
public struct Session: Sendable, Hashable {
    public var id: Identifier
    public var study: Identifier
    public var participants: [Identifier]
    public var date: Text?
    public var method: Text?
    public var summary: ResearchText?
    public var excerpts: [Excerpt]
    public var range: SourceRange
}

/// Words a participant said, tagged with codes from the codebook.
public struct Excerpt: Sendable, Hashable {
    public enum Sentiment: String, Sendable, Hashable, CaseIterable {
        case negative, neutral, positive, mixed
    }

    public var id: Identifier
    public var text: ResearchText
    /// Written, or the session's only participant.
    public var participant: Identifier?
    public var participantWritten: Bool
    public var tags: [Identifier]
    public var sentiment: Located<Sentiment>?
    public var step: Identifier?
    public var blueprint: Identifier?
    public var stage: Identifier?
    /// The session it was taken in.
    public var session: String
    public var range: SourceRange
}

/// A `kind: codebook`: the tags researchers code excerpts with, grouped into themes.
public struct Codebook: Sendable, Hashable {
    public var id: Identifier
    public var study: Identifier?
    public var themes: [Theme]
    /// Tags outside any theme.
    public var tags: [Tag]
    public var range: SourceRange

    /// Every theme, nested ones after their parent.
    public var allThemes: [Theme] { themes.flatMap { [$0] + $0.descendants } }

    /// Every tag, with the theme it sits in (nil for ungrouped tags).
    public var allTags: [(tag: Tag, theme: Theme?)] {
        allThemes.flatMap { theme in theme.tags.map { ($0, theme) } } + tags.map { ($0, nil) }
    }
}

/// A group of tags (and of smaller themes) that tells one part of the story.
public struct Theme: Sendable, Hashable {
    public var id: Identifier
    public var name: Text
    public var description: Text?
    public var colour: Text?
    public var tags: [Tag]
    public var themes: [Theme]
    /// The parent theme's ID, for nested themes.
    public var parent: String?
    public var range: SourceRange

    /// Nested themes, depth first.
    public var descendants: [Theme] { themes.flatMap { [$0] + $0.descendants } }
}

/// A code researchers put on excerpts.
public struct Tag: Sendable, Hashable {
    public var id: Identifier
    public var name: Text?
    public var description: Text?
    public var range: SourceRange

    public var label: String { name?.value ?? id.value }
}

/// A `kind: insights` document: what the research means, and what to do about it.
public struct InsightCollection: Sendable, Hashable {
    public var id: Identifier
    public var study: Identifier?
    public var insights: [Insight]
    public var recommendations: [Recommendation]
    public var range: SourceRange
}

/// A finding backed by evidence, and the pain points it explains.
public struct Insight: Sendable, Hashable {
    public var id: Identifier
    public var statement: Text
    /// Excerpt or comment IDs.
    public var evidence: [Identifier]
    public var themes: [Identifier]
    public var pains: [Identifier]
    public var range: SourceRange
}

/// What to do about insights, and how success will be measured (seed 002's 18 rows).
public struct Recommendation: Sendable, Hashable {
    public var id: Identifier
    public var insights: [Identifier]
    public var text: Text
    public var measures: [Text]
    /// Gold-standard changes it realises.
    public var changes: [Identifier]
    public var range: SourceRange
}

/// A `kind: comments` document: free-text survey or webinar comments assigned to themes.
public struct CommentCollection: Sendable, Hashable {
    public var id: Identifier
    public var source: Text?
    public var study: Identifier?
    public var comments: [Comment]
    public var range: SourceRange
}

/// One free-text comment.
public struct Comment: Sendable, Hashable {
    public var id: Identifier
    public var text: ResearchText
    public var themes: [Identifier]
    public var tags: [Identifier]
    public var range: SourceRange
}

extension Study: WorkspaceDocument {
    public func forEachFreeText(_ body: (Text) -> Void) {
        body(title)
        for text in [method, start, end] { if let text { body(text) } }
        questions.forEach(body)
    }

    func declareSymbols(in symbols: inout SymbolTable) { symbols.define(id, .study) }
}

extension ParticipantList: WorkspaceDocument {
    public func forEachFreeText(_ body: (Text) -> Void) {
        for participant in participants {
            for attribute in participant.attributes {
                body(attribute.name)
                body(attribute.value)
            }
        }
    }

    func declareSymbols(in symbols: inout SymbolTable) {
        symbols.refer(study, [.study], "study")
        for participant in participants {
            symbols.define(participant.id, .participant)
            if let persona = participant.persona { symbols.refer(persona, [.persona], "persona") }
        }
    }
}

extension Session: WorkspaceDocument {
    public func forEachFreeText(_ body: (Text) -> Void) {
        for text in [date, method, summary?.unredacted] { if let text { body(text) } }
        for excerpt in excerpts { body(excerpt.text.unredacted) }
    }

    func declareSymbols(in symbols: inout SymbolTable) {
        symbols.define(id, .notes)
        symbols.refer(study, [.study], "study")
        for participant in participants { symbols.refer(participant, [.participant], "participants") }
        for excerpt in excerpts {
            symbols.define(excerpt.id, .excerpt)
            if excerpt.participantWritten, let participant = excerpt.participant { symbols.refer(participant, [.participant], "participant") }
            for tag in excerpt.tags { symbols.refer(tag, [.tag], "tags") }
            if let step = excerpt.step { symbols.refer(step, [.step], "step") }
            if let blueprint = excerpt.blueprint { symbols.refer(blueprint, [.blueprint], "blueprint") }
        }
    }
}

extension Codebook: WorkspaceDocument {
    public func forEachFreeText(_ body: (Text) -> Void) {
        for theme in allThemes {
            body(theme.name)
            if let description = theme.description { body(description) }
        }
        for (tag, _) in allTags {
            if let name = tag.name { body(name) }
            if let description = tag.description { body(description) }
        }
    }

    func declareSymbols(in symbols: inout SymbolTable) {
        symbols.define(id, .codebook)
        if let study { symbols.refer(study, [.study], "study") }
        for theme in allThemes { symbols.define(theme.id, .theme) }
        for (tag, _) in allTags { symbols.define(tag.id, .tag) }
    }
}

extension InsightCollection: WorkspaceDocument {
    public func forEachFreeText(_ body: (Text) -> Void) {
        for insight in insights { body(insight.statement) }
        for recommendation in recommendations {
            body(recommendation.text)
            recommendation.measures.forEach(body)
        }
    }

    func declareSymbols(in symbols: inout SymbolTable) {
        symbols.define(id, .insights)
        if let study { symbols.refer(study, [.study], "study") }
        for insight in insights {
            symbols.define(insight.id, .insight)
            for evidence in insight.evidence { symbols.refer(evidence, [.excerpt, .comment], "evidence") }
            for theme in insight.themes { symbols.refer(theme, [.theme], "themes") }
            for pain in insight.pains { symbols.refer(pain, [.painPoint], "pains") }
        }
        for recommendation in recommendations {
            symbols.define(recommendation.id, .recommendation)
            for insight in recommendation.insights { symbols.refer(insight, [.insight], "insights") }
            for change in recommendation.changes { symbols.refer(change, [.change], "changes") }
        }
    }
}

extension CommentCollection: WorkspaceDocument {
    public func forEachFreeText(_ body: (Text) -> Void) {
        if let source { body(source) }
        for comment in comments { body(comment.text.unredacted) }
    }

    func declareSymbols(in symbols: inout SymbolTable) {
        symbols.define(id, .comments)
        if let study { symbols.refer(study, [.study], "study") }
        for comment in comments {
            symbols.define(comment.id, .comment)
            for theme in comment.themes { symbols.refer(theme, [.theme], "themes") }
            for tag in comment.tags { symbols.refer(tag, [.tag], "tags") }
        }
    }
}
