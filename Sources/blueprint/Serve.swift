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
        served, only to requests addressed to this machine's loopback names, and idle \
        connections are closed. Ctrl-C stops the server cleanly.
        """)

    /// The addresses that keep the report on this machine.
    static let loopback: Set<String> = ["127.0.0.1", "localhost", "::1"]

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port: Int = 8080

    @Option(help: "The address to listen on: 127.0.0.1, localhost or ::1, or any other with --allow-remote.")
    var host: String = "127.0.0.1"

    @Flag(help: ArgumentHelp(
        "Allow a --host other than loopback: anyone who can reach it can read the report and its research data.",
        discussion: "Pages then answer to the loopback names and to the --host given, so name the address others will type (e.g. 192.168.1.20), not 0.0.0.0."))
    var allowRemote = false

    @Option(help: ArgumentHelp("Close a connection that sends nothing for this long.", valueName: "seconds"))
    var idleTimeout: Int = 30

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard idleTimeout >= 1 else { throw ValidationError("--idle-timeout must be at least 1 second") }
        guard Self.loopback.contains(host) || allowRemote else {
            throw ValidationError("--host \(host) would share the report, which holds research data, with everyone who can reach that address; pass --allow-remote if that is what you want")
        }
    }

    func run() async throws {
        if !Self.loopback.contains(host) {
            FileHandle.standardError.write(Data("warning: serving on \(host): anyone who can reach this address can read the report\n".utf8))
        }
        let watcher = WorkspaceWatcher(paths: workspace.paths, directory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let server = PreviewServer(watcher: watcher, host: host, port: port, idleTimeout: .seconds(idleTimeout),
                                   remoteHost: Self.loopback.contains(host) ? nil : host) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        try await server.run()
    }
}
