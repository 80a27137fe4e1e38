/// Charts for the report as inline SVG: no script, no external file, readable without colour
/// (every bar carries its number), and described for screen readers (`role="img"`, a title and
/// a description). Labels are user text and always escaped.
public enum Chart {
    /// One labelled value.
    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: Int
        public init(_ label: String, _ value: Int) {
            self.label = label
            self.value = value
        }
    }

    static let font = "font-family=\"system-ui,sans-serif\" font-size=\"12\""

    /// Horizontal bars, longest scale at `width`.
    public static func bars(title: String, _ bars: [Bar], colour: String = "#2563EB", width: Int = 360) -> String {
        let labelWidth = min(260, 7 * (bars.map(\.label.count).max() ?? 0) + 10)
        let row = 20, height = max(1, bars.count) * row + 10
        let maximum = max(1, bars.map(\.value).max() ?? 1)
        var svg = open(title: title, description: bars.map { "\($0.label): \($0.value)" }.joined(separator: "; "),
                       width: labelWidth + width + 60, height: height)
        for (index, bar) in bars.enumerated() {
            let y = index * row + 5
            let length = bar.value * width / maximum
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 14)\" text-anchor=\"end\" \(font)>\(Escape.html(bar.label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(length)\" height=\"\(row - 6)\" fill=\"\(Escape.html(colour))\"/>"
            svg += "<text x=\"\(labelWidth + length + 4)\" y=\"\(y + 14)\" \(font)>\(bar.value)</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// Planned against actual, two bars per label (the sampling chart).
    public static func pairedBars(title: String, _ rows: [(label: String, planned: Int, actual: Int)], width: Int = 300) -> String {
        let labelWidth = min(260, 7 * (rows.map(\.label.count).max() ?? 0) + 10)
        let row = 34, height = max(1, rows.count) * row + 30
        let maximum = max(1, rows.map { max($0.planned, $0.actual) }.max() ?? 1)
        var svg = open(title: title,
                       description: rows.map { "\($0.label): planned \($0.planned), recruited \($0.actual)" }.joined(separator: "; "),
                       width: labelWidth + width + 120, height: height)
        for (index, item) in rows.enumerated() {
            let y = index * row + 5
            let planned = item.planned * width / maximum, actual = item.actual * width / maximum
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 18)\" text-anchor=\"end\" \(font)>\(Escape.html(item.label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(planned)\" height=\"12\" fill=\"#9CA3AF\"/>"
            svg += "<text x=\"\(labelWidth + planned + 4)\" y=\"\(y + 12)\" \(font)>\(item.planned) planned</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 16)\" width=\"\(actual)\" height=\"12\" fill=\"#2563EB\"/>"
            svg += "<text x=\"\(labelWidth + actual + 4)\" y=\"\(y + 26)\" \(font)>\(item.actual) recruited</text>\n"
        }
        let legendY = rows.count * row + 18
        svg += "<rect x=\"\(labelWidth)\" y=\"\(legendY - 9)\" width=\"10\" height=\"10\" fill=\"#9CA3AF\"/><text x=\"\(labelWidth + 14)\" y=\"\(legendY)\" \(font)>planned</text>"
        svg += "<rect x=\"\(labelWidth + 80)\" y=\"\(legendY - 9)\" width=\"10\" height=\"10\" fill=\"#2563EB\"/><text x=\"\(labelWidth + 94)\" y=\"\(legendY)\" \(font)>recruited</text>\n"
        return svg + "</svg>\n"
    }

    /// A square matrix of counts as a heat map (the tag co-occurrence chart); the diagonal is
    /// left blank, each cell shows its number.
    public static func heatMap(title: String, labels: [String], counts: [[Int]]) -> String {
        let cell = 26, labelWidth = min(220, 7 * (labels.map(\.count).max() ?? 0) + 10)
        let size = labelWidth + cell * labels.count + 10
        let maximum = max(1, counts.enumerated().flatMap { row, values in values.enumerated().filter { $0.offset != row }.map(\.element) }.max() ?? 1)
        var pairs: [String] = []
        var svg = ""
        for (row, label) in labels.enumerated() {
            let y = labelWidth + row * cell
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 17)\" text-anchor=\"end\" \(font)>\(Escape.html(label))</text>"
            svg += "<text transform=\"translate(\(labelWidth + row * cell + 17),\(labelWidth - 6)) rotate(-60)\" \(font)>\(Escape.html(label))</text>"
            for column in labels.indices {
                let x = labelWidth + column * cell
                let value = row < counts.count && column < counts[row].count ? counts[row][column] : 0
                guard row != column else {
                    svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell)\" height=\"\(cell)\" fill=\"#F3F4F6\" stroke=\"#fff\"/>"
                    continue
                }
                // From white to dark blue; numbers switch to white on dark cells for contrast.
                let strength = Double(value) / Double(maximum)
                let shade = Int(255 - strength * 200), dark = strength > 0.55
                svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell)\" height=\"\(cell)\" fill=\"rgb(\(shade),\(Int(255 - strength * 140)),255)\" stroke=\"#fff\"/>"
                if value > 0 {
                    svg += "<text x=\"\(x + cell / 2)\" y=\"\(y + 17)\" text-anchor=\"middle\" fill=\"\(dark ? "#fff" : "#111827")\" \(font)>\(value)</text>"
                    if row < column { pairs.append("\(labels[row]) with \(labels[column]): \(value)") }
                }
            }
            svg += "\n"
        }
        return open(title: title, description: pairs.isEmpty ? "No tags occur together." : pairs.joined(separator: "; "),
                    width: size + labelWidth / 2, height: size) + svg + "</svg>\n"
    }

    private static func open(title: String, description: String, width: Int, height: Int) -> String {
        "<svg role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
            + "<title>\(Escape.html(title))</title><desc>\(Escape.html(description))</desc>\n"
    }
}
