import BlueprintAnalysis
import PropertyBased
import Testing

/// The largest-remainder (Hamilton) rule that turns a sampling plan's shares into whole people.
@Suite struct LargestRemainderTests {
    @Test("30 % of 10 is 3, and shares that divide evenly are exact")
    func evenShares() {
        #expect(largestRemainder([30, 50, 20], total: 10) == [3, 5, 2])
        #expect(largestRemainder([30], total: 10) == [10])
    }

    @Test("33.3 %, 33.3 %, 33.4 % of 10: the free seat goes to the largest remainder")
    func thirds() {
        #expect(largestRemainder([33.3, 33.3, 33.4], total: 10) == [3, 3, 4])
        #expect(largestRemainder([33.4, 33.3, 33.3], total: 10) == [4, 3, 3])
    }

    @Test("equal remainders go to the share written first")
    func tiesInWrittenOrder() {
        // 4.5 and 3.5 seats: one seat free, both remainders are one half.
        #expect(largestRemainder([45, 35, 20], total: 10) == [5, 3, 2])
        #expect(largestRemainder([35, 45, 20], total: 10) == [4, 4, 2])
        #expect(largestRemainder([25, 25, 25, 25], total: 2) == [1, 1, 0, 0])
        // Thirds of 100 in floating point leave remainders that differ in the last bits only.
        #expect(largestRemainder([100.0 / 3, 100.0 / 3, 100.0 / 3], total: 10) == [4, 3, 3])
    }

    @Test("the seats of 51 % and 49 % of 26 are 13 and 13 (remainders .26 and .74)")
    func remainderBeatsShare() {
        #expect(largestRemainder([51, 49], total: 26) == [13, 13])
    }

    @Test("shares that do not add up to 100 are normalised: they divide the total in proportion")
    func normalised() {
        #expect(largestRemainder([30, 30], total: 10) == [5, 5])
        #expect(largestRemainder([50, 40], total: 10) == [6, 4])   // 5.56 and 4.44
        #expect(largestRemainder([0.3, 0.5, 0.2], total: 10) == [3, 5, 2])
    }

    @Test("nothing to divide: all-zero shares, no shares, or a total of 0")
    func degenerate() {
        #expect(largestRemainder([0, 0], total: 10) == [0, 0])
        #expect(largestRemainder([], total: 10) == [])
        #expect(largestRemainder([30, 70], total: 0) == [0, 0])
        #expect(largestRemainder([-5, 10], total: 4) == [0, 4])
    }

    static let shares = Gen.double(in: 0...100).array(of: 1...12)
    static let totals = Gen.int(in: 1...500)

    @Test("the counts add up to the total, whatever the shares")
    func sumsToTotal() async {
        await propertyCheck(count: 500, input: Self.shares, Self.totals) { shares, total in
            guard shares.reduce(0, +) > 0 else { return }
            #expect(largestRemainder(shares, total: total).reduce(0, +) == total)
        }
    }

    @Test("each count is within one of its exact quota, and never negative")
    func withinOneOfQuota() async {
        await propertyCheck(count: 500, input: Self.shares, Self.totals) { shares, total in
            let sum = shares.reduce(0, +)
            guard sum > 0 else { return }
            for (count, share) in zip(largestRemainder(shares, total: total), shares) {
                let quota = share * Double(total) / sum
                #expect(count >= 0)
                #expect(abs(Double(count) - quota) < 1, "share \(share) of \(sum), total \(total): quota \(quota), count \(count)")
            }
        }
    }

    @Test("the same shares always give the same counts, and whole quotas are kept exactly")
    func deterministicAndExact() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...20).array(of: 1...8), Gen.int(in: 1...20)) { seats, scale in
            // Shares that are whole multiples of the total's unit: the quotas are whole numbers.
            let total = seats.reduce(0, +) * scale
            guard total > 0 else { return }
            let shares = seats.map { Double($0) }
            let counts = largestRemainder(shares, total: total)
            #expect(counts == largestRemainder(shares, total: total))
            #expect(counts == seats.map { $0 * scale })
        }
    }
}
