import BlueprintDiagnostics
import BlueprintSyntax

/// Decoders of the researcher's kinds: study, participants, notes, codebook, insights, comments.
enum ResearchDecoder {
    static func study(_ node: Node, problems: Problems) -> Study? {
        guard let fields = Fields(node, what: "study", problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let title = fields.required("title", readText)
        let start = fields.optional("start", readDate), end = fields.optional("end", readDate)
        checkOrder(start: start, end: end, of: "study", problems)
        let study = Study(
            id: id ?? Identifier("", at: node.range), title: title ?? Text("", at: node.range),
            method: fields.optional("method", readText),
            questions: fields.optional("questions", readList(readText)) ?? [],
            start: start, end: end,
            sampling: fields.optional("sampling", readSampling), range: node.range)
        fields.finish()
        return id == nil || title == nil ? nil : study
    }

    static func readSampling(_ node: Node, _ what: String, _ problems: Problems) -> SamplingPlan? {
        guard let fields = Fields(node, what: "sampling plan", problems: problems) else { return nil }
        let size = fields.required("size", readInteger(in: 1...1_000_000))
        let segment = fields.optional("segment", readChoice(Participant.Segment.self))
        let attributes = fields.optional("attributes", readList(readSamplingTarget)) ?? []
        fields.finish()
        guard let size else { return nil }
        return SamplingPlan(size: size, segment: segment, attributes: attributes, range: node.range)
    }

    static func readSamplingTarget(_ node: Node, _ what: String, _ problems: Problems) -> SamplingTarget? {
        guard let fields = Fields(node, what: "sampling attribute", problems: problems) else { return nil }
        let name = fields.required("name", readText)
        let targets = fields.required("targets", readTextMap) ?? []
        fields.finish()
        guard let name else { return nil }
        let shares = targets.compactMap { pair -> SamplingTarget.Share? in
            guard let percent = percent(pair.value.value) else {
                problems.error(SchemaRuleID.invalidValue, "'\(pair.value.value)' is not a proportion for '\(pair.name.value)'",
                               at: pair.value.range, help: "write a percentage such as '30%', or a number from 0 to 100")
                return nil
            }
            return SamplingTarget.Share(value: pair.name, percent: percent, range: pair.value.range)
        }
        return SamplingTarget(name: name, shares: shares, range: node.range)
    }

    /// "30%", "30 %", "30" or "12.5" as percent, 0 … 100.
    static func percent(_ text: String) -> Double? {
        var trimmed = text.filter { !$0.isWhitespace }
        if trimmed.hasSuffix("%") { trimmed.removeLast() }
        guard let value = Double(trimmed), value >= 0, value <= 100, value.isFinite else { return nil }
        return value
    }

    static func participants(_ node: Node, problems: Problems) -> ParticipantList? {
        guard let fields = Fields(node, what: "participants", problems: problems) else { return nil }
        let study = fields.required("study", readID)
        let studyID = study ?? Identifier("", at: node.range)
        let participants = fields.required("participants", readList { node, what, problems in
            readParticipant(node, what, problems, study: studyID)
        }) ?? []
        fields.finish()
        guard let study else { return nil }
        return ParticipantList(study: study, participants: participants, range: node.range)
    }

    static func readParticipant(_ node: Node, _ what: String, _ problems: Problems, study: Identifier) -> Participant? {
        guard let fields = Fields(node, what: "participant", problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let segment = fields.required("segment", readChoice(Participant.Segment.self))
        let consent = fields.optional("consent", readChoice(Participant.Consent.self))?.value ?? .paraphrase
        let persona = fields.optional("persona", readID)
        let attributes = fields.optional("attributes", readTextMap) ?? []
        fields.finish()
        guard let id else { return nil }
        return Participant(id: id, study: study, segment: segment, consent: consent, persona: persona,
                           attributes: attributes, range: node.range)
    }

    static func notes(_ node: Node, problems: Problems) -> Session? {
        guard let fields = Fields(node, what: "notes", problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let study = fields.required("study", readID)
        let participants = fields.required("participants", readList(readID)) ?? []
        let sessionID = id?.value ?? ""
        let only = participants.count == 1 ? participants[0] : nil
        let excerpts = fields.optional("excerpts", readList { node, what, problems in
            readExcerpt(node, what, problems, session: sessionID, onlyParticipant: only)
        }) ?? []
        let session = Session(
            id: id ?? Identifier("", at: node.range), study: study ?? Identifier("", at: node.range),
            participants: participants, date: fields.optional("date", readDate),
            method: fields.optional("method", readText), summary: fields.optional("summary", readText).map(ResearchText.init),
            excerpts: excerpts, range: node.range)
        fields.finish()
        return id == nil || study == nil ? nil : session
    }

    static func readExcerpt(_ node: Node, _ what: String, _ problems: Problems, session: String, onlyParticipant: Identifier?) -> Excerpt? {
        guard let fields = Fields(node, what: "excerpt", problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let text = fields.required("text", readText)
        let participant = fields.optional("participant", readID)
        let excerpt = Excerpt(
            id: id ?? Identifier("", at: node.range), text: ResearchText(text ?? Text("", at: node.range)),
            participant: participant ?? onlyParticipant, participantWritten: participant != nil,
            tags: fields.optional("tags", readList(readID)) ?? [],
            sentiment: fields.optional("sentiment", readChoice(Excerpt.Sentiment.self)),
            step: fields.optional("step", readReference), blueprint: fields.optional("blueprint", readID),
            stage: fields.optional("stage", readID), session: session, range: node.range)
        fields.finish()
        return id == nil || text == nil ? nil : excerpt
    }

    static func codebook(_ node: Node, problems: Problems) -> Codebook? {
        guard let fields = Fields(node, what: "codebook", problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let study = fields.optional("study", readID)
        let themes = fields.optional("themes", readList { readTheme($0, $1, $2, parent: nil) }) ?? []
        let tags = fields.optional("tags", readList(readTag)) ?? []
        fields.finish()
        guard let id else { return nil }
        return Codebook(id: id, study: study, themes: themes, tags: tags, range: node.range)
    }

    static func readTheme(_ node: Node, _ what: String, _ problems: Problems, parent: String?) -> Theme? {
        guard let fields = Fields(node, what: "theme", problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let name = fields.required("name", readText)
        let theme = Theme(
            id: id ?? Identifier("", at: node.range), name: name ?? Text("", at: node.range),
            description: fields.optional("description", readText), colour: fields.optional("colour", readText),
            tags: fields.optional("tags", readList(readTag)) ?? [],
            themes: fields.optional("themes", readList { readTheme($0, $1, $2, parent: id?.value) }) ?? [],
            parent: parent, range: node.range)
        fields.finish()
        return id == nil || name == nil ? nil : theme
    }

    static func readTag(_ node: Node, _ what: String, _ problems: Problems) -> Tag? {
        guard let fields = Fields(node, what: "tag", problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let name = fields.optional("name", readText)
        let description = fields.optional("description", readText)
        fields.finish()
        guard let id else { return nil }
        return Tag(id: id, name: name, description: description, range: node.range)
    }

    static func insights(_ node: Node, problems: Problems) -> InsightCollection? {
        guard let fields = Fields(node, what: "insights", problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let study = fields.optional("study", readID)
        let insights = fields.optional("insights", readList(readInsight)) ?? []
        let recommendations = fields.optional("recommendations", readList(readRecommendation)) ?? []
        fields.finish()
        guard let id else { return nil }
        return InsightCollection(id: id, study: study, insights: insights, recommendations: recommendations, range: node.range)
    }

    static func readInsight(_ node: Node, _ what: String, _ problems: Problems) -> Insight? {
        guard let fields = Fields(node, what: "insight", problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let statement = fields.required("statement", readText)
        let insight = Insight(
            id: id ?? Identifier("", at: node.range), statement: statement ?? Text("", at: node.range),
            evidence: fields.optional("evidence", readList(readID)) ?? [],
            themes: fields.optional("themes", readList(readID)) ?? [],
            pains: fields.optional("pains", readList(readReference)) ?? [], range: node.range)
        fields.finish()
        return id == nil || statement == nil ? nil : insight
    }

    static func readRecommendation(_ node: Node, _ what: String, _ problems: Problems) -> Recommendation? {
        guard let fields = Fields(node, what: "recommendation", problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let text = fields.required("text", readText)
        let recommendation = Recommendation(
            id: id ?? Identifier("", at: node.range),
            insights: fields.optional("insights", readList(readID)) ?? [],
            text: text ?? Text("", at: node.range),
            measures: fields.optional("measures", readList(readText)) ?? [],
            changes: fields.optional("changes", readList(readReference)) ?? [], range: node.range)
        fields.finish()
        return id == nil || text == nil ? nil : recommendation
    }

    static func comments(_ node: Node, problems: Problems) -> CommentCollection? {
        guard let fields = Fields(node, what: "comments", problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let source = fields.optional("source", readText)
        let study = fields.optional("study", readID)
        let comments = fields.required("comments", readList(readComment)) ?? []
        fields.finish()
        guard let id else { return nil }
        return CommentCollection(id: id, source: source, study: study, comments: comments, range: node.range)
    }

    static func readComment(_ node: Node, _ what: String, _ problems: Problems) -> Comment? {
        guard let fields = Fields(node, what: "comment", problems: problems) else { return nil }
        let id = fields.required("id", readID)
        let text = fields.required("text", readText)
        let comment = Comment(
            id: id ?? Identifier("", at: node.range), text: ResearchText(text ?? Text("", at: node.range)),
            themes: fields.optional("themes", readList(readID)) ?? [],
            tags: fields.optional("tags", readList(readID)) ?? [], range: node.range)
        fields.finish()
        return id == nil || text == nil ? nil : comment
    }
}
