/// A workspace's stories under their epics: the shape every backlog export and the coverage
/// report share, so they group alike.
public struct Backlog: Sendable {
    /// How stories are ordered within an epic.
    public enum Order: Sendable {
        /// As written, file by file.
        case file
        /// By priority (see `Backlog.ordered`): the order a team works in.
        case priority
    }

    /// An epic and its stories; or the stories that name no epic.
    public struct Group: Sendable {
        /// The epic's ID as stories write it; nil for the stories that name no epic.
        public var id: String?
        /// The epic as declared; nil when stories name an epic no document declares (`check`
        /// reports that), or for the stories without an epic.
        public var epic: Epic?
        /// In the backlog's order.
        public var stories: [Story]

        /// The epic's title, else its ID, else "(no epic)".
        public var title: String { epic?.title.value ?? id ?? Backlog.noEpic }
    }

    /// The title of the group of stories without an epic.
    public static let noEpic = "(no epic)"

    /// Declared epics in file order (those without stories too), then epics that stories name but
    /// no document declares, in the order first named, then the stories without an epic, if any.
    public var groups: [Group]

    /// The backlog of `workspace`, stories within an epic in `order`.
    public init(_ workspace: Workspace, order: Order = .priority) {
        var groups = workspace.epics.map { Group(id: $0.id.value, epic: $0, stories: []) }
        var index: [String: Int] = [:]
        // A duplicate epic ID (an error `check` reports) keeps the first declaration's stories.
        for (position, epic) in workspace.epics.enumerated() where index[epic.id.value] == nil {
            index[epic.id.value] = position
        }
        var unassigned: [Story] = []
        for story in workspace.stories {
            guard let epic = story.epic?.value else {
                unassigned.append(story)
                continue
            }
            if let position = index[epic] {
                groups[position].stories.append(story)
            } else {
                index[epic] = groups.count
                groups.append(Group(id: epic, epic: nil, stories: [story]))
            }
        }
        if !unassigned.isEmpty { groups.append(Group(id: nil, epic: nil, stories: unassigned)) }
        if order == .priority {
            for position in groups.indices { groups[position].stories = Backlog.ordered(groups[position].stories) }
        }
        self.groups = groups
    }

    /// Every story, group by group.
    public var stories: [Story] { groups.flatMap(\.stories) }

    /// Stories by priority (ranks, then must, should, could, won't; stories without a priority
    /// last), ties kept in file order so the output never depends on the sort algorithm.
    public static func ordered(_ stories: [Story]) -> [Story] {
        stories.enumerated().sorted { lhs, rhs in
            let (left, right) = (lhs.element.priority?.value.order ?? Int.max, rhs.element.priority?.value.order ?? Int.max)
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
    }
}

extension Workspace {
    /// The persona a story is written for: its own `persona`, else the persona of its declared
    /// `role`, else nil.
    public func personaID(of story: Story) -> String? {
        if let persona = story.persona { return persona.value }
        guard let role = story.role?.value else { return nil }
        return roles.first { $0.id.value == role }?.persona?.value
    }
}
