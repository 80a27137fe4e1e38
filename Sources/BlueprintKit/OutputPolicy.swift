import Foundation

/// The one rule for where a command may write (issue 12): never over, around or into what it
/// reads, never over a folder of someone else's files. Every writing command asks `decide`
/// before it writes; `OutputFile` then writes what was allowed.
public enum OutputPolicy {
    /// What a command reads, as real paths (symlinks and `..` resolved).
    public struct Inputs: Sendable, Equatable {
        /// Every file the command loads.
        public var files: [String]
        /// Workspace roots (folders holding `workspace.yaml`) and every folder loaded from.
        public var folders: [String]

        /// Relative paths are taken from the current directory.
        public init(files: [String] = [], folders: [String] = []) {
            let here = FileManager.default.currentDirectoryPath
            func absolute(_ path: String) -> String { path.hasPrefix("/") ? path : here + "/" + path }
            self.files = files.map { OutputPolicy.resolve(absolute($0)) }
            self.folders = folders.map { OutputPolicy.resolve(absolute($0)) }
        }

        public static let none = Inputs()

        public static func + (lhs: Inputs, rhs: Inputs) -> Inputs {
            var both = Inputs()
            both.files = lhs.files + rhs.files
            both.folders = lhs.folders + rhs.folders
            return both
        }
    }

    /// Whether the command writes one file or a folder of files.
    public enum Target: Sendable { case file, folder }

    /// What may be written.
    public enum Decision: Sendable, Equatable {
        /// `-` (or `/dev/stdout`): the bytes go to standard output.
        case standardOutput
        /// A file at this real path, written atomically beside it (through a symlink, to its target).
        case file(String)
        /// A character device, FIFO or socket (`/dev/fd/63` of `>(gzip)`): opened and written, never replaced.
        case stream(String)
        /// A folder at this real path, new, empty or written by an earlier run (`manifestName`).
        case folder(String)
        /// Not written: the message says why and what to do.
        case refused(String)
    }

    /// The file a folder output writes into itself, naming the command and the files written,
    /// so a later run knows the folder is its own to replace.
    public static let manifestName = ".blueprint-output.json"

    /// Decides where `output` (as the user typed it, relative to `currentDirectory`) may be
    /// written. `replaceable` names extensions a folder without a manifest may hold and still be
    /// replaced (backlog exports written before manifests existed).
    public static func decide(_ output: String, as target: Target, inputs: Inputs, currentDirectory: String,
                              replaceable: Set<String> = []) -> Decision {
        if output == "-" || output == "/dev/stdout" {
            return target == .file ? .standardOutput
                : .refused("-o \(output): this command writes a folder of files; name a folder")
        }
        if output.isEmpty || output.utf8.contains(0) {
            return .refused("-o '\(output)' is not a path; name a \(target == .file ? "file" : "folder")")
        }
        let absolute = output.hasPrefix("/") ? output : currentDirectory + "/" + output
        let real = resolve(absolute)
        if let refusal = inputRefusal(output, real: real, as: target, inputs: inputs) { return .refused(refusal) }
        var info = stat()

        let exists = stat(real, &info) == 0
        let kind = info.st_mode & S_IFMT
        switch target {
        case .file:
            guard exists else { return .file(real) }
            if kind == S_IFDIR { return .refused(isAFolder(output)) }
            if kind == S_IFREG { return .file(real) }
            return .stream(streamPath(absolute, real: real))
        case .folder:
            guard exists else { return .folder(real) }
            guard kind == S_IFDIR else { return .refused("\(output) is a file, not a folder; name a folder for the output") }
            let foreign = foreignEntries(of: real, replaceable: replaceable)
            if !foreign.isEmpty {
                let shown = foreign.prefix(3).joined(separator: ", ") + (foreign.count > 3 ? " …" : "")
                return .refused("\(output) holds files this command did not write (\(shown)); name a new or empty folder, "
                    + "or move them out: the output replaces the whole folder")
            }
            return .folder(real)
        }
    }

    /// Why `output` (at `real`) may not be written because of what the command reads: it is an
    /// input file, or holds one, or is or holds a folder the command reads. Nil when it may.
    /// `init`, which adds files rather than replacing a folder, needs only this part.
    public static func inputRefusal(_ output: String, real: String, as target: Target, inputs: Inputs) -> String? {
        let what = target == .file ? "file" : "folder"
        if let file = inputs.files.first(where: { $0 == real }) {
            return "\(output) is an input file of this command (\(file)); name another \(what): inputs are never written"
        }
        let prefix = real == "/" ? "/" : real + "/"
        if let input = inputs.files.first(where: { $0.hasPrefix(prefix) }) {
            return "\(output) holds an input file (\(input)); name a new \(what) outside the folders this command reads"
        }
        if let folder = inputs.folders.first(where: { $0 == real || $0.hasPrefix(prefix) }) {
            return "\(output) \(folder == real ? "is" : "holds") a folder this command reads (\(folder)); name a new \(what) outside it"
        }
        return nil
    }

