import PropertyBased
import Testing
@testable import BlueprintSyntax

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

    /// Any text written with `YAMLText.scalar` (plain when safe, else quoted) reads back as the
    /// same text; the characters are drawn mostly from those YAML gives a meaning to.
    @Test func plainOrQuotedTextRoundTrips() async {
        let alphabet = Array("-?:,[]{}#&*!|>'\"%@`+.~0123456789 \t\nyesnoNULLtrue\u{85}\u{2028}\u{FEFF}aé東🚮")
        let hazards = Gen<Int>.int(in: 0...(alphabet.count - 1)).map { alphabet[$0] }
        await propertyCheck(count: 500, input: hazards.string(of: 0...12)) { text in
            let written = YAMLText.scalar(text)
            let result = YAMLParser.parse("value: \(written)\n", file: "p.yaml")
            #expect(result.diagnostics.isEmpty, "\(written)")
            let scalar = result.documents.first?.root.mapping?.first?.value.scalar
            #expect(scalar?.text == text, "\(written)")
            // Plain only when no reader could take it for anything but text.
            if scalar?.style == .plain { #expect(scalar?.isNull == false && scalar?.integer == nil && scalar?.boolean == nil) }
        }
        #expect(YAMLText.scalar("As a customer I need a bin, so that it's emptied") == "As a customer I need a bin, so that it's emptied")
        #expect(YAMLText.scalar("As a customer: I need") == "\"As a customer: I need\"")
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
