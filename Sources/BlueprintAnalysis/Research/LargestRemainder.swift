/// Whole numbers in given proportions that add up to a total, by the largest-remainder
/// (Hamilton) method: each share's exact quota is rounded down, then the seats still free go one
/// each to the largest remainders, ties to the share written first.
///
/// 30 % of 10 is 3; 33.3 %, 33.3 %, 33.4 % of 10 are 3, 3, 4; 45 %, 35 %, 20 % of 10 are 5, 3, 2
/// (4.5 and 3.5 tie on remainder, and the first written wins).
///
/// Shares are proportions of their own total: shares that add up to 90 (or 1, or 250) are
/// normalised, so the counts always add up to `total`. Negative shares count as 0. When every
/// share is 0 (or there are none) nothing can be apportioned and every count is 0.
public func largestRemainder(_ shares: [Double], total: Int) -> [Int] {
    let weights = shares.map { $0.isFinite ? max(0, $0) : 0 }
    let sum = weights.reduce(0, +)
    guard total > 0, sum > 0 else { return weights.map { _ in 0 } }
    // Multiply before dividing, so 30 × 10 / 100 is exactly 3 rather than 2.999….
    let quotas = weights.map { $0 * Double(total) / sum }
    var counts = quotas.map { quota -> Int in
        let nearest = quota.rounded()
        return abs(quota - nearest) < wholeTolerance ? Int(nearest) : Int(quota.rounded(.down))
    }
    // Remainders on a fixed grid, so a tie that floating point blurs (0.5 against 0.4999…) is
    // still a tie, broken by written order.
    let remainders = zip(quotas, counts).map { quota, count in Int(((quota - Double(count)) / wholeTolerance).rounded()) }
    let order = remainders.indices.sorted { (remainders[$0], $1) > (remainders[$1], $0) }
    var free = total - counts.reduce(0, +)
    for index in order where free > 0 {
        counts[index] += 1
        free -= 1
    }
    return counts
}

/// How close to a whole number a quota must be to count as one.
private let wholeTolerance = 1e-9
