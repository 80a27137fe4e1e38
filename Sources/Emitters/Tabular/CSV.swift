/// Comma-separated values as RFC 4180 writes them, which Jira's, Excel's and every CSV library's
/// importers read back: a field with a comma, a quote, or a line break is quoted, quotes doubled;
/// lines end with CRLF.
public enum CSV {
    /// One field, quoted when it must be.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text {
            if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
        }
        return quoted + "\""
    }

    /// A whole file: a header row, then the rows, each of the header's width.
    public static func document(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { row in row.map(field).joined(separator: ",") + "\r\n" }.joined()
    }
}
