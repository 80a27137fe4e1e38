import Foundation
import Testing
@testable import BlueprintGraphviz

@Suite("Graphviz in-process", .serialized)
struct GraphvizTests {
    static let small = #"digraph small { a [label="Notices"]; b [label="Calls"]; a -> b; }"#

    @Test("svg, png and pdf are rendered with their signatures")
    func formats() throws {
        let svg = String(decoding: try Graphviz.render(dot: Self.small, format: .svg), as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("Notices"))
        #expect(try Graphviz.render(dot: Self.small, format: .png).starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(try Graphviz.render(dot: Self.small, format: .pdf).starts(with: Array("%PDF".utf8)))
        let laidOut = String(decoding: try Graphviz.render(dot: Self.small, format: .dot), as: UTF8.self)
        #expect(laidOut.contains("pos="))
    }

    @Test("a DOT syntax error is an error with Graphviz's words, not a crash")
    func syntaxError() {
        #expect {
            try Graphviz.render(dot: "digraph { a -> ; }", format: .svg)
        } throws: { error in
            (error as? GraphvizError)?.message.contains("syntax error") == true
        }
    }

    /// The dot command fails this layout with "trouble in init_rank" (labelled edges between
    /// clusters with rank constraints across them); in-process, Graphviz 2.43 asserts (aborts).
    static let troubleInInitRank = """
    digraph G {
     subgraph cluster_0 { n0_0; n0_1; n0_2; n0_1 -> n0_2; }
     subgraph cluster_1 { n1_0; n1_1; n1_2; n1_1 -> n1_2; }
     subgraph cluster_2 { n2_0; n2_1; n2_2; n2_0 -> n2_1; }
     n2_0 -> n2_2 [label="e0"];
     n2_2 -> n0_0 [label="e1"];
     n1_2 -> n0_2 [label="e2"];
     n1_2 -> n0_0 [label="e3"];
     n2_0 -> n1_0 [label="e4"];
     n1_0 -> n1_2 [label="e5"];
     n1_2 -> n0_1 [label="e6"];
     {rank=same; n0_2; n0_0; n2_2;}
     {rank=same; n0_2; n1_2; n1_0;}
     {rank=same; n2_2; n0_1;}
    }
    """

    @Test("an abort inside Graphviz is an error, the process survives, and the next render matches the dot command")
    func failedLayout() throws {
        #expect {
            try Graphviz.render(dot: Self.troubleInInitRank, format: .svg)
        } throws: { error in
            let message = (error as? GraphvizError)?.message ?? ""
            return message.contains("internal error") && message.contains("already in a rankset")
        }
        let after = try Graphviz.render(dot: Self.small, format: .svg)
        let command = try #require(Self.dotCommand(), "the dot command (Debian package graphviz) is needed for this comparison")
        #expect(try Self.run(command, input: Self.small) == after)
    }

    /// 320 nodes with HTML labels and ports, in 8 clusters, with 300 edges.
    static let large: String = {
        var dot = "digraph big {\n  rankdir=LR; node [shape=plain];\n"
        for cluster in 0..<8 {
            dot += "  subgraph cluster_\(cluster) { label=\"Lane \(cluster)\";\n"
            for node in 0..<40 {
                dot += "    n\(cluster)_\(node) [label=<<TABLE><TR><TD PORT=\"p\">Step \(cluster)-\(node)</TD></TR><TR><TD>&lt;detail&gt;</TD></TR></TABLE>>];\n"
            }
            dot += "  }\n"
        }
        var seed: UInt64 = 42
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<300 {
            dot += "  n\(next(8))_\(next(40)):p -> n\(next(8))_\(next(40)):p;\n"
        }
        return dot + "}\n"
    }()

    @Test("repeated renders in one process are byte-identical, and identical to the dot command")
    func deterministic() throws {
        let first = try Graphviz.render(dot: Self.large, format: .svg)
        for _ in 0..<4 {
            #expect(try Graphviz.render(dot: Self.large, format: .svg) == first)
        }
        let command = try #require(Self.dotCommand(), "the dot command (Debian package graphviz) is needed for this comparison")
        #expect(try Self.run(command, input: Self.large) == first)
    }

    @Test("escaped user text stays escaped in the SVG")
    func escaping() throws {
        let dot = #"digraph { a [label=<&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; it>]; b [label="say \"hi\" <b>"]; a -> b; }"#
        let svg = String(decoding: try Graphviz.render(dot: dot, format: .svg), as: UTF8.self)
        #expect(!svg.contains("<script>"))
        #expect(!svg.contains("<b>"))
        #expect(svg.contains("&lt;script&gt;"))
    }

    static func dotCommand() -> URL? {
        ["/usr/bin/dot", "/usr/local/bin/dot"].map(URL.init(fileURLWithPath:))
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static func run(_ command: URL, input: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = command
        process.arguments = ["-Tsvg"]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }
}
