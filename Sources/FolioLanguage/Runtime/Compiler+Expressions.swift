import FolioCore

extension Compiler {
    func compile(_ expr: CheckedExpr) -> Evaluate {
        let range = expr.range
        switch expr.kind {
        case .constant(let v):
            return { _ in v }
        case .variable(let storage, let name):
            return read(storage, name: name, range: range)
        case .interpolation(let pieces):
            let parts: [(String?, Evaluate?)] = pieces.map { piece in
                switch piece {
                case .text(let t): return (t, nil)
                case .value(let e): return (nil, compile(e))
                }
            }
            return { rt in
                var s = ""
                for (text, value) in parts {
                    if let text { s += text } else if let value { s += try value(rt).description }
                }
                return .string(s)
            }
        case .array(let elements):
            let items = elements.map(compile)
            return { rt in
                var values: [Value] = []
                values.reserveCapacity(items.count)
                for item in items { values.append(try item(rt)) }
                return .array(values)
            }
        case .dictionary(let entries):
            let pairs = entries.map { (compile($0.0), compile($0.1)) }
            return { rt in
                var d = DictionaryValue()
                for (k, v) in pairs { d.set(try k(rt), try v(rt)) }
                return .dictionary(d)
            }
        case .tuple(let elements):
            let items = elements.map(compile)
            return { rt in .tuple(try items.map { try $0(rt) }) }
        case .tupleElement(let base, let position):
            let b = compile(base)
            return { rt in
                guard case .tuple(let values) = try b(rt), position < values.count else { throw self.fail(.noTupleElement(count: 0, position), range) }
                return values[position].unlabelled
            }
        case .labelled(let label, let element):
            let e = compile(element)
            return { rt in .labelled(label, try e(rt).unlabelled) }
        case .host(let call):
            return host(call, range: range)
        case .callValue(let callee, let arguments):
            return callValue(callee, arguments, range: range)
        case .closure(let code):
            return closure(code)
        case .binary(let op, let l, let r, let opRange):
            return binary(op, l, r, opRange: opRange)
        case .makeRange(let lower, let upper, let closed):
            return makeRange(lower, upper, closed: closed, range: range)
        case .inoutCall(let call, let writeBacks):
            return inoutCall(call, writeBacks: writeBacks)
        case .negate(let operand):
            let o = compile(operand)
            return { rt in try self.located(range) { try RuntimeOperators.unary("-", try o(rt)) } }
        case .not(let operand):
            let o = compile(operand)
            return { rt in
                guard case .bool(let b) = try o(rt) else { throw self.fail(.notNeedsBool(.any), range) }
                return .bool(!b)
            }
        case .bitNot(let operand):
            let o = compile(operand)
            return { rt in
                guard case .int(let v) = try o(rt) else { throw self.fail(.unaryNeedsNumber("~", .any), range) }
                return .int(~v)
            }
        case .conditional(let c, let a, let b):
            return conditional(c, a, b)
        case .arrayIndex(let base, let index):
            let b = compile(base), i = compile(index)
            let indexRange = index.range
            return { rt in
                let container = try b(rt)
                let position = try i(rt)
                guard case .array(let items) = container else { throw self.fail(.cannotIndex(container.type), range) }
                return items[try self.checkedIndex(position, count: items.count, range: indexRange)]
            }
        case .arraySlice(let base, let lower, let upper, let closed):
            let b = compile(base), l = lower.map(compile), u = upper.map(compile)
            return { rt in
                let container = try b(rt)
                let count: Int
                switch container {
                case .array(let items): count = items.count
                case .string(let s): count = s.count
                default: throw self.fail(.cannotIndex(container.type), range)
                }
                var lo = 0, hi = count
                if let l, case .int(let v) = try l(rt) { lo = v }
                if let u, case .int(let v) = try u(rt) { hi = closed ? v + 1 : v }
                guard lo >= 0, hi <= count, lo <= hi else { throw self.fail(.sliceOutOfRange(lo, hi, count: count), range) }
                switch container {
                case .array(let items): return .array(Array(items[lo..<hi]))
                case .string(let s): return .string(String(Array(s)[lo..<hi]))
                default: return container
                }
            }
        case .dictionaryLookup(let base, let key, let fallback):
            let b = compile(base), k = compile(key), f = fallback.map(compile)
            return { rt in
                guard case .dictionary(let d) = try b(rt) else { throw self.fail(.cannotIndex(.any), range) }
                let found = d[try k(rt)]
                if let f { return try found ?? f(rt) }
                return .optional(found)
            }
        case .forceUnwrap(let operand):
            let o = compile(operand)
            return { rt in
                switch try o(rt) {
                case .optional(let v?): return v
                case .optional(nil), .void: throw self.fail(.unwrappedNil, range)
                case let v: return v
                }
            }
        case .bindOptional(let operand):
            let o = compile(operand)
            return { rt in
                switch try o(rt) {
                case .optional(let v?): return v
                case .optional(nil), .void: throw NilInChain()
                case let v: return v
                }
            }
        case .optionalChain(let inner, let wrap):
            let i = compile(inner)
            return { rt in
                do {
                    let v = try i(rt)
                    return wrap ? .optional(v) : v
                } catch is NilInChain {
                    return .optional(nil)
                }
            }
        case .wrapOptional(let inner):
            let i = compile(inner)
            return { rt in
                let v = try i(rt)
                if case .optional = v { return v }
                return .optional(v)
            }
        case .toDouble(let inner):
            let i = compile(inner)
            return { rt in
                let v = try i(rt)
                if case .int(let n) = v { return .double(Double(n)) }
                return v
            }
        case .nilCoalescing(let l, let r):
            let a = compile(l), b = compile(r)
            return { rt in
                switch try a(rt) {
                case .optional(let v?): return v
                case .optional(nil), .void: return try b(rt)
                case let v: return v
                }
            }
        case .enumCase(let typeName, let caseName, let arguments, let defaults):
            let values = arguments.map { ($0.0, compile($0.1)) }
            return { rt in
                var named = defaults
                for (name, value) in values { named[name] = try value(rt) }
                return .enumCase(EnumValue(typeName: typeName, caseName: caseName, arguments: named))
            }
        case .operatorFunction(let op):
            let type = expr.type
            let value = Value.function(FunctionValue(name: op.rawValue, type: type) { arguments in
                guard arguments.count == 2 else { throw RuntimeError("'\(op.rawValue)' takes two values") }
                var l = arguments[0], r = arguments[1]
                if case .function(let ps, _) = type, ps.first == .double { l = l.coerced(to: .double); r = r.coerced(to: .double) }
                return try RuntimeOperators.binary(op.rawValue, l, r)
            })
            return { _ in value }
        case .invalid:
            return { _ in throw self.fail(.syntaxErrorExpression, range) }
        }
    }

