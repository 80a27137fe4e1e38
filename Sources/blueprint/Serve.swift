import ArgumentParser
import BlueprintKit
import Foundation
import PreviewServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the workspace's report locally, re-checked and redrawn on every save.",
        discussion: """
        Serves the same site as 'blueprint report' on http://127.0.0.1:PORT/. The files are \
        watched: on every save the workspace is checked and the report rebuilt, and open pages \
        reload themselves. When the workspace has errors, every page shows them at the top \
        instead of going blank; the next good save clears them. Only generated pages are \
        served. Ctrl-C stops the server cleanly.
        """)

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port: Int = 8080

    @Option(help: "The address to listen on. Anything but 127.0.0.1 or localhost shares the report (and its research data) with your network.")
    var host: String = "127.0.0.1"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
    }

    func run() async throws {
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            FileHandle.standardError.write(Data("warning: serving on \(host): anyone who can reach this address can read the report\n".utf8))
        }
        let watcher = WorkspaceWatcher(paths: workspace.paths, directory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        var server = PreviewServer(watcher: watcher, host: host, port: port) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        let child = ReportProcess(executable: ReportProcess.currentExecutable, paths: workspace.paths)
        server.buildReport = { _ in try await child.build() }
        try await server.run()
    }
}
