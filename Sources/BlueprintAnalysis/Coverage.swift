import BlueprintDiagnostics
import Foundation
import BlueprintModel

/// Acceptance-criteria coverage of a workspace: which stories can be tested, and which pain
/// points, gold-standard changes, recommendations and persona needs a tested story addresses.
///
/// A story is *tested* when it has at least one acceptance criterion. A target (a pain point,
/// change, recommendation or persona need with an ID) is *covered* when a tested story names it
/// in `addresses`, *untested* when only stories without criteria name it, and a *gap* when no
/// story names it. Only direct `addresses` count: a story that addresses a recommendation does
/// not thereby cover the changes the recommendation realises. "Gold-standard changes" are the
/// changes of every blueprint, whatever its state: a change is, by definition, a step towards the
/// target experience. Everything is listed in file order.
public struct Coverage: Sendable {
    /// A story and how many acceptance criteria it has.
    public struct StoryEntry: Sendable, Hashable {
        public var id: String
        /// The epic's ID, as the story names it.
        public var epic: String?
        /// The story's persona, or its role's (`Workspace.personaID(of:)`).
        public var persona: String?
        public var criteria: Int
        public var file: String
        public var line: Int
    }

    /// Stories of one epic or one persona.
    public struct StoryGroup: Sendable, Hashable {
        /// The epic's or persona's ID; nil for the stories without one.
        public var id: String?
        /// The epic's title or the persona's name; "(no epic)" / "(no persona)" for the rest.
        public var title: String
        public var stories: Int
        public var withCriteria: Int
        /// IDs of the group's stories that have no acceptance criteria.
        public var withoutCriteria: [String]

        /// Stories with criteria as a share of the group's stories, nil for a group without stories.
        public var percent: Double? { Coverage.percent(withCriteria, of: stories) }
    }

    /// What stories address, in the order of every count and list.
    public static let targetKinds: [ElementKind] = [.painPoint, .change, .recommendation, .need]

    /// Whether a target is addressed by a story that can be tested.
    public enum Status: String, Sendable, Hashable {
        /// Addressed by at least one story with acceptance criteria.
        case covered
        /// Addressed only by stories without acceptance criteria.
        case untested
        /// Addressed by no story.
        case gap
    }

    /// A pain point, change, recommendation or persona need, and the stories that address it.
    public struct Target: Sendable, Hashable {
        /// One of `targetKinds`.
        public var kind: ElementKind
        public var id: String
        public var text: String
        /// Pain points only.
        public var severity: PainPoint.Severity?
        /// The blueprint a pain point or change is on, or the persona a need is of.
        public var owner: String?
        public var status: Status
        /// Every story that names it in `addresses`, in file order.
        public var addressedBy: [String]
        public var file: String
        public var line: Int
    }

    /// The names of the summary figures, as `--min` takes them.
    public enum FigureName: String, Sendable, Hashable, CaseIterable {
        case stories
        case painPoints = "pain-points"
        case criticalPainPoints = "pain-points-critical"
        case highPainPoints = "pain-points-high"
        case mediumPainPoints = "pain-points-medium"
        case lowPainPoints = "pain-points-low"
        case changes
        case recommendations
        case needs

        /// In words, for tables and messages.
        public var label: String {
            switch self {
            case .stories: "Stories with acceptance criteria"
            case .painPoints: "Pain points covered"
            case .criticalPainPoints: "Critical pain points covered"
            case .highPainPoints: "High pain points covered"
            case .mediumPainPoints: "Medium pain points covered"
            case .lowPainPoints: "Low pain points covered"
            case .changes: "Gold-standard changes covered"
            case .recommendations: "Recommendations covered"
            case .needs: "Persona needs covered"
            }
        }

        /// The pain point severity a figure counts, if it counts pain points of one severity.
        var severity: PainPoint.Severity? {
            switch self {
            case .criticalPainPoints: .critical
            case .highPainPoints: .high
            case .mediumPainPoints: .medium
            case .lowPainPoints: .low
            default: nil
            }
        }
    }

    /// One summary figure: how many of `total` are covered (stories: have criteria).
    public struct Figure: Sendable, Hashable {
        public var name: FigureName
        public var covered: Int
        /// Targets addressed only by stories without criteria; nil for the stories figure.
        public var untested: Int?
        /// Stories without criteria, or targets no story addresses.
        public var gaps: Int
        public var total: Int

        public var label: String { name.label }
        /// `covered` as a share of `total`, nil when there is nothing to cover.
        public var percent: Double? { Coverage.percent(covered, of: total) }
    }

    /// Every story, in file order.
    public var stories: [StoryEntry]
    /// Declared epics in file order, then epics named but not declared, then "(no epic)".
    public var epics: [StoryGroup]
    /// Personas in file order (those without stories too), then personas named but not
    /// declared, then "(no persona)".
    public var personas: [StoryGroup]
    /// Pain points, then changes, then recommendations, then persona needs, each in file order.
    public var targets: [Target]