    static func truth(_ v: Value) throws -> Bool {
        if case .bool(let b) = v { return b }
        throw RuntimeError("a condition must be a Bool, got \(v.type)")
    }

    // MARK: calls

    private func host(_ call: HostCall, range: SourceRange) -> Evaluate {
        let declaration = call.declaration
        let implementation = declaration.implementation
        let receiver = call.receiver.map(compile)
        let arguments = call.arguments.map { ($0.parameterName, compile($0.value), $0.variadic, $0.unwrap) }
        let hasVariadic = call.arguments.contains(where: \.variadic)
        _ = hasVariadic
        let items = call.builderItems.map(compile)
        let defaults = call.defaults
        let store = call.mutatedTarget.map { self.store($0) }
        let change = call.declaration.changeInPlace.flatMap { inPlace in call.mutatedTarget.map { (inPlace, self.modify($0)) } }
        let variadicNames = declaration.parameters.filter(\.variadic).map(\.name)
        let errorRange = call.nameRange ?? range
        let location = source.location(errorRange.start)
        let context = self.context
        return { rt in
            var named = defaults
            var variadic: [String: [Value]] = [:]
            // Swift evaluates the receiver first; one changed in place is not read (a copy would make the change copy it).
            let receiverValue = change == nil ? try receiver?(rt) : nil
            for (name, value, isVariadic, unwrap) in arguments {
                var v = try value(rt)
                if unwrap {
                    switch v {
                    case .optional(nil), .void: continue
                    case .optional(let inner?): v = inner
                    default: break
                    }
                }
                if isVariadic { variadic[name, default: []].append(v) } else { named[name] = v }
            }
            if hasVariadic {
                for (name, values) in variadic { named[name] = .array(values) }
            }
            for name in variadicNames where named[name] == nil { named[name] = .array([]) }
            if let (inPlace, modify) = change {
                // The receiver is changed where it is stored: no copy, and the call has its own value.
                let call = Call(receiver: nil, arguments: named, context: context, location: location)
                var result = Value.void
                try modify(rt) { value in result = try self.located(errorRange) { try inPlace(&value, call) } }
                return result
            }
            let builderItems = try items.map { try $0(rt) }
            let call = Call(receiver: receiverValue, arguments: named, builderItems: builderItems, context: context, location: location)
            let result = try self.located(errorRange) { try implementation(call) }
            if let store {
                try store(rt, result)
                return .void
            }
            return result
        }
    }

