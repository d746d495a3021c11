import FolioCore

/// A range value, `0..<3` (Swift's `Range`) or `1...5` (`ClosedRange`), over Ints, Doubles or
/// Strings (Characters). Printed as Swift prints them: `0..<3` alone, `Range(0..<3)` inside an
/// array or a tuple (its debug description).
public struct RangeValue {
    public var lower: Value
    public var upper: Value
    public var closed: Bool

    public init(lower: Value, upper: Value, closed: Bool) {
        self.lower = lower
        self.upper = upper
        self.closed = closed
    }

    var symbol: String { closed ? "..." : "..<" }

    public var description: String { lower.description + symbol + upper.description }

    public var debugDescription: String {
        (closed ? "ClosedRange(" : "Range(") + lower.debugText + symbol + upper.debugText + ")"
    }

    /// Whether `value` lies in the range (`r.contains(x)`, `r ~= x`, `case r:`).
    public func contains(_ value: Value) throws -> Bool {
        guard try RangeValue.less(lower, value, orEqual: true) else { return false }
        return try RangeValue.less(value, upper, orEqual: closed)
    }

    /// The Ints of an Int range, in order (what `Array(r)` and the array methods of a range see).
    public func elements() throws -> [Value] {
        guard case .int(let a) = lower, case .int(let b) = upper else { throw RuntimeError("only a range of Int values is a sequence") }
        if !closed && b == a { return [] }
        let end = closed ? b : b - 1
        if end < a { return [] }
        let (span, overflow) = end.subtractingReportingOverflow(a)
        if overflow || span >= RangeValue.largestArray {
            let message = Message.rangeTooLarge(description)
            throw RuntimeError(message.text, fix: message.fix)
        }
        return (a...end).map(Value.int)
    }

    /// The number of Ints in an Int range.
    public func count() throws -> Int {
        guard case .int(let a) = lower, case .int(let b) = upper else { throw RuntimeError("only a range of Int values has a count") }
        let (span, overflow) = b.subtractingReportingOverflow(a)
        let (count, overflowAgain) = span.addingReportingOverflow(closed ? 1 : 0)
        // Swift stops the program here: the count does not fit in an Int.
        if overflow || overflowAgain {
            let message = overflow ? Message.overflow(b, "-", a) : Message.overflow(span, "+", 1)
            throw RuntimeError(message.text, fix: message.fix)
        }
        return max(0, count)
    }

    /// The most elements a range is turned into (`Array(0..<n)`, `(0..<n).map { ... }`).
    static let largestArray = 5_000_000

    public var isEmpty: Bool {
        if closed { return false }
        return RuntimeOperators.equal(lower, upper)
    }

    static func less(_ a: Value, _ b: Value, orEqual: Bool) throws -> Bool {
        if case .bool(let r) = try RuntimeOperators.binary(orEqual ? "<=" : "<", a, b) { return r }
        return false
    }

    static func == (a: RangeValue, b: RangeValue) -> Bool {
        a.closed == b.closed && RuntimeOperators.equal(a.lower, b.lower) && RuntimeOperators.equal(a.upper, b.upper)
    }
}
