import BlueprintBenchmark
import Testing

@Suite("The benchmark's statistics")
struct StatisticsTests {
    @Test("the median is the middle value, or the mean of the two middle ones; min and max are the range")
    func medians() {
        #expect(Bench.median([3, 1, 2]) == 2)
        #expect(Bench.median([4, 1, 3, 2]) == 2.5)
        #expect(Bench.median([]).isNaN)
        let spread = Bench.Spread([0.5, 0.2, 0.9, 0.3, 0.4])
        #expect(spread == Bench.Spread(median: 0.4, min: 0.2, max: 0.9))
        #expect(spread.divided(by: 2) == Bench.Spread(median: 0.2, min: 0.1, max: 0.45))
        #expect(spread.text() == "0.400 (0.200–0.900)")
        let timing = Bench.Timing([.init(wall: 2, cpu: 1), .init(wall: 1, cpu: 3), .init(wall: 3, cpu: 2)])
        #expect(timing.wall.median == 2 && timing.cpu.median == 2 && timing.cpu.max == 3)
    }

    @Test("runs are interleaved: every item once a round, A B A B, never A A B B")
    func interleaving() {
        let order = Bench.interleaved(["A", "B", "C"], runs: 2)
        #expect(order.map(\.item) == ["A", "B", "C", "A", "B", "C"])
        #expect(order.map(\.run) == [0, 0, 0, 1, 1, 1])
        #expect(Bench.interleaved(["A"], runs: 0).count == 1)
    }

    @Test("growth of the time per MB: largest size over smallest, whatever the order; none for one size")
    func perMegabyte() {
        #expect(Bench.perMegabyteGrowth([(8, 0.26), (1, 0.2), (4, 0.22)]) == 0.26 / 0.2)
        #expect(Bench.perMegabyteGrowth([(1, 0.2)]) == nil)
        #expect(Bench.perMegabyteGrowth([]) == nil)
    }

    @Test("the scaling table prints every command's sizes, seconds per MB, growth, and report against check")
    func scalingTable() {
        func row(_ command: String, _ megabytes: Double, _ seconds: Double) -> Bench.ScalingRow {
            Bench.ScalingRow(command: command, megabytes: megabytes, timing: Bench.Timing([.init(wall: seconds, cpu: seconds)]))
        }
        let table = Bench.scalingTable([row("check", 1, 0.2), row("check", 2, 0.4), row("report", 1, 2), row("report", 2, 8)], runs: 1)
        #expect(table.contains("| check | 0.200 (0.200–0.200) | 0.400 (0.400–0.400) | 0.200 | 0.200 | ×1.00 | ×1.00 |"), "\(table)")
        #expect(table.contains("| report | 2.000 (2.000–2.000) | 8.000 (8.000–8.000) | 2.000 | 4.000 | ×2.00 | ×2.00 |"))
        #expect(table.contains("`report` at 2.0 MB: 20.0× the wall time of `check` (20.0× its CPU)"))
    }
}
