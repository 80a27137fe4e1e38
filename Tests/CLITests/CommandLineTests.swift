import BlueprintKit
import Foundation
import Testing
import TestSupport

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
        // Every name whole, and the summaries in one column (issue 18: names were cut short).
        let lines = run.stdout.split(separator: "\n").map(String.init)
        for rule in RuleDocumentation.ruleNames {
            #expect(lines.contains { $0.contains("  \(rule)  ") }, "\(rule) is cut short")
        }
        let starts = Set(lines.compactMap { line in line.range(of: "  ", options: .backwards).map { line.distance(from: line.startIndex, to: $0.upperBound) } })
        #expect(starts.count == 1, "summaries start at columns \(starts.sorted())")
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

    @Test("init --empty writes workspace.yaml and the folders; a first blueprint there checks with no warnings")
    func empty() throws {
        let folder = try ScratchFolder()
        let made = try Run(["init", "--empty", "mine"], in: folder.url)
        #expect(made.status == 0)
        let mine = folder.url.appendingPathComponent("mine")
        #expect(WorkspaceFiles.yamlFiles(under: mine).map(\.lastPathComponent) == ["workspace.yaml"])
        for sub in StarterTemplate.emptyFolders {
            var isFolder: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: mine.appendingPathComponent(sub).path, isDirectory: &isFolder) && isFolder.boolValue, "\(sub)")
        }
        #expect(try Run(["check"], in: mine).stdout == "no problems in 1 file\n")
        try """
            kind: blueprint
            id: blue-badge
            title: Apply for a blue badge
            actors: [assessment-officer]
            stages:
              - id: apply
                name: Apply
                steps:
                  - {id: applies, lane: customer, channel: web, text: Applies online}
                  - {id: checks, lane: backstage, actor: assessment-officer, text: Checks the evidence, after: [applies]}
                  - {id: confirms, lane: frontstage, text: Confirms the application by email, after: [applies]}
                pains:
                  - id: slow
                    text: No idea how long the decision takes
                    evidence: [{quote: "I waited six weeks and heard nothing.", source: Blue badge survey}]
              - id: receive
                name: Receive
                steps:
                  - {id: gets-badge, lane: customer, channel: post, text: Receives the badge by post, after: [checks]}

            """.write(to: mine.appendingPathComponent("blueprints/blue-badge.yaml"), atomically: true, encoding: .utf8)
        let check = try Run(["check"], in: mine)
        #expect(check.status == 0)
        #expect(check.stdout == "no problems in 2 files\n", "\(check.stdout)")
    }

    @Test("the actor typo of issue 18 is found, with the actor meant")
    func actorTypo() throws {
        let folder = try ScratchFolder()
        #expect(try Run(["init", "mine"], in: folder.url).status == 0)
        let mine = folder.url.appendingPathComponent("mine")
        try """
            kind: blueprint
            id: blue-badge
            title: Apply for a blue badge
            persona: customer
            actors: [assessment-officer]
            stages:
              - id: assess
                name: Assess
                steps:
                  - {id: logs, lane: frontstage, actor: contact-centre-agent, text: Logs the application}
                  - {id: checks, lane: backstage, actor: assessment-officer, text: Checks the evidence, after: [logs]}
                  - {id: decides, lane: backstage, actor: asessment-officer, text: Decides, after: [checks]}

            """.write(to: mine.appendingPathComponent("blueprints/blue-badge.yaml"), atomically: true, encoding: .utf8)
        let check = try Run(["check", "--format", "json"], in: mine)
        #expect(check.stdout.contains("\"BP039\""))
        #expect(check.stdout.contains("did you mean 'assessment-officer'?"))
        #expect(check.stdout.contains("1 hand-off that 'assessment-officer' would not"))
    }
}
