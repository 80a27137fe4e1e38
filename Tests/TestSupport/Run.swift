import Foundation

/// Runs the built `blueprint` executable, as a user would.
public struct Run {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    /// The executable next to the test bundle (both are in the build folder).
    public static let executable: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !folder.path.isEmpty, folder.path != "/" {
            let candidate = folder.appendingPathComponent("blueprint")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: "blueprint")
    }()

    /// The repository's root (this file is Tests/TestSupport/Run.swift).
    /// `blueprint-bench` (`generate`, `bench`), built beside `blueprint`.
    public static let benchExecutable = executable.deletingLastPathComponent().appendingPathComponent("blueprint-bench")

    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `script` with `/bin/sh`, for what needs a shell: a deleted current folder, `ulimit`.
    public static func shell(_ script: String, in directory: URL) throws -> Run {
        try Run(["-c", script], in: directory, executable: URL(fileURLWithPath: "/bin/sh"))
    }

    public init(_ arguments: [String], in directory: URL = Run.repository, environment: [String: String] = [:],
         executable: URL = Run.executable) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        stdout = String(decoding: outData, as: UTF8.self)
        stderr = String(decoding: errData, as: UTF8.self)
    }
}
