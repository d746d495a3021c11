import FolioCore

/// A diagnostic's text and its suggested fix. Every message the parser, the checker and the
/// runtime show is written here, once, so their wording stays consistent and easy to review.
struct Message {
    var text: String
    var fix: String?
    init(_ text: String, fix: String? = nil) {
        self.text = text
        self.fix = fix
    }
}

// MARK: - Syntax

extension Message {
    static let unterminatedBackQuote = Message("unterminated back-quoted name", fix: "close it with `")
    static func unexpectedCharacter(_ c: Character) -> Message {
        Message("unexpected character '\(c)'", fix: (c == "“" || c == "”") ? "use straight quotes \"...\"" : nil)
    }
    static let unterminatedComment = Message("unterminated comment '/*'", fix: "close it with */")
    static let unterminatedString = Message("unterminated string literal", fix: "close the string with \" on the same line")
    static let unsupportedCastPattern = Message("Folio does not support type-casting patterns ('is', 'as') in a case",
                                                fix: "a value's type is known before the cell runs: match the value itself, e.g. case let n where n > 0")
    static let multilineStringStart = Message("multi-line string literal content must begin on a new line", fix: "start the text on the line after \"\"\"")
    static let multilineIndentation = Message("insufficient indentation of line in multi-line string literal",
                                              fix: "indent every line of the text at least as far as the closing \"\"\"")
    static let unterminatedMultilineString = Message("unterminated multi-line string literal", fix: "close it with \"\"\" on a line of its own")
    static let unterminatedInterpolation = Message("unterminated interpolation '\\('", fix: "close it with )")
    static let invalidUnicodeEscape = Message("invalid unicode escape", fix: "write \\u{1F600}")
    static func invalidEscape(_ e: Character) -> Message {
        Message("invalid escape sequence '\\\(e)'", fix: "valid escapes: \\n \\t \\\\ \\\" \\(expression)")
    }
    static func extraArgument(_ call: String, signature: String) -> Message {
        Message("extra argument in call to '\(call)'", fix: "remove it; the call is \(signature)")
    }
    static func incorrectLabel(_ label: String, _ call: String, fix: String) -> Message {
        Message("incorrect argument label '\(label):' in call to '\(call)'", fix: fix)
    }
    static func missingLabel(_ label: String, _ call: String, snippet: String) -> Message {
        Message("missing argument label '\(label):' in call to '\(call)'", fix: "write '\(label): \(snippet)'")
    }
    static func extraneousLabel(_ label: String, _ call: String) -> Message {
        Message("extraneous argument label '\(label):' in call to '\(call)'", fix: "remove '\(label):'")
    }
    static func missingArgument(_ written: String, _ call: String, adding: String, signature: String) -> Message {
        Message("missing argument \(written) in call to '\(call)'", fix: "add \(adding); the call is \(signature)")
    }
    static func expected(_ symbol: String, _ context: String, found: String) -> Message {
        Message("expected '\(symbol)' \(context), found \(found)", fix: "insert '\(symbol)'")
    }
    static let unexpectedBrace = Message("unexpected '}'", fix: "remove it, or add the matching '{'")
    static func unexpectedAfterStatement(_ found: String) -> Message {
        Message("unexpected \(found) after the statement", fix: "put each statement on its own line (or separate them with ';')")
    }
    static func expectedBlockEnd(_ found: String) -> Message { Message("expected '}' to close the block, found \(found)", fix: "add '}'") }
    static func bindingNeedsValue(names: [String], keyword: String) -> Message {
        Message("expected '=' and an initial value for '\(names.joined(separator: ", "))'", fix: "write \(keyword) \(names.first ?? "x") = value")
    }
    static let forNeedsIn = Message("expected 'in' after the loop variable", fix: "write for x in sequence { ... }")
    static let guardNeedsElse = Message("expected 'else' after the guard condition", fix: "write guard condition else { return }")
    static let repeatNeedsWhile = Message("expected 'while' after the repeat block", fix: "write repeat { ... } while condition")
    static let elseWithoutIf = Message("'else' without a matching 'if'", fix: "put 'else' right after the if-block's '}'")
    static func caseOutsideSwitch(_ word: String) -> Message { Message("'\(word)' is only allowed inside a switch", fix: "write switch value { case ...: ... }") }
    static func expectedName(_ found: String) -> Message { Message("expected a name, found \(found)") }
    static func expectedCase(_ found: String) -> Message { Message("expected 'case' or 'default' in the switch, found \(found)", fix: "write case value: ...") }
    static let emptyCase = Message("a switch case needs at least one statement", fix: "add a statement, or 'break' to do nothing")
    static func expectedFunctionName(_ found: String) -> Message { Message("expected a function name after 'func', found \(found)", fix: "write func name(_ x: Int) -> Int { ... }") }
    static func expectedParameterName(_ found: String) -> Message { Message("expected a parameter name, found \(found)") }
    static func parameterNeedsType(_ name: String) -> Message {
        Message("parameter '\(name)' needs a type", fix: "write \(name): Int (or the type it takes)")
    }
    static func tooManyOperators(_ n: Int) -> Message { Message("this expression has more than \(n) operators", fix: "split it into several statements") }
    static func nestedTooDeep(_ n: Int) -> Message { Message("this expression is nested more than \(n) levels deep", fix: "split it into several statements") }
    static func nestedLevels(_ n: Int) -> Message { Message("this is nested more than \(n) levels deep") }
    static func expectedMemberName(_ found: String) -> Message { Message("expected a member name after '.', found \(found)") }
    static func expectedArgumentSeparator(_ close: String, found: String) -> Message {
        Message("expected ',' or '\(close)' in the argument list, found \(found)", fix: "separate arguments with ','")
    }
    static let anonymousWithNamedParameters = Message("a closure with named parameters cannot also use $0, $1, ...",
                                                      fix: "use the parameter names, or remove 'x in' and use $0")
    static func anonymousOutsideClosure(_ name: String) -> Message { Message("'\(name)' can only be used inside a closure { ... }") }
    static func invalidNumber(_ text: String) -> Message { Message("'\(text)' is not a valid number") }
    static func keywordInExpression(_ word: String, startsStatement: Bool) -> Message {
        Message("expected an expression, found the keyword '\(word)'", fix: startsStatement ? "start '\(word)' on its own line" : nil)
    }
    static let expectedCaseName = Message("expected a case name after '.'", fix: "e.g. .relu")
    static func expectedExpression(found: String) -> Message { Message("expected an expression, found \(found)") }
    static func expectedExpressionAt(_ place: String) -> Message { Message("expected an expression at \(place)") }
    static func unexpectedText(_ text: String) -> Message { Message("unexpected '\(text)'") }
    static let mixedDictionaryLiteral = Message("a literal is either an array [a, b] or a dictionary [key: value], not both")
    static func integerTooLarge(_ text: String) -> Message {
        Message("integer literal '\(text)' does not fit in an Int", fix: "Int holds values up to \(Int.max); write it as a Double, e.g. \(text).0")
    }
    static let emptyInterpolation = Message("empty interpolation \\()", fix: "put an expression inside: \\(x)")
    static func unexpectedInInterpolation(_ found: String) -> Message { Message("unexpected \(found) in the interpolation") }
    static func genericTypeNeedsArguments(_ name: String) -> Message { Message("'\(name)' needs its element type", fix: "write \(name)<Int> or the short form") }
    static func unsupportedType(_ name: String) -> Message { Message("the type '\(name)' is not supported", fix: "use an array [T] or a dictionary [K: V]") }
    static func expectedType(_ found: String) -> Message { Message("expected a type, found \(found)", fix: "e.g. Int, Double, String, [Double]") }
    static func keywordAsName(_ word: String) -> Message {
        Message("'\(word)' is a keyword and cannot be a name", fix: "choose another name, e.g. '\(word)Value'")
    }

