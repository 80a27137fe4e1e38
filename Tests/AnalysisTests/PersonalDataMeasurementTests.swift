import BlueprintAnalysis
import BlueprintKit
import Foundation
import BlueprintModel
import Testing

/// The detector measured on a planted set (Fixtures/personal-data.tsv: every kind in many
/// spellings, in sentences, and hard negatives that look like them) and on the example
/// workspace's real text. docs/PRIVACY.md shows the table this test prints.
@Suite("Personal data: recall and false alarms")
struct PersonalDataMeasurementTests {
    struct Row { var text: String; var kind: String; var value: String }

    static let rows: [Row] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/personal-data.tsv")
        let lines = (try? String(contentsOf: url, encoding: .utf8))?.split(separator: "\n") ?? []
        return lines.filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.replacingOccurrences(of: "\\t", with: "\t") }
            return Row(text: fields[0], kind: fields[1], value: fields[2])
        }
    }()

    /// Whether the detector finds exactly `row.value` as `row.kind` in the row's text.
    static func found(_ row: Row) -> Bool {
        PersonalData.matches(in: row.text).contains { $0.kind.rawValue == row.kind && row.text[$0.range] == row.value }
    }

    @Test("the planted set: at least 200 positives, ≥ 98 % found per kind, < 2 % false alarms")
    func planted() throws {
        let positives = Self.rows.filter { $0.kind != "-" }
        let negatives = Self.rows.filter { $0.kind == "-" }
        #expect(positives.count >= 200 && negatives.count >= 100)
        var table = ["| kind | planted | found | recall |", "|---|---:|---:|---:|"]
        for kind in PersonalData.Kind.allCases {
            let planted = positives.filter { $0.kind == kind.rawValue }
            let missed = planted.filter { !Self.found($0) }
            let recall = Double(planted.count - missed.count) / Double(planted.count)
            table.append("| \(kind.rawValue) | \(planted.count) | \(planted.count - missed.count) | \(String(format: "%.1f", recall * 100)) % |")
            #expect(recall >= 0.98, "\(kind): missed \(missed.map(\.text))")
        }
        let alarms = negatives.filter { !PersonalData.matches(in: $0.text).isEmpty }
        let rate = Double(alarms.count) / Double(negatives.count)
        table.append("| hard negatives | \(negatives.count) | \(alarms.count) false alarms | \(String(format: "%.1f", rate * 100)) % |")
        print(table.joined(separator: "\n"))
        #expect(rate < 0.02, "false alarms: \(alarms.map { row in "\(row.text) → \(PersonalData.matches(in: row.text).map { row.text[$0.range] })" })")
    }

    @Test("the example workspace's real text: no false alarm in any text of any kind")
    func example() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let files = try WorkspaceFiles.collect([], currentDirectory: repository)
        let workspace = Checker.check(try WorkspaceFiles.read(files, currentDirectory: repository)).workspace
        var texts: [String] = []
        workspace.forEachFreeText { texts.append($0.value) }
        #expect(texts.count > 500)
        let alarms = texts.filter { !PersonalData.matches(in: $0).isEmpty }
        print("example workspace: \(texts.count) texts, \(alarms.count) false alarms")
        #expect(alarms.isEmpty, "\(alarms)")
    }

    @Test("every match maps back to the very characters written, whatever the spaces and digits")
    func originalRanges() {
        let text = "Ring\u{00A0}+44\u{00A0}7700\u{00A0}900123 or ０７７００ ９００１２３, post to b1  1bb."
        let found = PersonalData.matches(in: text).map { "\($0.kind.rawValue): \(text[$0.range])" }
        #expect(found == ["phone: +44\u{00A0}7700\u{00A0}900123", "phone: ０７７００ ９００１２３", "postcode: b1  1bb"])
        #expect(PersonalData.mask(text) == "Ring\u{00A0}[phone removed] or [phone removed], post to [postcode removed].")
    }
}
