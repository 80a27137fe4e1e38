import BlueprintSyntax

/// How long something takes, as written (`20m`, `3 days`) and in seconds for comparisons.
public struct Duration: Sendable, Hashable {
    public var text: String
    public var seconds: Int

    /// Units a designer writes, with their length in seconds. Days are calendar days.
    public static let units: [(names: [String], seconds: Int)] = [
        (["s", "sec", "secs", "second", "seconds"], 1),
        (["m", "min", "mins", "minute", "minutes"], 60),
        (["h", "hr", "hrs", "hour", "hours"], 3_600),
        (["d", "day", "days"], 86_400),
        (["w", "wk", "wks", "week", "weeks"], 604_800),
    ]

    /// Parses `<number><unit>` or `<number> <unit>`; nil if it is not a duration.
    public init?(_ text: String) {
        let trimmed = text.trimmingWhitespace()
        guard let unitStart = trimmed.firstIndex(where: { !$0.isNumber && $0 != "." }) else { return nil }
        let numberText = trimmed[..<unitStart]
        let unitText = trimmed[unitStart...].trimmingWhitespace().lowercased()
        guard let number = Double(numberText), number >= 0, number < 1e9,
              let unit = Duration.units.first(where: { $0.names.contains(unitText) }) else { return nil }
        self.text = trimmed
        self.seconds = Int((number * Double(unit.seconds)).rounded())
    }
}

func readDuration(_ node: Node, _ what: String, _ problems: Problems) -> Located<Duration>? {
    guard let text = readText(node, what, problems) else { return nil }
    guard let duration = Duration(text.value) else {
        problems.error(SchemaRuleID.invalidValue, "'\(text.value)' is not a duration for \(what)",
                       at: node.range, help: "write a number and a unit, e.g. '20m', '2h', '3d' or '2 weeks'")
        return nil
    }
    return Located(duration, at: node.range)
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while scalars.first?.isWhitespace == true { scalars.removeFirst() }
        while scalars.last?.isWhitespace == true { scalars.removeLast() }
        return String(scalars)
    }
}
