/// Personal data in free text: e-mail addresses, UK phone numbers, UK postcodes and National
/// Insurance numbers. The one matcher behind both `check` (BP034) and the redactor of
/// `research export --redact`, so what `check` warns about is exactly what a shareable copy masks.
///
/// Each kind is found by a pattern, then confirmed by rules a pattern says badly: whole tokens
/// only (`x0121 496 0000` and `AB123456CD` are not matches), the digit count of a UK number, and
/// HMRC's National Insurance prefix rules. Postcodes and NI numbers must be in capitals, as they
/// are written on letters and forms; that keeps ordinary words ("B2B", "A1 road", "COVID19") out.
public enum PersonalData {
    /// What was found.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case email, phone, postcode, nationalInsurance

        /// The kind in a sentence: "text contains what looks like an e-mail address".
        public var description: String {
            switch self {
            case .email: "an e-mail address"
            case .phone: "a phone number"
            case .postcode: "a UK postcode"
            case .nationalInsurance: "a National Insurance number"
            }
        }
    }

    /// One piece of personal data and where it is in the text.
    public struct Match: Sendable, Hashable {
        public var kind: Kind
        public var range: Range<String.Index>
    }

    /// Every match in `text`, in order, none overlapping (the earlier one wins).
    public static func matches(in text: String) -> [Match] {
        let clues = Clues(text)
        guard clues.any else { return [] }
        var found: [Match] = []
        if clues.at { found += email(in: text) }
        if clues.phoneDigits >= 10 { found += phone(in: text) }
        if clues.inwardCode { found += postcode(in: text) }
        if clues.digits >= 6, clues.capitalsBeforeDigit { found += nationalInsurance(in: text) }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        var kept: [Match] = []
        for match in found where kept.last.map({ $0.range.upperBound <= match.range.lowerBound }) ?? true {
            kept.append(match)
        }
        return kept
    }

    // MARK: - The kinds

    private static func email(in text: String) -> [Match] {
        let pattern = #/[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}/#
        return text.matches(of: pattern).compactMap { match in
            standsAlone(match.range, in: text) ? Match(kind: .email, range: match.range) : nil
        }
    }

    /// National (0…) and international (+44…, +44 (0)…) forms of UK landline and mobile numbers:
    /// 9 or 10 digits after the 0, in groups split by single spaces or hyphens, an area code
    /// optionally in brackets.
    private static func phone(in text: String) -> [Match] {
        let pattern = #/(?:\+44[ \-]?(?:\(0\)[ \-]?)?|\(0|0)(?:[0-9]\)?[ \-]?){8,9}[0-9]/#
        return text.matches(of: pattern).compactMap { match in
            guard standsAlone(match.range, in: text, alsoBefore: "+") else { return nil }
            return Match(kind: .phone, range: match.range)
        }
    }

    /// Full postcodes: an outward code (A9, A99, AA9, AA99, A9A, AA9A, with the letters Royal Mail
    /// allows in each place), an optional space, and an inward code (9AA); or GIR 0AA.
    private static func postcode(in text: String) -> [Match] {
        let pattern = #/(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})/#
        return text.matches(of: pattern).compactMap { match in
            standsAlone(match.range, in: text) ? Match(kind: .postcode, range: match.range) : nil
        }
    }

    /// Two prefix letters, six digits (in pairs, spaced or not) and a suffix A–D. HMRC never
    /// issues D, F, I, Q, U or V in the prefix, nor O second, nor the prefixes below; so the
    /// specimen "QQ 12 34 56 C" that forms and documentation print is not a match.
    private static func nationalInsurance(in text: String) -> [Match] {
        let pattern = #/[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]/#
        let unissued: Set<Substring> = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]
        return text.matches(of: pattern).compactMap { match in
            guard !unissued.contains(text[match.range].prefix(2)), standsAlone(match.range, in: text) else { return nil }
            return Match(kind: .nationalInsurance, range: match.range)
        }
    }

    /// Whether a match is a whole token: no letter or digit (or one of `alsoBefore`) touches it.
    private static func standsAlone(_ range: Range<String.Index>, in text: String, alsoBefore: Character? = nil) -> Bool {
        if range.lowerBound > text.startIndex {
            let before = text[text.index(before: range.lowerBound)]
            if before.isLetter || before.isNumber || before == alsoBefore || before == "@" { return false }
        }
        if range.upperBound < text.endIndex {
            let after = text[range.upperBound]
            if after.isLetter || after.isNumber || after == "@" { return false }
        }
        return true
    }

    /// What a text must hold before a pattern is worth running: most text holds none of it, and
    /// one byte scan is far cheaper than a regular expression.
    private struct Clues {
        /// An `@`, which every e-mail address has.
        var at = false
        /// The most digits in one stretch of digits, spaces, hyphens, brackets and `+`: a UK
        /// number has 10 or more ("0121 496 0000", "+44 (0)20 7946 0000"); dates and times fewer.
        var phoneDigits = 0
        /// Digits in all, and whether two capital letters meet a digit (a space between allowed):
        /// an NI number has six digits after its two prefix letters.
        var digits = 0
        var capitalsBeforeDigit = false
        /// A digit followed by two capital letters: the inward code every full postcode ends with.
        var inwardCode = false

        init(_ text: String) {
            var previous: (UInt8, UInt8) = (0, 0)
            var third: UInt8 = 0  // the byte before `previous`
            var run = 0
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "@"):
                    at = true
                    run = 0
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    digits += 1
                    run += 1
                    phoneDigits = max(phoneDigits, run)
                    if (Self.isCapital(previous.1) && Self.isCapital(previous.0))
                        || (previous.1 == UInt8(ascii: " ") && Self.isCapital(previous.0) && Self.isCapital(third)) {
                        capitalsBeforeDigit = true
                    }
                case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "+"):
                    break
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if Self.isDigit(previous.0), Self.isCapital(previous.1) { inwardCode = true }
                    run = 0
                default:
                    run = 0
                }
                third = previous.0
                previous = (previous.1, byte)
            }
        }

        var any: Bool { at || phoneDigits >= 10 || (digits >= 6 && capitalsBeforeDigit) || inwardCode }

        static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        static func isCapital(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    }
}
