import BlueprintDiagnostics
import BlueprintAnalysis
import Foundation
import BlueprintModel
import BlueprintSyntax

/// `blueprint research export --redact`: a copy of a workspace's files that may be shared
/// beyond the research team. Every document is read again and written out by `YAMLWriter` from
/// its tree after `Redaction.shareable`: personal data masked in every scalar, excerpts of
/// participants who did not consent to quotation replaced by a notice. Comments are left out:
/// they are free text no check reads, so nothing vouches for them.
///
/// The copy is checked before anything is written: it must load without errors, as the
/// original did. The inputs are only ever read.
public struct ShareableCopy {
    /// The first lines of every file of the copy.
    public static let header = [
        "Shareable copy written by 'blueprint research export --redact'. E-mail addresses, phone",
        "numbers, postcodes and National Insurance numbers are masked; excerpts of participants who",
        "did not consent to quotation are replaced by a notice; comments are left out.",
    ]

    /// The files of the copy, by path relative to the folder that holds every input file, in
    /// the inputs' order.
    public private(set) var files: [(path: String, bytes: [UInt8])] = []
    /// The absolute path of each input file, to keep the copy from overwriting them.
    private var inputs: [String] = []
    /// How many scalars were masked and how many excerpts withheld, for the summary line.
    public private(set) var maskedScalars = 0
    public private(set) var withheldExcerpts = 0
    /// Per study, in name order: how identifiable its participants are on their attributes, and
    /// (with `k`) what was generalised so that every one shares them with at least k − 1 others.
    public private(set) var anonymity: [StudyAnonymity] = []

    /// One study's k-anonymity before and after the copy.
    public struct StudyAnonymity: Sendable {
        public var study: String
        public var participants: Int
        public var kBefore: Int
        public var uniqueBefore: Int
        public var kAfter: Int
        public var uniqueAfter: Int
        /// What was dropped or coarsened, by attribute; empty without `k`.
        public var changes: [String]
        /// Segments with fewer than `k` participants, and how many: no attribute can hide those
        /// participants, so all of their attributes are left out, and `kAfter` counts the others.
        public var smallSegments: [(segment: String, participants: Int)]

        /// "study 'discovery': 60 participants, 38 unique on their attributes (k = 1)".
        public func summary(k: Int?) -> String {
            var line = "study '\(study)': \(counted(participants, "participant")), \(uniqueBefore) unique on their attributes (k = \(kBefore))"
            guard let k else {
                return uniqueBefore > 0 ? line + "; add --k 3 to generalise them" : line
            }
            line += changes.isEmpty ? "; nothing to change for k = \(k)" : "; for k = \(k): " + changes.joined(separator: "; ")
            let small = smallSegments.reduce(0) { $0 + $1.participants }
            line += "; now k = \(kAfter), \(uniqueAfter) unique" + (small > 0 ? " among the other \(participants - small)" : "")
            for (segment, count) in smallSegments {
                line += "; \(counted(count, "participant")) of segment '\(segment)', which has fewer than \(k): no attribute can hide them, so all of their attributes are left out"
            }
            return line
        }
    }

    /// The copy of a checked workspace without errors. Relative input paths are taken from
    /// `currentDirectory`, as `WorkspaceFiles.read` made them.
    public init(_ result: CheckResult, currentDirectory: URL, k: Int? = nil) throws(WorkspaceError) {
        let redaction = Redaction(result.workspace)
        let generalised = Self.anonymise(result.workspace, k: k)
        anonymity = generalised.map(\.summary)
        inputs = result.sources.map { source in
            source.path.hasPrefix("/") ? source.path
                : currentDirectory.appendingPathComponent(source.path).standardizedFileURL.path
        }
        let root = Self.commonFolder(of: inputs)
        for (source, absolute) in zip(result.sources, inputs) {
            let parsed = YAMLParser.parse(source.bytes, file: source.path)
            if let problem = parsed.diagnostics.first(where: { $0.severity == .error }) {
                throw WorkspaceError.unusableInput("\(source.path):\(problem.range.start.line):\(problem.range.start.column): \(problem.message); fix it with 'blueprint check' first")
            }
            let roots = parsed.documents.map { document in
                let coarse = Self.generalisingSampling(Self.generalising(document.root, by: generalised), by: generalised)
                let shared = redaction.shareable(coarse)
                count(coarse, against: shared, withheld: redaction.withheld)
                return shared
            }
            let relative = String(absolute.dropFirst(root.count)).drop { $0 == "/" }
            files.append((String(relative), Array(YAMLWriter.file(roots, comment: Self.header).utf8)))
        }
        try verify(original: result)
    }

