import BlueprintDiagnostics
import Foundation
import BlueprintModel
import BlueprintSyntax

/// Finds the files of a workspace on disk. Like git finds a repository, it looks for
/// `workspace.yaml` in the current directory and its parents; paths given explicitly win.
public enum WorkspaceFiles {
    /// The name of the file that marks a workspace's root.
    public static let manifestName = "workspace.yaml"

    /// The nearest `workspace.yaml` at or above `directory`, if any. Walks the path's text, not
    /// the file system, so it always ends at `/`; a relative or empty path (what a process whose
    /// current folder was deleted gets) finds nothing instead of climbing `..` forever.
    public static func findManifest(from directory: URL) -> URL? {
        var current = directory.standardizedFileURL.path
        guard current.hasPrefix("/") else { return nil }
        while true {
            let candidate = (current.hasSuffix("/") ? current : current + "/") + manifestName
            if kind(of: candidate) == .file { return URL(fileURLWithPath: candidate) }
            guard current != "/", let slash = current.lastIndex(of: "/") else { return nil }
            current = slash == current.startIndex ? "/" : String(current[..<slash])
        }
    }

    /// Why `directory` cannot serve as the current folder, if it cannot: a folder deleted
    /// while a shell was in it has no path the file system knows.
    static func currentFolderProblem(_ directory: URL) -> WorkspaceError? {
        let path = directory.standardizedFileURL.path
        guard !path.hasPrefix("/") || kind(of: path) != .folder else { return nil }
        return .currentFolderGone
    }

    /// The files a workspace load found, and what it found but could not load.
    public struct Listing: Sendable {
        public var files: [URL]
        /// One warning (BP008) per entry that cannot be loaded, with its path and why.
        public var skipped: [Diagnostic]
    }

    /// A workspace read into memory: its files, and the findings about files that could not
    /// be loaded (BP008 warnings; BP007 for a file over the size limit, found without reading it).
    public struct Loaded: Sendable {
        public var sources: [SourceFile]
        public var diagnostics: [Diagnostic]

        public init(sources: [SourceFile], diagnostics: [Diagnostic] = []) {
            self.sources = sources
            self.diagnostics = diagnostics
        }
    }

    /// The YAML files to load for `paths` (or, with none, for the workspace found from
    /// `currentDirectory`), sorted, each once. A directory holding a `workspace.yaml` loads the
    /// folders its manifest includes; any other directory loads every `.yaml`/`.yml` below it.
    public static func collect(_ paths: [String], currentDirectory: URL) throws(WorkspaceError) -> [URL] {
        try list(paths, currentDirectory: currentDirectory).files
    }

    /// `collect`, with a warning for everything below the folders it walks that cannot be loaded.
    public static func list(_ paths: [String], currentDirectory: URL) throws(WorkspaceError) -> Listing {
        var roots: [URL] = []
        if paths.isEmpty || paths.contains(where: { !$0.hasPrefix("/") }) {
            if let problem = currentFolderProblem(currentDirectory) { throw problem }
        }
        if paths.isEmpty {
            guard let manifest = findManifest(from: currentDirectory) else {
                throw .noWorkspace(searchedFrom: currentDirectory.path)
            }
            roots = [manifest.deletingLastPathComponent()]
        } else {
            roots = paths.map { path in
                (path.hasPrefix("/") ? URL(fileURLWithPath: path) : currentDirectory.appendingPathComponent(path)).standardizedFileURL
            }
        }
        var files: [URL] = []
        var walk = Walk()
        for root in roots {
            switch kind(of: root.path) {
            case .missing: throw .cannotLoad(path: root.path, reason: "no such file or folder")
            case .folder: files += try directoryFiles(root, walk: &walk)
            case .file: files.append(root)
            case .other(let what, _): throw .cannotLoad(path: root.path, reason: "is \(what), not a YAML file or folder; name a file or folder")
            }
        }
        // Sorted by path, each file once (paths computed once: URL standardisation is slow).
        var byPath: [String: URL] = [:]
        for file in files {
            let url = file.standardizedFileURL
            if byPath[url.path] == nil { byPath[url.path] = url }
        }
        let base = currentDirectory.standardizedFileURL.path
        let skipped = walk.skipped.sorted { $0.path < $1.path }.map { entry in
            Diagnostic(ruleID: SyntaxRuleID.unreadableEntry, severity: .warning, message: entry.why,
                       at: SourceRange(file: displayPath(entry.path, base: base), at: SourcePosition(line: 1, column: 1)),
                       help: entry.help)
        }
        return Listing(files: byPath.keys.sorted().map { byPath[$0]! }, skipped: skipped)
    }

