import Foundation

/// Locale-free number formatting for coordinates and labels: no NaN or infinity ever
/// reaches the output, and the same input always prints the same text.
enum SVGFormat {
    /// `x` with at most `decimals` decimals, trailing zeros dropped; 0 for non-finite input.
    static func number(_ x: Double, decimals: Int = 1) -> String {
        guard x.isFinite else { return "0" }
        let scale = pow(10.0, Double(decimals))
        let scaled = Int((x * scale).rounded())
        let sign = scaled < 0 ? "-" : ""
        let magnitude = abs(scaled)
        let integer = magnitude / Int(scale)
        var fraction = String(magnitude % Int(scale))
        guard decimals > 0, fraction != "0" else { return sign + String(integer) }
        fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + String(integer) + "." + fraction
    }
}

