import BlueprintModel

/// A study's sampling plan against the participants recruited for it.
public struct SamplingReport: Sendable, Hashable, Codable {
    public var study: String
    /// The planned sample size.
    public var size: Int
    /// The only segment the plan counts, when it names one.
    public var segment: String?
    /// Participants the plan counts.
    public var recruited: Int
    public var attributes: [AttributeSampling]
    /// Every difference from the plan, in words: "2 fewer participants with age band 65 and over
    /// than planned (planned 3, recruited 1)".
    public var gaps: [String]
}

/// One attribute of a plan: each value's planned and recruited count.
public struct AttributeSampling: Sendable, Hashable, Codable {
    public var name: String
    /// The shares' total, in percent; planned counts are in proportion to it when it is not 100.
    public var totalPercent: Double
    public var rows: [SamplingRow]
}

/// One value of a planned attribute, a value the plan does not list, or the participants with
/// nothing recorded.
public struct SamplingRow: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case planned
        /// A value participants have that the plan does not list.
        case other
        /// Participants without the attribute.
        case notRecorded = "not recorded"
    }

    public var kind: Kind
    /// The value as the plan (or, for `other`, the first participant) writes it; empty for `notRecorded`.
    public var value: String
    /// The planned share in percent, for planned values.
    public var share: Double?
    /// The plan in whole participants (largest remainder), for planned values.
    public var planned: Int?
    public var recruited: Int
    /// Recruited minus planned: negative when participants are missing. Nil off the plan.
    public var gap: Int?

    init(kind: Kind, value: String, share: Double? = nil, planned: Int? = nil, recruited: Int) {
        self.kind = kind
        self.value = value
        self.share = share
        self.planned = planned
        self.recruited = recruited
        gap = planned.map { recruited - $0 }
    }

    /// The row's label: the value, "other: …" or "not recorded".
    public var label: String {
        switch kind {
        case .planned: value
        case .other: "other: \(value)"
        case .notRecorded: "not recorded"
        }
    }
}

extension SamplingReport {
    /// The plan of `study` (which must have one) against `participants`, the ones it counts.
    init(_ study: Study, plan: SamplingPlan, participants: [Participant]) {
        self.study = study.id.value
        size = plan.size.value
        segment = plan.segment?.value.rawValue
        recruited = participants.count
        attributes = plan.attributes.map { AttributeSampling($0, size: plan.size.value, participants: participants) }
        let people = segment.map { "\($0) participants" } ?? "participants"
        var gaps: [String] = []
        if recruited != size {
            let difference = abs(recruited - size)
            gaps.append("\(difference) \(recruited < size ? "fewer" : "more") \(difference == 1 ? String(people.dropLast()) : people) than the plan's \(size) (recruited \(recruited))")
        }
        gaps += attributes.flatMap(\.gaps)
        self.gaps = gaps
    }
}

extension AttributeSampling {
    init(_ target: SamplingTarget, size: Int, participants: [Participant]) {
        name = target.name.value
        // Rounded, so 33.3 + 33.3 + 33.4 reads 100 rather than 99.99999999999999.
        totalPercent = (target.totalPercent * 1_000).rounded() / 1_000
        let planned = largestRemainder(target.shares.map(\.percent), total: size)
        var recruited = [Int](repeating: 0, count: target.shares.count)
        var others: [(value: String, count: Int)] = []
        var notRecorded = 0
        for participant in participants {
            guard let value = participant.writtenAttribute(target.name.value)?.value.value else {
                notRecorded += 1
                continue
            }
            if let index = target.shares.firstIndex(where: { sameLabel($0.value.value, value) }) {
                recruited[index] += 1
            } else if let index = others.firstIndex(where: { sameLabel($0.value, value) }) {
                others[index].count += 1
            } else {
                others.append((value, 1))
            }
        }
        rows = target.shares.indices.map { index in
            SamplingRow(kind: .planned, value: target.shares[index].value.value, share: target.shares[index].percent,
                        planned: planned[index], recruited: recruited[index])
        }
        rows += others.map { SamplingRow(kind: .other, value: $0.value, recruited: $0.count) }
        if notRecorded > 0 { rows.append(SamplingRow(kind: .notRecorded, value: "", recruited: notRecorded)) }
    }

    /// The rows that differ from the plan, in words.
    var gaps: [String] {
        rows.compactMap { row in
            switch row.kind {
            case .planned:
                guard let gap = row.gap, gap != 0, let planned = row.planned else { return nil }
                return "\(abs(gap)) \(gap < 0 ? "fewer" : "more") \(participants(abs(gap))) with \(name) \(row.value) than planned (planned \(planned), recruited \(row.recruited))"
            case .other:
                return "\(row.recruited) \(participants(row.recruited)) with \(name) '\(row.value)', which the plan does not list"
            case .notRecorded:
                return "\(row.recruited) \(participants(row.recruited)) with no \(name) recorded"
            }
        }
    }

    private func participants(_ count: Int) -> String { count == 1 ? "participant" : "participants" }
}