    /// Compiles a `func` or closure body once; each evaluation makes a function value with the current captures.
    func compileFunction(_ code: FunctionCode) -> CompiledFunction {
        let evaluate: Evaluate
        if code.body.count == 1, case .returnValue(let value?) = code.body[0].kind {
            evaluate = compile(value)
        } else {
            let body = block(code.body)
            evaluate = { rt in
                guard try body(rt) == .returned else { return .void }
                let result = rt.returnValue
                rt.returnValue = .void
                return result
            }
        }
        return CompiledFunction(name: code.name, parameterCount: code.parameterCount, slotCount: code.slotCount,
                                capturedParameterSlots: code.capturedParameters.map(\.slot), evaluate: evaluate)
    }

    func captureBoxes(_ code: FunctionCode) -> (Runtime) -> [Box] {
        let sources: [(Runtime) -> Box] = code.captures.map { source in
            switch source {
            case .local(let local):
                let slot = local.slot
                return { rt in
                    let v = rt.stack[rt.base + slot]
                    if case .object(let o) = v, let box = o as? Box { return box }
                    // Not bound yet (a function that captures a variable declared after it).
                    let box = Box(v)
                    rt.stack[rt.base + slot] = .object(box)
                    return box
                }
            case .captured(let i):
                return { rt in rt.captured(i) }
            }
        }
        return { rt in sources.map { $0(rt) } }
    }

    private func closure(_ code: FunctionCode) -> Evaluate {
        let compiled = compileFunction(code)
        let boxes = captureBoxes(code)
        let type = code.type
        return { rt in .function(rt.functionValue(compiled, type: type, captures: boxes(rt))) }
    }

    // MARK: operators

    private func binary(_ op: BinaryOperator, _ lhs: CheckedExpr, _ rhs: CheckedExpr, opRange: SourceRange) -> Evaluate {
        if lhs.type == .int && rhs.type == .int, let fast = integer(op, lhs, rhs, opRange: opRange) { return fast }
        let l = compile(lhs), r = compile(rhs)
        switch op {
        case .and:
            return { rt in try Compiler.truth(try l(rt)) ? .bool(try Compiler.truth(try r(rt))) : .bool(false) }
        case .or:
            return { rt in try Compiler.truth(try l(rt)) ? .bool(true) : .bool(try Compiler.truth(try r(rt))) }
        default: break
        }
        if lhs.type == .double && rhs.type == .double, let fast = double(op, l, r) { return fast }
        let name = op.rawValue
        return { rt in
            let a = try l(rt), b = try r(rt)
            return try self.located(opRange) { try RuntimeOperators.binary(name, a, b) }
        }
    }

    private func double(_ op: BinaryOperator, _ l: @escaping Evaluate, _ r: @escaping Evaluate) -> Evaluate? {
        func arithmetic(_ f: @escaping (Double, Double) -> Double) -> Evaluate {
            return { rt in
                guard case .double(let a) = try l(rt), case .double(let b) = try r(rt) else { throw RuntimeError("expected Double operands") }
                return .double(f(a, b))
            }
        }
        func comparison(_ f: @escaping (Double, Double) -> Bool) -> Evaluate {
            return { rt in
                guard case .double(let a) = try l(rt), case .double(let b) = try r(rt) else { throw RuntimeError("expected Double operands") }
                return .bool(f(a, b))
            }
        }
        switch op {
        case .add: return arithmetic(+)
        case .subtract: return arithmetic(-)
        case .multiply: return arithmetic(*)
        case .divide: return arithmetic(/)
        case .less: return comparison(<)
        case .lessEqual: return comparison(<=)
        case .greater: return comparison(>)
        case .greaterEqual: return comparison(>=)
        case .equal: return comparison(==)
        case .notEqual: return comparison(!=)
        default: return nil
        }
    }
}
