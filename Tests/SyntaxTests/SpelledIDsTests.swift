import BlueprintSyntax
import Testing

@Suite("IDs spelled in a file that does not parse")
struct SpelledIDsTests {
    static func ids(_ text: String) -> Set<String> { SpelledIDs.scan(Array(text.utf8)) }

    @Test func plainQuotedAndNested() {
        #expect(Self.ids("kind: persona\nid: mr-hamid\n") == ["mr-hamid"])
        #expect(Self.ids("id: \"p.01\"\n  - id: 'step_2'\nsteps: [{id: s3}]") == ["p.01", "step_2", "s3"])
    }

    @Test func onlyTheKeyIdCounts() {
        #expect(Self.ids("xid: a\nvalid: b\nid:\nid: [c]\n").isEmpty, "other keys, and no value, spell no ID")
        #expect(Self.ids("id: café") == ["caf"], "an ID ends at the first byte no ID holds")
        #expect(Self.ids("kind: stories\nid: s1\n  text: \"unclosed\nid: s2") == ["s1", "s2"], "a syntax error does not stop the scan")
    }
}
