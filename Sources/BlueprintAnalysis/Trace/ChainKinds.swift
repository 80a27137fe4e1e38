import BlueprintModel

extension TraceGraph {
    /// The kinds a trace shows, in the order of its counts and lists: the chain from evidence to
    /// criteria, then the containers.
    public static let kinds: [ElementKind] = [
        .excerpt, .comment, .insight, .step, .painPoint, .need, .recommendation, .change, .story, .criterion,
        .blueprint, .stage, .persona,
    ]
}

extension ElementKind {
    /// The kind's place in the trace chain; nil for containers and for kinds outside the chain.
    public var chainLevel: Int? {
        switch self {
        case .excerpt, .comment: 0
        case .insight: 1
        case .step: 2
        case .painPoint, .need: 3
        case .recommendation: 4
        case .change: 5
        case .story: 6
        case .criterion: 7
        default: nil
        }
    }

    /// Blueprints, stages and personas hold chain elements; traces show them but do not follow them.
    public var isContainer: Bool { self == .blueprint || self == .stage || self == .persona }
}