    /// The coverage of `workspace`.
    public init(_ workspace: Workspace) {
        let stories = workspace.stories
        self.stories = stories.map { story in
            StoryEntry(id: story.id.value, epic: story.epic?.value, persona: workspace.personaID(of: story),
                       criteria: story.acceptance.count, file: story.range.file, line: story.range.start.line)
        }

        epics = Backlog(workspace, order: .file).groups.map { group in
            Coverage.group(id: group.id, title: group.shownTitle, stories: group.stories)
        }

        var byPersona: [(id: String?, title: String, stories: [Story])] = workspace.personas.map { ($0.id.value, $0.name.shown, []) }
        var personaIndex: [String: Int] = [:]
        for (position, persona) in workspace.personas.enumerated() where personaIndex[persona.id.value] == nil {
            personaIndex[persona.id.value] = position
        }
        var withoutPersona: [Story] = []
        for story in stories {
            guard let persona = workspace.personaID(of: story) else {
                withoutPersona.append(story)
                continue
            }
            if let position = personaIndex[persona] {
                byPersona[position].stories.append(story)
            } else {
                personaIndex[persona] = byPersona.count
                byPersona.append((persona, persona, [story]))
            }
        }
        if !withoutPersona.isEmpty { byPersona.append((nil, "(no persona)", withoutPersona)) }
        personas = byPersona.map { Coverage.group(id: $0.id, title: $0.title, stories: $0.stories) }

        var addressers: [String: [Story]] = [:]
        for story in stories {
            // A story naming the same target twice counts once.
            for target in Set(story.addresses.map(\.value)) { addressers[target, default: []].append(story) }
        }
        func target(_ kind: ElementKind, _ id: Identifier, _ text: Text, severity: PainPoint.Severity? = nil, owner: String?, range: SourceRange) -> Target {
            let addressedBy = addressers[id.value] ?? []
            let status: Status = addressedBy.isEmpty ? .gap : addressedBy.contains { !$0.acceptance.isEmpty } ? .covered : .untested
            return Target(kind: kind, id: id.value, text: text.shown, severity: severity, owner: owner, status: status,
                          addressedBy: addressedBy.map(\.id.value), file: range.file, line: range.start.line)
        }

        var targets: [Target] = []
        for blueprint in workspace.blueprints {
            for pain in blueprint.painPoints.sorted(by: { $0.range < $1.range }) {
                targets.append(target(.painPoint, pain.id, pain.text, severity: pain.severity, owner: blueprint.id.value, range: pain.range))
            }
        }
        for blueprint in workspace.blueprints {
            for change in (blueprint.stages.flatMap(\.changes) + blueprint.changes).sorted(by: { $0.range < $1.range }) {
                targets.append(target(.change, change.id, change.text, owner: blueprint.id.value, range: change.range))
            }
        }
        for recommendation in workspace.recommendations {
            targets.append(target(.recommendation, recommendation.id, recommendation.text, owner: nil, range: recommendation.range))
        }
        for persona in workspace.personas {
            for need in persona.needs {
                guard let id = need.id else { continue }
                targets.append(target(.need, id, need.text, owner: persona.id.value, range: id.range))
            }
        }
        self.targets = targets
    }

    /// The summary figures, in `FigureName` order.
    public var figures: [Figure] { FigureName.allCases.map(figure) }

    /// One summary figure.
    public func figure(_ name: FigureName) -> Figure {
        let included: [Target]
        switch name {
        case .stories:
            let tested = stories.filter { $0.criteria > 0 }.count
            return Figure(name: name, covered: tested, untested: nil, gaps: stories.count - tested, total: stories.count)
        case .painPoints: included = targets.filter { $0.kind == .painPoint }
        case .criticalPainPoints, .highPainPoints, .mediumPainPoints, .lowPainPoints:
            included = targets.filter { $0.kind == .painPoint && $0.severity == name.severity }
        case .changes: included = targets.filter { $0.kind == .change }
        case .recommendations: included = targets.filter { $0.kind == .recommendation }
        case .needs: included = targets.filter { $0.kind == .need }
        }
        func count(_ status: Status) -> Int { included.filter { $0.status == status }.count }
        return Figure(name: name, covered: count(.covered), untested: count(.untested), gaps: count(.gap), total: included.count)
    }

    /// A percentage to one decimal, "66.7%"; "—" when there is nothing to count.
    public static func format(_ percent: Double?) -> String {
        // Rounded half away from zero first, as JSON and CSV round: 81.25 → 81.3 everywhere.
        percent.map { String(format: "%.1f%%", ($0 * 10).rounded() / 10) } ?? "—"
    }

    /// `part` as a percentage of `whole`; nil when `whole` is 0.
    public static func percent(_ part: Int, of whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole) * 100
    }

    private static func group(id: String?, title: String, stories: [Story]) -> StoryGroup {
        let without = stories.filter { $0.acceptance.isEmpty }.map(\.id.value)
        return StoryGroup(id: id, title: title, stories: stories.count, withCriteria: stories.count - without.count, withoutCriteria: without)
    }
}

/// A minimum a coverage figure must reach (`blueprint coverage --min`). BlueprintKit reads it
/// from the command line (`CoverageMinimum(parsing:)`).
public struct CoverageMinimum: Sendable, Hashable {
    public var figure: Coverage.FigureName
    /// Percent, 0 … 100.
    public var percent: Double

    /// `percent` for `figure`.
    public init(figure: Coverage.FigureName, percent: Double) {
        self.figure = figure
        self.percent = percent
    }

    /// Why `coverage` falls short of this minimum, or nil when it does not. A figure with
    /// nothing to cover (no stories, no pain points of that severity …) never falls short.
    public func shortfall(in coverage: Coverage) -> String? {
        let figure = coverage.figure(self.figure)
        // Compare counts, not the rounded percentage: 2 of 3 is below a minimum of 66.67.
        guard figure.total > 0, Double(figure.covered) * 100 < percent * Double(figure.total) else { return nil }
        let minimum = CoverageMinimum.format(percent)
        return "\(figure.label.lowercased()): \(figure.covered) of \(figure.total) (\(Coverage.format(figure.percent))), "
            + "below the minimum of \(minimum) (--min \(self.figure.rawValue)=\(minimum.dropLast()))"
    }

    /// The minimum as written: "80%", "66.5%".
    static func format(_ percent: Double) -> String {
        percent == percent.rounded() ? "\(Int(percent))%" : "\(percent)%"
    }
}
