import BlueprintDiagnostics
import Foundation

/// k-anonymity of a study's participants on what is recorded about them: k is the size of the
/// smallest group of participants who share a segment and every attribute value. A participant
/// with k = 1 is unique: a reader who knows the area and one or two facts can pick them out.
///
/// `generalise(_:k:)` makes every group at least `k` strong, greedily and deterministically:
/// at each step it looks at one step per attribute — for an age band, merge the rarest band with
/// its rarer neighbour ("25 to 44" + "45 to 64" → "25 to 64"); for any other attribute, fold its
/// rarest value into "other"; for an attribute left with one value, drop it — and takes the step
/// that takes the most participants out of too-small groups per bit of information lost (the
/// fall in the attribute's Shannon entropy); ties go to the attribute first in name order. It
/// stops when every group has `k` members or no attribute is left. The segment is never
/// changed (the checks and the sampling plan need it), so a segment with fewer than `k`
/// participants cannot be helped by attributes: it is left out of the target, its participants'
/// attributes are all left out (`suppressed`), and it is reported.
public struct KAnonymity: Sendable {
    /// One participant: an ID, a segment, and attribute values by attribute name.
    public struct Person: Sendable, Hashable {
        public var id: String
        public var segment: String
        public var attributes: [String: String]
        public init(id: String, segment: String, attributes: [String: String]) {
            self.id = id
            self.segment = segment
            self.attributes = attributes
        }
    }

    /// What a step changed, in the order the steps were taken.
    public enum Change: Sendable, Hashable, CustomStringConvertible {
        case coarsened(attribute: String, merged: [String], into: String)
        case dropped(attribute: String)

        /// Attribute names and values are free text, so the message masks personal data in them.
        public var description: String {
            switch self {
            case .coarsened(let attribute, let merged, let into):
                Redaction.displayText("coarsened '\(attribute)' (\(merged.joined(separator: " + ")) → \(into))")
            case .dropped(let attribute): Redaction.displayText("dropped '\(attribute)'")
            }
        }
    }

    /// The participants after generalisation, in the input's order.
    public private(set) var people: [Person]
    public private(set) var changes: [Change] = []
    /// For each attribute, what each original value became; dropped attributes are in `dropped`.
    public private(set) var replacements: [String: [String: String]] = [:]
    public private(set) var dropped: Set<String> = []
    /// Participants of a segment smaller than k: no attribute can hide them, so all of theirs are left out.
    public private(set) var suppressed: Set<String> = []

    /// The size of the smallest group (0 for no participants).
    public static func k(of people: [Person]) -> Int { groups(of: people).values.min() ?? 0 }

    /// How many participants share their segment and attribute values with nobody.
    public static func unique(in people: [Person]) -> Int { undersized(in: people, k: 2) }

    /// How many participants are in groups smaller than `k`.
    public static func undersized(in people: [Person], k: Int) -> Int {
        let sizes = groups(of: people)
        return people.filter { sizes[key(of: $0)]! < k }.count
    }

    /// Participants in groups smaller than `k` whose segment has at least `k`: the ones
    /// generalising attributes can help.
    static func helpable(in people: [Person], k: Int) -> Int {
        let sizes = groups(of: people)
        var segments: [String: Int] = [:]
        for person in people { segments[person.segment, default: 0] += 1 }
        return people.filter { sizes[key(of: $0)]! < k && segments[$0.segment]! >= k }.count
    }

    /// The changes by attribute, in name order: "dropped 'service'", "coarsened 'age band' to
    /// under 45, 45 and over", "coarsened 'role' (7 values folded into other)".
    public var summary: [String] {
        let names = Set(changes.map { change -> String in
            switch change { case .coarsened(let name, _, _), .dropped(let name): name }
        }).sorted()
        return names.map { name in
            // The name is free text (and shown on standard error): personal data masked.
            let shown = Redaction.displayText(name)
            if dropped.contains(name) { return "dropped '\(shown)'" }
            let now = Set(people.compactMap { $0.attributes[name] })
            let folded = (replacements[name] ?? [:]).filter { $0.value == Self.other }.count
            if now.allSatisfy({ Band($0) != nil }) {
                return "coarsened '\(shown)' to \(now.compactMap(Band.init).sorted().map(\.label).joined(separator: ", "))"
            }
            return "coarsened '\(shown)' (\(counted(folded, "value")) folded into '\(Self.other)')"
        }
    }

    /// `people` generalised until every group has at least `k` members (see the type's comment).
    public static func generalise(_ people: [Person], k: Int) -> KAnonymity {
        var result = KAnonymity(people: people)
        while helpable(in: result.people, k: k) > 0 {
            let names = Set(result.people.flatMap(\.attributes.keys)).sorted()
            guard !names.isEmpty else { break }
            let before = helpable(in: result.people, k: k)
            var best: (score: Double, lost: Double, step: Step)?
            for name in names {
                let step = result.nextStep(for: name)
                let after = step.applied(to: result.people)
                let lost = entropy(of: name, in: result.people) - entropy(of: name, in: after)
                let gained = Double(before - helpable(in: after, k: k))
                let score = gained / max(lost, 1e-9)
                // The best gain per bit; if nothing gains yet, the cheapest step.
                let better = best.map { current in
                    gained > 0 || current.score > 0 ? score > current.score : lost < current.lost
                } ?? true
                if better { best = (score, lost, step) }
            }
            guard let chosen = best?.step else { break }
            result.take(chosen)
        }
        var segments: [String: Int] = [:]
        for person in result.people { segments[person.segment, default: 0] += 1 }
        for index in result.people.indices where segments[result.people[index].segment]! < k && !result.people[index].attributes.isEmpty {
            result.suppressed.insert(result.people[index].id)
            result.people[index].attributes = [:]
        }
        return result
    }

