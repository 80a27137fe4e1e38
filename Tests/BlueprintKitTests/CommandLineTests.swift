import BlueprintKit
import Foundation
import Testing

/// Runs the built `blueprint` executable, as a user would.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The executable next to the test bundle (both are in the build folder).
    static let executable: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !folder.path.isEmpty, folder.path != "/" {
            let candidate = folder.appendingPathComponent("blueprint")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: "blueprint")
    }()

    /// `blueprint-bench` (`generate`, `bench`), built beside `blueprint`.
    static let benchExecutable = executable.deletingLastPathComponent().appendingPathComponent("blueprint-bench")

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `script` with `/bin/sh`, for what needs a shell: a deleted current folder, `ulimit`.
    static func shell(_ script: String, in directory: URL) throws -> Run {
        try Run(["-c", script], in: directory, executable: URL(fileURLWithPath: "/bin/sh"))
    }

    init(_ arguments: [String], in directory: URL = Run.repository, environment: [String: String] = [:],
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

@Suite("The blueprint command", .serialized)
struct CommandLineTests {
    @Test("check on a clean workspace exits 0")
    func clean() throws {
        let folder = try ScratchFolder()
        try folder.write("workspace.yaml", "kind: workspace\nname: T\n")
        try folder.write("hayley.yaml", "kind: persona\nid: hayley\nname: Hayley\nrole: customer\n")
        let run = try Run(["check"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.stdout == "no problems in 2 files\n")
    }

    @Test("check with errors exits 1 and prints every finding; NO_COLOR and pipes get no colour")
    func errors() throws {
        let folder = try ScratchFolder()
        try folder.write("a.yaml", "kind: persona\nid: hayley\nname: Hayley\nrole: citizen\nquotes: x\n")
        try folder.write("b.yaml", "kind: blueprnt\n")
        let run = try Run(["check", "."], in: folder.url, environment: ["NO_COLOR": "1"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("a.yaml:4:7: error: 'citizen' is not a valid value for 'role' [BP014]"))
        #expect(run.stdout.contains("a.yaml:5:1: error: unknown key 'quotes' in a persona [BP013]"))
        #expect(run.stdout.contains("help: did you mean 'quote'?"))
        #expect(run.stdout.contains("b.yaml:1:7: error: unknown kind 'blueprnt' [BP010]"))
        #expect(!run.stdout.contains("\u{1B}["))
        #expect(run.stdout.hasSuffix("3 errors in 2 files\n"))
    }

    @Test("usage errors and missing paths exit 2")
    func usage() throws {
        let folder = try ScratchFolder()
        #expect(try Run(["check", "--format", "xml"], in: folder.url).status == 2)
        #expect(try Run(["check", "missing.yaml"], in: folder.url).status == 2)
        #expect(try Run(["check"], in: folder.url).stderr.contains("no workspace.yaml found"))
        #expect(try Run(["frobnicate"], in: folder.url).status == 2)
    }

    @Test("json and sarif output")
    func formats() throws {
        let folder = try ScratchFolder()
        try folder.write("a.yaml", "kind: persona\nid: hayley\nname: Hayley\n")
        let json = try Run(["check", "a.yaml", "--format", "json"], in: folder.url)
        #expect(json.status == 1)
        #expect(json.stdout.contains("\"rule\" : \"BP011\""))
        let sarif = try Run(["check", "a.yaml", "--format", "sarif"], in: folder.url)
        #expect(sarif.stdout.contains("\"version\" : \"2.1.0\""))
    }

    @Test("rules lists every rule")
    func rules() throws {
        let run = try Run(["rules"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("BP001"))
        #expect(run.stdout.contains("BP034"))
    }

    @Test("check never modifies its inputs")
    func inputsUntouched() throws {
        let folder = try ScratchFolder()
        let text = "kind: persona\nid: hayley\nname: [Hayley\n"
        let file = try folder.write("a.yaml", text)
        _ = try Run(["check", "a.yaml"], in: folder.url)
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }
}

@Suite("Starting a workspace")
struct InitTests {
    @Test("the embedded starter template is the templates/starter folder, file for file")
    func embeddedMatchesFolder() throws {
        let folder = Run.repository.appendingPathComponent("templates/starter")
        let onDisk = WorkspaceFiles.yamlFiles(under: folder).map { $0.path.replacingOccurrences(of: folder.standardizedFileURL.path + "/", with: "") }
        #expect(onDisk.sorted() == StarterTemplate.files.map(\.path).sorted())
        for file in StarterTemplate.files {
            #expect(try String(contentsOf: folder.appendingPathComponent(file.path), encoding: .utf8) == file.text, "\(file.path) differs")
        }
    }

    @Test("init writes a workspace that checks clean, and never overwrites")
    func initialise() throws {
        let folder = try ScratchFolder()
        #expect(try Run(["init", "mine"], in: folder.url).status == 0)
        let check = try Run(["check"], in: folder.url.appendingPathComponent("mine"))
        #expect(check.status == 0)
        #expect(check.stdout == "no problems in 9 files\n")
        let again = try Run(["init", "mine"], in: folder.url)
        #expect(again.status == 2)
        #expect(again.stderr.contains("mine is not empty (blueprints, research, workspace.yaml)"))
    }
}
