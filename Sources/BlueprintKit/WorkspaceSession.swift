import BlueprintDiagnostics
import BlueprintSyntax

/// A workspace held in memory and re-checked as its files change: what `serve` does on every
/// save, and what a language server does on every edit.
///
/// Each file's parse and decode is kept with the bytes it came from, so an update parses and
/// decodes again only the files whose bytes changed. Linking and the rules run again over the
/// whole workspace, because their findings cross files (a story names a persona in another file,
/// two files define one ID). The result is the same, finding for finding and in the same order,
/// as `Checker.checkConcurrently` of the same files (`WorkspaceSessionTests` holds it to that
/// over random edits).
public struct WorkspaceSession: Sendable {
    /// A file as last given, and what parsing and decoding it yielded.
    struct Entry: Sendable {
        var source: SourceFile
        var loaded: Checker.LoadedFile
    }

    public let limits: ParseLimits
    /// The files in workspace order.
    private var entries: [Entry] = []
    /// What could not be loaded at all (BP007, BP008), from the last full listing.
    private var loadingDiagnostics: [Diagnostic] = []
    /// The check of the files as they are now.
    public private(set) var result = CheckResult(workspace: Workspace(), diagnostics: [], sources: [])
    /// How many files the last update parsed and decoded: the others were taken as they were.
    public private(set) var parsedLastTime = 0

    public init(limits: ParseLimits = .standard) {
        self.limits = limits
    }

    /// The files in workspace order.
    public var sources: [SourceFile] { entries.map(\.source) }

    /// Makes the workspace exactly what `WorkspaceFiles.load` read (`serve`): files whose bytes
    /// are unchanged keep their parse; files no longer listed are dropped.
    @discardableResult
    public mutating func update(_ loaded: WorkspaceFiles.Loaded) async -> CheckResult {
        await replace(with: loaded.sources, loadingDiagnostics: loaded.diagnostics)
    }

    /// Makes the workspace exactly these files, in this order.
    @discardableResult
    public mutating func update(_ sources: [SourceFile]) async -> CheckResult {
        await replace(with: sources, loadingDiagnostics: [])
    }

    /// Changes some files and keeps the rest (a language server's edit): `changed` replaces the
    /// file of the same path, or is added where its path sorts among the others (the order
    /// `WorkspaceFiles` lists files in); `removed` paths are dropped. A path in both is changed.
    @discardableResult
    public mutating func update(changed: [SourceFile], removed: [String] = []) async -> CheckResult {
        let changedPaths = Set(changed.map(\.path))
        let dropped = Set(removed).subtracting(changedPaths)
        var sources = entries.map(\.source).filter { !dropped.contains($0.path) }
        var position = Dictionary(sources.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
        for file in changed {
            if let index = position[file.path] {
                sources[index] = file
            } else {
                let index = sources.partitioningIndex { $0.path > file.path }
                sources.insert(file, at: index)
                position = Dictionary(sources.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
            }
        }
        // A file given now was read after all: its old "could not be loaded" finding is stale.
        let given = changedPaths.union(dropped)
        return await replace(with: sources, loadingDiagnostics: loadingDiagnostics.filter { !given.contains($0.range.file) })
    }

    /// Parses what changed, keeps the rest, then links and checks all of it.
    private mutating func replace(with sources: [SourceFile], loadingDiagnostics: [Diagnostic]) async -> CheckResult {
        var previous: [String: Entry] = [:]
        for entry in entries where previous[entry.source.path] == nil { previous[entry.source.path] = entry }
        var loaded = [Checker.LoadedFile?](repeating: nil, count: sources.count)
        var toParse: [Int] = []
        for (index, file) in sources.enumerated() {
            if let entry = previous[file.path], entry.source.bytes == file.bytes {
                loaded[index] = entry.loaded
            } else {
                toParse.append(index)
            }
        }
        let limits = limits
        let parsed = await withTaskGroup(of: (Int, Checker.LoadedFile).self) { group in
            for index in toParse {
                let file = sources[index]
                group.addTask { (index, Checker.load(file, limits: limits)) }
            }
            var parsed: [(Int, Checker.LoadedFile)] = []
            for await item in group { parsed.append(item) }
            return parsed
        }
        for (index, file) in parsed { loaded[index] = file }
        let all = loaded.map { $0! }
        entries = zip(sources, all).map { Entry(source: $0, loaded: $1) }
        self.loadingDiagnostics = loadingDiagnostics
        parsedLastTime = toParse.count
        result = Checker.adding(loadingDiagnostics, to: await Checker.linkedAndChecked(all, sources: sources))
        return result
    }
}

extension Array {
    /// The first index whose element satisfies `belongsAfter`, for an array already partitioned by it.
    func partitioningIndex(where belongsAfter: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if belongsAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
