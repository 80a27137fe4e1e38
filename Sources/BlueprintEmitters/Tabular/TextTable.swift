/// A plain-text table for terminal output: columns padded to their widest cell, numbers
/// right-aligned, a rule under the header.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var headers: [String]
    public var rows: [[String]]
    /// One per column; default: right for columns whose cells all look like numbers.
    public var alignments: [Alignment]?

    public init(headers: [String], rows: [[String]], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.rows = rows
        self.alignments = alignments
    }

    public func render() -> String {
        let columns = headers.count
        let cells = [headers] + rows.map { row in (0..<columns).map { $0 < row.count ? row[$0] : "" } }
        let widths = (0..<columns).map { column in cells.map { $0[column].count }.max() ?? 0 }
        let aligns = alignments ?? (0..<columns).map { column in
            !rows.isEmpty && rows.allSatisfy { row in column < row.count && TextTable.looksNumeric(row[column]) } ? .right : .left
        }
        func line(_ row: [String]) -> String {
            var parts: [String] = []
            for (column, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                let isLast = column == columns - 1
                parts.append(aligns[column] == .right ? pad + cell : (isLast ? cell : cell + pad))
            }
            return parts.joined(separator: "  ")
        }
        var out = line(cells[0]) + "\n"
        out += String(repeating: "-", count: widths.reduce(0, +) + 2 * max(0, columns - 1)) + "\n"
        for row in cells.dropFirst() { out += line(row) + "\n" }
        return out
    }

    /// "12", "-3", "45.5%", "+2 (+50%)", "—": cells that read as figures.
    static func looksNumeric(_ cell: String) -> Bool {
        guard let first = cell.first else { return true }
        return first.isNumber || first == "-" || first == "+" || first == "—"
    }
}
