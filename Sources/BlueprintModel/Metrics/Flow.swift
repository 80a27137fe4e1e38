/// A flow arrow: `to` names `from` in its `after` list.
public struct Flow: Sendable, Hashable {
    public var from: Step
    public var to: Step
}

extension Blueprint {
    /// The lane type of each lane ID (the first declaration wins).
    public var laneKinds: [String: Lane.Kind] {
        var kinds: [String: Lane.Kind] = [:]
        for lane in lanes where kinds[lane.id.value] == nil { kinds[lane.id.value] = lane.kind }
        return kinds
    }

    /// Every `after` link between two steps of this blueprint, in written order.
    public var flows: [Flow] {
        let steps = self.steps
        let byID = Dictionary(steps.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        return steps.flatMap { step in
            step.after.compactMap { target in byID[target.value].map { Flow(from: $0, to: step) } }
        }
    }

    /// Who does a step: its `actor`, else its lane.
    public func actor(of step: Step) -> String { step.actor?.value ?? step.lane.value }

    /// Whether a flow passes work between two different actors on the service's side (neither
    /// step in a customer lane): the non-value-adding hand-offs journeys are full of.
    public func isHandOff(_ flow: Flow, laneKinds: [String: Lane.Kind]) -> Bool {
        laneKinds[flow.from.lane.value] != .customer && laneKinds[flow.to.lane.value] != .customer
            && actor(of: flow.from) != actor(of: flow.to)
    }

    /// The hand-offs among the flows, in written order.
    public var handOffs: [Flow] {
        let kinds = laneKinds
        return flows.filter { isHandOff($0, laneKinds: kinds) }
    }
}
