/// Comma-separated values as RFC 4180 writes them, which Jira's, Excel's and every CSV library's
/// importers read back: a field with a comma, a quote, or a line break is quoted, quotes doubled;
/// lines end with CRLF. Every field is neutralised against formula injection first
/// (`neutralised(_:)`), so no CSV we write can run a formula in a spreadsheet.
public enum CSV {
    /// One field, neutralised, then quoted when it must be. A neutralised field is always
    /// quoted, as OWASP advises, so the `'` and what follows stay one text cell.
    public static func field(_ text: String) -> String {
        let safe = neutralised(text)
        let needsQuotes = safe != text
            || safe.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == ";" || $0 == "\t" }
            || safe.first == " " || safe.last == " "
        guard needsQuotes else { return safe }
        var quoted = "\""
        for character in safe {
            if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
        }
        return quoted + "\""
    }

    /// The cell with a leading `'` when a spreadsheet could read it as a formula (OWASP, "CSV
    /// Injection"): it starts with `=`, `+`, `-`, `@`, a tab or a carriage return, or with one
    /// of `= + - @` after leading whitespace (spreadsheets that trim cells would see it first),
    /// or with their full-width forms (some spreadsheets fold them to ASCII). A cell that is
    /// wholly a plain number ("-3", "+2", "-12.5", "-40%") is left alone: it cannot hold a
    /// formula, and the figures we write ourselves stay numbers a spreadsheet can sum. A quote
    /// inside the text needs nothing more: quoting keeps it inside the one cell.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        if first == "\t" || first == "\r" { return "'" + text }
        guard let lead = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }),
              formulaStarts.contains(lead) else { return text }
        if isPlainNumber(text) { return text }
        return "'" + text
    }

    /// `= + - @` and their full-width forms.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    /// An optional ASCII sign, digits with at most one decimal point, an optional `%`: nothing
    /// else, not even spaces.
    public static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let sign = scalars.first, sign == "-" || sign == "+" { scalars = scalars.dropFirst() }
        if scalars.last == "%" { scalars = scalars.dropLast() }
        var digits = 0
        var points = 0
        for scalar in scalars {
            if ("0"..."9").contains(scalar) { digits += 1 } else if scalar == "." { points += 1 } else { return false }
        }
        return digits > 0 && points <= 1
    }

    /// A whole file: a header row, then the rows, each of the header's width.
    public static func document(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { row in row.map(field).joined(separator: ",") + "\r\n" }.joined()
    }
}
