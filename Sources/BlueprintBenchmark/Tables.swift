import Foundation

// What `blueprint-bench` prints: Markdown tables, as docs/PERFORMANCE.md quotes them.
extension Bench {
    /// The sizes, their scaling against the first, and the rendering: medians with min–max of
    /// interleaved runs, wall and CPU, whole processes (what a user feels) beside in-memory figures.
    public static func table(_ results: [SizeResult], render: RenderResult, runs: Int) -> String {
        func format(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }
        var out = "Machine: \(machine())\n\nMedians (min–max) of \(runs) interleaved run\(runs == 1 ? "" : "s"), seconds.\n\n"
        out += "Whole processes — what a user waits for: `blueprint-bench libyaml` (read the files, libyaml's raw event loop in C) against `blueprint check`:\n\n"
        out += "| workspace | files | libyaml wall | check wall | check CPU | throughput vs libyaml, wall | CPU | peak memory | memory per MB |\n"
        out += "|---|---|---|---|---|---|---|---|---|\n"
        for row in results {
            let pair = row.wholeProcess
            out += "| \(format(row.megabytes, 1)) MB | \(row.files) | \(pair.baseline.wall.text()) | \(pair.measured.wall.text()) | \(pair.measured.cpu.text()) "
            out += "| \(format(pair.wallRatio))× | \(format(pair.cpuRatio))× | \(format(row.peakMegabytes, 0)) MB | \(format(row.peakMegabytesPerInputMegabyte, 1)) |\n"
        }
        out += "\nIn memory — the files already read, in this process: the C event loop against the pipeline (parse, decode, link, every rule, files in parallel):\n\n"
        out += "| workspace | libyaml wall | check wall | check CPU | throughput vs libyaml, wall | CPU |\n|---|---|---|---|---|---|\n"
        for row in results {
            let pair = row.inMemory
            out += "| \(format(row.megabytes, 1)) MB | \(pair.baseline.wall.text()) | \(pair.measured.wall.text()) | \(pair.measured.cpu.text()) | \(format(pair.wallRatio))× | \(format(pair.cpuRatio))× |\n"
        }
        if let first = results.first, results.count > 1 {
            out += "\nScaling from \(format(first.megabytes, 1)) MB, whole-process wall medians (×1 would be linear):\n"
            for row in results.dropFirst() {
                let size = row.megabytes / first.megabytes
                let time = row.wholeProcess.measured.wall.median / first.wholeProcess.measured.wall.median
                out += "- \(format(row.megabytes, 1)) MB is \(format(size, 1))× the input: check time ×\(format(time, 1)) "
                out += "(\(format(time / size)) per unit of input), peak memory ×\(format(row.peakMegabytes / first.peakMegabytes, 1))\n"
            }
        }
        out += "\nRendering '\(render.blueprint)' (\(render.steps) steps) to SVG, against a `dot -Tsvg` process on the same DOT:\n\n"
        out += "| | dot wall | ours wall | ours CPU | ours / dot, wall |\n|---|---|---|---|---|\n"
        out += "| cold: a `blueprint render` process (what a user feels) | \(render.cold.baseline.wall.text(3)) | \(render.cold.measured.wall.text(3)) | \(render.cold.measured.cpu.text(3)) | \(format(1 / render.cold.wallRatio))× |\n"
        out += "| warm: in this process, Graphviz started (`report`, `serve`) | \(render.warm.baseline.wall.text(3)) | \(render.warm.measured.wall.text(3)) | \(render.warm.measured.cpu.text(3)) | \(format(1 / render.warm.wallRatio))× |\n"
        return out
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
