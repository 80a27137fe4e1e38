import BlueprintKit
import BlueprintSyntax
import Foundation
import Testing

/// BP034 and the redactor see only what `Workspace.forEachFreeText` walks. This test reads the
/// privacy fixture as YAML trees, finds every value the schema types as text, and fails when the
/// walk misses one, or when the schema declares a text key the fixture does not plant: a new
/// document kind or key fails here until it is walked and planted.
@Suite("Privacy: the free-text walk reaches every text key of the schema")
struct FreeTextCoverageTests {
    /// Text keys that are structure, not prose, with why they are not walked.
    static let notProse: [String: String] = [
        "workspace.kind": "a document's kind", "workspace.name": "the workspace's name (docs/PRIVACY.md)",
        "workspace.include": "folder names", "theme.colour": "a colour for charts",
        "lane.name": "a lane's name, the structure every diagram needs (docs/PRIVACY.md)",
        "sampling attribute.name": "an attribute's name, which every participant shares (docs/PRIVACY.md)",
        "sampling attribute.targets": "the plan's values and shares, checked against participants (BP068)",
    ]

    /// A text value the schema declares: where it is, and its key as `object.key`.
    struct Found { var key: String; var range: SourceRange }

    static func texts(in node: Node, as type: Schema.ValueType, key: String, into found: inout [Found]) {
        switch type {
        case .text:
            if node.scalar != nil { found.append(Found(key: key, range: node.range)) }
        case .list(let item):
            for element in node.sequence ?? [] { texts(in: element, as: item, key: key, into: &found) }
        case .object(let name):
            guard let object = Schema.objects.first(where: { $0.name == name }) else { return }
            for pair in node.mapping ?? [] {
                guard let name = pair.key.scalar?.text, let property = object.properties.first(where: { $0.key == name }) else { continue }
                texts(in: pair.value, as: property.type, key: "\(object.name).\(name)", into: &found)
            }
        case .textMap:
            for pair in node.mapping ?? [] {
                found.append(Found(key: key + " (name)", range: pair.key.range))
                texts(in: pair.value, as: .text, key: key, into: &found)
            }
        case .oneOf(let types):
            // The shape of the node picks the alternative, as the decoders do.
            let shaped = types.first { alternative in
                switch alternative {
                case .object, .textMap: node.mapping != nil
                case .list: node.sequence != nil
                default: node.scalar != nil
                }
            }
            if let shaped { texts(in: node, as: shaped, key: key, into: &found) }
        case .id, .reference, .integer, .choice, .duration:
            break
        }
    }

    /// Every `object.key` of text type the schema declares, through lists and alternatives.
    static var declaredTextKeys: Set<String> {
        func isText(_ type: Schema.ValueType) -> Bool {
            switch type {
            case .text, .textMap: true
            case .list(let item): isText(item)
            case .oneOf(let types): types.contains(where: isText)
            default: false
            }
        }
        return Set(Schema.objects.flatMap { object in object.properties.filter { isText($0.type) }.map { "\(object.name).\($0.key)" } })
    }

    @Test("every text value in the fixture is walked, and every text key of the schema is planted in it")
    func everyTextKeyWalked() throws {
        let folder = try PrivacyEverywhereTests.workspace()
        let loaded = try WorkspaceFiles.load([], currentDirectory: folder.url)
        var found: [Found] = []
        for source in loaded.sources {
            for document in YAMLParser.parse(source.bytes, file: source.path).documents {
                guard let kind = document.root.mapping?.first(where: { $0.key.scalar?.text == "kind" })?.value.scalar?.text,
                      let object = Schema.objects.first(where: { $0.kind == kind }) else { continue }
                Self.texts(in: document.root, as: .object(object.name), key: object.name, into: &found)
            }
        }
        let workspace = Checker.check(loaded.sources).workspace
        var walked: Set<String> = []
        workspace.forEachFreeText { walked.insert("\($0.range.file):\($0.range.start)") }

        let prose = found.filter { Self.notProse[$0.key] == nil && !$0.key.hasSuffix(".kind") }
        #expect(prose.count > 90, "the fixture holds too few texts: \(prose.count)")
        let missed = prose.filter { !walked.contains("\($0.range.file):\($0.range.start)") }
        #expect(missed.isEmpty, "not walked, so BP034 and the redactor would miss them: \(missed.map { "\($0.key) at \($0.range.file):\($0.range.start.line)" })")

        let kindKeys = Set(Schema.objects.compactMap { $0.kind == nil ? nil : "\($0.name).kind" })
        let unplanted = Self.declaredTextKeys.subtracting(found.map(\.key)).subtracting(Self.notProse.keys).subtracting(kindKeys)
        #expect(unplanted.isEmpty, "text keys the privacy fixture does not plant: \(unplanted.sorted())")
    }
}
