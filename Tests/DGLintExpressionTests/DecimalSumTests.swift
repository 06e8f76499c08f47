import DGLintTestSupport
import Testing

@testable import DGLintExpression

/// `Numbers.decimalSum` takes whole numbers as they are instead of through their text; its sums are those of
/// the general method, which reads every value from the text it prints as.
@Suite struct DecimalSumTests {
    /// The general method: every value read back from its text, the total written out and read again.
    static func reference(_ values: [Double]) -> Double? {
        var parts: [(mantissa: Int64, scale: Int)] = []
        for value in values {
            guard value.isFinite else { return nil }
            let text = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
            guard !text.contains("e") else { return nil }
            let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
            let scale = pieces.count == 2 ? pieces[1].count : 0
            guard let mantissa = Int64(pieces.joined()) else { return nil }
            parts.append((mantissa, scale))
        }
        let scale = parts.map(\.scale).max() ?? 0
        var total: Int64 = 0
        for part in parts {
            var m = part.mantissa
            for _ in part.scale..<scale {
                let (p, o) = m.multipliedReportingOverflow(by: 10)
                if o { return nil }
                m = p
            }
            let (s, o) = total.addingReportingOverflow(m)
            if o { return nil }
            total = s
        }
        var digits = String(total.magnitude)
        if scale > 0 {
            while digits.count <= scale { digits = "0" + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        return Double((total < 0 ? "-" : "") + digits)
    }

    static let lists: [[Double]] = [
        [], [0], [-0.0], [1_200_000, 350_000.5], [0.1, 0.2], [0.1, 0.2, -0.3], [-5, 5], [-0.0, 0.0],
        [999_999_999_999_999, 999_999_999_999_999], [1e15], [1e15, 1], [999_999_999_999_999.0, 0.5],
        [9_007_199_254_740_993 / 2, 1], [4_611_686_018_427_387_904 / 1_000_000, 3], [1e-7], [.infinity],
        [.nan, 1], [12.345, 0.005, -7], [-1_250_000, -0.25], [123_456_789_012_345, 987_654_321_098_765],
        [5e14, 5e14, 5e14, 5e14, 5e14, 5e14, 5e14, 5e14, 5e14, 5e14, 5e14, 5e14, 5e14, 5e14, 5e14, 5e14, 5e14],
    ]

    @Test(arguments: lists)
    func sameAsReadingEveryValueBack(_ values: [Double]) {
        let sum = Numbers.decimalSum(values)
        let expected = Self.reference(values)
        #expect(sum?.bitPattern == expected?.bitPattern, "\(values)")
    }

    /// Sums of whole numbers past 2^53, rounded once: as many as a pseudo-random walk gives.
    @Test func wholeNumbersRoundAsTheirDigits() {
        var generator = SplitMix(seed: 0x5EED)
        for _ in 0..<2_000 {
            let count = Int(generator.next() % 12) + 1
            let values = (0..<count).map { _ in
                let magnitude = Double(generator.next() % 999_999_999_999_999)
                return generator.next() % 3 == 0 ? -magnitude : magnitude
            }
            #expect(Numbers.decimalSum(values)?.bitPattern == Self.reference(values)?.bitPattern, "\(values)")
        }
    }
}
