/// The array slice selector's index arithmetic (RFC 9535 section 2.3.4.2.2).
enum Slice {
    /// The indices selected by `start:end:step` from an array of `count` elements, in selection order.
    ///
    /// Defaults: step 1; start 0 (or `count − 1` when step is negative); end `count` (or `−count − 1`).
    /// Negative bounds count from the end, bounds are clamped, and a step of 0 selects nothing.
    static func indices(start: Int?, end: Int?, step: Int?, count: Int) -> [Int] {
        let step = step ?? 1
        guard step != 0, count > 0 else { return [] }
        let start = start ?? (step > 0 ? 0 : count - 1)
        let end = end ?? (step > 0 ? count : -count - 1)
        let normalizedStart = start >= 0 ? start : count + start
        let normalizedEnd = end >= 0 ? end : count + end
        var result: [Int] = []
        if step > 0 {
            let lower = min(max(normalizedStart, 0), count)
            let upper = min(max(normalizedEnd, 0), count)
            guard lower < upper else { return [] }
            result.reserveCapacity((upper - lower + step - 1) / step)
            var index = lower
            while index < upper {
                result.append(index)
                index += step
            }
        } else {
            let upper = min(max(normalizedStart, -1), count - 1)
            let lower = min(max(normalizedEnd, -1), count - 1)
            var index = upper
            while lower < index {
                result.append(index)
                index += step
            }
        }
        return result
    }
}
