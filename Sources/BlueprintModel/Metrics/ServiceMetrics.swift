/// What a blueprint costs the customer and the service, counted from its steps: the figures
/// `blueprint compare` puts side by side for a current and a future state (seed 004: journeys of
/// 80+ touch points, non-value-adding hand-offs, customer effort cut by half).
public struct ServiceMetrics: Sendable, Hashable, Codable {
    /// Customer steps with a channel, and front-stage steps with a channel: each time the
    /// customer and the service meet across the line of interaction.
    public var touchPoints: Int
    /// The distinct channels used, sorted.
    public var channels: [String]
    /// Flows between two different actors on the service's side.
    public var handOffs: Int
    /// Steps in each lane type, by the type's name.
    public var stepsPerLane: [String: Int]
    /// Steps the customer takes.
    public var customerSteps: Int
    /// Steps with a `wait`, and the waiting they add up to, in seconds.
    public var waitSteps: Int
    public var waitSeconds: Int
    /// Pain points by severity name.
    public var painPoints: [String: Int]
    /// The sum of the negative emotions of customer steps, as a positive number.
    public var distress: Int
    /// Customer effort: customer steps + touch points + waits + distress (docs/COMPARE.md).
    public var customerEffort: Int

    public init(_ blueprint: Blueprint) {
        let kinds = blueprint.laneKinds
        let steps = blueprint.steps
        let customer = steps.filter { kinds[$0.lane.value] == .customer }
        let frontstage = steps.filter { kinds[$0.lane.value] == .frontstage }
        touchPoints = customer.filter { $0.channel != nil }.count + frontstage.filter { $0.channel != nil }.count
        channels = Array(Set(steps.compactMap { $0.channel?.value.lowercased() })).sorted()
        handOffs = blueprint.handOffs.count
        var perLane: [String: Int] = [:]
        for step in steps { perLane[(kinds[step.lane.value] ?? .custom).rawValue, default: 0] += 1 }
        stepsPerLane = perLane
        customerSteps = customer.count
        let waits = steps.compactMap(\.wait?.value.seconds)
        waitSteps = waits.count
        waitSeconds = waits.reduce(0, +)
        var pains: [String: Int] = [:]
        for pain in blueprint.painPoints { pains[pain.severity.rawValue, default: 0] += 1 }
        painPoints = pains
        distress = customer.compactMap(\.emotion?.value).filter { $0 < 0 }.reduce(0) { $0 - $1 }
        customerEffort = customerSteps + touchPoints + waitSteps + distress
    }
}
