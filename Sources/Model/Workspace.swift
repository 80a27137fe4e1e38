import Diagnostics

/// Everything a workspace's documents define, in the order the files were read.
public struct Workspace: Sendable {
    public var manifests: [WorkspaceManifest] = []
    public var blueprints: [Blueprint] = []
    public var personas: [Persona] = []

    public init(elements: [Element] = []) {
        for element in elements { add(element) }
    }

    public mutating func add(_ element: Element) {
        switch element {
        case .workspace(let manifest): manifests.append(manifest)
        case .blueprint(let blueprint): blueprints.append(blueprint)
        case .persona(let persona): personas.append(persona)
        }
    }

    /// The first blueprint with this ID (a duplicate is reported by `check`).
    public func blueprint(_ id: String) -> Blueprint? { blueprints.first { $0.id.value == id } }

    /// The first persona with this ID.
    public func persona(_ id: String) -> Persona? { personas.first { $0.id.value == id } }

    /// The IDs and references of every element, for linking rules and tools like `trace`.
    public var symbols: SymbolTable { SymbolTable(self) }
}
