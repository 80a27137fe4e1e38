/// Questions over the research kinds that both the checks and the research summary ask, answered
/// in one place so a rule and a figure never disagree.

/// Whether two labels written by people name the same thing: letter case and surrounding spaces
/// don't matter ("65 and over", "65 And Over ").
public func sameLabel(_ a: String, _ b: String) -> Bool {
    normalisedLabel(a) == normalisedLabel(b)
}

func normalisedLabel(_ text: String) -> String {
    let lowered = text.lowercased()
    guard let first = lowered.firstIndex(where: { !$0.isWhitespace }),
          let last = lowered.lastIndex(where: { !$0.isWhitespace }) else { return "" }
    return String(lowered[first...last])
}

extension SamplingTarget {
    /// The share a participant's value counts towards, if the plan lists it.
    public func share(for value: String) -> Share? {
        shares.first { sameLabel($0.value.value, value) }
    }

    /// The shares' total, in percent (100 when the plan is consistent).
    public var totalPercent: Double { shares.reduce(0) { $0 + $1.percent } }

    /// "30%", "12.5%", "99.9%": a percentage as people write it, to one decimal, without a
    /// trailing ".0".
    public static func percentText(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? "\(Int(tenths / 10))%" : "\(tenths / 10)%"
    }
}

extension Participant {
    /// The attribute as written, name and value with their places, by name (case-insensitive).
    public func writtenAttribute(_ name: String) -> TextPair? {
        attributes.first { sameLabel($0.name.value, name) }
    }
}

extension Workspace {
    /// The participants a study's sampling plan counts: the study's own, and only those of the
    /// plan's segment when it names one.
    public func sampledParticipants(of study: Study) -> [Participant] {
        participants.filter { participant in
            participant.study.value == study.id.value
                && (study.sampling?.segment == nil || participant.segment?.value == study.sampling?.segment?.value)
        }
    }

    /// The IDs of the pain points some insight explains: listed in an insight's `pains`, or
    /// citing an insight in their own `evidence`.
    public var painPointsWithInsight: Set<String> {
        let insightIDs = Set(insights.map(\.id.value))
        var explained = Set(insights.flatMap { $0.pains.map(\.value) })
        for blueprint in blueprints {
            for pain in blueprint.painPoints {
                for case .reference(let target) in pain.evidence where insightIDs.contains(target.value) {
                    explained.insert(pain.id.value)
                }
            }
        }
        return explained
    }
}
