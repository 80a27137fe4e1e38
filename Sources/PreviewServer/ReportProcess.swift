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

        let log = scratch.appendingPathComponent("stderr")
        // A newer save cancels this task: the child is stopped, even mid-layout, and reaped.
        let status = try await ChildProcess.run(executable, ["report", "-o", site.path] + paths, standardError: .file(log.path)).status
        try Task.checkCancellation()
        // 1: the workspace has errors; the report is still written, with them in it.
        guard status == 0 || status == 1 else {
            // Read only on failure: String(contentsOf:) keeps 4 KB per call (Foundation 6.3 on Linux).
            let message = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw WorkspaceError.programFailed("the report could not be built: \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return try Self.files(in: site)
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