    /// Swift that Folio does not support, with what to write instead.
    static func unsupported(_ feature: UnsupportedFeature) -> Message {
        switch feature {
        case .structs: return Message("Folio does not support 'struct' declarations", fix: "use a tuple such as (name: String, accuracy: Double) written as (\"mlp\", 0.97), or a dictionary")
        case .classes: return Message("Folio does not support 'class' declarations", fix: "use functions and values: func, let, arrays and dictionaries")
        case .enums: return Message("Folio does not support 'enum' declarations", fix: "use strings or Int constants, and switch over them")
        case .protocols: return Message("Folio does not support 'protocol' declarations", fix: "write functions that take the values they need")
        case .extensions: return Message("Folio does not support 'extension' declarations", fix: "write a function instead, e.g. func describe(_ x: Int) -> String")
        case .actors: return Message("Folio does not support actors", fix: "cells run one after another; use plain values")
        case .imports: return Message("Folio does not support 'import': everything the notebook can use is already available",
                                      fix: "remove the import; see 'folio help' for the vocabulary")
        case .typealiases: return Message("Folio does not support 'typealias'", fix: "write the type itself")
        case .await, .async: return Message("Folio does not support async code (async/await)", fix: "call functions directly; cells run one after another")
        case .throwing: return Message("Folio does not support throwing functions (throws/try)", fix: "return an optional (nil on failure) instead")
        case .generics: return Message("Folio does not support generic functions", fix: "write the function for the concrete type, e.g. [Double]")
        }
    }
}

