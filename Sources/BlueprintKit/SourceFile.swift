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
