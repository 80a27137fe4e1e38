/// Every piece of free text an element holds, for checks that read prose (personal data).
extension Persona {
    public var freeText: [Text] {
        [name] + [title, summary, quote].compactMap { $0 } + needs.map(\.text) + positives + negatives
            + attributes.flatMap { [$0.name, $0.value] }
    }
}

extension Blueprint {
    public var freeText: [Text] {
        var texts = [title] + [description, service].compactMap { $0 }
        for stage in stages {
            texts.append(stage.name)
            if let description = stage.description { texts.append(description) }
            for step in stage.steps {
                texts += [step.text] + [step.actor, step.channel].compactMap { $0 }
            }
            for change in changes(in: stage) { texts.append(change.text) }
            for measure in measures(in: stage) { texts.append(measure.text) }
        }
        for pain in painPoints {
            texts.append(pain.text)
            for case .citation(let quote, let source, _) in pain.evidence {
                texts += [quote, source].compactMap { $0 }
            }
        }
        return texts
    }
}
