import BlueprintKit
import Foundation

/// Builds the report in a child process, `blueprint report -o FOLDER`, and reads its files back.
///
/// Why a child: Graphviz 2.43 (Debian's libgvc) leaks inside every layout — HTML labels, pango
/// markup, virtual edges; about 23 KB for one of the example's blueprints — and a server that
/// redraws on every save would grow without bound. A child's memory goes back to the system when
/// it exits. It also makes a stale rebuild truly stoppable: cancelling kills a layout mid-way.
public struct ReportProcess: Sendable {
    /// The `blueprint` executable: this one.
    public var executable: URL
    /// The paths the user gave (`blueprint serve PATH…`), passed on unchanged.
    public var paths: [String]

    /// The child runs in the current folder, as `serve` does, so it finds the same workspace.
    public init(executable: URL, paths: [String]) {
        self.executable = executable
        self.paths = paths
    }

    /// The running executable. On Linux `/proc/self/exe` itself: it starts this very program
    /// even after the file was replaced or deleted (a rebuild, an upgrade) while `serve` runs.
    public static var currentExecutable: URL {
        FileManager.default.fileExists(atPath: "/proc/self/exe")
            ? URL(fileURLWithPath: "/proc/self/exe") : URL(fileURLWithPath: CommandLine.arguments[0])
    }

    /// The report's files by relative path; throws when the child fails or is cancelled.
    public func build() async throws -> [String: [UInt8]] {
        // A private folder (0700): the pages hold research text, even if masked.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("blueprint-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: scratch) }
        let site = scratch.appendingPathComponent("site")

        // posix_spawn and a polled waitpid rather than Foundation's Process, which on Linux keeps
        // each Process object (and the task waiting on it) alive: 4 KB more memory per rebuild.
        let pid = try spawn(["report", "-o", site.path] + paths, stderr: scratch.appendingPathComponent("stderr").path)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            do { try await Task.sleep(for: .milliseconds(10)) } catch {
                // A newer save: stop the child, even mid-layout, and reap it.
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw error
            }
        }
        status = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let log = scratch.appendingPathComponent("stderr")
        try Task.checkCancellation()
        // 1: the workspace has errors; the report is still written, with them in it.
        guard status == 0 || status == 1 else {
            // Read only on failure: String(contentsOf:) keeps 4 KB per call (Foundation 6.3 on Linux).
            let message = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw WorkspaceError("the report could not be built: \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return try Self.files(in: site)
    }

    /// Starts the executable with `arguments` in the current folder, standard error to a file
    /// (not a pipe: a child that writes more than a pipe holds would block on it).
    private func spawn(_ arguments: [String], stderr: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let error = posix_spawn(&pid, executable.path, &actions, nil, argv, environ)
        guard error == 0 else { throw WorkspaceError("cannot run \(executable.path): \(String(cString: strerror(error)))") }
        return pid
    }

    /// Every regular file under `folder` but the output manifest, by relative path.
    static func files(in folder: URL) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let base = folder.standardizedFileURL.path + "/"
        guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        for case let url as URL in walk where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            let path = String(url.standardizedFileURL.path.dropFirst(base.count))
            guard path != OutputPolicy.manifestName else { continue }
            files[path] = Array(try Data(contentsOf: url))
        }
        return files
    }
}
