import BlueprintKit
import Foundation

// The statistics every figure of the benchmark goes through: pure functions, tested without timings.
extension Bench {
    /// One timed run: wall and CPU (user + system) seconds.
    public struct Sample: Sendable, Codable, Equatable {
        public var wall: Double
        public var cpu: Double

        public init(wall: Double, cpu: Double) {
            self.wall = wall
            self.cpu = cpu
        }
    }

    /// The median of some runs with their range: what every table prints.
    public struct Spread: Sendable, Codable, Equatable {
        public var median: Double
        public var min: Double
        public var max: Double

        public init(_ values: [Double]) {
            let sorted = values.sorted()
            median = Bench.median(sorted)
            min = sorted.first ?? .nan
            max = sorted.last ?? .nan
        }

        public init(median: Double, min: Double, max: Double) {
            self.median = median
            self.min = min
            self.max = max
        }

        /// Every figure divided by `divisor` (seconds per MB, say).
        public func divided(by divisor: Double) -> Spread {
            Spread(median: median / divisor, min: min / divisor, max: max / divisor)
        }

        /// "0.123 (0.120–0.131)" with `digits` decimals.
        public func text(_ digits: Int = 3, scale: Double = 1) -> String {
            "\(Bench.decimal(median * scale, digits)) (\(Bench.decimal(min * scale, digits))–\(Bench.decimal(max * scale, digits)))"
        }
    }

    /// Wall and CPU of the same runs.
    public struct Timing: Sendable, Codable, Equatable {
        public var wall: Spread
        public var cpu: Spread

        public init(_ samples: [Sample]) {
            wall = Spread(samples.map(\.wall))
            cpu = Spread(samples.map(\.cpu))
        }
    }

    /// The middle value (the mean of the two middle ones for an even count); NaN for none.
    public static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The order runs take: every item once per round, `runs` rounds (A B A B …), so a burst of
    /// load on the machine falls on all of them alike instead of on one.
    public static func interleaved<Item>(_ items: [Item], runs: Int) -> [(run: Int, item: Item)] {
        (0..<max(1, runs)).flatMap { run in items.map { (run, $0) } }
    }

    /// How far from linear a command is: its median time per MB at the largest size over that at
    /// the smallest (1 is linear, 2 means doubling the input took four times as long).
    public static func perMegabyteGrowth(_ timesPerMegabyte: [(megabytes: Double, seconds: Double)]) -> Double? {
        guard let smallest = timesPerMegabyte.min(by: { $0.megabytes < $1.megabytes }),
              let largest = timesPerMegabyte.max(by: { $0.megabytes < $1.megabytes }),
              largest.megabytes > smallest.megabytes, smallest.seconds > 0 else { return nil }
        return largest.seconds / smallest.seconds
    }

    /// This process's CPU time so far (user + system, every thread): in-memory figures' CPU.
    public static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// Wall and CPU of `work` run in this process.
    static func sample(_ work: () async throws -> Void) async rethrows -> Sample {
        let cpu = processCPUSeconds()
        let wall = try await ContinuousClock().measure(work).inSeconds
        return Sample(wall: wall, cpu: processCPUSeconds() - cpu)
    }

    /// Wall and CPU of a whole `executable` process; a non-zero exit is an error (with its
    /// standard error), since a failed run would time the wrong thing.
    public static func sample(process executable: URL, _ arguments: [String], scratch: URL) throws(WorkspaceError) -> Sample {
        let errors = scratch.appendingPathComponent("stderr.txt").path
        let usage = try ChildProcess.measure(executable, arguments, standardError: .file(errors))
        guard usage.status == 0 else {
            let text = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            throw .programFailed("\(executable.lastPathComponent) \(arguments.joined(separator: " ")) exited with \(usage.status): \(text.prefix(500))")
        }
        return Sample(wall: usage.wallSeconds, cpu: usage.cpuSeconds)
    }

    static func decimal(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
}
