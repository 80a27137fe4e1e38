import BlueprintDiagnostics
import BlueprintModel
import BlueprintSyntax

/// What `render ID` reads: the file that defines the blueprint, the files of the personas its
/// diagram names (the only other elements `BlueprintDiagram` reads), and, to check those files
/// as the whole workspace would, every file that defines an ID they spell (their references'
/// targets, and any duplicate of an ID they define). The rest of the workspace is neither
/// parsed nor checked, so a broken file elsewhere does not stop the render (issue 18).
public enum DiagramInputs {
    /// The checked subset of a workspace, and which of its files the diagram is drawn from.
    public struct Checked: Sendable {
        public var result: CheckResult
        /// The blueprint's file and its personas' files: the findings that count.
        public var drawnFrom: Set<String>

        /// Errors in the files the diagram is drawn from.
        public var errors: [Diagnostic] { result.diagnostics.filter { $0.severity == .error && drawnFrom.contains($0.range.file) } }
        /// Every other finding in those files (warnings, notes).
        public var others: [Diagnostic] { result.diagnostics.filter { $0.severity != .error && drawnFrom.contains($0.range.file) } }
    }

    /// The subset for blueprint `id` of what `WorkspaceFiles.load` read, checked; nil when no
    /// file defines it (the caller then checks everything, to suggest the names there are).
    public static func check(blueprint id: String, in loaded: WorkspaceFiles.Loaded) async -> Checked? {
        let sources = loaded.sources
        let scans = sources.map { DefinitionScan($0.bytes) }
        var parsed: [Int: Checker.LoadedFile] = [:]
        func elements(_ index: Int) -> Checker.LoadedFile {
            if let done = parsed[index] { return done }
            let file = Checker.load(sources[index], limits: .standard)
            parsed[index] = file
            return file
        }
        func mayDefine(_ index: Int, _ id: String) -> Bool { scans[index].uncertain || scans[index].ids.contains(id) }

        // The blueprint's file: the first that defines it, or that spells it and cannot be read.
        var blueprint: Blueprint?
        var home: Int?
        for index in sources.indices where mayDefine(index, id) {
            let file = elements(index)
            if let found = file.elements.lazy.compactMap({ element -> Blueprint? in
                if case .blueprint(let candidate) = element, candidate.id.value == id { return candidate }
                return nil
            }).first {
                blueprint = found
                home = index
                break
            }
            if scans[index].ids.contains(id), file.diagnostics.contains(where: { $0.severity == .error }) {
                home = index
                break
            }
        }
        guard let home else { return nil }
        var drawn: Set<Int> = [home]
        if let blueprint {
            let named = Set(blueprint.personas.map(\.value) + blueprint.steps.compactMap { $0.actor?.value })
            for persona in named.sorted() {
                // The first definition wins, as in `BlueprintDiagram`.
                if let index = sources.indices.first(where: { index in
                    guard mayDefine(index, persona) else { return false }
                    let file = elements(index)
                    return file.elements.contains {
                        if case .persona(let candidate) = $0 { return candidate.id.value == persona }
                        return false
                    } || (scans[index].ids.contains(persona) && file.diagnostics.contains { $0.severity == .error })
                }) { drawn.insert(index) }
            }
        }
        var spelled = drawn.reduce(into: Set<String>()) { $0.formUnion(DefinitionScan.tokens(sources[$1].bytes)) }
        // Stage and lane IDs are local to a blueprint, and most blueprints define the same ones
        // ("issue", "customer"): what other files define under those names is not needed.
        if let blueprint { spelled.subtract(blueprint.stages.map(\.id.value) + blueprint.lanes.map(\.id.value)) }
        let needed = sources.indices.filter { index in
            drawn.contains(index) || scans[index].uncertain || !scans[index].ids.isDisjoint(with: spelled)
        }
        var subset = WorkspaceFiles.Loaded(sources: needed.map { sources[$0] }, diagnostics: [])
        subset.diagnostics = loaded.diagnostics.filter { diagnostic in needed.contains { sources[$0].path == diagnostic.range.file } }
        let result = await Checker.checkConcurrently(subset)
        return Checked(result: result, drawnFrom: Set(drawn.map { sources[$0].path }))
    }
}

/// The IDs a file's text may define, read from its bytes without parsing: every value of an
/// `id` key (plain, quoted, or after an anchor or a tag, on the same line or the next). A file
/// whose IDs cannot be read this way (an `id` given by an alias, or a quoted ID with escapes)
/// is `uncertain`, and always loaded.
struct DefinitionScan {
    var ids: Set<String> = []
    var uncertain = false

    init(_ bytes: [UInt8]) {
        var index = 0
        let count = bytes.count
        while index + 2 <= count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "i"), bytes[index + 1] == UInt8(ascii: "d"),
                  index == 0 || !Self.isIDByte(bytes[index - 1]) else { continue }
            var at = index + 2
            if at < count, bytes[at] == UInt8(ascii: "\"") || bytes[at] == UInt8(ascii: "'") { at += 1 }
            while at < count, bytes[at] == UInt8(ascii: " ") || bytes[at] == UInt8(ascii: "\t") { at += 1 }
            guard at < count, bytes[at] == UInt8(ascii: ":") else { continue }
            at += 1
            // Past spaces, line breaks, an anchor (&name) and a tag (!name, !!str).
            while at < count {
                let byte = bytes[at]
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    at += 1
                } else if byte == UInt8(ascii: "&") || byte == UInt8(ascii: "!") {
                    while at < count, bytes[at] != UInt8(ascii: " ") && bytes[at] != UInt8(ascii: "\n") { at += 1 }
                } else {
                    break
                }
            }
            guard at < count else { continue }
            if bytes[at] == UInt8(ascii: "*") { uncertain = true; continue }
            let quote = bytes[at] == UInt8(ascii: "\"") || bytes[at] == UInt8(ascii: "'")
            if quote { at += 1 }
            var end = at
            while end < count, Self.isIDByte(bytes[end]) { end += 1 }
            if quote, end < count, bytes[end] == UInt8(ascii: "\\") { uncertain = true }
            if end > at { ids.insert(String(decoding: bytes[at..<end], as: UTF8.self)) }
        }
    }

    /// Every run of ID characters in the text: a superset of the IDs it refers to.
    static func tokens(_ bytes: [UInt8]) -> Set<String> {
        var tokens: Set<String> = []
        var start = 0
        while start < bytes.count {
            guard isIDByte(bytes[start]) else { start += 1; continue }
            var end = start
            while end < bytes.count, isIDByte(bytes[end]) { end += 1 }
            tokens.insert(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end
        }
        return tokens
    }

    /// A byte that may stand in an ID (as `SpelledIDs.isIDByte`).
    static func isIDByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."): true
        default: false
        }
    }
}
