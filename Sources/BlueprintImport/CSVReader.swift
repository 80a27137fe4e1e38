/// Reads comma-separated values as RFC 4180 defines them, and as Jira, spreadsheets and
/// qualitative tools export them: fields separated by commas (or another separator), records by
/// CRLF, LF or CR; a field in double quotes may hold separators, line breaks and doubled quotes;
/// a byte-order mark at the start is skipped. Lenient where the meaning is plain: a quote inside
/// an unquoted field is kept as a character, and text after a closing quote is added to the
/// field. Rows keep their own widths; callers decide what a short row means. The writer is `CSV`
/// in Emitters.
public enum CSVReader {
    /// One row of the file, with the line it starts on (a quoted field may span lines).
    public struct Record: Sendable, Hashable {
        public var fields: [String]
        public var line: Int
    }

    /// A quoted field that is never closed: everything after it would be read wrongly.
    public struct UnclosedQuote: Error, Sendable, Hashable {
        /// The line the field starts on.
        public var line: Int
        /// Where a quote that opened a later field closed it instead, when text followed it:
        /// the rows between would silently become one.
        public var closedOnLine: Int?

        public init(line: Int, closedOnLine: Int? = nil) {
            self.line = line
            self.closedOnLine = closedOnLine
        }

        /// The problem in words, for importers' messages.
        public var description: String {
            let start = "a quoted field starting on line \(line) is never closed"
            guard let closedOnLine else { return start }
            return start + " (the quote on line \(closedOnLine) ends it, and text follows that quote); close the quote on line \(line)"
        }
    }

    /// Every record of `text`, blank lines left out. Lenient where RFC 4180 is strict but the
    /// meaning is plain: a lone CR ends a record too, a quote inside an unquoted field is kept
    /// as a character, and text after a closing quote is added to the field, unless the quoted
    /// part spans lines: then the quote most likely opened a later row's field, and an earlier
    /// quote was left open (an error, so rows are never merged silently).
    public static func records(_ text: String, separator: Unicode.Scalar = ",") throws(UnclosedQuote) -> [Record] {
        try read(text, separator: separator, strict: true)
    }

    /// The rows of `text`, each a list of fields, for exports that are sloppier still: a quoted
    /// field left open ends at the end of the file.
    public static func rows(_ text: String, separator: Unicode.Scalar = ",") -> [[String]] {
        // Not strict, so it cannot throw.
        ((try? read(text, separator: separator, strict: false)) ?? []).map(\.fields)
    }

    private static func read(_ text: String, separator: Unicode.Scalar, strict: Bool) throws(UnclosedQuote) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1, recordLine = 1
        var quoted = false, fieldStarted = false, quoteLine = 1
        var view = text.unicodeScalars[...]
        if view.first == "\u{FEFF}" { view = view.dropFirst() }
        var scalars = view.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endRecord() {
            fields.append(field)
            // A blank line is one empty field: not a record.
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(fields: fields, line: recordLine)) }
            fields = []
            field = ""
            fieldStarted = false
        }

        while let scalar = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else {
                        quoted = false
                        pending = next
                        if strict, line != quoteLine, let next, next != separator, next != "\r", next != "\n" {
                            throw UnclosedQuote(line: quoteLine, closedOnLine: line)
                        }
                    }
                } else {
                    if scalar == "\n" { line += 1 } else if scalar == "\r" {
                        // CRLF is one line break inside a field too; keep it as written.
                        let next = scalars.next()
                        line += 1
                        field.unicodeScalars.append(scalar)
                        if next == "\n" { field.unicodeScalars.append("\n"); continue }
                        pending = next
                        continue
                    }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where !fieldStarted:
                quoted = true
                fieldStarted = true
                quoteLine = line
            case separator:
                fields.append(field)
                field = ""
                fieldStarted = false
            case "\r", "\n":
                if scalar == "\r" {
                    let next = scalars.next()
                    if next != "\n" { pending = next }
                }
                endRecord()
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(scalar)
                fieldStarted = true
            }
        }
        if quoted, strict { throw UnclosedQuote(line: quoteLine) }
        if fieldStarted || !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }

    /// The separator a file most likely uses, judged from its first line: a comma unless the
    /// line has more semicolons or tabs (spreadsheets in many locales write `;`).
    public static func likelySeparator(of text: String) -> Unicode.Scalar {
        let firstLine = text.unicodeScalars.prefix { $0 != "\n" && $0 != "\r" }
        let counts: [(Unicode.Scalar, Int)] = [",", ";", "\t"].map { separator in
            (separator, firstLine.filter { $0 == separator }.count)
        }
        return counts.max { $0.1 < $1.1 }.flatMap { $0.1 > 0 ? $0.0 : nil } ?? ","
    }
}
