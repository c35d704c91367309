/// Maps a data range onto a pixel range; a flat range maps to the middle instead of dividing by zero.
struct Scale {
    let domain: (min: Double, max: Double)
    let range: (from: Double, to: Double)

    func callAsFunction(_ value: Double) -> Double {
        let span = domain.max - domain.min
        guard span > 0, span.isFinite, value.isFinite else { return (range.from + range.to) / 2 }
        return range.from + (value - domain.min) / span * (range.to - range.from)
    }
}

/// Round tick values (1, 2, 2.5, 5 × 10ⁿ) that cover `min…max`.
enum NiceTicks {
    static func ticks(min: Double, max: Double, count: Int = 5) -> [Double] {
        var low = min
        var high = max
        if !(high > low) {
            let pad = Swift.max(abs(low) * 0.1, 1)
            low -= pad
            high += pad
        }
        let rough = (high - low) / Double(Swift.max(count - 1, 1))
        let power = pow10(floor(log10(rough)))
        let step = [1.0, 2.0, 2.5, 5.0, 10.0].map { $0 * power }.first { $0 >= rough } ?? rough
        let start = (low / step).rounded(.down) * step
        let end = (high / step).rounded(.up) * step
        let n = Int(((end - start) / step).rounded())
        return (0...Swift.max(n, 1)).map { start + Double($0) * step }
    }

    private static func pow10(_ exponent: Double) -> Double {
        var result = 1.0
        if exponent >= 0 {
            for _ in 0..<Int(exponent) { result *= 10 }
        } else {
            for _ in 0..<Int(-exponent) { result /= 10 }
        }
        return result
    }
}

import Foundation