    /// The refusal of a folder where a file was asked for.
    public static func isAFolder(_ output: String) -> String { "\(output) is a folder; name a file to write" }

    /// The real path of `path`: symlinks and `..` resolved as far as the path exists, the rest
    /// taken as written (it will be created). Compared case-sensitively, as the file system does.
    /// `path` is absolute. A dangling symlink resolves to where it points, so that writing
    /// through it creates its target instead of replacing the link.
    public static func resolve(_ path: String) -> String {
        resolve(path, links: 0)
    }

    private static func resolve(_ path: String, links: Int) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        var info = stat()
        if links < 40, lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK,
           let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
            let folder = (path as NSString).deletingLastPathComponent
            return resolve(target.hasPrefix("/") ? target : folder + "/" + target, links: links + 1)
        }
        var components = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var rest: [String] = []
        // The longest prefix that exists is resolved by the system; the rest is lexical.
        while let last = components.popLast() {
            rest.insert(last, at: 0)
            let prefix = "/" + components.joined(separator: "/")
            guard let real = realpath(prefix, nil) else { continue }
            defer { free(real) }
            var parts = String(cString: real).split(separator: "/").map(String.init)
            for part in rest {
                switch part {
                case ".": continue
                case "..": _ = parts.popLast()
                default: parts.append(part)
                }
            }
            // What the lexical steps reached may exist after all (`link/..`, `file/../link`):
            // resolve it again, so a symlink there is followed, never written over.
            let joined = "/" + parts.joined(separator: "/")
            return joined == path || links >= 40 ? joined : resolve(joined, links: links + 1)
        }
        return path
    }

    /// Where a stream is opened: `/dev/fd/N` and `/proc/self/fd/N` as written (their targets
    /// are pipes that have no path), any other device or FIFO at its real path.
    private static func streamPath(_ absolute: String, real: String) -> String {
        absolute.hasPrefix("/dev/fd/") || absolute.hasPrefix("/proc/self/fd/") || absolute.hasPrefix("/dev/std") ? absolute : real
    }

    /// The entries of `folder` this command may not replace, sorted: nothing when the folder is
    /// empty; with our manifest, whatever it does not list; without one, anything but plain
    /// files with a `replaceable` extension. A folder that cannot be read is not ours.
    static func foreignEntries(of folder: String, replaceable: Set<String>) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return ["(the folder cannot be read)"] }
        let listed: Set<String>? = FileManager.default.contents(atPath: folder + "/" + manifestName).flatMap { data in
            (try? JSONDecoder().decode(Manifest.self, from: data)).map { Set($0.files) }
        }
        var foreign: [String] = []
        walk(folder, relative: "", names: names.sorted()) { path, isRegular in
            if path == manifestName, listed != nil { return }
            if let listed {
                if !(isRegular && listed.contains(path)) { foreign.append(path) }
            } else if !(isRegular && !path.contains("/") && replaceable.contains((path as NSString).pathExtension)) {
                foreign.append(path)
            }
        }
        return foreign
    }

    /// Calls `visit` with every non-folder entry below `folder` (its relative path, and whether
    /// it is a regular file, not following symlinks); an empty subfolder counts as an entry.
    private static func walk(_ folder: String, relative: String, names: [String], visit: (String, Bool) -> Void) {
        for name in names {
            let path = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(folder + "/" + path, &info) == 0 else { visit(path, false); continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                let inner = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + path)) ?? []
                if inner.isEmpty { visit(path + "/", false) }
                walk(folder, relative: path, names: inner.sorted(), visit: visit)
            } else {
                visit(path, info.st_mode & S_IFMT == S_IFREG)
            }
        }
    }

    /// What `manifestName` holds.
    struct Manifest: Codable {
        var command: String
        var files: [String]
    }

    /// The manifest for `files` written by `command`, deterministic (sorted, stable keys).
    static func manifest(command: String, files: [String]) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Manifest(command: command, files: files.sorted()))) ?? Data()
        return Array(data) + [0x0A]
    }
}
