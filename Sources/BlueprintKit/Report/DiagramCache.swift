/// Drawn diagrams kept by their DOT, so a report drawn again after a small change lays out only
/// the diagrams whose DOT changed (`serve`: one save usually changes one blueprint). The same DOT
/// always draws the same bytes (each graph has its own ID discipline), so a kept SVG is what
/// Graphviz would draw again.
public struct DiagramCache: Sendable {
    /// A DOT text by two independent 64-bit hashes and its length: the texts themselves would
    /// double the cache's memory, and a false match is as likely as two random 128-bit numbers agreeing.
    struct Key: Hashable, Sendable {
        var length: Int
        var fnv: UInt64
        var djb: UInt64

        init(_ dot: String) {
            var fnv: UInt64 = 0xcbf2_9ce4_8422_2325, djb: UInt64 = 5381
            var length = 0
            for byte in dot.utf8 {
                fnv = (fnv ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                djb = (djb &<< 5) &+ djb &+ UInt64(byte)
                length += 1
            }
            (self.length, self.fnv, self.djb) = (length, fnv, djb)
        }
    }

    /// What the diagrams of the current drawing used, and of the one before (so a change that is
    /// undone draws nothing either); older ones are let go, so the cache holds about two reports.
    private var current: [Key: Result<[UInt8], WorkspaceError>] = [:]
    private var previous: [Key: Result<[UInt8], WorkspaceError>] = [:]
    /// Diagrams laid out since the cache was made, and taken from it: what the cache saved.
    public private(set) var drawn = 0
    public private(set) var reused = 0
    /// The time laying them out took.
    public private(set) var drawingTime = Swift.Duration.zero

    public init() {}

    /// Starts a new drawing: what the last one did not use is let go after this one.
    mutating func startDrawing() {
        previous = current
        current = [:]
    }

    /// `dot` as SVG, from the cache or laid out now; `what` names the diagram in errors.
    mutating func svg(_ dot: String, what: String) throws(WorkspaceError) -> [UInt8] {
        let key = Key(dot)
        let result: Result<[UInt8], WorkspaceError>
        if let kept = current[key] ?? previous[key] {
            result = kept
            reused += 1
        } else {
            let clock = ContinuousClock(), start = clock.now
            do { result = .success(try BlueprintRenderer.draw(dot, format: .svg, what: what)) } catch { result = .failure(error) }
            drawingTime += clock.now - start
            drawn += 1
        }
        current[key] = result
        return try result.get()
    }
}
