/// Personal data in free text: e-mail addresses, UK phone numbers, UK postcodes and National
/// Insurance numbers. The one matcher behind both `check` (BP034) and the redactor of
/// `research export --redact`, so what `check` warns about is exactly what a shareable copy masks.
///
/// Each kind is found by a pattern, then confirmed by rules a pattern says badly: whole tokens
/// only (`x0121 496 0000` and `AB123456CD` are not matches), the digit count of a UK number, and
/// HMRC's National Insurance prefix rules. NI numbers must be in capitals, as written on letters
/// and forms; postcodes in capitals or all lower case. Text is normalised first (`Normalised`:
/// Unicode spaces, full-width forms), so a number pasted from a word processor is still found.
/// docs/PRIVACY.md lists the spellings and the measured recall and false-alarm rate.
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

    /// Every match in `text`, in order, none overlapping (the earlier one wins). Ranges are in
    /// `text` itself, although matching runs on its normalised form (`Normalised`), so BP034's
    /// line and column and the redactor's mask cover exactly the characters written.
    public static func matches(in text: String) -> [Match] {
        // Most text holds no clue at all: one byte scan, no allocation, before anything else.
        let raw = Clues(text.utf8)
        guard raw.any || raw.nonASCII else { return [] }
        let normal = Normalised(text)
        let clues = raw.nonASCII ? Clues(normal.text.utf8) : raw
        guard clues.any else { return [] }
        let string = normal.text
        var found: [Match] = []
        if clues.at { found += email(in: string) }
        if clues.phoneDigits >= 10 { found += phone(in: string) }
        if clues.inwardCode { found += postcode(in: string) }
        if clues.digits >= 6, clues.capitalsBeforeDigit { found += nationalInsurance(in: string) }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        var kept: [Match] = []
        for match in found where kept.last.map({ $0.range.upperBound <= match.range.lowerBound }) ?? true {
            kept.append(match)
        }
        return kept.map { Match(kind: $0.kind, range: normal.original($0.range)) }
    }

    // MARK: - The kinds (each runs on the normalised text)

    /// Addresses with an ASCII or internationalised local part (`jörg@exämple.de`, `+tags`, or a
    /// quoted local part), and a domain whose last label is letters. Parts are bounded (64 and 63
    /// characters, as RFC 5321 allows), so the scan stays linear on long runs of letters.
    /// A "domain" ending in an image or document extension is a file name (`icon@2x.png`).
    private static func email(in text: String) -> [Match] {
        let pattern = #/(?:[\p{L}\p{N}._%+\-]{1,64}|"[^"\n]{1,64}")@(?:[\p{L}\p{N}\-]{1,63}\.){1,8}\p{L}{2,24}/#
        let files: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "heic"]
        return text.matches(of: pattern).compactMap { match in
            let tld = text[match.range].split(separator: ".").last.map { $0.lowercased() } ?? ""
            guard !files.contains(tld), standsAlone(match.range, in: text, alsoAround: ".") else { return nil }
            return Match(kind: .email, range: match.range)
        }
    }

    /// National (0…) and international (+44…, 0044…, +44 (0)…) forms of UK landline and mobile
    /// numbers: 9 or 10 digits after the 0 or the 44, the first of them one a UK number can start
    /// with, in groups split by spaces, hyphens, dots or slashes, an area code optionally in
    /// brackets. `plausibleGroups` keeps out digit strings that only look like one (ISBNs, versions).
    private static func phone(in text: String) -> [Match] {
        let pattern = #/(?:(?:\+|00)44[ \-]?(?:\(0\)[ \-]?)?|\(0|0 ?)(?:[0-9]\)?[ \-.\/]?){8,9}[0-9]/#
        return text.matches(of: pattern).compactMap { match in
            var range = match.range
            // "(020 7946 0000)": a bracket that opens the whole number, not an area code, is not part of it.
            if text[range].first == "(", !text[range].contains(")") { range = text.index(after: range.lowerBound)..<range.upperBound }
            guard standsAlone(range, in: text, alsoBefore: "+"), notPartOfLongerNumber(range, in: text),
                  plausibleGroups(text[range]) else { return nil }
            return Match(kind: .phone, range: range)
        }
    }

    /// Full postcodes: an outward code (A9, A99, AA9, AA99, A9A, AA9A, with the letters Royal Mail
    /// allows in each place), an optional space, and an inward code (9AA); or GIR 0AA. Capitals
    /// or lower case, not a mix ("b1 1bb" is a postcode typed in haste; "Room 2Pm" is not).
    private static func postcode(in text: String) -> [Match] {
        let pattern = #/(?i)(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})/#
        return text.matches(of: pattern).compactMap { match in
            let code = text[match.range]
            guard code == code.uppercased() || code == code.lowercased(), standsAlone(match.range, in: text) else { return nil }
            return Match(kind: .postcode, range: match.range)
        }
    }

    /// Two prefix letters, six digits (in pairs or threes, split by spaces or hyphens, or not at
    /// all) and a suffix A–D. HMRC never issues D, F, I, Q, U or V in the prefix, nor O second,
    /// nor the prefixes below; so the specimen "QQ 12 34 56 C" that forms print is not a match.
    private static func nationalInsurance(in text: String) -> [Match] {
        let pattern = #/[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z](?:[ \-]?[0-9]){6}[ \-]?[A-D]/#
        let unissued: Set<Substring> = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]
        return text.matches(of: pattern).compactMap { match in
            guard !unissued.contains(text[match.range].prefix(2)), standsAlone(match.range, in: text) else { return nil }
            return Match(kind: .nationalInsurance, range: match.range)
        }
    }

    /// Whether a match is a whole token: no letter or digit (or one of `alsoBefore`, `alsoAround`)
    /// touches it.
    private static func standsAlone(_ range: Range<String.Index>, in text: String,
                                    alsoBefore: Character? = nil, alsoAround: Character? = nil) -> Bool {
        if range.lowerBound > text.startIndex {
            let before = text[text.index(before: range.lowerBound)]
            if before.isLetter || before.isNumber || before == alsoBefore || before == alsoAround || before == "@" { return false }
        }
        if range.upperBound < text.endIndex {
            let after = text[range.upperBound]
            if after.isLetter || after.isNumber || after == "@" { return false }
            // A full stop ends a sentence; one followed by a letter continues a name.
            if after == alsoAround, text.index(after: range.upperBound) < text.endIndex,
               text[text.index(after: range.upperBound)].isLetter { return false }
        }
        return true
    }

    /// Whether digits go on past the match across a hyphen, dot or slash: "978-0-306-40615-7"
    /// holds "0-306-40615-7", which is no phone number. (A space may well separate a number
    /// from a date or a count, so it does not join them.)
    private static func notPartOfLongerNumber(_ range: Range<String.Index>, in text: String) -> Bool {
        let joiners: Set<Character> = ["-", ".", "/"]
        if range.lowerBound > text.startIndex {
            let before = text.index(before: range.lowerBound)
            if joiners.contains(text[before]), before > text.startIndex, text[text.index(before: before)].isNumber { return false }
        }
        if range.upperBound < text.endIndex, joiners.contains(text[range.upperBound]) {
            let next = text.index(after: range.upperBound)
            if next < text.endIndex, text[next].isNumber { return false }
        }
        return true
    }

    /// The digit groups of a phone-number candidate, as people write UK numbers: the first digit
    /// after the 0 or 44 one a UK number starts with (1, 2, 3, 5, 7, 8 or 9: never 0, 4 or 6);
    /// split by hyphens, dots or slashes only into groups of three or more ("07700-900-123", not
    /// "0-306-40615-2"); split by spaces into groups of two or more, or digit by digit.
    private static func plausibleGroups(_ candidate: Substring) -> Bool {
        var rest = candidate
        if rest.hasPrefix("+44") { rest = rest.dropFirst(3) } else if rest.hasPrefix("0044") { rest = rest.dropFirst(4) }
        let international = rest.count != candidate.count
        rest = rest.drop { $0 == " " || $0 == "-" }
        if international, rest.hasPrefix("(0)") { rest = rest.dropFirst(3) }
        let digits = rest.filter(\.isNumber)
        let significant = international ? digits[...] : digits.dropFirst()
        guard let first = significant.first, "1235789".contains(first), (9...10).contains(significant.count) else { return false }
        let groups = rest.split { !$0.isNumber }.map(\.count)
        if rest.contains(where: { $0 == "-" || $0 == "." || $0 == "/" }) { return groups.allSatisfy { $0 >= 3 } }
        return groups.allSatisfy { $0 >= 2 } || groups.allSatisfy { $0 == 1 }
    }

    /// `text` as the patterns read it: Unicode spaces (no-break U+00A0, narrow no-break U+202F,
    /// thin, em, ideographic, tabs) become one ASCII space and runs of them collapse into one;
    /// the compatibility forms NFKC folds (full-width digits, letters and signs: "０７７００",
    /// "＠") become ASCII, as do decimal digits of other scripts and Unicode dashes; zero-width
    /// characters and soft hyphens are dropped. Each UTF-8 byte of the result remembers which
    /// characters of the original it came from, so a match maps back to an exact original range.
    struct Normalised {
        private(set) var text = ""
        /// For each UTF-8 byte of `text`: the first original scalar it stands for, and the end of
        /// the last (a collapsed run of spaces stands for all of them).
        private var starts: [String.Index] = []
        private var ends: [String.Index] = []
        private let originalEnd: String.Index

        init(_ original: String) {
            originalEnd = original.endIndex
            let scalars = original.unicodeScalars
            starts.reserveCapacity(original.utf8.count)
            ends.reserveCapacity(original.utf8.count)
            var result = String.UnicodeScalarView()
            var index = scalars.startIndex
            var lastWasSpace = false
            while index < scalars.endIndex {
                let next = scalars.index(after: index)
                switch Self.fold(scalars[index]) {
                case .none:
                    break
                case let folded? where folded == " " && lastWasSpace:
                    ends[ends.count - 1] = next
                case let folded?:
                    result.append(folded)
                    for _ in 0..<UTF8.width(folded) {
                        starts.append(index)
                        ends.append(next)
                    }
                    lastWasSpace = folded == " "
                }
                index = next
            }
            text = String(result)
        }

        /// The range of the original text that `range` (of `text`) came from.
        func original(_ range: Range<String.Index>) -> Range<String.Index> {
            let lower = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
            let upper = text.utf8.distance(from: text.startIndex, to: range.upperBound)
            guard lower < upper else {
                let at = lower < starts.count ? starts[lower] : originalEnd
                return at..<at
            }
            return starts[lower]..<ends[upper - 1]
        }

        /// What one scalar reads as; nil to drop it.
        static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
            let value = scalar.value
            if value < 0x80 { return value == 0x09 || value == 0x0B || value == 0x0C ? " " : scalar }
            switch value {
            case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                return " "
            case 0x00AD, 0x200B...0x200D, 0x2060, 0xFEFF:
                return nil
            case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63:
                return "-"
            case 0xFF01...0xFF5E:  // full-width ASCII: NFKC's fold
                return Unicode.Scalar(value - 0xFEE0)
            default:
                if scalar.properties.numericType == .decimal, let digit = scalar.properties.numericValue {
                    return Unicode.Scalar(UInt8(ascii: "0") + UInt8(digit))
                }
                return scalar
            }
        }
    }

    /// What a text must hold before a pattern is worth running: most text holds none of it, and
    /// one byte scan is far cheaper than a regular expression. Run on the original bytes first;
    /// a text with non-ASCII bytes is scanned again once normalised.
    private struct Clues {
        /// An `@`, which every e-mail address has.
        var at = false
        /// The most digits in one stretch of digits and separators (spaces, hyphens, dots,
        /// slashes, brackets, `+`): a UK number has 10 or more ("0121 496 0000"); dates fewer.
        var phoneDigits = 0
        /// Digits in all, and whether two capital letters meet a digit (a space or hyphen between
        /// allowed): an NI number has six digits after its two prefix letters.
        var digits = 0
        var capitalsBeforeDigit = false
        /// A digit followed by two letters: the inward code every full postcode ends with.
        var inwardCode = false
        /// A byte outside ASCII: the text must be normalised before the clues are final.
        var nonASCII = false

        init(_ bytes: String.UTF8View) {
            var previous: (UInt8, UInt8) = (0, 0)
            var third: UInt8 = 0  // the byte before `previous`
            var run = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "@"):
                    at = true
                    run = 0
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    digits += 1
                    run += 1
                    phoneDigits = max(phoneDigits, run)
                    if (Self.isCapital(previous.1) && Self.isCapital(previous.0))
                        || (Self.isGap(previous.1) && Self.isCapital(previous.0) && Self.isCapital(third)) {
                        capitalsBeforeDigit = true
                    }
                case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "+"),
                     UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "\t"):
                    // A run of spaces reads as one, as the normalised text has it.
                    if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t"),
                       previous.1 == UInt8(ascii: " ") || previous.1 == UInt8(ascii: "\t") { continue }
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                    // Letters are most of any text: plain arithmetic, no calls, even in a debug build.
                    if previous.0 &- UInt8(ascii: "0") < 10, (previous.1 | 0x20) &- UInt8(ascii: "a") < 26 { inwardCode = true }
                    run = 0
                case 0x80...:
                    nonASCII = true
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
        static func isGap(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "\t") }
    }
}
