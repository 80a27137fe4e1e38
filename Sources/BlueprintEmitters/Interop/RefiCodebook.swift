import BlueprintAnalysis
import BlueprintDiagnostics
import BlueprintModel

/// A workspace's codebooks as a REFI-QDA codebook (`.qdc`): the XML exchange standard
/// (urn:QDA-XML:codebook:1.0, www.qdasoftware.org) that NVivo, ATLAS.ti, MAXQDA, QualCoder and
/// Taguette import. Themes become codes with their tags (and nested themes) as child codes; tags
/// outside any theme become top-level codes. Every code is codable: tags code excerpts, and
/// themes code comments and insights. GUIDs are name-based UUIDs of the IDs, so the same
/// codebook always gives the same file, and re-importing it updates codes instead of copying.
public struct RefiCodebook: Sendable {
    /// The `origin` attribute: who wrote the file.
    public static let origin = "ServiceBlueprint"

    /// The document, UTF-8 XML with a final newline.
    public private(set) var xml = ""
    /// How many codes it holds.
    public private(set) var codeCount = 0
    /// What was left out, and why (a colour that is not `#RRGGBB` or `#RGB`), with where.
    public private(set) var notes: [String] = []

    /// The codebook of `codebooks`, in order. Empty when they hold no theme and no tag: the
    /// standard requires at least one code.
    public init(_ codebooks: [Codebook]) {
        var body = ""
        for codebook in codebooks {
            for theme in codebook.themes { body += code(theme, inherited: nil, depth: 2) }
            for tag in codebook.tags { body += code(tag, colour: nil, depth: 2) }
        }
        guard codeCount > 0 else { return }
        xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="\(Escape.xml(Self.origin))">
          <Codes>
        \(body)  </Codes>
        </CodeBook>

        """
    }

    private mutating func code(_ theme: Theme, inherited: String?, depth: Int) -> String {
        var colour = inherited
        if let written = theme.colour {
            if let normalised = Self.normalisedColour(written.value) {
                colour = normalised
            } else {
                notes.append("\(written.range.file):\(written.range.start.line):\(written.range.start.column): colour '\(written.value)' of theme '\(theme.id.value)' is not #RRGGBB or #RGB; the code has \(inherited == nil ? "no colour" : "its parent theme's colour")")
            }
        }
        var children = theme.tags.map { code($0, colour: colour, depth: depth + 1) }.joined()
        children += theme.themes.map { code($0, inherited: colour, depth: depth + 1) }.joined()
        return element(id: theme.id.value, name: theme.name.shown, colour: colour,
                       description: theme.description?.shown, children: children, depth: depth)
    }

    private mutating func code(_ tag: Tag, colour: String?, depth: Int) -> String {
        element(id: tag.id.value, name: Redaction.displayText(tag.label), colour: colour, description: tag.description?.shown, children: "", depth: depth)
    }

    private mutating func element(id: String, name: String, colour: String?, description: String?, children: String, depth: Int) -> String {
        codeCount += 1
        let pad = String(repeating: "  ", count: depth)
        var attributes = "guid=\"\(Self.guid(of: id))\" name=\"\(Escape.xml(name))\" isCodable=\"true\""
        if let colour { attributes += " color=\"\(colour)\"" }
        var content = description.map { "\(pad)  <Description>\(Escape.xml($0))</Description>\n" } ?? ""
        content += children
        return content.isEmpty ? "\(pad)<Code \(attributes)/>\n" : "\(pad)<Code \(attributes)>\n\(content)\(pad)</Code>\n"
    }

    /// The GUID of a theme or tag ID: a version 5 UUID, upper case as the standard's examples.
    public static func guid(of id: String) -> String {
        NameBasedUUID(namespace: .codes, name: id).uppercased
    }

    /// `#RRGGBB` in capitals for `#rrggbb`, `#rgb` or the same without `#`; nil for anything else.
    public static func normalisedColour(_ text: String) -> String? {
        var hex = text.trimmingSpaces
        if hex.hasPrefix("#") { hex.removeFirst() }
        guard hex.count == 3 || hex.count == 6, hex.allSatisfy(\.isHexDigit) else { return nil }
        if hex.count == 3 { hex = hex.map { "\($0)\($0)" }.joined() }
        return "#" + hex.uppercased()
    }
}

private extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