// MARK: - Checking

extension Message {
    /// Swift's other number types: Folio's numbers are Int and Double only, and quietly reading
    /// a Float as a Double would print other digits than Swift does.
    static func otherNumberType(_ name: String) -> Message? {
        let instead: String
        switch name {
        case "Float", "Float16", "Float32", "Float64", "Float80", "CGFloat": instead = "Double"
        case "UInt", "UInt8", "UInt16", "UInt32", "UInt64", "Int8", "Int16", "Int32", "Int64": instead = "Int"
        default: return nil
        }
        return Message("Folio has no '\(name)': its numbers are Int and Double", fix: "use \(instead)")
    }
    static func unknownName(_ name: String, didYouMean: String?) -> Message {
        Message("unknown name '\(name)'", fix: didYouMean ?? "define it first, e.g. let \(name) = ...")
    }
    static func unavailable(_ name: String) -> Message {
        Message("'\(name)' is not available: the cell that defines it failed", fix: "fix the earlier error first")
    }
    static func cannotUse(_ type: FolioType, for what: String, _ target: FolioType) -> Message {
        Message("cannot use a value of type \(type) for '\(what)' of type \(target)", fix: conversionFix(expected: target, got: type))
    }
    static func holdsNothing(_ names: String, keyword: String) -> Message {
        Message("'\(names)' would hold nothing: this call returns no value", fix: "call it on its own line, without '\(keyword) ... ='")
    }
    static func nilNeedsType(_ name: String) -> Message { Message("'nil' needs a type here", fix: "write the optional type, e.g. var \(name): Int? = nil") }
    static func outsideLoop(_ word: String) -> Message { Message("'\(word)' is only allowed inside a loop") }
    static let guardMustExit = Message("the 'else' block of a guard must leave the scope", fix: "end it with return, break or continue")
    static func conditionNotBool(_ type: FolioType) -> Message { Message("a condition must be a Bool, got \(type)", fix: "compare it, e.g. x > 0") }
    static func bindingNotOptional(_ name: String, _ type: FolioType) -> Message {
        Message("'if let \(name)' needs an optional value, got \(type)", fix: "use 'let \(name) = ...' on its own line; only optionals (T?) are unwrapped")
    }
    static func tupleCountMismatch(values: Int, names: Int) -> Message {
        Message("cannot unpack a tuple of \(values) values into \(names) names",
                fix: "write \(values) names: (" + (1...max(1, values)).map { "v\($0)" }.joined(separator: ", ") + ")")
    }
    static func cannotUnpack(_ type: FolioType, names: Int) -> Message { Message("cannot unpack a value of type \(type) into \(names) names", fix: "bind it to one name instead") }
    static let rangeNeedsInts = Message("a range needs Int bounds", fix: "e.g. 0..<10")
    static func cannotLoopOverRange(_ type: FolioType) -> Message {
        Message("cannot loop over a value of type \(type): only a range of Ints is a sequence", fix: "step through it with stride(from: a, through: b, by: step)")
    }
    static func cannotLoop(_ type: FolioType) -> Message { Message("cannot loop over a value of type \(type)", fix: "loop over an array or a range, e.g. for i in 0..<n") }
    static func rangePatternNeedsNumbers(_ type: FolioType) -> Message { Message("a range pattern needs a number, a String or a Character to match, got \(type)") }
    static func caseNameNotInEveryPattern(_ name: String) -> Message {
        Message("'\(name)' must be bound in every pattern of the case", fix: "bind the same names in each pattern, or give each its own case")
    }
    static func tuplePatternType(count: Int, _ type: FolioType) -> Message {
        Message("a tuple pattern of \(count) elements cannot match a value of type \(type)")
    }
    static func optionalPatternNotOptional(_ type: FolioType) -> Message {
        Message("an optional pattern (x? or .some(x)) needs an optional value, got \(type)", fix: "remove the '?' (or '.some')")
    }
    static func labelInUse(_ label: String) -> Message { Message("label '\(label)' cannot be reused on an inner statement", fix: "give the inner statement another label") }
    static func unknownLabel(_ label: String, known: [String]) -> Message {
        Message("unknown label '\(label)'", fix: Suggestions.didYouMean(label, in: known) ?? "label the loop first: \(label): for ... { ... }")
    }
    static func continueNeedsLoopLabel(_ label: String) -> Message {
        Message("'continue \(label)' needs a loop, but '\(label)' labels another statement", fix: "use 'break \(label)', or label the loop")
    }
    static let fallthroughOutsideSwitch = Message("'fallthrough' is only allowed inside a switch case")
    static let fallthroughFromLastCase = Message("'fallthrough' without a following 'case' or 'default' block", fix: "remove it: the last case has nothing to fall into")
    static func fallthroughIntoBinding(_ name: String) -> Message {
        Message("'fallthrough' cannot go on into a case that binds '\(name)'", fix: "move the shared code into a function both cases call")
    }
    static func casePatternType(_ type: FolioType, subject: FolioType) -> Message {
        Message("a case of type \(type) cannot match a value of type \(subject)")
    }
    static let switchNotExhaustive = Message("switch must be exhaustive", fix: "add a 'default:' case")
    static func assignType(_ type: FolioType, target: String, _ targetType: FolioType) -> Message {
        Message("cannot assign a value of type \(type) to '\(target)' of type \(targetType)", fix: conversionFix(expected: targetType, got: type))
    }
    static func letConstant(_ name: String) -> Message {
        Message("cannot assign to '\(name)': '\(name)' is a let constant", fix: "declare it with 'var \(name)' to change it")
    }
    static func letElement(_ name: String) -> Message {
        Message("cannot change an element of '\(name)': '\(name)' is a let constant", fix: "declare it with 'var \(name)' to change it")
    }
    static let assignElementOfNonVariable = Message("can only assign to elements of a variable")
    static let arraySubscriptArguments = Message("an array is indexed with one Int, e.g. xs[0]")
    static let dictionarySubscriptArguments = Message("a dictionary is indexed with one key, e.g. d[\"a\"] or d[\"a\", default: 0]")
    static func indexNotInt(_ type: FolioType) -> Message { Message("an index must be an Int, got \(type)", fix: conversionFix(expected: .int, got: type)) }
    static func cannotIndex(_ type: FolioType) -> Message { Message("cannot index into a value of type \(type)", fix: "only arrays and dictionaries can be indexed with [i]") }
    static func optionalSubscript(_ type: FolioType) -> Message {
        Message("value of optional type \(type) must be unwrapped before indexing", fix: "unwrap it first: if let x = ... { x[0] }, or write x?[0]")
    }
    static let stringSubscript = Message("a String cannot be indexed with an Int", fix: "use Array(text)[i], or text.prefix(n)")
    static func readOnlyMember(_ name: String) -> Message { Message("cannot assign to '\(name)': it is read-only") }
    static let cannotAssign = Message("cannot assign to this expression", fix: "assign to a variable declared with var")
    static func redeclaration(_ name: String) -> Message { Message("invalid redeclaration of '\(name)'", fix: "choose another name") }
    static func duplicateParameter(_ name: String) -> Message { Message("two parameters are named '\(name)'", fix: "give each parameter its own name") }
    static func missingReturn(_ name: String, _ type: FolioType) -> Message {
        Message("missing return in function '\(name)' expected to return \(type)", fix: "end every path of the body with 'return value'")
    }
    static let returnOutsideFunction = Message("'return' is only allowed inside a function or closure")
    static func returnNeedsValue(_ type: FolioType) -> Message { Message("this function must return a value of type \(type)", fix: "write return value") }
    static let returnInVoidFunction = Message("this function does not return a value", fix: "add '-> Type' to the declaration, or remove the value")
    static let emptyInterpolationValue = Message("this interpolation has no value")
    static func notNeedsBool(_ type: FolioType) -> Message { Message("'!' needs a Bool, got \(type)") }
    static func unaryNeedsNumber(_ op: String, _ type: FolioType) -> Message { Message("unary '\(op)' needs a number, got \(type)") }
    static func conditionalTypes(_ a: FolioType, _ b: FolioType) -> Message {
        Message("the two results of '? :' have different types, \(a) and \(b)", fix: "make both results the same type")
    }
    static func forceUnwrapNotOptional(_ type: FolioType) -> Message {
        Message("cannot force unwrap a value of non-optional type \(type)", fix: "remove the '!'")
    }
    static func chainNotOptional(_ type: FolioType) -> Message { Message("cannot use optional chaining on a value of non-optional type \(type)", fix: "remove the '?'") }
    static let partialRangeOutsideSubscript = Message("a one-sided range can only be used in a switch case or a subscript",
                                                      fix: "write both bounds, e.g. 0..<n")
    static let emptyDictionaryNeedsType = Message("an empty dictionary literal needs a type", fix: "write the type, e.g. var d: [String: Double] = [:]")
    static func dictionaryKeyType(_ type: FolioType) -> Message { Message("dictionary keys must be Int, Double, String or Bool, got \(type)") }
    static func functionNeedsCall(_ name: String) -> Message { Message("'\(name)' is a function; call it with (...)", fix: "write \(name)(...)") }
    static func typeIsNotValue(_ name: String, members: [String]) -> Message {
        Message("'\(name)' is a type, not a value", fix: members.isEmpty ? nil : "use one of: " + members.map { "\(name).\($0)(...)" }.joined(separator: ", "))
    }
    static func staticFunctionNeedsCall(_ type: String, _ name: String) -> Message {
        Message("'\(type).\(name)' is a function; call it with (...)", fix: "write \(type).\(name)(...)")
    }
    static func noStaticMember(_ type: String, _ name: String, didYouMean: String?) -> Message { Message("type '\(type)' has no member '\(name)'", fix: didYouMean) }
    static func noStaticFunction(_ type: String, _ name: String, didYouMean: String?) -> Message { Message("type '\(type)' has no function '\(name)'", fix: didYouMean) }
    static func noTupleElement(count: Int, _ position: Int) -> Message {
        Message("a tuple of \(count) values has no element \(position)", fix: "use .0 to .\(count - 1)")
    }
    static func optionalMember(_ type: FolioType, _ name: String, wrapped: FolioType) -> Message {
        Message("value of optional type \(type) must be unwrapped to use its member '\(name)'",
                fix: "unwrap it first with 'if let', '??' or '!', or write x?.\(name)")
    }
    static func noMember(_ type: FolioType, _ name: String, didYouMean: String?) -> Message { Message("a value of type \(type) has no member '\(name)'", fix: didYouMean) }
    static func methodNeedsCall(_ name: String) -> Message { Message("'\(name)' is a method; call it with ()", fix: "write .\(name)()") }
    static func noMethod(_ type: FolioType, _ name: String, didYouMean: String?) -> Message { Message("a value of type \(type) has no method '\(name)'", fix: didYouMean) }
    static func propertyNotMethod(_ name: String) -> Message { Message("'\(name)' is a property, not a method", fix: "remove the (): write .\(name)") }
    static func hostSubscriptArguments(_ type: FolioType) -> Message { Message("a value of type \(type) is indexed with one value, e.g. x[0]") }
    static func hostIndexType(_ type: FolioType, _ expected: FolioType, _ got: FolioType) -> Message {
        Message("an index of \(type) must be \(expected), got \(got)", fix: conversionFix(expected: expected, got: got))
    }
    static func operatorTypes(_ op: String, _ l: FolioType, _ r: FolioType, fix: String?) -> Message {
        Message("operator '\(op)' cannot combine \(l) and \(r)", fix: fix)
    }
    static let numberToStringFix = "convert the number with String(...), or write \"\\(...)\""
    static let bothBoolFix = "both sides must be Bool"
    static let unwrapFix = "unwrap the optional first with 'if let', '?? default' or '!'"
    static let rangeBoundsFix = "a range needs two Ints, two Doubles or two Strings, e.g. 0..<10"
    static let patternMatchFix = "write range ~= value, e.g. 1...9 ~= n"
    static func coalescingNotOptional(_ type: FolioType) -> Message {
        Message("the left side of '??' must be optional, got \(type)", fix: "remove '?? ...': the value is never nil")
    }
    static func coalescingTypes(_ a: FolioType, _ b: FolioType) -> Message { Message("the default of '??' must be \(a), got \(b)") }
    static func closureArity(expected: Int, got: Int) -> Message {
        Message("this closure takes \(got) argument\(got == 1 ? "" : "s") but \(expected) \(expected == 1 ? "is" : "are") expected here",
                fix: expected == 1 ? "write { x in ... } or use $0" : "write { " + (0..<expected).map { "a\($0)" }.joined(separator: ", ") + " in ... }")
    }
    static func valueNotCallable(_ name: String, _ type: FolioType) -> Message { Message("cannot call '\(name)', a value of type \(type)", fix: "remove the parentheses") }
    static let notCallable = Message("this expression cannot be called")
    static func typeNotCallable(_ name: String, members: [String]) -> Message {
        Message("'\(name)' cannot be called directly", fix: members.isEmpty ? nil : "use one of: " + members.map { "\(name).\($0)(...)" }.joined(separator: ", "))
    }
    static func argumentType(_ which: String, of call: String, expected: FolioType, got: FolioType) -> Message {
        Message("wrong type for argument \(which) of '\(call)': expected \(expected), got \(got)", fix: conversionFix(expected: expected, got: got))
    }
    static let caseWithBlock = Message("a case cannot take a { ... } block")
    static func noBlock(_ call: String) -> Message { Message("'\(call)' does not take a { ... } block", fix: "remove the block") }
    static func builderWithParameters(_ call: String) -> Message { Message("a '\(call) { ... }' block takes no parameters") }
    static func builderStatement(_ word: String) -> Message {
        Message("a { ... } block after a call holds one expression per line, not '\(word)'", fix: "define names before the call and use them inside the block")
    }
    static func builderItemType(_ call: String, _ item: FolioType, _ got: FolioType, examples: String?) -> Message {
        Message("a '\(call) { ... }' block holds \(item) values, got \(got)", fix: examples)
    }
    static func mutatingOnLet(_ call: String, _ name: String) -> Message {
        Message("cannot use '\(call)' on '\(name)': '\(name)' is a let constant", fix: "declare it with 'var \(name)' to change it")
    }
    static func mutatingNeedsVariable(_ call: String) -> Message { Message("'\(call)' changes its receiver; call it on a variable") }
    static func caseWithoutType(_ name: String) -> Message {
        Message("cannot tell which type '.\(name)' belongs to", fix: "use it where a parameter expects it, e.g. Dense(10, activation: .\(name))")
    }
    static func caseForWrongType(_ name: String, _ type: FolioType) -> Message { Message("'.\(name)' is a case, but a value of type \(type) is expected here") }
    static func notACase(_ name: String, of type: String, cases: [String]) -> Message {
        Message("'.\(name)' is not a case of \(type)",
                fix: Suggestions.didYouMean(name, in: cases, prefix: ".") ?? "expected one of: " + cases.map { "." + $0 }.joined(separator: ", "))
    }
    static func caseNeedsArguments(_ name: String, signature: String) -> Message {
        Message("'.\(name)' needs arguments", fix: "write " + signature.replacingOccurrences(of: ":)", with: ": ...)"))
    }

