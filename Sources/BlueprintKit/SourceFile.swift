/// A workspace file as read: the path messages use and its bytes.
public struct SourceFile: Sendable, Hashable {
    /// The path as shown to the user (relative to the current directory when under it).
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}

/// A failure outside the workspace's content: a path that does not exist, an unreadable file,
/// an output that cannot be written. The CLI exits 2 on these.
public struct WorkspaceError: Error, CustomStringConvertible, Sendable, Equatable {
    public var description: String

    public init(_ description: String) { self.description = description }
}
