import Foundation

/// An axis domain widened to "nice" round numbers with ticks in steps of 1, 2 or 5 × 10ⁿ
/// (the rule d3 and Observable Plot use). 0...0.93 becomes 0...1 with ticks 0, 0.2, ..., 1.
public struct NiceScale: Equatable, Sendable {
    public let lower: Double
    public let upper: Double
    public let step: Double
    public let ticks: [Double]
    /// Decimals every tick label shows, so labels on one axis line up: "0.0", "0.5", "1.0".
    public let decimals: Int

    /// - Parameters:
    ///   - integersOnly: steps of at least 1 (epochs, counts).
    public init(min minimum: Double, max maximum: Double, targetTickCount: Int = 5, integersOnly: Bool = false) {
        // Beyond ±1e100 nothing is plotted sensibly; clamping keeps every step and index finite.
        let limit = 1e100
        var low = minimum.isFinite ? Swift.min(Swift.max(minimum, -limit), limit) : 0
        var high = maximum.isFinite ? Swift.min(Swift.max(maximum, -limit), limit) : 1
        if low > high { swap(&low, &high) }
        if low == high {
            let pad = integersOnly ? 1 : (low == 0 ? 1 : Swift.abs(low) * 0.1)
            low -= low == 0 ? 0 : pad
            high += pad
        }
        let count = Double(Swift.max(1, targetTickCount))
        // A step no finer than 1e-12 of the values' magnitude keeps tick indices within Int64.
        let floor = Swift.max(Swift.abs(low), Swift.abs(high)) * 1e-12
        var increment = Self.increment(span: Swift.max(high - low, floor * count), count: count, integersOnly: integersOnly)
        // Widening the domain can change the best step; two passes settle it (as d3's nice()).
        for _ in 0..<2 {
            let lowIndex = (low / increment.size).rounded(.down)
            let highIndex = (high / increment.size).rounded(.up)
            let widened = Self.increment(span: Swift.max((highIndex - lowIndex) * increment.size, floor * count), count: count,
                                         integersOnly: integersOnly)
            if widened == increment { break }
            increment = widened
        }
        let firstIndex = Int64((low / increment.size + 1e-9).rounded(.down))
        let lastIndex = Int64((high / increment.size - 1e-9).rounded(.up))
        // At least two ticks, so the domain never collapses to a point.
        let ticks = (firstIndex...Swift.max(firstIndex + 1, lastIndex)).map { increment.value(at: $0) }
        self.ticks = ticks
        self.lower = ticks.first ?? low
        self.upper = ticks.last ?? high
        self.step = increment.size
        self.decimals = Swift.max(0, -increment.exponent)
    }

    /// Write tick labels as percentages (0.2 → "20%"), for axes of fractions shown as percent.
    public var showsPercent = false

    /// The label for a value on this axis: fixed decimals, thousands grouped, a true minus sign.
    public func label(_ value: Double) -> String {
        showsPercent ? NumberFormat.percent(Swift.max(0, decimals - 2)).string(value) : NumberFormat.fixed(decimals).string(value)
    }

    public var tickLabels: [String] { ticks.map(label) }

    /// A step of mantissa × 10^exponent, kept exact so tick values have no binary noise.
    private struct Increment: Equatable {
        var mantissa: Int64
        var exponent: Int

        var size: Double { value(at: 1) }

        func value(at index: Int64) -> Double {
            let scaled = Double(index * mantissa)
            return exponent >= 0 ? scaled * pow(10, Double(exponent)) : scaled / pow(10, Double(-exponent))
        }
    }

    private static func increment(span: Double, count: Double, integersOnly: Bool) -> Increment {
        let raw = Swift.max(span / count, 1e-12)
        var exponent = Int(log10(raw).rounded(.down))
        let error = raw / pow(10, Double(exponent))
        var mantissa: Int64
        if error >= 7.0710678 { mantissa = 1; exponent += 1 }
        else if error >= 3.1622777 { mantissa = 5 }
        else if error >= 1.4142136 { mantissa = 2 }
        else { mantissa = 1 }
        if integersOnly && exponent < 0 { return Increment(mantissa: 1, exponent: 0) }
        return Increment(mantissa: mantissa, exponent: exponent)
    }
}
