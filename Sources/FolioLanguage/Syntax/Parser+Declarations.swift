/// Declarations: `func`, and the Swift declarations Folio does not support (a clear error instead
/// of a confusing parse error).
extension Parser {
    /// `func name(_ a: Int, label b: Double = 1) -> Int { ... }`
    mutating func parseFunction() throws -> Stmt {
        let start = advance().range
        let nameToken = peek()
        guard nameToken.kind == .identifier else { throw ParseError(.expectedFunctionName(describe(nameToken)), nameToken.range) }
        advance()
        if peek().isSymbol(.less) { throw ParseError(.unsupported(.generics), peek().range) }
        _ = try expect(.lParen, "after the function name")
        ignoreNewlines.append(true)
        var parameters: [FunctionParameter] = []
        while !check(.rParen) {
            parameters.append(try parseFunctionParameter())
            if !accept(.comma) { break }
        }
        _ = try expect(.rParen, "to close the parameter list")
        popNewlineMode()
        for word in ["async", "throws", "rethrows"] where peek().kind == .identifier && peek().text == word {
            throw ParseError(.unsupported(word == "async" ? .async : .throwing), peek().range)
        }
        var returnType: TypeAnnotation?
        if accept(.arrow) { returnType = try parseTypeAnnotation() }
        let body = try parseBlock("to start the body of '\(nameToken.text)'")
        let declaration = FunctionDeclaration(name: nameToken.text, nameRange: nameToken.range, parameters: parameters,
                                              returnType: returnType, body: body)
        return Stmt(kind: .function(declaration), range: start.to(lastRange))
    }

    private mutating func parseFunctionParameter() throws -> FunctionParameter {
        let first = peek()
        var label: String?
        var name: String
        let isWord = first.kind == .identifier || first.kind == .keyword
        if first.isSymbol(.underscore) || isWord {
            advance()
            let second = peek()
            if second.kind == .identifier || second.kind == .keyword {
                advance()
                label = first.isSymbol(.underscore) ? nil : first.text
                name = second.text
            } else {
                guard isWord else { throw ParseError(.expectedParameterName(describe(second)), second.range) }
                label = first.text
                name = first.text
            }
        } else {
            throw ParseError(.expectedParameterName(describe(first)), first.range)
        }
        guard accept(.colon) else { throw ParseError(.parameterNeedsType(name), missingRange(before: peek())) }
        var isInout = false
        if peek().kind == .identifier && peek().text == "inout" {
            advance()
            isInout = true
        }
        var type = try parseTypeAnnotation()
        var variadic = false
        if accept(.closedRange) {
            if isInout { throw ParseError(.variadicInout(name), lastRange) }
            variadic = true
            type = TypeAnnotation(type: .array(type.type), range: type.range.to(lastRange))
        }
        var defaultValue: Expr?
        if accept(.assign) { defaultValue = try parseExpression() }
        var parameter = FunctionParameter(label: label, name: name, type: type, defaultValue: defaultValue, range: first.range.to(lastRange))
        parameter.variadic = variadic
        parameter.isInout = isInout
        return parameter
    }

    /// The error for a Swift declaration or construct Folio does not support, when `token` starts one.
    func unsupportedDeclaration(_ token: Token) -> ParseError? {
        guard token.kind == .identifier, let feature = UnsupportedFeature(keyword: token.text) else { return nil }
        let next = peekRaw(1)
        // `class Foo`, `import Foundation`, `await f()`: the word is followed by a name on its line.
        guard next.kind == .identifier || (feature == .await && next.kind != .newline && next.kind != .eof && !next.isSymbol(.assign)
                                             && !next.isSymbol(.dot) && !next.isSymbol(.lParen)) else { return nil }
        return ParseError(.unsupported(feature), token.range)
    }
}

/// Swift that Folio does not support, each with what to write instead.
enum UnsupportedFeature: Sendable {
    case structs, classes, enums, protocols, extensions, actors, imports, typealiases, await, async, throwing, generics

    init?(keyword: String) {
        switch keyword {
        case "struct": self = .structs
        case "class": self = .classes
        case "enum": self = .enums
        case "protocol": self = .protocols
        case "extension": self = .extensions
        case "actor": self = .actors
        case "import": self = .imports
        case "typealias": self = .typealiases
        case "await": self = .await
        case "try": self = .throwing
        default: return nil
        }
    }
}