    static func conversionFix(expected: FolioType, got: FolioType) -> String {
        switch (expected, got) {
        case (.int, .double): return "convert it with Int(...) (rounds toward zero)"
        case (.int, .string): return "convert it with Int(...)"
        case (.double, .string): return "convert it with Double(...)"
        case (.string, .int), (.string, .double), (.string, .bool): return "convert it with String(...) or \"\\(...)\""
        case (_, .optional(let t)) where expected == t: return "unwrap it with 'if let', '?? default' or '!'"
        default: return "pass a value of type \(expected)"
        }
    }
}

// MARK: - Running

extension Message {
    static func indexOutOfRange(_ i: Int, count: Int) -> Message {
        Message("index \(i) is out of range for an array of \(count) element\(count == 1 ? "" : "s")",
                fix: count == 0 ? "the array is empty" : "valid indices are 0...\(count - 1)")
    }
    static func sliceOutOfRange(_ lo: Int, _ hi: Int, count: Int) -> Message {
        Message("the range \(lo)..<\(hi) is out of bounds for \(count) element\(count == 1 ? "" : "s")", fix: "valid bounds are 0...\(count)")
    }
    static func overflow(_ a: Int, _ op: String, _ b: Int) -> Message {
        Message("integer overflow: \(a) \(op) \(b) does not fit in an Int", fix: "use Double values for very large numbers, e.g. Double(\(a)) \(op) Double(\(b))")
    }
    static func divisionByZero(_ a: Int) -> Message { Message("division by zero: \(a) / 0", fix: "check that the divisor is not 0 first") }
    static func remainderByZero(_ a: Int) -> Message { Message("remainder by zero: \(a) % 0", fix: "check that the divisor is not 0 first") }
    static let unwrappedNil = Message("unexpectedly found nil while unwrapping an Optional value", fix: "check for nil first with 'if let' or give a default with '??'")
    static func rangeBounds(_ lo: Int, _ hi: Int) -> Message { Message("range lower bound \(lo) is greater than its upper bound \(hi)") }
    static func rangeBounds(_ lo: String, _ hi: String) -> Message { Message("range lower bound \(lo) is greater than its upper bound \(hi)") }
    static func rangeTooLarge(_ range: String) -> Message {
        Message("the range \(range) is too large to hold as an array", fix: "loop over it directly: for i in \(range) { ... }")
    }
    static func stepBudget(_ budget: Int) -> Message {
        Message("this cell ran more than \(budget) loop iterations, its step budget",
                fix: "check that the loop ends; if the work is really this long, raise the budget with a line '//| steps: N' at the top of the cell")
    }
    static func recursionTooDeep(_ depth: Int) -> Message {
        Message("too many nested calls: the calls went more than \(depth) deep (or ran out of stack)",
                fix: "check that the recursion ends, e.g. if n <= 1 { return n }")
    }
    static let ampersandOutsideInoutArgument = Message("'&' can only pass a variable to an inout parameter", fix: "remove the '&'")
    static let ampersandForNonInout = Message("'&' used with a parameter that is not inout", fix: "remove the '&', or declare the parameter 'inout'")
    static func inoutNeedsAmpersand(_ type: FolioType) -> Message {
        Message("passing a value of type \(type) to an inout parameter requires an explicit '&'", fix: "write &variable")
    }
    static func variadicInout(_ name: String) -> Message {
        Message("the inout parameter '\(name)' cannot also be variadic ('...')", fix: "take an array instead: inout [T]")
    }
    static func inoutOfConstant(_ name: String) -> Message {
        Message("cannot pass '\(name)' to an inout parameter: '\(name)' is a let constant", fix: "declare it with 'var \(name)' to change it")
    }
    static let inoutNeedsVariable = Message("only a variable, or an element of one, can be passed to an inout parameter", fix: "store the value in a var first")
    static func inoutType(expected: FolioType, got: FolioType) -> Message {
        Message("an inout parameter of type \(expected) needs a variable of exactly that type, got \(got)")
    }
    static func inoutFunctionAsValue(_ name: String) -> Message {
        Message("'\(name)' has inout parameters, so it can only be called directly", fix: "call it: \(name)(&variable)")
    }
    static let discardOutsideAssignment = Message("'_' can only be used on the left of '_ = value'")
    static let syntaxErrorExpression = Message("this expression has a syntax error")
}
