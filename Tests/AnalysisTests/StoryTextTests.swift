import BlueprintModel
import PropertyBased
import Testing

/// The story template reader: role, means and ends of seed 002's stories and their quirks.
@Suite struct StoryTextTests {
    @Test func readsTheSeedTemplate() {
        let text = StoryText("As a customer I need to know what day my rubbish is collected, so that my rubbish isn't out on the street all week")
        #expect(text.role == "customer")
        #expect(text.verb == "need")
        #expect(text.means == "to know what day my rubbish is collected")
        #expect(text.ends == "my rubbish isn't out on the street all week")
        #expect(text.endsMarker == "so that")
        #expect(text.isWellFormed)
    }

    @Test func readsAnAndWantAndSo() {
        let text = StoryText("As an admin, I want to see the log so I can fix errors")
        #expect(text.role == "admin")
        #expect(text.verb == "want")
        #expect(text.means == "to see the log")
        #expect(text.ends == "I can fix errors")
        #expect(text.endsMarker == "so")
    }

    @Test func missingBenefitIsNotAFailure() {
        let text = StoryText("As a contact centre agent I need to give customers advice about what they can do before a repair is carried out")
        #expect(text.role == "contact centre agent")
        #expect(text.ends == nil)
        #expect(text.isWellFormed)
    }

    @Test func textWithoutTemplateHasNoRole() {
        let text = StoryText("Fix the bin collection page")
        #expect(text.role == nil)
        #expect(text.means == "Fix the bin collection page")
        #expect(!text.isWellFormed)
    }

    @Test("each part's span is where the part is written, punctuation at its ends left out")
    func spansPointAtTheParts() throws {
        let text = "As a (busy) tenant, we would like: to report a repair, so, that it is fixed."
        let parts = StoryText(text)
        let utf8 = Array(text.utf8)
        func written(_ span: Range<Int>?) throws -> String { String(decoding: utf8[try #require(span)], as: UTF8.self) }
        #expect(try written(parts.spans.role) == "busy) tenant")
        #expect(try written(parts.spans.indicator) == "we would like")
        #expect(try written(parts.spans.means) == "to report a repair")
        #expect(try written(parts.spans.endsMarker) == "so, that")
        #expect(try written(parts.spans.ends) == "it is fixed.")
        #expect(StoryText("Fix it").spans.role == nil)
    }

    /// Words that make and break the template, punctuation, quotes and other spaces.
    static let storyWords = Gen.element(of: [
        "As", "as", "a", "an", "I", "we", "need", "want", "would", "like", "so", "that", "in", "order", "to", "and", "or",
        "customer,", "(bins)", "\"quoted\"", "—", "&", "e.g.", "…", "café", "naïve", "3", ",", ".", "so,", "I,", "\u{a0}", "\t",
    ])

    @Test("on any text, every span holds exactly the part it locates")
    func spansHoldTheirParts() async {
        await propertyCheck(count: 800, input: Self.storyWords.array(of: 0...24)) { words in
            let text = words.compactMap { $0 }.joined(separator: " ")
            let parts = StoryText(text)
            let utf8 = Array(text.utf8)
            func at(_ span: Range<Int>?) -> String? { span.map { String(decoding: utf8[$0], as: UTF8.self) } }
            #expect(at(parts.spans.role) == (parts.role?.isEmpty == false ? parts.role : nil), "\(text)")
            #expect(at(parts.spans.means) == (parts.means?.isEmpty == false ? parts.means : nil), "\(text)")
            #expect(at(parts.spans.ends) == parts.ends, "\(text)")
            // Indicator and marker as written ("I, need", "so, that") read as their words.
            func read(_ written: String?) -> String? {
                written.map { $0.lowercased().split(whereSeparator: \.isWhitespace).map { $0.filter { !$0.isPunctuation } }.joined(separator: " ") }
            }
            #expect(read(at(parts.spans.indicator))?.hasSuffix(parts.verb ?? "\u{0}") ?? (parts.verb == nil), "\(text)")
            #expect(read(at(parts.spans.endsMarker)) == parts.endsMarker, "\(text)")
        }
    }

    @Test("the quick punctuation test agrees with Character.isPunctuation")
    func punctuationMark() {
        let characters = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) } + ["\r\n", "—", "…", "“", "é", "€", "¿", "e\u{301}"]
        for character in characters {
            #expect(character.isPunctuationMark == character.isPunctuation, "\(character.unicodeScalars.map(\.value))")
        }
    }
}
