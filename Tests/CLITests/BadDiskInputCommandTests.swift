import BlueprintKit
import Foundation
import Testing
import TestSupport

/// What only a process meets on disk: a current folder deleted under it, a memory limit. Each
/// ends with a message and an exit status, never a hang (`timeout`) or a crash.
@Suite("Bad input on disk, through the command", .serialized)
struct BadDiskInputCommandTests {
    @Test("in a folder deleted while in use, the search for workspace.yaml ends with a message (it spun forever)")
    func deletedCurrentFolder() throws {
        let folder = try ScratchFolder()
        // `timeout` turns the old endless search into a failure instead of a hung test run.
        let script = "mkdir gone && cd gone && rmdir ../gone && exec timeout 30 '\(Run.executable.path)' check"
        let run = try Run.shell(script, in: folder.url)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr == "error: the current folder no longer exists (it was deleted or moved while in use); cd into the workspace again, or name its folder\n")
        #expect(WorkspaceFiles.findManifest(from: URL(string: "gone")!) == nil)
    }

    @Test("the size limit is applied before reading: a 300 MB file is refused within a 250 MB memory limit")
    func sizeCapBeforeReading() throws {
        let folder = try ScratchFolder()
        let big = folder.url.appendingPathComponent("big.yaml")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        // Sparse: 300 MB long, no disk used.
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 300 << 20)
        try handle.close()
        let run = try Run.shell("ulimit -v 250000; exec '\(Run.executable.path)' check big.yaml", in: folder.url)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("big.yaml:1:1: error: file is 314,572,800 bytes; the limit is 268,435,456 bytes [BP007]\n"))
    }
}
