import Foundation

// What `blueprint-bench` prints: Markdown tables, as docs/PERFORMANCE.md quotes them.
extension Bench {
    /// The sizes, their scaling against the first, and the rendering.
    public static func table(_ results: [SizeResult], render: RenderResult) -> String {
        func format(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }
        var out = "Machine: \(machine())\n\n"
        out += "| workspace | files | raw libyaml | check | check / libyaml throughput | peak memory | memory per MB |\n"
        out += "|---|---|---|---|---|---|---|\n"
        for row in results {
            out += "| \(format(row.megabytes, 1)) MB | \(row.files) | \(format(row.rawLibyamlSeconds, 3)) s (\(format(row.rawMegabytesPerSecond, 1)) MB/s) "
            out += "| \(format(row.checkSeconds, 3)) s (\(format(row.checkMegabytesPerSecond, 1)) MB/s) | \(format(row.ratioToLibyaml))× "
            out += "| \(format(row.peakMegabytes, 0)) MB | \(format(row.peakMegabytesPerInputMegabyte, 1)) |\n"
        }
        if let first = results.first, results.count > 1 {
            out += "\nScaling from \(format(first.megabytes, 1)) MB (×1 would be linear):\n"
            for row in results.dropFirst() {
                let size = row.megabytes / first.megabytes
                out += "- \(format(row.megabytes, 1)) MB is \(format(size, 1))× the input: check time ×\(format(row.checkSeconds / first.checkSeconds, 1)) "
                out += "(\(format(row.checkSeconds / first.checkSeconds / size)) per unit of input), peak memory ×\(format(row.peakMegabytes / first.peakMegabytes, 1))\n"
            }
        }
        out += "\nRendering '\(render.blueprint)' (\(render.steps) steps) to SVG: in-process \(format(render.inProcessSeconds * 1000, 1)) ms"
        out += ", dot command \(format(render.dotCommandSeconds * 1000, 1)) ms, ratio \(format(render.ratioToDot))× of dot"
        return out + "\n"
    }

    /// The phases, slowest first, with their share of the single-threaded total.
    public static func phaseTable(_ phases: [Phase], megabytes: Double) -> String {
        let total = phases.reduce(0) { $0 + $1.seconds }
        var out = "Where the time goes on one core (\(String(format: "%.1f", megabytes)) MB, \(String(format: "%.3f", total)) s in all):\n\n"
        out += "| phase | seconds | share |\n|---|---|---|\n"
        for phase in phases.sorted(by: { $0.seconds > $1.seconds }) where phase.seconds >= total / 200 {
            out += "| \(phase.name) | \(String(format: "%.3f", phase.seconds)) | \(String(format: "%.1f", 100 * phase.seconds / total))% |\n"
        }
        return out
    }

    /// The CPU, its cores and the memory, so figures from different machines are not compared.
    public static func machine() -> String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? "unknown CPU"
        let memory = ProcessInfo.processInfo.physicalMemory / (1 << 30)
        return "\(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(memory) GiB"
    }
}
