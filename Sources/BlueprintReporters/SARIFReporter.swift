import BlueprintDiagnostics

/// SARIF 2.1.0, the format code-review tools (GitHub code scanning among them) read.
public struct SARIFReporter: Reporter {
    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
        var columnKind = "unicodeCodePoints"
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name = "blueprint"
        var rules: [RuleOutput]
    }

    struct RuleOutput: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var defaultConfiguration: Configuration
    }

    struct Configuration: Encodable { var level: String }
    struct Message: Encodable { var text: String }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [LocationOutput]
        var relatedLocations: [LocationOutput]?
    }

    struct LocationOutput: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Message?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable { var uri: String }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
    }

    public init() {}

    public func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let rules = context.rules.sorted { $0.id < $1.id }
        let index = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let results = diagnostics.map { diagnostic in
            let related = diagnostic.notes.enumerated().compactMap { offset, note in
                note.range.map { location($0, id: offset + 1, message: note.message) }
            }
            var message = diagnostic.message
            if let help = diagnostic.help { message += " (\(help))" }
            return Result(ruleId: diagnostic.ruleID, ruleIndex: index[diagnostic.ruleID], level: level(diagnostic.severity),
                          message: Message(text: message), locations: [location(diagnostic.range)],
                          relatedLocations: related.isEmpty ? nil : related)
        }
        let driver = Driver(rules: rules.map {
            RuleOutput(id: $0.id, name: $0.name, shortDescription: Message(text: $0.summary),
                       defaultConfiguration: Configuration(level: level($0.severity)))
        })
        return encodeJSON(Log(runs: [Run(tool: Tool(driver: driver), results: results)]))
    }

    private func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    private func location(_ range: SourceRange, id: Int? = nil, message: String? = nil) -> LocationOutput {
        // SARIF regions are 1-based and end-exclusive in columns, like ours; an empty span gets width 1.
        let endColumn = range.end == range.start ? range.start.column + 1 : range.end.column
        return LocationOutput(
            id: id,
            physicalLocation: PhysicalLocation(
                artifactLocation: ArtifactLocation(uri: uri(range.file)),
                region: Region(startLine: range.start.line, startColumn: range.start.column,
                               endLine: range.end.line, endColumn: endColumn)),
            message: message.map(Message.init))
    }

    /// A relative path as a URI reference: spaces and the like percent-encoded.
    private func uri(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._~/".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return result
    }
}