    /// Writes the copy into `folder`, replacing it as one step. Refuses a folder that holds any
    /// input file: replacing it would delete the originals.
    public func write(to folder: URL) throws(WorkspaceError) {
        let target = folder.standardizedFileURL.path
        let prefix = target.hasSuffix("/") ? target : target + "/"
        if let input = inputs.first(where: { $0.hasPrefix(prefix) || $0 == target }) {
            throw WorkspaceError.outputRefused("\(folder.path) holds an input file (\(input)); write the copy to a folder outside the workspace")
        }
        try OutputFile.writeFolder(files, to: folder)
    }

    /// Whether `folder` lies inside the folder of the inputs, where a later `check` of the same
    /// paths might load the copy beside the originals.
    public func isInsideInputs(_ folder: URL) -> Bool {
        let root = Self.commonFolder(of: inputs)
        return folder.standardizedFileURL.path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// The copy must load as cleanly as the original: masking must not have broken an ID or
    /// made two keys equal. If it did, nothing is written.
    private func verify(original: CheckResult) throws(WorkspaceError) {
        let copy = Checker.check(files.map { SourceFile(path: $0.path, bytes: $0.bytes) })
        let before = original.diagnostics.filter { $0.severity == .error }.count
        if let problem = copy.diagnostics.first(where: { $0.severity == .error }), before == 0 {
            throw WorkspaceError.programFailed("the shareable copy would not load cleanly (\(problem.range.file):\(problem.range.start.line): \(problem.message)); nothing was written. Please report this with the file's shape (not its contents)")
        }
    }

    /// Counts the scalars the redaction changed.
    private mutating func count(_ original: Node, against shared: Node, withheld: [SourceRange: String]) {
        switch (original.value, shared.value) {
        case (.scalar(let before), .scalar(let after)):
            if withheld[original.range] != nil {
                withheldExcerpts += 1
            } else if before.text != after.text {
                maskedScalars += 1
            }
        case (.sequence(let before), .sequence(let after)):
            for (item, copy) in zip(before, after) { count(item, against: copy, withheld: withheld) }
        case (.mapping(let before), .mapping(let after)):
            for (pair, copy) in zip(before, after) {
                count(pair.key, against: copy.key, withheld: withheld)
                count(pair.value, against: copy.value, withheld: withheld)
            }
        default: break
        }
    }

    /// Each study's participants, generalised for `k` when it is given.
    private static func anonymise(_ workspace: Workspace, k: Int?) -> [(study: String, result: KAnonymity, summary: StudyAnonymity)] {
        let studies = Set(workspace.participants.map(\.study.value)).sorted()
        return studies.map { study in
            let people = workspace.participants.filter { $0.study.value == study }.map { participant in
                KAnonymity.Person(id: participant.id.value, segment: participant.segment?.value.rawValue ?? "",
                                  attributes: Dictionary(participant.attributes.map { ($0.name.value, $0.value.value) }) { first, _ in first })
            }
            let result = k.map { KAnonymity.generalise(people, k: $0) } ?? KAnonymity.generalise(people, k: 1)
            var sizes: [String: Int] = [:]
            for person in people { sizes[person.segment, default: 0] += 1 }
            let small = sizes.filter { $0.value < (k ?? 1) }
            let hideable = result.people.filter { small[$0.segment] == nil }
            let summary = StudyAnonymity(
                study: study, participants: people.count,
                kBefore: KAnonymity.k(of: people), uniqueBefore: KAnonymity.unique(in: people),
                kAfter: KAnonymity.k(of: hideable), uniqueAfter: KAnonymity.unique(in: hideable),
                changes: result.summary, smallSegments: small.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
            return (study, result, summary)
        }
    }

    /// A `kind: participants` document with each participant's attributes as generalised: a
    /// dropped attribute is left out, a coarsened value replaced. Other documents are unchanged.
    private static func generalising(_ root: Node, by studies: [(study: String, result: KAnonymity, summary: StudyAnonymity)]) -> Node {
        guard let pairs = root.mapping,
              pairs.first(where: { $0.key.scalar?.text == "kind" })?.value.scalar?.text == "participants",
              let study = pairs.first(where: { $0.key.scalar?.text == "study" })?.value.scalar?.text,
              let result = studies.first(where: { $0.study == study })?.result,
              !result.changes.isEmpty || !result.suppressed.isEmpty else { return root }
        var copy = root
        copy.value = .mapping(pairs.map { pair in
            guard pair.key.scalar?.text == "participants", let items = pair.value.sequence else { return pair }
            var list = pair.value
            list.value = .sequence(items.map { item in
                guard let fields = item.mapping else { return item }
                let id = fields.first { $0.key.scalar?.text == "id" }?.value.scalar?.text ?? ""
                var participant = item
                if result.suppressed.contains(id) {
                    participant.value = .mapping(fields.filter { $0.key.scalar?.text != "attributes" })
                    return participant
                }
                participant.value = .mapping(fields.compactMap { field -> Pair? in
                    guard field.key.scalar?.text == "attributes", let attributes = field.value.mapping else { return field }
                    var kept = field.value
                    let remaining = attributes.compactMap { attribute -> Pair? in
                        guard let name = attribute.key.scalar?.text else { return attribute }
                        if result.dropped.contains(name) { return nil }
                        guard let value = attribute.value.scalar, let replacement = result.replacements[name]?[value.text] else { return attribute }
                        var coarsened = attribute
                        coarsened.value.value = .scalar(Scalar(replacement, style: value.style))
                        return coarsened
                    }
                    guard !remaining.isEmpty else { return nil }
                    kept.value = .mapping(remaining)
                    return Pair(key: field.key, value: kept)
                })
                return participant
            })
            return Pair(key: pair.key, value: list)
        })
        return copy
    }

    /// A `kind: study` document whose sampling plan speaks of the generalised values: a dropped
    /// attribute's targets are left out, and the targets of values folded together are added up
    /// ("under 25: 15%" and "25 to 44: 38%" become "under 45: 53%"), so the copy's participants
    /// still count towards its plan (BP068 stays quiet). Other documents are unchanged.
    private static func generalisingSampling(_ root: Node, by studies: [(study: String, result: KAnonymity, summary: StudyAnonymity)]) -> Node {
        guard let pairs = root.mapping,
              pairs.first(where: { $0.key.scalar?.text == "kind" })?.value.scalar?.text == "study",
              let study = pairs.first(where: { $0.key.scalar?.text == "id" })?.value.scalar?.text,
              let result = studies.first(where: { $0.study == study })?.result,
              !result.changes.isEmpty else { return root }
        return root.replacingValue(at: "sampling") { plan in
            plan.replacingValue(at: "attributes") { attributes in
                guard let items = attributes.sequence else { return attributes }
                var list = attributes
                list.value = .sequence(items.compactMap { item -> Node? in
                    guard let name = item.mapping?.first(where: { $0.key.scalar?.text == "name" })?.value.scalar?.text else { return item }
                    if result.dropped.contains(name) { return nil }
                    guard let replacements = result.replacements[name] else { return item }
                    return item.replacingValue(at: "targets") { targets in mergedTargets(targets, replacements) }
                })
                return list
            }
        }
    }

    /// Targets with each value renamed by `replacements` and the shares of values that now have
    /// the same name added up, in the order each name first appears.
    private static func mergedTargets(_ targets: Node, _ replacements: [String: String]) -> Node {
        guard let pairs = targets.mapping else { return targets }
        var order: [String] = []
        var shares: [String: Double] = [:]
        var first: [String: Pair] = [:]
        for pair in pairs {
            guard let value = pair.key.scalar?.text,
                  let share = Double((pair.value.scalar?.text ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: ""))
            else { return targets }  // a share that is not a number: leave the plan as written
            let name = replacements[value] ?? value
            if shares[name] == nil { order.append(name); first[name] = pair }
            shares[name, default: 0] += share
        }
        var merged = targets
        merged.value = .mapping(order.map { name in
            var pair = first[name]!
            pair.key.value = .scalar(Scalar(name, style: pair.key.scalar?.style ?? .plain))
            let share = shares[name]!
            let text = share == share.rounded() ? String(Int(share)) : String(share)
            pair.value.value = .scalar(Scalar(text + "%", style: .plain))
            return pair
        })
        return merged
    }

    /// The deepest folder that holds every path.
    static func commonFolder(of paths: [String]) -> String {
        let folders = paths.map { $0.split(separator: "/", omittingEmptySubsequences: true).dropLast() }
        guard var common = folders.first.map(Array.init) else { return "/" }
        for folder in folders.dropFirst() {
            common = Array(zip(common, folder).prefix { $0 == $1 }.map(\.0))
        }
        return "/" + common.joined(separator: "/")
    }
}