    /// Lists and reads the workspace for `paths`: what `check` and every other command load.
    /// A file over the size limit is reported (BP007) from its size alone, without reading it.
    public static func load(_ paths: [String], currentDirectory: URL, limits: ParseLimits = .standard) throws(WorkspaceError) -> Loaded {
        let listing = try list(paths, currentDirectory: currentDirectory)
        let base = currentDirectory.standardizedFileURL.path
        var loaded = Loaded(sources: [], diagnostics: listing.skipped)
        for url in listing.files {
            let shown = displayPath(url.path, base: base)
            switch contents(of: url.path, limit: limits.maxFileBytes) {
            case .bytes(let bytes): loaded.sources.append(SourceFile(path: shown, bytes: bytes))
            case .tooLarge(let size): loaded.diagnostics.append(YAMLParser.tooLarge(size: size, file: shown, limits: limits))
            case .unreadable(let why):
                loaded.diagnostics.append(Diagnostic(
                    ruleID: SyntaxRuleID.unreadableEntry, severity: .warning, message: why,
                    at: SourceRange(file: shown, at: SourcePosition(line: 1, column: 1)),
                    help: "give yourself read permission (chmod u+r), or move it out of the workspace"))
            }
        }
        return loaded
    }

    /// The files of a directory: its manifest's includes if it has one, else all YAML below it.
    private static func directoryFiles(_ directory: URL, walk: inout Walk) throws(WorkspaceError) -> [URL] {
        let manifest = directory.appendingPathComponent(manifestName)
        guard kind(of: manifest.path) == .file else { return walk.yamlFiles(under: directory.standardizedFileURL.path) }
        let folders = includedFolders(of: manifest)
        var files = [manifest]
        for folder in folders {
            let url = directory.appendingPathComponent(folder).standardizedFileURL
            switch kind(of: url.path) {
            case .missing: throw .cannotLoad(path: manifest.path, reason: "included folder '\(folder)' does not exist")
            case .folder: files += walk.yamlFiles(under: url.path)
            case .file: files.append(url)
            case .other(let what, _): throw .cannotLoad(path: manifest.path, reason: "included '\(folder)' is \(what), not a file or folder")
            }
        }
        return files
    }

    /// The `include` list of a manifest. A manifest that cannot be read includes its own
    /// folder only; `check` reports what is wrong with it.
    private static func includedFolders(of manifest: URL) -> [String] {
        guard case .bytes(let bytes) = contents(of: manifest.path, limit: ParseLimits.standard.maxFileBytes) else { return ["."] }
        let parsed = YAMLParser.parse(bytes, file: manifest.path)
        guard let document = parsed.documents.first,
              case .workspace(let workspace)? = DocumentDecoder.decode(document).element,
              !workspace.include.isEmpty else { return ["."] }
        return workspace.include.map(\.value)
    }

    /// Every `.yaml`/`.yml` file below `directory`, skipping hidden files and folders (`.build`
    /// too) and `node_modules`. Symbolic links to files count; links to folders are not followed (no loops).
    public static func yamlFiles(under directory: URL) -> [URL] {
        var walk = Walk()
        return walk.yamlFiles(under: directory.standardizedFileURL.path)
    }

    /// A walk of folders with `readdir`, which says what each entry is: Foundation's enumerator
    /// asked the file system again for every file, a sixth of `check`'s time on a large
    /// workspace. Nothing is opened but folders, so a FIFO cannot block it.
    struct Walk {
        /// What was found but not loaded, and why, by absolute path.
        var skipped: [(path: String, why: String, help: String)] = []

        mutating func yamlFiles(under folder: String) -> [URL] {
            var files: [String] = []
            walk(folder, into: &files)
            return files.map { URL(fileURLWithPath: $0) }
        }