    // MARK: - Steps

    enum Step {
        case merge(attribute: String, values: [String], into: String)
        case drop(attribute: String)

        func applied(to people: [Person]) -> [Person] {
            people.map { person in
                var person = person
                switch self {
                case .merge(let attribute, let values, let into):
                    if let value = person.attributes[attribute], values.contains(value) { person.attributes[attribute] = into }
                case .drop(let attribute):
                    person.attributes[attribute] = nil
                }
                return person
            }
        }
    }

    private mutating func take(_ step: Step) {
        people = step.applied(to: people)
        switch step {
        case .merge(let attribute, let values, let into):
            changes.append(.coarsened(attribute: attribute, merged: values, into: into))
            var map = replacements[attribute] ?? [:]
            for (original, current) in map where values.contains(current) { map[original] = into }
            for value in values where map[value] == nil && !map.values.contains(value) { map[value] = into }
            replacements[attribute] = map
        case .drop(let attribute):
            changes.append(.dropped(attribute: attribute))
            dropped.insert(attribute)
            replacements[attribute] = nil
        }
    }

    /// The next step for one attribute: merge two age bands, fold the rarest value into
    /// "other", or drop the attribute when one value (or none) is left.
    func nextStep(for attribute: String) -> Step {
        var counts: [String: Int] = [:]
        for person in people { if let value = person.attributes[attribute] { counts[value, default: 0] += 1 } }
        guard counts.count > 1 else { return .drop(attribute: attribute) }
        let bands = counts.keys.compactMap(Band.init)
        if bands.count == counts.count {
            let ordered = bands.sorted()
            // The rarest band (the lower on a tie), merged with its rarer neighbour.
            let rarest = ordered.indices.min { (counts[ordered[$0].label]!, $0) < (counts[ordered[$1].label]!, $1) }!
            let neighbours = [rarest - 1, rarest + 1].filter(ordered.indices.contains)
            let other = neighbours.min { (counts[ordered[$0].label]!, $0) < (counts[ordered[$1].label]!, $1) }!
            let pair = [ordered[min(rarest, other)], ordered[max(rarest, other)]]
            let merged = Band(lower: pair[0].lower, upper: pair[1].upper)
            return .merge(attribute: attribute, values: pair.map(\.label), into: merged.label)
        }
        let others = counts.keys.filter { $0 != Self.other }
        // Folding would leave a single value: that is dropping, said plainly.
        guard others.count > (counts[Self.other] == nil ? 2 : 1) else { return .drop(attribute: attribute) }
        let rarest = others.min { (counts[$0]!, $0) < (counts[$1]!, $1) }!
        // Folding the last two named values leaves one: fold both, so "other" is never one person.
        let fold = counts[Self.other] == nil
            ? [rarest, others.filter { $0 != rarest }.min { (counts[$0]!, $0) < (counts[$1]!, $1) }!].sorted()
            : [rarest]
        return .merge(attribute: attribute, values: fold, into: Self.other)
    }

    static let other = "other"

    /// An age band as people write them: "under 25", "25 to 44", "18-24", "65 and over", "65+".
    struct Band: Comparable {
        var lower: Int?
        var upper: Int?

        init(lower: Int?, upper: Int?) {
            self.lower = lower
            self.upper = upper
        }

        init?(_ text: String) {
            let words = text.lowercased().replacingOccurrences(of: "-", with: " to ").split(separator: " ")
            let numbers = words.compactMap { Int($0.filter(\.isNumber)) }
            switch (words.first, words.last, numbers.count) {
            case ("under"?, _, 1): self.init(lower: nil, upper: numbers[0] - 1)
            case (_, "over"?, 1), (_, "older"?, 1): self.init(lower: numbers[0], upper: nil)
            case _ where words.count == 1 && text.hasSuffix("+") && numbers.count == 1: self.init(lower: numbers[0], upper: nil)
            case _ where numbers.count == 2 && words.count == 3 && words[1] == "to": self.init(lower: numbers[0], upper: numbers[1])
            default: return nil
            }
            // Only a band that reads back as written counts, so "18-24" and "18 to 24" never both occur.
            guard label == text || Band.loose(text) else { return nil }
        }

        private static func loose(_ text: String) -> Bool { text.contains("-") || text.hasSuffix("+") }

        var label: String {
            switch (lower, upper) {
            case (nil, let upper?): "under \(upper + 1)"
            case (let lower?, nil): "\(lower) and over"
            case (let lower?, let upper?): "\(lower) to \(upper)"
            case (nil, nil): "any age"
            }
        }

        static func < (a: Band, b: Band) -> Bool { (a.lower ?? Int.min) < (b.lower ?? Int.min) }
    }

    // MARK: - Groups and information

    private static func key(of person: Person) -> [String] {
        [person.segment] + person.attributes.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] }
    }

    private static func groups(of people: [Person]) -> [[String]: Int] {
        var sizes: [[String]: Int] = [:]
        for person in people { sizes[key(of: person), default: 0] += 1 }
        return sizes
    }

    /// The Shannon entropy, in bits, of one attribute over the participants (absent counts as a value).
    private static func entropy(of attribute: String, in people: [Person]) -> Double {
        var counts: [String?: Int] = [:]
        for person in people { counts[person.attributes[attribute], default: 0] += 1 }
        let total = Double(people.count)
        // Summed in a fixed order: a dictionary's order varies, and a last-bit difference would break a tie differently.
        return counts.values.sorted().reduce(0) { sum, count in
            let p = Double(count) / total
            return sum - p * log2(p)
        }
    }
}
