import Foundation

/// How values are written on bars, cells and ticks. Deterministic and locale-free.
public enum NumberFormat: Equatable, Sendable {
    /// Integers as integers ("1,234"); other values with up to three decimals (two
    /// significant digits for tiny ones: 0.00012), trailing zeros trimmed.
    case automatic
    /// A fixed number of decimals: `.fixed(2)` writes 0.5 as "0.50".
    case fixed(Int)
    /// Fractions as percentages: `.percent(1)` writes 0.9734 as "97.3%".
    case percent(Int)

    public func string(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "−∞" : "∞") }
        switch self {
        case .automatic:
            if value == value.rounded() && Swift.abs(value) < 1e15 { return Self.grouped(value, decimals: 0) }
            let magnitude = Swift.abs(value)
            // Three decimals below 1, but never fewer than two significant digits (0.00012).
            let significant = magnitude > 0 && magnitude < 0.01 ? Int(-Foundation.log10(magnitude).rounded(.down)) + 1 : 3
            let decimals = magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : Swift.min(12, Swift.max(3, significant))
            return Self.trimmed(Self.grouped(value, decimals: decimals))
        case let .fixed(decimals):
            return Self.grouped(value, decimals: Swift.max(0, Swift.min(decimals, 12)))
        case let .percent(decimals):
            return Self.grouped(value * 100, decimals: Swift.max(0, Swift.min(decimals, 12))) + "%"
        }
    }

    /// Rounds half away from zero on the scaled value (printf for magnitudes too large for that),
    /// groups thousands with commas, and writes negatives with U+2212 MINUS SIGN.
    static func grouped(_ value: Double, decimals: Int) -> String {
        let text = fixedDigits(Swift.abs(value), decimals: decimals)
        let parts = text.split(separator: ".", maxSplits: 1)
        let integerPart = parts.first.map(String.init) ?? "0"
        var grouped = ""
        for (offset, character) in integerPart.enumerated() {
            if offset > 0 && (integerPart.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        if parts.count > 1 { grouped += "." + parts[1] }
        let isZero = !text.contains { $0 != "0" && $0 != "." }
        return (value < 0 && !isZero) ? "\u{2212}" + grouped : grouped
    }

    /// Digits of a non-negative value with `decimals` places; integer arithmetic where it is exact
    /// enough (fast and locale-free), printf beyond.
    static func fixedDigits(_ magnitude: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (magnitude * scale).rounded()
        guard scaled < 9e15 else { return String(format: "%.\(decimals)f", locale: nil, magnitude) }
        let units = UInt64(scaled), divisor = UInt64(scale)
        let whole = String(units / divisor)
        guard decimals > 0 else { return whole }
        let fraction = String(units % divisor)
        return whole + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    private static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = text
        while result.hasSuffix("0") { result.removeLast() }
        if result.hasSuffix(".") { result.removeLast() }
        return result
    }
}
