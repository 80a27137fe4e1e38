import BlueprintImport
import Testing

/// Every importer has one shape: bytes and options in; YAML, located findings and a summary out.
@Suite("Importers share one shape")
struct ImporterTests {
    /// What a command does with any importer: the document and the lines for standard error.
    static func run<I: Importer>(_ importer: I.Type, _ text: String, path: String, _ options: I.Options) throws(ImportError) -> (yaml: String, messages: [String]) {
        let document = try I.read(ImportInput(bytes: Array(text.utf8), path: path), options: options)
        return (document.yaml, document.findings.map { $0.shown(in: path) } + [document.summary])
    }

    @Test func stories() throws {
        let (yaml, messages) = try Self.run(StoryImporter.self, "As a resident I want to report a missed bin so that it is collected\nCall the council\n",
                                            path: "notes/backlog.txt", .init())
        #expect(yaml.contains("kind: stories\nid: backlog\n"))
        #expect(messages == ["notes/backlog.txt:2: warning: not a user story: it does not start with 'As a …'; left out: Call the council",
                             "imported 1 story; 1 line left out"])
    }

    @Test func highlights() throws {
        let (yaml, messages) = try Self.run(HighlightImporter.self, "text,tags,participant\nNobody told me,Lost Bin,P01\n,x,P01\n",
                                            path: "exports/highlights.csv", .init(session: "s1", study: "discovery"))
        #expect(yaml.contains("# Imported from highlights.csv by 'blueprint research import highlights': 1 excerpt."))
        #expect(messages == ["note: rows without text were left out: 3", "note: tag 'Lost Bin' became 'lost-bin'",
                             "imported 1 excerpt of 1 participant (P01)"])
    }

    @Test func inputThatCannotBeReadIsAnError() {
        #expect(throws: ImportError(message: "the file is not UTF-8 text; save or export it as UTF-8 (in Excel: 'CSV UTF-8')")) {
            try StoryImporter.read(ImportInput(bytes: [0x41, 0xFF], path: "x.txt"), options: .init())
        }
        #expect(throws: ImportError(message: "x.csv is not UTF-8 text; save it as 'CSV UTF-8' and try again")) {
            try HighlightImporter.read(ImportInput(bytes: [0x41, 0xFF], path: "x.csv"), options: .init(session: "s", study: "d"))
        }
    }
}
