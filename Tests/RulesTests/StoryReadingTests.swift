import BlueprintKit
@testable import BlueprintRules
import PropertyBased
import Testing
@testable import BlueprintRules

/// The story rules share one reading of each story; it must give each rule the words that
/// splitting the text (or a part of it) alone would give.
@Suite("Story reading")
struct StoryReadingTests {
    static let storyWords = Gen.element(of: [
        "As", "a", "I", "we", "need", "want", "so", "that", "and", "or", "customer,", "(bins)", "\"quoted\"", "'x'",
        "—", "&", "e.g.", "café", "3", ",", ".", "so,", "\u{a0}", "\t", "  ",
    ])

    static func story(_ text: String) throws -> Story {
        let quoted = text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"").replacing("\t", with: "\\t")
        let yaml = "kind: stories\nid: s\nstories:\n  - id: a\n    text: \"\(quoted)\"\n"
        return try #require(Checker.check([SourceFile(path: "s.yaml", text: yaml)]).workspace.stories.first)
    }

    static func same(_ left: [Word], _ right: [Word]) -> Bool {
        left.count == right.count && zip(left, right).allSatisfy { $0.span == $1.span && $0.lower == $1.lower && $0.written == $1.written }
    }

    @Test("the words of any part, cut from the whole text's words, are the words of the part split alone")
    func partsMatchSplittingAlone() async {
        await propertyCheck(count: 300, input: Self.storyWords.array(of: 0...16)) { words in
            let text = words.compactMap { $0 }.joined(separator: " ")
            guard let story = try? Self.story(text) else { return }
            let reading = StoryReading(story)
            let value = story.text.value
            #expect(Self.same(reading.words, value.words()))
            let indices = Array(value.indices) + [value.endIndex]
            let step = max(1, indices.count / 12)
            for lower in stride(from: 0, to: indices.count, by: step) {
                for upper in stride(from: lower, to: indices.count, by: step) {
                    let bounds = indices[lower]..<indices[upper]
                    #expect(Self.same(reading.words(in: bounds), value.words(in: bounds)), "\(value) in \(lower)..<\(upper)")
                }
            }
            for span in [reading.spans.role, reading.spans.means, reading.spans.ends].compactMap({ $0 }) {
                #expect(Self.same(reading.words(in: span), value.words(in: span)))
            }
        }
    }
}
