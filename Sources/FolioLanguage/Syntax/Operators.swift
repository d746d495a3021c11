/// The binary operators, with Swift's precedence groups (higher binds tighter).
public enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case and = "&&", or = "||", halfOpenRange = "..<", closedRange = "...", nilCoalescing = "??", patternMatch = "~="
    case bitAnd = "&", bitOr = "|", bitXor = "^", shiftLeft = "<<", shiftRight = ">>"
    case wrappingAdd = "&+", wrappingSubtract = "&-", wrappingMultiply = "&*"

    init?(_ symbol: Symbol?) {
        guard let symbol, let op = BinaryOperator(rawValue: symbol.rawValue) else { return nil }
        self = op
    }

    /// Swift's groups: multiplication > addition > range formation > nil coalescing > comparison > && > ||.
    var precedence: Int {
        switch self {
        case .or: return 1
        case .and: return 2
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .patternMatch: return 3
        case .nilCoalescing: return 4
        case .halfOpenRange, .closedRange: return 5
        case .add, .subtract, .bitOr, .bitXor, .wrappingAdd, .wrappingSubtract: return 6
        case .multiply, .divide, .remainder, .bitAnd, .wrappingMultiply: return 7
        case .shiftLeft, .shiftRight: return 8
        }
    }

    /// The operators only Ints take: bitwise, shifts and wrapping arithmetic.
    var isIntegerOnly: Bool {
        switch self {
        case .bitAnd, .bitOr, .bitXor, .shiftLeft, .shiftRight, .wrappingAdd, .wrappingSubtract, .wrappingMultiply: return true
        default: return false
        }
    }

    var isRightAssociative: Bool { self == .nilCoalescing }
    var isComparison: Bool { precedence == 3 }
    var isArithmetic: Bool { precedence >= 6 }
}

/// `-x`, `+x`, `!x`.
public enum PrefixOperator: String, Sendable {
    case negate = "-", plus = "+", not = "!", bitNot = "~"
}

/// `=` and the compound assignments.
public enum AssignmentOperator: String, Sendable {
    case assign = "=", add = "+=", subtract = "-=", multiply = "*=", divide = "/=", remainder = "%="

    init?(_ symbol: Symbol?) {
        guard let symbol, let op = AssignmentOperator(rawValue: symbol.rawValue) else { return nil }
        self = op
    }

    /// The arithmetic a compound assignment applies (`+=` is `+`).
    var binary: BinaryOperator? {
        switch self {
        case .assign: return nil
        case .add: return .add
        case .subtract: return .subtract
        case .multiply: return .multiply
        case .divide: return .divide
        case .remainder: return .remainder
        }
    }
}
