import PropertyBased
import Testing
@testable import Syntax

@Suite("YAML parser properties")
struct PropertyTests {
    /// Any text written with `YAMLText.doubleQuoted` reads back as the same text.
    @Test func quotedTextRoundTrips() async {
        await propertyCheck(count: 300, input: Gen<Character>.character(in: "\u{1}"..."\u{2FFF}").string(of: 0...40)) { text in
            let result = YAMLParser.parse("value: \(YAMLText.doubleQuoted(text))\n", file: "p.yaml")
            #expect(result.diagnostics.isEmpty)
            #expect(result.documents.first?.root.mapping?.first?.value.scalar?.text == text)
        }
    }

    /// Random byte changes to a valid document never crash the parser, and parsing the same
    /// bytes twice gives the same trees and findings.
    @Test func mutationsNeverCrashAndAreDeterministic() async {
        let base = Array("""
        kind: blueprint
        id: b
        stages:
          - id: issue
            name: "Issue"
            steps: [{id: s1, lane: customer, text: 'Notices'}, &x {id: s2}]
        extra: *x

        """.utf8)
        let mutation = zip(Gen<Int>.int(in: 0...(base.count - 1)), Gen<UInt8>.uint8(), Gen<Int>.int(in: 0...2))
        await propertyCheck(count: 500, input: mutation.array(of: 1...6)) { edits in
            var bytes = base
            for (position, byte, operation) in edits {
                let index = min(position, max(0, bytes.count - 1))
                switch operation {
                case 0 where !bytes.isEmpty: bytes[index] = byte
                case 1: bytes.insert(byte, at: index)
                default: if !bytes.isEmpty { bytes.remove(at: index) }
                }
            }
            let first = YAMLParser.parse(bytes, file: "m.yaml")
            let second = YAMLParser.parse(bytes, file: "m.yaml")
            #expect(first.documents == second.documents)
            #expect(first.diagnostics == second.diagnostics)
        }
    }
}
