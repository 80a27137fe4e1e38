@testable import BlueprintRules
import Testing

/// BP030's reading of a customer step, measured on words nobody on the project wrote: customer
/// actions from the programme's discovery report and Q&A (../shared/seeds, the line each is on),
/// put in a step's form ("I contact the council" → "Contacts the council"), and the customer
/// steps with a channel that the example workspace's authors wrote.
@Suite("Customer contact or receiving")
struct CustomerContactTests {
    /// Reaching out: BP030 should ask who answers.
    static let contacts = [
        "Sends in a query about some scheduled roadworks on behalf of a resident",   // 002, Highways storyboard
        "Calls the council",                                                          // 002, Waste storyboard
        "Contacts the council to report potholes",                                    // 002, Highways snapshot
        "Reports missed bin collections on his phone",                                // 002, user stories
        "Reports a fallen tree whilst out and about",                                 // 002, user stories
        "Reports the issue to the council by phone with an interpreter",              // 002, Waste needs
        "Contacts the council via the BRUM account and social media",                 // 002, gold standard
        "Reaches out to the contact centre",                                          // 002, gold standard
        "Reports a repair online",                                                    // 002, Housing negatives
        "Picks a suitable time for someone to visit",                                 // 002, user stories
        "Gets things done independently online, including rescheduling an appointment", // 002, gold standard
        "Tells the council something hasn't worked",                                  // 002, user stories
        "Gets in touch with the contact centre",                                      // 003, Q&A
        "Gets through to an agent after a long wait",                                 // 002, highlights
        // The example workspace (blueprints/*.yaml), every customer step with a channel.
        "Checks online for live updates on known issues and planned works",
        "Contacts the council by a channel of their choice",
        "Checks progress online and reschedules or cancels an appointment if needed",
        "Reports it on her phone with the website's map",
        "Councillor Joe e-mails a query about scheduled roadworks for a resident",
        "Calls the contact centre between shifts",
        "Calls back to move the appointment; cannot do it online",
        "Calls the contact centre himself",
        "Calls again about the same missed bin",
        "Reports the missed bin online",
        "Looks on the website for news of missed collections",
    ]

    /// On the receiving end: not a contact, so no response is owed.
    static let receiving = [
        "Receives a response from two different members of staff",                   // 002, Highways storyboard
        "Receives a call from the contact centre the following day",                 // 002, gold standard
        "Receives live updates about the repair",                                     // 002, user stories
        "An email is received inviting them to give feedback",                        // 002, gold standard
        "Is kept updated on the issues they want to be notified about",               // 002, gold standard
        "Receives information in real time",                                          // 002, staff positives
        "Gets a text message with the appointment",                                   // 002, Housing journey
        "Is told the collection date",                                                // 002, user stories
        // The cases issue 18 names.
        "Receives the badge by post", "Badge is delivered by post", "Gets a letter", "The badge arrives in the post",
        "Reads the decision letter",
    ]

    @Test("reaching out is contact", arguments: contacts)
    func contact(_ text: String) { #expect(!CustomerContact.isReceiving(text)) }

    @Test("receiving is not contact", arguments: receiving)
    func receives(_ text: String) { #expect(CustomerContact.isReceiving(text)) }

    @Test("a channel reads as words after a verb", arguments: [
        ("phone", "by phone"), ("face-to-face", "face to face"), ("in person", "in person"), ("post", "by post"),
        ("letter", "by letter"), ("web", "online"), ("Online", "online"), ("email", "by email"), ("text message", "by text message"),
        ("app", "through the app"), ("social media", "on social media"), ("housing office", "through 'housing office'"),
    ])
    func phrase(_ channel: String, _ words: String) { #expect(CustomerContact.phrase(channel) == words) }
}
