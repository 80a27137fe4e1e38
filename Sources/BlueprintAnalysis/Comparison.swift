import BlueprintModel

/// Two states of a service side by side (`blueprint compare CURRENT FUTURE`): every measure of
/// `ServiceMetrics` in each state and the change. docs/COMPARE.md defines them.
public struct Comparison: Sendable {
    /// One measure: its value in each state and the change.
    public struct Row: Sendable, Codable, Hashable {
        public var measure: String
        public var current: Int
        public var future: Int

        public init(measure: String, current: Int, future: Int) {
            self.measure = measure
            self.current = current
            self.future = future
        }
        public var change: Int { future - current }
        /// The change as a share of the current value, in percent; nil when the current is 0.
        public var percent: Double? { current == 0 ? nil : Double(change) / Double(current) * 100 }
    }

    public var current: Blueprint
    public var future: Blueprint
    public var currentMetrics: ServiceMetrics
    public var futureMetrics: ServiceMetrics

    public init(current: Blueprint, future: Blueprint) {
        self.current = current
        self.future = future
        currentMetrics = ServiceMetrics(current)
        futureMetrics = ServiceMetrics(future)
        // Channels are free text, shown by the text and the JSON: masked as written (lower case
        // would hide an NI number from the detector).
        currentMetrics.channels = Self.shownChannels(current)
        futureMetrics.channels = Self.shownChannels(future)
    }

    /// Every measure, in reading order.
    public var rows: [Row] {
        let (c, f) = (currentMetrics, futureMetrics)
        var rows = [
            Row(measure: "Customer effort score", current: c.customerEffort, future: f.customerEffort),
            Row(measure: "Customer touch points", current: c.touchPoints, future: f.touchPoints),
            Row(measure: "Customer steps", current: c.customerSteps, future: f.customerSteps),
            Row(measure: "Channels used", current: c.channels.count, future: f.channels.count),
            Row(measure: "Hand-offs between actors", current: c.handOffs, future: f.handOffs),
            Row(measure: "Wait steps", current: c.waitSteps, future: f.waitSteps),
            Row(measure: "Waiting (hours)", current: c.waitSeconds / 3_600, future: f.waitSeconds / 3_600),
            Row(measure: "Distress (negative emotion)", current: c.distress, future: f.distress),
        ]
        for kind in Lane.Kind.allCases {
            let (before, after) = (c.stepsPerLane[kind.rawValue] ?? 0, f.stepsPerLane[kind.rawValue] ?? 0)
            if before + after > 0 { rows.append(Row(measure: "Steps: \(kind.standardName.lowercased())", current: before, future: after)) }
        }
        for severity in PainPoint.Severity.allCases.reversed() {
            let (before, after) = (c.painPoints[severity.rawValue] ?? 0, f.painPoints[severity.rawValue] ?? 0)
            if before + after > 0 { rows.append(Row(measure: "Pain points: \(severity.rawValue)", current: before, future: after)) }
        }
        rows.append(Row(measure: "Pain points: all", current: c.painPoints.values.reduce(0, +), future: f.painPoints.values.reduce(0, +)))
        return rows
    }

    /// The distinct channels of `blueprint`'s steps, as `ServiceMetrics` counts them, personal data masked.
    static func shownChannels(_ blueprint: Blueprint) -> [String] {
        Array(Set(blueprint.steps.compactMap { $0.channel?.shown.lowercased() })).sorted()
    }
}
