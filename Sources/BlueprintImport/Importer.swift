import BlueprintDiagnostics

/// The file an importer reads: its bytes, whole, and its path as the user gave it (for the
/// document's ID, its header comment and messages).
public struct ImportInput: Sendable, Hashable {
    public var bytes: [UInt8]
    public var path: String

    public init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
    }

    /// The file's name without its folders.
    public var fileName: String { path.split(separator: "/").last.map(String.init) ?? path }
}

/// Why an input cannot be imported at all (not text, not CSV, no column to read).
public struct ImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The line of the input the problem is on, when there is one.
    public var line: Int?
    /// The problem and its fix, in the words the command prints.
    public var message: String

    public init(line: Int? = nil, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { message }
}

/// Something an import left out or changed, at its line of the input when it has one: the
/// user reads these to see what did not come across as written.
public struct ImportFinding: Sendable, Hashable {
    public var severity: Severity
    public var line: Int?
    public var message: String

    public init(_ severity: Severity, line: Int? = nil, _ message: String) {
        self.severity = severity
        self.line = line
        self.message = message
    }

    /// "FILE:LINE: warning: …", or "note: …" when it has no line.
    public func shown(in path: String) -> String {
        (line.map { "\(path):\($0): " } ?? "") + "\(severity.rawValue): \(message)"
    }
}

/// What every importer makes: one YAML document for the workspace, what it left out or
/// changed, and a one-line account of what came across.
public protocol ImportedDocument: Sendable {
    /// The generated file, ready to write.
    var yaml: String { get }
    var findings: [ImportFinding] { get }
    /// How many elements (stories, excerpts) the document holds.
    var importedCount: Int { get }
    /// "imported 3 stories; 1 line left out".
    var summary: String { get }
}

/// Turns a file kept in another tool into a workspace document: a pure function of the input's
/// bytes and the options, so the command (BlueprintKit) only reads, checks the output path and
/// writes. A new importer (draw.io, a REFI-QDA project) is one more conformance.
public protocol Importer {
    associatedtype Options: Sendable
    associatedtype Document: ImportedDocument
    static func read(_ input: ImportInput, options: Options) throws(ImportError) -> Document
}
