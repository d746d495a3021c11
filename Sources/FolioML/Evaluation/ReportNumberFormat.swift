import Foundation

/// Fixed-decimal formatting that rounds like Python's `format(x, ".2f")`: the exact binary value
/// is rounded half to even, which C's printf does too. Independent of the process locale.
enum ReportNumberFormat {
    static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        let places = max(0, min(digits, 17))
        return String(format: "%.\(places)f", locale: nil, value)
    }
}
