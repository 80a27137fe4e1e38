import Foundation

/// Where flow arrows run over boxes in a Graphviz SVG: a Swift port of
/// `../shared/tools/svg-crossings`, so the layout tests need no checkout beside this one (a test
/// checks that both count the same where the script is there).
///
/// A box is an outlined polygon inside a node (a step, a pain-point note, a change, a measure),
/// at least 8 × 8, that holds no other box (a lane band holds its steps). An edge crosses a box
/// when a point of its curve lies inside the box shrunk by 2, and the box is not one the edge
/// starts or ends at (its first or last point inside the box grown by 8).
public struct SVGCrossings: Equatable, CustomStringConvertible {
    public var edges = 0
    public var boxes = 0
    public var crossings = 0
    public var edgesWithACrossing = 0
    /// Each crossing: the edge's title and the node whose box it crosses.
    public var listed: [String] = []

    public var description: String {
        "\(edges) edges, \(boxes) boxes, \(crossings) crossings, \(edgesWithACrossing) edges with a crossing"
    }

    struct Box { var x0, y0, x1, y1: Double; var node: String }

    public init(svg: String) {
        var boxes: [Box] = []
        var curves: [(title: String, points: [(Double, Double)])] = []
        // Graphviz writes one `<g id=… class="node|edge">` per node and edge, not nested.
        for group in svg.components(separatedBy: "<g id=\"").dropFirst() {
            let head = group.prefix { $0 != ">" }
            let title = Self.between(group, "<title>", "</title>").map(Self.unescaped) ?? "?"
            if head.contains("class=\"node\"") {
                for polygon in Self.elements("polygon", in: group) {
                    let stroke = (Self.attribute("stroke", in: polygon) ?? "").lowercased()
                    guard !["", "none", "transparent"].contains(stroke),
                          let points = Self.attribute("points", in: polygon) else { continue }
                    let pairs = Self.numbers(points)
                    let xs = stride(from: 0, to: pairs.count - 1, by: 2).map { pairs[$0] }
                    let ys = stride(from: 1, to: pairs.count, by: 2).map { pairs[$0] }
                    guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max(),
                          x1 - x0 >= 8, y1 - y0 >= 8 else { continue }
                    boxes.append(Box(x0: x0, y0: y0, x1: x1, y1: y1, node: title))
                }
            } else if head.contains("class=\"edge\"") {
                for path in Self.elements("path", in: group) {
                    let points = Self.curvePoints(Self.numbers(Self.attribute("d", in: path) ?? ""))
                    if points.count >= 2 { curves.append((title, points)) }
                }
            }
        }
        func holds(_ a: Box, _ b: Box) -> Bool { a.x0 <= b.x0 && a.y0 <= b.y0 && a.x1 >= b.x1 && a.y1 >= b.y1 }
        let kept = boxes.indices.filter { index in
            !boxes.indices.contains { other in other != index && holds(boxes[index], boxes[other]) }
        }.map { boxes[$0] }
        func inside(_ p: (Double, Double), _ box: Box, _ pad: Double) -> Bool {
            box.x0 + pad < p.0 && p.0 < box.x1 - pad && box.y0 + pad < p.1 && p.1 < box.y1 - pad
        }
        self.boxes = kept.count
        for curve in curves {
            edges += 1
            let ends = kept.indices.filter { inside(curve.points[0], kept[$0], -8) || inside(curve.points[curve.points.count - 1], kept[$0], -8) }
            let hit = kept.indices.filter { index in !ends.contains(index) && curve.points.contains { inside($0, kept[index], 2) } }
            crossings += hit.count
            if !hit.isEmpty { edgesWithACrossing += 1 }
            listed += hit.map { "\(curve.title) crosses a box in \(kept[$0].node)" }
        }
    }

    /// A path's cubic Bézier segments sampled at 21 points each, as the script samples them.
    static func curvePoints(_ numbers: [Double]) -> [(Double, Double)] {
        let points = stride(from: 0, to: numbers.count - 1, by: 2).map { (numbers[$0], numbers[$0 + 1]) }
        guard points.count >= 4 else { return points }
        var samples: [(Double, Double)] = []
        for start in stride(from: 0, to: points.count - 3, by: 3) {
            let (p0, p1, p2, p3) = (points[start], points[start + 1], points[start + 2], points[start + 3])
            for k in 0...20 {
                let t = Double(k) / 20
                let (a, b, c, e) = ((1 - t) * (1 - t) * (1 - t), 3 * (1 - t) * (1 - t) * t, 3 * (1 - t) * t * t, t * t * t)
                samples.append((a * p0.0 + b * p1.0 + c * p2.0 + e * p3.0, a * p0.1 + b * p1.1 + c * p2.1 + e * p3.1))
            }
        }
        return samples
    }

    static func numbers(_ text: String) -> [Double] {
        let pattern = try! NSRegularExpression(pattern: #"-?\d+(?:\.\d+)?(?:e-?\d+)?"#)
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).compactMap { Range($0.range, in: text).flatMap { Double(text[$0]) } }
    }

    static func elements(_ name: String, in text: String) -> [String] {
        text.components(separatedBy: "<\(name) ").dropFirst().map { String($0.prefix { $0 != ">" }) }
    }

    static func attribute(_ name: String, in element: String) -> String? {
        between(" " + element, " \(name)=\"", "\"")
    }

    static func between(_ text: String, _ start: String, _ end: String) -> String? {
        guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex) else { return nil }
        return String(text[from.upperBound..<to.lowerBound])
    }

    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&amp;", with: "&")
    }
}
