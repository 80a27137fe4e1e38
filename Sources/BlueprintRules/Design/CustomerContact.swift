/// How a customer step's words and channel read: whether the customer reaches out to the service
/// or is on the receiving end of it, and the channel in words for a message ("by phone", "in
/// person"). BP030 asks for a response only to the first kind.
enum CustomerContact {
    /// Whether the step says the customer receives something ("Receives the badge by post",
    /// "Badge is delivered by post", "Gets a letter") rather than contacting the service.
    static func isReceiving(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter && $0 != "-" && $0 != "'" }.map(String.init)
        guard let first = words.first else { return false }
        let next = words.count > 1 ? words[1] : ""
        if receivingVerbs.contains(first) { return true }
        // "Gets a letter", but "gets in touch", "gets through to", "gets hold of" reach out.
        if ["gets", "get", "got"].contains(first) { return !reachingOut.contains(next) && !words.contains("done") }
        if ["reads", "opens", "finds"].contains(first) { return words.dropFirst().contains { things.contains($0) } }
        for (index, word) in words.enumerated().dropLast() where passiveHelpers.contains(word) {
            if doneToSomeone.contains(words[index + 1]) { return true }
        }
        // "The badge arrives in the post": something else is the subject and comes to them.
        if !people.contains(first) && !arrivals.contains(first) { return words.dropFirst().contains { arrivals.contains($0) } }
        return false
    }

    /// The channel in words after a verb: "by phone", "in person", "online", "by letter".
    static func phrase(_ channel: String) -> String {
        let name = channel.lowercased().split(separator: " ").joined(separator: " ")
        switch name {
        case "phone", "telephone", "call", "calls", "phone call": return "by phone"
        case "face-to-face", "face to face": return "face to face"
        case "in person", "in-person", "visit", "office", "counter": return "in person"
        case "post", "mail", "by post": return "by post"
        case "letter", "letters": return "by letter"
        case "web", "website", "online", "online form", "web form", "online account": return "online"
        case "email", "e-mail": return "by email"
        case "app", "mobile app": return "through the app"
        case "webchat", "web chat", "chat", "live chat": return "by webchat"
        case "sms", "text", "text message": return "by text message"
        case "social media", "social": return "on social media"
        case "any": return "by a channel of their choice"
        default: return "through '\(channel)'"
        }
    }

    private static let receivingVerbs: Set<String> = [
        "receives", "receive", "received", "hears", "awaits",
    ]
    private static let reachingOut: Set<String> = ["in", "through", "hold", "back", "on", "onto", "online", "involved"]
    private static let things: Set<String> = [
        "letter", "letters", "email", "e-mail", "text", "message", "post", "notice", "leaflet", "badge", "card",
        "parcel", "reply", "response", "decision", "envelope", "pack", "confirmation", "bill", "statement",
    ]
    private static let passiveHelpers: Set<String> = ["is", "are", "was", "were", "gets", "get", "being"]
    private static let doneToSomeone: Set<String> = [
        "sent", "delivered", "posted", "given", "told", "notified", "emailed", "e-mailed", "texted", "mailed",
        "informed", "issued", "called", "phoned", "visited", "contacted", "offered", "asked", "returned", "dispatched",
        "received", "kept", "updated", "invited", "reminded", "shown",
    ]
    private static let people: Set<String> = [
        "customer", "customers", "resident", "residents", "tenant", "tenants", "citizen", "citizens", "user", "users",
        "applicant", "applicants", "they", "he", "she", "caller", "driver", "visitor",
    ]
    private static let arrivals: Set<String> = ["arrives", "arrive", "arrived", "lands", "comes", "drops"]
}
