/// Types (`Int`, `[String: Double]`, `(Int) -> Bool`, `Double?`) and binding patterns.
extension Parser {
    mutating func parseTypeAnnotation() throws -> TypeAnnotation {
        let start = peek().range
        let type = try parseType()
        return TypeAnnotation(type: type, range: start.to(lastRange))
    }

    mutating func parseType() throws -> FolioType {
        var type: FolioType
        let token = peek()
        try enterNesting(token, .nestedLevels(Parser.maximumDepth))
        defer { depth -= 1 }
        if token.kind == .identifier, token.text == "@escaping" || token.text == "@autoclosure" {
            advance()
            return try parseType()
        }
        if token.isSymbol(.lBracket) {
            advance()
            let element = try parseType()
            if accept(.colon) {
                let value = try parseType()
                _ = try expect(.rBracket, "to close the dictionary type")
                type = .dictionary(element, value)
            } else {
                _ = try expect(.rBracket, "to close the array type")
                type = .array(element)
            }
        } else if token.isSymbol(.lParen) {
            advance()
            var elements: [FolioType] = []
            var labels: [String?] = []
            repeat {
                if check(.rParen) { break }
                // `(_ x: Int) -> Int`: parameter names in a function type are allowed and ignored;
                // in a tuple type `(name: String, acc: Double)` they are the tuple's labels.
                var label: String?
                if peek().kind == .identifier, peekRaw(1).isSymbol(.colon) { label = peek().text; advance(); advance() }
                else if peek().isSymbol(.underscore), peekRaw(1).isSymbol(.colon) { advance(); advance() }
                else if peek().isSymbol(.underscore), peekRaw(1).kind == .identifier, peekRaw(2).isSymbol(.colon) { advance(); advance(); advance() }
                elements.append(try parseType())
                labels.append(label)
            } while accept(.comma)
            _ = try expect(.rParen, "to close the tuple type")
            if accept(.arrow) {
                let result = try parseType()
                return .function(elements.count == 1 && elements[0] == .void ? [] : elements, result)
            }
            type = elements.isEmpty ? .void : elements.count == 1 ? elements[0]
                : .tuple(zip(labels, elements).map { label, element in label.map { .labelled($0, element) } ?? element })
        } else if token.kind == .identifier {
            advance()
            switch token.text {
            case "Int": type = .int
            case "Double": type = .double
            case let name where Message.otherNumberType(name) != nil:
                throw ParseError(Message.otherNumberType(name) ?? .unsupportedType(name), token.range)
            case "String", "Character", "Substring": type = .string
            case "Bool": type = .bool
            case "Any": type = .any
            case "Void": type = .void
            case "Array", "Optional", "Dictionary", "Set", "Range", "ClosedRange":
                guard accept(.less) else { throw ParseError(.genericTypeNeedsArguments(token.text), token.range) }
                let first = try parseType()
                var second: FolioType?
                if accept(.comma) { second = try parseType() }
                if peek().isSymbol(.shiftRight) {
                    // `Array<Array<Int>>`: the lexer read `>>` as one token; take its first `>`.
                    let t = peek()
                    tokens[pos] = Token(kind: .symbol, text: ">", range: SourceRange(Position(line: t.range.start.line, column: t.range.start.column + 1), t.range.end))
                } else {
                    _ = try expect(.greater, "to close '\(token.text)<...>'")
                }
                switch (token.text, second) {
                case ("Array", nil): type = .array(first)
                case ("Optional", nil): type = .optional(first)
                case ("Dictionary", let v?): type = .dictionary(first, v)
                case ("Range", nil): type = .range(first, closed: false)
                case ("ClosedRange", nil): type = .range(first, closed: true)
                default: throw ParseError(.unsupportedType(token.text), token.range)
                }
            default: type = .named(token.text)
            }
        } else {
            throw ParseError(.expectedType(describe(token)), token.range)
        }
        while peekRaw().isSymbol(.question) || (peekRaw().isSymbol(.bang) && peekRaw().range.start == lastRange.end) {
            advance()
            type = .optional(type)
        }
        if peek().isSymbol(.arrow) {
            // `Int -> Int` without parentheses.
            advance()
            return .function([type], try parseType())
        }
        return type
    }

    mutating func parsePattern() throws -> Pattern {
        let token = peek()
        try enterNesting(token, .nestedLevels(Parser.maximumDepth))
        defer { depth -= 1 }
        if token.kind == .identifier {
            advance()
            return .name(token.text, token.range)
        }
        if token.isSymbol(.underscore) {
            advance()
            return .wildcard(token.range)
        }
        if token.isSymbol(.lParen) {
            advance()
            ignoreNewlines.append(true)
            defer { popNewlineMode() }
            var elements: [Pattern] = []
            repeat {
                if check(.rParen) { break }
                elements.append(try parsePattern())
            } while accept(.comma)
            let close = try expect(.rParen, "to close the tuple pattern")
            return .tuple(elements, token.range.to(close.range))
        }
        if token.kind == .keyword { throw ParseError(.keywordAsName(token.text), token.range) }
        throw ParseError(.expectedName(describe(token)), token.range)
    }
}
