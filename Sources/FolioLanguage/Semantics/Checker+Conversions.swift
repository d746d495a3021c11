import FolioCore

/// Where a value meets a declared type: the checks, the Int → Double and optional adaptations, and their fixes.
extension Checker {
    /// Reports a value that does not fit `target` (for `let name: T = value`), then adapts it.
    func convert(_ value: CheckedExpr, to target: FolioType, what: String) -> CheckedExpr {
        if !vocabulary.accepts(target, value.type) {
            error(.cannotUse(value.type, for: what, target), value.range)
            return value
        }
        return adapt(value, to: target)
    }

    func convert(_ value: CheckedExpr, to target: FolioType, assigningTo name: String) -> CheckedExpr {
        if !vocabulary.accepts(target, value.type) {
            error(.assignType(value.type, target: name, target), value.range)
            return value
        }
        return adapt(value, to: target)
    }

    func toDouble(_ value: CheckedExpr) -> CheckedExpr {
        if case .constant(.int(let v)) = value.kind { return CheckedExpr(kind: .constant(.double(Double(v))), range: value.range, type: .double) }
        return CheckedExpr(kind: .toDouble(value), range: value.range, type: .double)
    }

    /// Makes a value fit a type it is accepted by: Int → Double, T → T?, element-wise in collections.
    func adapt(_ value: CheckedExpr, to target: FolioType) -> CheckedExpr {
        let type = value.type
        if type == target || target == .any || type == .any { return value }
        switch target {
        case .optional(let wrapped):
            if case .optional = type { return value }
            if type == .void { return CheckedExpr(kind: value.kind, range: value.range, type: target) }
            let inner = adapt(value, to: wrapped)
            return CheckedExpr(kind: .wrapOptional(inner), range: value.range, type: target)
        case .double where type == .int:
            return toDouble(value)
        case .tuple(let elements) where elements.contains(where: { if case .labelled = $0 { return true } else { return false } }):
            // `let p: (x: Int, y: Int) = pair`: the value takes the labels the type gives it.
            return CheckedExpr(kind: .host(Checker.conversionCall(value, to: target)), range: value.range, type: target)
        case .array(let element):
            if case .array(.any) = type { return CheckedExpr(kind: value.kind, range: value.range, type: target) }
            if case .array(let from) = type, from != element, case .array(let items) = value.kind {
                return CheckedExpr(kind: .array(items.map { adapt($0, to: element) }), range: value.range, type: target)
            }
            if case .array(let from) = type, from != element, needsConversion(from, element) {
                return CheckedExpr(kind: .host(Checker.conversionCall(value, to: target)), range: value.range, type: target)
            }
            return value
        case .dictionary:
            if case .dictionary(.any, .any) = type { return CheckedExpr(kind: value.kind, range: value.range, type: target) }
            return value
        default:
            return value
        }
    }

    private func needsConversion(_ from: FolioType, _ to: FolioType) -> Bool {
        if from == .int && to == .double { return true }
        if case .array(let a) = from, case .array(let b) = to { return needsConversion(a, b) }
        if case .optional = to, from != .void, !from.isOptional { return true }
        return false
    }

    /// A value converted at run time (arrays of Int used as arrays of Double).
    static func conversionCall(_ value: CheckedExpr, to target: FolioType) -> HostCall {
        let declaration = Declaration(.function, "convert", [Parameter(nil, name: "value", .any)], returns: target, doc: "") { call in
            (call["value"] ?? .void).coerced(to: target)
        }
        return HostCall(declaration: declaration, receiver: nil,
                        arguments: [HostArgument(parameterName: "value", value: value, variadic: false, unwrap: false)],
                        defaults: [:], builderItems: [], mutatedTarget: nil)
    }

    func conversionFix(expected: FolioType, got: FolioType) -> String {
        Message.conversionFix(expected: expected, got: got)
    }
}

extension FolioType {
    var isFunction: Bool {
        if case .function = self { return true }
        return false
    }

    var isOptional: Bool {
        if case .optional = self { return true }
        return false
    }

    /// The wrapped type of an optional, or the type itself.
    var unwrappedOptional: FolioType {
        if case .optional(let t) = self { return t }
        return self
    }

    /// The type a built-in type name stands for (`Int`, `Double`, …) when used as a value.
    static func builtinName(_ name: String) -> FolioType? {
        switch name {
        case "Int": return .int
        case "Double": return .double
        case "String": return .string
        case "Bool": return .bool
        default: return nil
        }
    }
}
