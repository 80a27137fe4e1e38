import Foundation
import Testing
import TestSupport

/// The report and `blueprint serve` in headless Chromium, through chromedriver and Selenium
/// (Debian's chromium and chromium-driver, PyPI's selenium; `.ci/run` installs them). The
/// checks themselves are in Tests/Browser/browser_test.py; this runs it against the built
/// executable and reports each step.
@Suite("Browser", .serialized)
struct BrowserTests {
    /// Whether the browser stack is installed; without it the test says what to install.
    static let available: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", "import selenium, shutil, sys; sys.exit(0 if shutil.which('chromedriver') and shutil.which('chromium') else 1)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    @Test("report pages and the live preview work in headless Chromium",
          .enabled(if: available, "needs chromium, chromium-driver (apt) and selenium (pip); .ci/run installs them"))
    func reportAndPreview() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("browser-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        // UPDATE_SCREENSHOTS=1 refreshes the pictures in docs/images.
        let shots = ProcessInfo.processInfo.environment["UPDATE_SCREENSHOTS"] == "1"
            ? Run.repository.appendingPathComponent("docs/images").path : scratch.appendingPathComponent("shots").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [Run.repository.appendingPathComponent("Tests/Browser/browser_test.py").path,
                             Run.executable.path, Run.repository.path, scratch.path, shots]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("\"result\": \"passed\""), "\(output)")
        print(output)
    }
}
