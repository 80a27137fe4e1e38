import Model
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
}
