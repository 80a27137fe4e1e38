import Foundation
import BlueprintGraphvizShim

/// Output formats Graphviz renders in-process.
public enum GraphvizFormat: String, CaseIterable, Sendable {
    /// DOT with the layout's positions, as `dot -Tdot` prints it.
    case dot
    case svg, png, pdf
}

/// Why Graphviz could not draw a graph, in its own words.
public struct GraphvizError: Error, CustomStringConvertible, Sendable, Equatable {
    public let message: String
    public var description: String { message }
}

/// In-process layout and rendering through libgvc, with no `dot` subprocess.
public enum Graphviz {
    /// Graphviz keeps global state (error handlers, plugin context); one render at a time.
    private static let lock = NSLock()

    /// Starts Graphviz on another thread: the context (its plugin list), the layout engine, the
    /// renderer for `format` and the text layout (Pango, and fontconfig reading its
    /// configuration) are loaded by drawing a one-node graph in the diagrams' font. That start
    /// is most of the first render in a process (docs/PERFORMANCE.md, "Render"), and `render ID`
    /// spends it while its files are checked. Later renders give the same bytes as without it.
    public static func prepareInBackground(for format: GraphvizFormat) {
        let warmUp = "digraph { node [shape=plain, fontname=\"Helvetica\", fontsize=10]; a [label=<<B>Aa</B> Aa>]; }"
        Thread.detachNewThread { _ = try? render(dot: warmUp, format: format) }
    }

    /// Lays out DOT with the dot engine and renders it. The same DOT gives the same bytes on
    /// every call in a process.
    public static func render(dot: String, format: GraphvizFormat) throws(GraphvizError) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        var result = gvshim_result()
        defer { gvshim_result_free(&result) }
        let status = dot.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.withMemoryRebound(to: CChar.self) { gvshim_render($0.baseAddress, $0.count, format.rawValue, &result) }
        } ?? Array(dot.utf8).withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { gvshim_render($0.baseAddress, $0.count, format.rawValue, &result) }
        }
        guard status == 0, let data = result.data else {
            throw GraphvizError(message: result.error.map { String(cString: $0) } ?? "Graphviz failed without a message")
        }
        return Array(UnsafeBufferPointer(start: data, count: result.length))
    }
}
