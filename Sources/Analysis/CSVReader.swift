/// Reads comma-separated values as RFC 4180 writes them, and as spreadsheets and qualitative
/// tools export them: quoted fields with doubled quotes, commas and line breaks inside quotes,
/// CRLF or LF line ends, a byte-order mark at the start. Lenient where exports are sloppy: a quote
/// inside an unquoted field is kept as text, and a missing closing quote ends the field at the
/// end of the file. Rows keep their own widths; callers decide what a short row means.
public enum CSVReader {
    /// The rows of `text`, each a list of fields. Blank lines are skipped; so is a final line end.
    public static func rows(_ text: String, separator: Unicode.Scalar = ",") -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false        // inside a quoted field
        var wasQuoted = false     // the current field started with a quote
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }

        func endField() {
            row.append(String(field))
            field = String.UnicodeScalarView()
            wasQuoted = false
        }
        func endRow() {
            endField()
            // A blank line is one empty unquoted field: not a row.
            if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
            row = []
        }

        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if quoted {
                if scalar == "\"" {
                    if index < scalars.endIndex, scalars[index] == "\"" {
                        field.append("\"")
                        index = scalars.index(after: index)
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !wasQuoted:
                quoted = true
                wasQuoted = true
            case separator:
                endField()
            case "\r":
                if index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
                endRow()
            case "\n":
                endRow()
            default:
                field.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty || wasQuoted { endRow() }
        return rows
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
