import BlueprintDiagnostics

/// Words from research — an excerpt, a comment, a session summary: personal data.
///
/// The words are opaque on purpose. Outputs show them only through `Redaction.displayText`, which
/// applies the participant's consent and masks e-mail addresses, phone numbers, postcodes and NI
/// numbers. The one accessor to the raw words, `unredacted`, is named for what reading it means;
/// only the checker (which looks for personal data), the redactor and the shareable copy may use
/// it, and a test fails when any other file does.
public struct ResearchText: Sendable, Hashable {
    private let words: Text

    public init(_ words: Text) { self.words = words }

    /// Where the words are written: findings point here without quoting them.
    public var range: SourceRange { words.range }

    /// Whether nothing was written (a blank field).
    public var isEmpty: Bool { words.value.allSatisfy(\.isWhitespace) }

    /// The words as the participant wrote or said them, personal data and all. Not for outputs:
    /// show research text with `Redaction.displayText`.
    public var unredacted: Text { words }
}

// String interpolation, `print` and `dump` never reveal the words: they would otherwise reach a
// log or an output through `"\(excerpt.text)"` without anyone reading `unredacted`.
extension ResearchText: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String { "[research text at line \(range.start.line)]" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: ["range": range]) }
}
