/// A position in a source file, 1-based, with the column counted in Unicode scalars
/// (what libyaml counts and what an editor shows).
public struct SourcePosition: Hashable, Comparable, Sendable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A span of a source file: where a YAML node, key or value starts and ends.
public struct SourceRange: Hashable, Comparable, Sendable, Codable {
    /// The file as the user named it (relative paths stay relative, so output is portable).
    public var file: String
    public var start: SourcePosition
    /// The position just past the span (exclusive), on the same or a later line.
    public var end: SourcePosition

    public init(file: String, start: SourcePosition, end: SourcePosition) {
        self.file = file
        self.start = start
        self.end = end
    }

    /// A zero-width range at a position, for problems that belong to a point (end of file).
    public init(file: String, at position: SourcePosition) {
        self.init(file: file, start: position, end: position)
    }

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.file, lhs.start, lhs.end) < (rhs.file, rhs.start, rhs.end)
    }
}
