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
