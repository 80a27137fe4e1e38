/// A position in a source file, 1-based, with the column counted in Unicode scalars
/// (what libyaml counts and what an editor shows).
public struct SourcePosition: Hashable, Comparable, Sendable, Codable {
    // Stored in 32 bits each: every node, key and value of a workspace carries two positions,
    // and files are at most 256 MiB, so no line or column needs more.
    private var storedLine: Int32
    private var storedColumn: Int32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(line: Int, column: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }

    private enum CodingKeys: String, CodingKey { case line, column }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(line: try container.decode(Int.self, forKey: .line), column: try container.decode(Int.self, forKey: .column))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
    }
}

/// A file name, interned: a small number that every located value can carry without the
/// reference counting a `String` costs on each copy (a large workspace has millions of them).
public struct FileID: Hashable, Sendable {
    let raw: UInt32

    /// The ID of a file name; the same name always gives the same ID within a process.
    public init(_ path: String) { raw = FileNames.shared.id(for: path) }

    /// The file name, as given.
    public var path: String { FileNames.shared.path(for: raw) }
}

/// The process-wide table behind `FileID`. Names are added, never removed: a process sees a
/// bounded set of files.
final class FileNames: @unchecked Sendable {
    static let shared = FileNames()
    private let lock = Lock()
    private var ids: [String: UInt32] = [:]
    private var paths: [String] = []

    func id(for path: String) -> UInt32 {
        lock.withLock {
            if let id = ids[path] { return id }
            let id = UInt32(paths.count)
            paths.append(path)
            ids[path] = id
            return id
        }
    }

    func path(for id: UInt32) -> String { lock.withLock { paths[Int(id)] } }
}

/// A span of a source file: where a YAML node, key or value starts and ends.
public struct SourceRange: Hashable, Comparable, Sendable, Codable {
    public var fileID: FileID
    public var start: SourcePosition
    /// The position just past the span (exclusive), on the same or a later line.
    public var end: SourcePosition

    /// The file as the user named it (relative paths stay relative, so output is portable).
    public var file: String { fileID.path }

    public init(file: String, start: SourcePosition, end: SourcePosition) {
        self.init(fileID: FileID(file), start: start, end: end)
    }

    public init(fileID: FileID, start: SourcePosition, end: SourcePosition) {
        self.fileID = fileID
        self.start = start
        self.end = end
    }

    /// A zero-width range at a position, for problems that belong to a point (end of file).
    public init(file: String, at position: SourcePosition) {
        self.init(file: file, start: position, end: position)
    }

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        if lhs.fileID != rhs.fileID { return lhs.file < rhs.file }
        return (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    private enum CodingKeys: String, CodingKey { case file, start, end }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(file: try container.decode(String.self, forKey: .file),
                  start: try container.decode(SourcePosition.self, forKey: .start),
                  end: try container.decode(SourcePosition.self, forKey: .end))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }
}