        private mutating func walk(_ folder: String, into files: inout [String]) {
            guard let handle = opendir(folder) else {
                skipped.append((folder, "folder cannot be read (\(String(cString: strerror(errno)))); its files are not checked",
                                "give yourself read permission (chmod u+rx), or move it out of the workspace"))
                return
            }
            defer { closedir(handle) }
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard !name.hasPrefix(".") else { continue }
                let path = prefix + name
                let lower = name.lowercased()
                let isYAMLName = lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) || type == Int32(DT_LNK) {
                    let isLink = type == Int32(DT_LNK)
                    switch WorkspaceFiles.kind(of: path) {
                    case .missing(let error):
                        // A link to nothing could have stood for a folder, so any name counts.
                        if isLink {
                            let target = linkTarget(path).map { " '\($0)'" } ?? ""
                            skipped.append(error == ELOOP
                                ? (path, "symbolic link loop; it is not checked", "point the link at a real file, or remove it")
                                : (path, "symbolic link to\(target), which does not exist; it is not checked", "point the link at a real file, or remove it"))
                        }
                        continue
                    case .folder:
                        if isLink {
                            skipped.append((path, "symbolic link to a folder, which is not followed (links could loop); its files are not checked",
                                            "name the folder on the command line or in the manifest's 'include' list"))
                            continue
                        }
                        type = Int32(DT_DIR)
                    case .file: type = Int32(DT_REG)
                    case .other(let what, _):
                        if isYAMLName { skipped.append((path, "is \(what), not a file; it is not read", "move it out of the workspace")) }
                        continue
                    }
                }
                if type == Int32(DT_DIR) {
                    if name != "node_modules" { walk(path, into: &files) }
                } else if type == Int32(DT_REG) {
                    if isYAMLName { files.append(path) }
                } else if isYAMLName {
                    skipped.append((path, "is \(EntryKind.describe(mode: type)), not a file; it is not read", "move it out of the workspace"))
                }
            }
        }

        private func linkTarget(_ path: String) -> String? {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(path, &buffer, buffer.count - 1)
            guard count >= 0 else { return nil }
            return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    /// What a path is, following links.
    enum EntryKind: Equatable {
        case file, folder
        /// Nothing there (or a link to nothing, or a loop: the `errno` of `stat`).
        case missing(Int32)
        /// A FIFO, socket or device, in words.
        case other(String, mode: mode_t)

        /// A `readdir` entry type in words.
        static func describe(mode type: Int32) -> String {
            switch type {
            case Int32(DT_FIFO): "a FIFO (named pipe)"
            case Int32(DT_SOCK): "a socket"
            case Int32(DT_CHR): "a character device"
            case Int32(DT_BLK): "a block device"
            default: "not a regular file"
            }
        }

        static func == (lhs: EntryKind, rhs: EntryKind) -> Bool {
            switch (lhs, rhs) {
            case (.file, .file), (.folder, .folder), (.missing, .missing), (.other, .other): true
            default: false
            }
        }
    }

    static func kind(of path: String) -> EntryKind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing(errno) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFIFO: return .other("a FIFO (named pipe)", mode: info.st_mode)
        case S_IFSOCK: return .other("a socket", mode: info.st_mode)
        case S_IFCHR: return .other("a character device", mode: info.st_mode)
        case S_IFBLK: return .other("a block device", mode: info.st_mode)
        default: return .other("not a regular file", mode: info.st_mode)
        }
    }

    enum Contents {
        case bytes([UInt8])
        case tooLarge(Int)
        case unreadable(String)
    }

    /// A regular file's bytes, its size checked before reading. Opened without blocking and
    /// checked again on the open descriptor, so a FIFO put in a file's place never hangs a load.
    static func contents(of path: String, limit: Int) -> Contents {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .unreadable("file cannot be read (\(String(cString: strerror(errno)))); it is not checked") }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .unreadable("file cannot be read (\(String(cString: strerror(errno)))); it is not checked") }
        guard info.st_mode & S_IFMT == S_IFREG else { return .unreadable("is not a regular file; it is not read") }
        guard Int(info.st_size) <= limit else { return .tooLarge(Int(info.st_size)) }
        do {
            return .bytes(Array(try handle.readToEnd() ?? Data()))
        } catch {
            return .unreadable("file cannot be read (\(error.localizedDescription)); it is not checked")
        }
    }

    /// Reads files into memory, naming each relative to `currentDirectory` when it is below it.
    /// Sizes are checked before reading; a file over the limit or not readable is an error here
    /// (`load` reports them as findings instead).
    public static func read(_ urls: [URL], currentDirectory: URL, limits: ParseLimits = .standard) throws(WorkspaceError) -> [SourceFile] {
        let base = currentDirectory.standardizedFileURL.path
        var sources: [SourceFile] = []
        for url in urls {
            switch contents(of: url.path, limit: limits.maxFileBytes) {
            case .bytes(let bytes):
                sources.append(SourceFile(path: displayPath(url.standardizedFileURL.path, base: base), bytes: bytes))
            case .tooLarge(let size):
                throw .cannotLoad(path: url.path, reason: YAMLParser.tooLarge(size: size, file: url.path, limits: limits).message)
            case .unreadable(let why):
                throw .cannotLoad(path: url.path, reason: why)
            }
        }
        return sources
    }

    static func displayPath(_ path: String, base: String) -> String {
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
