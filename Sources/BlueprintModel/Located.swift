import BlueprintDiagnostics

/// A value with the source range it was written at, so any later stage can point at it.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var range: SourceRange

    public init(_ value: Value, at range: SourceRange) {
        self.value = value
        self.range = range
    }
}

/// Free text as the user wrote it, with where they wrote it.
public typealias Text = Located<String>

/// An ID as written at its definition or at a reference.
public typealias Identifier = Located<String>
