/// Reads comma-separated values as RFC 4180 defines them (and Jira, Excel and most tools
/// write them): fields separated by commas, records by CRLF or LF; a field in double quotes
/// may hold commas, line breaks and doubled quotes (`""`). The writer is `CSV` in Emitters.
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
    }

    /// Every record of `text`, blank lines left out. Lenient where RFC 4180 is strict but the
    /// meaning is plain: a lone CR ends a record too, a quote inside an unquoted field is kept
    /// as a character, and text after a closing quote is added to the field.
    public static func records(_ text: String) throws(UnclosedQuote) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1, recordLine = 1
        var quoted = false, fieldStarted = false, quoteLine = 1
        var scalars = text.unicodeScalars.makeIterator()
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
                    if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
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
            case ",":
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
        if quoted { throw UnclosedQuote(line: quoteLine) }
        if fieldStarted || !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
