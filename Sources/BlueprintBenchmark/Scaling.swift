import BlueprintKit
import Foundation

// `blueprint-bench scaling`: every workspace command as a whole process at several sizes, so a
// command whose time grows faster than its input (issue 15: `report` was quadratic) shows.
extension Bench {
    /// A command the scaling run times, as `blueprint` takes it.
    public struct ScaledCommand: Sendable, Codable, Equatable {
        public var name: String
        /// The arguments, with `{workspace}` and `{output}` standing for the generated folder and
        /// a scratch output path.
        public var arguments: [String]

        public init(_ name: String, _ arguments: [String]) {
            self.name = name
            self.arguments = arguments
        }

        func arguments(workspace: String, output: String) -> [String] {
            arguments.map { $0.replacingOccurrences(of: "{workspace}", with: workspace).replacingOccurrences(of: "{output}", with: output) }
        }
    }

    /// Every command that reads a whole workspace, on IDs every generated workspace has.
    public static let scaledCommands: [ScaledCommand] = [
        ScaledCommand("check", ["check", "{workspace}", "--format", "json"]),
        ScaledCommand("report", ["report", "{workspace}", "-o", "{output}"]),
        ScaledCommand("render --all", ["render", "--all", "{workspace}", "-o", "{output}"]),
        ScaledCommand("render b0", ["render", "b0", "{workspace}", "-o", "{output}.svg"]),
        ScaledCommand("coverage", ["coverage", "{workspace}"]),
        ScaledCommand("trace", ["trace", "insight-b0", "{workspace}"]),
        ScaledCommand("export backlog", ["export", "backlog", "{workspace}", "--format", "json", "-o", "-"]),
        ScaledCommand("research summary", ["research", "summary", "{workspace}"]),
        ScaledCommand("stories check", ["stories", "check", "{workspace}"]),
        ScaledCommand("compare", ["compare", "b0", "b1", "{workspace}"]),
    ]

    /// One command's runs at one size.
    public struct ScalingRow: Sendable, Codable {
        public var command: String
        public var megabytes: Double
        public var timing: Timing

        public init(command: String, megabytes: Double, timing: Timing) {
            self.command = command
            self.megabytes = megabytes
            self.timing = timing
        }
    }

    /// Generates a workspace per size (seed 1) in `scratch`, then runs every command at every
    /// size `runs` times, interleaved (each round runs every command at every size once).
    /// `progress` hears about each round.
    public static func scaling(sizes: [Double], commands: [ScaledCommand], runs: Int, executable: URL, scratch: URL,
                               progress: (String) -> Void = { _ in }) throws -> [ScalingRow] {
        var workspaces: [(nominal: Double, megabytes: Double, folder: URL)] = []
        for size in sizes {
            let folder = scratch.appendingPathComponent("workspace-\(size)MB")
            try generate(megabytes: size, seed: 1, into: folder)
            let bytes = try WorkspaceFiles.load([folder.path], currentDirectory: folder).sources.reduce(0) { $0 + $1.bytes.count }
            workspaces.append((size, Double(bytes) / 1_000_000, folder))
        }
        var samples: [String: [Sample]] = [:]
        let jobs = interleaved(workspaces.flatMap { workspace in commands.map { (workspace, $0) } }, runs: runs)
        for (index, job) in jobs.enumerated() {
            let (workspace, command) = job.item
            let output = scratch.appendingPathComponent("out-\(command.name.replacingOccurrences(of: " ", with: "-"))-\(workspace.nominal)").path
            let sample = try sample(process: executable, command.arguments(workspace: workspace.folder.path, output: output), scratch: scratch)
            samples["\(command.name)\u{0}\(workspace.nominal)", default: []].append(sample)
            if (index + 1) % (workspaces.count * commands.count) == 0 { progress("round \(job.run + 1) of \(runs)") }
        }
        return commands.flatMap { command in
            workspaces.map { workspace in
                ScalingRow(command: command.name, megabytes: workspace.megabytes,
                           timing: Timing(samples["\(command.name)\u{0}\(workspace.nominal)"] ?? []))
            }
        }
    }

    /// A table per command: median seconds (min–max), wall and CPU, seconds per MB, and the
    /// growth of the time per MB from the smallest size to the largest (the bar is ×1.3).
    public static func scalingTable(_ rows: [ScalingRow], runs: Int) -> String {
        let sizes = Array(Set(rows.map(\.megabytes))).sorted()
        var out = "Machine: \(machine())\n\nWhole `blueprint` processes, \(runs) interleaved runs each, median (min–max); seconds per MB from the medians.\n\n"
        out += "| command | " + sizes.map { "\(decimal($0, 1)) MB wall s" }.joined(separator: " | ")
        out += " | " + sizes.map { "s/MB at \(decimal($0, 1))" }.joined(separator: " | ") + " | growth of s/MB, wall | growth, CPU |\n"
        out += "|---|" + String(repeating: "---|", count: sizes.count * 2 + 2) + "\n"
        var order: [String] = []
        for row in rows where !order.contains(row.command) { order.append(row.command) }
        for command in order {
            let own = rows.filter { $0.command == command }.sorted { $0.megabytes < $1.megabytes }
            let wall = perMegabyteGrowth(own.map { ($0.megabytes, $0.timing.wall.median / $0.megabytes) })
            let cpu = perMegabyteGrowth(own.map { ($0.megabytes, $0.timing.cpu.median / $0.megabytes) })
            out += "| \(command) | " + own.map { $0.timing.wall.text() }.joined(separator: " | ")
            out += " | " + own.map { decimal($0.timing.wall.median / $0.megabytes, 3) }.joined(separator: " | ")
            out += " | \(wall.map { "×" + decimal($0, 2) } ?? "–") | \(cpu.map { "×" + decimal($0, 2) } ?? "–") |\n"
        }
        if let checks = Optional(rows.filter { $0.command == "check" }), !checks.isEmpty {
            for report in rows where report.command == "report" {
                guard let check = checks.first(where: { $0.megabytes == report.megabytes }) else { continue }
                out += "\n`report` at \(decimal(report.megabytes, 1)) MB: \(decimal(report.timing.wall.median / check.timing.wall.median, 1))× the wall time of `check`"
                out += " (\(decimal(report.timing.cpu.median / check.timing.cpu.median, 1))× its CPU)"
            }
            out += "\n"
        }
        return out
    }
}
