@testable import FolioLanguage
import XCTest

final class LexerParserTests: XCTestCase {
    private func kinds(_ s: String) -> [String] {
        var lexer = Lexer(s)
        return lexer.tokenize().map { "\($0.kind.rawValue):\($0.text)" }
    }

    func testTokens() {
        XCTAssertEqual(kinds("let x = 1_000 + 2.5e-3 // note\nx..<y"), [
            "keyword:let", "identifier:x", "symbol:=", "integer:1_000", "symbol:+", "float:2.5e-3", "newline:\n",
            "identifier:x", "symbol:..<", "identifier:y", "eof:",
        ])
        XCTAssertEqual(kinds("a/* x /* nested */ y */.b"), ["identifier:a", "symbol:.", "identifier:b", "eof:"])
        XCTAssertEqual(kinds("x += -1 && !y"), ["identifier:x", "symbol:+=", "symbol:-", "integer:1", "symbol:&&", "symbol:!", "identifier:y", "eof:"])
    }

    func testStringPartsAndPositions() {
        var lexer = Lexer("  \"a\\n\\(b + \"c\")d\"")
        let tokens = lexer.tokenize()
        XCTAssertEqual(tokens[0].kind, .string)
        XCTAssertEqual(tokens[0].range.start, Position(line: 0, column: 2))
        XCTAssertEqual(tokens[0].parts.count, 3)
        guard case .interpolation(let inner, _) = tokens[0].parts[1] else { return XCTFail("no interpolation") }
        XCTAssertEqual(inner.map(\.text), ["b", "+", "\"c\"", ""])
        XCTAssertEqual(inner[0].range.start, Position(line: 0, column: 8))
        XCTAssertTrue(lexer.problems.isEmpty)
    }

    func testLexerProblems() {
        var lexer = Lexer("let s = \"open\nlet t = 1 @ 2\n/* never closed")
        _ = lexer.tokenize()
        XCTAssertEqual(lexer.problems.map(\.message), ["unterminated string literal", "unexpected character '@'", "unterminated comment '/*'"])
    }

    private func parse(_ s: String) -> ParsedCell { Session.parse(s, file: "t.md", firstLine: 1) }

    private func describe(_ e: Expr) -> String {
        switch e.kind {
        case .int(let v): return String(v)
        case .double(let v): return String(v)
        case .bool(let b): return String(b)
        case .string: return "str"
        case .nilLiteral: return "nil"
        case .array(let es): return "[" + es.map(describe).joined(separator: ",") + "]"
        case .tuple(let es): return "(" + es.map(describe).joined(separator: ",") + ")"
        case .name(let n): return n
        case .member(let b, let n, _): return describe(b) + "." + n
        case .labelled(let label, let x): return label + ":" + describe(x)
        case .implicitMember(let n): return "." + n
        case .call(let c, let args, let trailing):
            let a = args.map { ($0.label.map { $0 + ":" } ?? "") + describe($0.value) }.joined(separator: ",")
            return describe(c) + "(" + a + ")" + (trailing.map(describe) ?? "")
        case .subscriptAccess(let b, let args): return describe(b) + "[" + args.map { describe($0.value) }.joined(separator: ",") + "]"
        case .unary(let op, let x): return op.rawValue + describe(x)
        case .binary(let op, let l, let r, _): return "(" + describe(l) + op.rawValue + describe(r) + ")"
        case .conditional(let c, let a, let b): return "(" + describe(c) + "?" + describe(a) + ":" + describe(b) + ")"
        case .closure(let closure):
            let parameters = closure.parameters.map { $0.map(\.name).joined(separator: ",") + " in " } ?? ""
            return "{" + parameters + closure.body.map { statement -> String in
                if case .expression(let e) = statement.kind { return describe(e) }
                return "stmt"
            }.joined(separator: ";") + "}"
        case .dictionary(let entries): return "[" + entries.map { describe($0.key) + ":" + describe($0.value) }.joined(separator: ",") + "]"
        case .operatorFunction(let op): return op.rawValue
        case .forceUnwrap(let e): return describe(e) + "!"
        case .bindOptional(let e): return describe(e) + "?"
        case .optionalChain(let e): return describe(e)
        case .discard: return "_"
        case .inoutArgument(let e): return "&" + describe(e)
        case .cast(let e, let t): return describe(e) + " as " + t.type.description
        case .partialRange(let l, let u, let closed): return (l.map(describe) ?? "") + (closed ? "..." : "..<") + (u.map(describe) ?? "")
        case .invalid: return "?"
        }
    }

    private func expression(_ s: String) -> String {
        let cell = parse(s)
        XCTAssertEqual(cell.diagnostics.map(\.message), [], s)
        guard case .expression(let e)? = cell.statements.last?.kind else { return "not an expression" }
        return describe(e)
    }

    func testPrecedenceAndAssociativity() {
        XCTAssertEqual(expression("1 + 2 * 3 - 4"), "((1+(2*3))-4)")
        XCTAssertEqual(expression("a < b + 1 && c || !d"), "(((a<(b+1))&&c)||!d)")
        XCTAssertEqual(expression("0..<n - 1"), "(0..<(n-1))")
        XCTAssertEqual(expression("-x * 2"), "(-x*2)")
        XCTAssertEqual(expression("-3 * 2"), "(-3*2)")
        XCTAssertEqual(expression("a > 0 ? b + 1 : c ? d : e"), "((a>0)?(b+1):(c?d:e))")
    }

    func testCallsMembersAndBuilders() {
        XCTAssertEqual(expression("d.split(test: 0.2, seed: s).0"), "d.split(test:0.2,seed:s).0")
        XCTAssertEqual(expression("m.fit(\n  train,\n  optimizer: .adam(lr: 0.001)\n)"), "m.fit(train,optimizer:.adam(lr:0.001))")
        XCTAssertEqual(expression("Sequential {\n  Dense(10, activation: .relu)\n\n  Flatten()\n}.summary()"),
                       "Sequential(){Dense(10,activation:.relu);Flatten()}.summary()")
        XCTAssertEqual(expression("train\n  .normalized()\n  .prefix(10)"), "train.normalized().prefix(10)")
        XCTAssertEqual(expression("xs[i + 1][0]"), "xs[(i+1)][0]")
        XCTAssertEqual(expression("[1, 2,\n 3,]"), "[1,2,3]")
        XCTAssertEqual(expression("(a, (b, c))"), "(a,(b,c))")
        XCTAssertEqual(expression("total +\n  1"), "(total+1)")
    }

    func testStatements() {
        let cell = parse("let (a, _) = f()\nvar xs: [Double] = []\nxs += [1.0]; xs[0] = 2\nfor (i, x) in xs.enumerated() {\n  if x > 1 { break } else if x < 0 { continue } else { print(i) }\n}\nwhile false {}")
        XCTAssertEqual(cell.diagnostics.map(\.message), [])
        XCTAssertEqual(cell.statements.count, 6)
        guard case .binding(let pattern, false, nil, _) = cell.statements[0].kind else { return XCTFail() }
        XCTAssertEqual(pattern.names, ["a"])
        guard case .binding(_, true, let annotation?, _) = cell.statements[1].kind else { return XCTFail() }
        XCTAssertEqual(annotation.type, .array(.double))
        guard case .assignment(_, .add, _, _) = cell.statements[2].kind, case .assignment(_, .assign, _, _) = cell.statements[3].kind else { return XCTFail() }
        guard case .forIn(.tuple, _, _, let body) = cell.statements[4].kind, case .ifElse(_, _, let otherwise?) = body[0].kind,
              case .ifElse = otherwise[0].kind else { return XCTFail() }
    }

    func testForHeaderIsNotATrailingClosure() {
        let cell = parse("for x in items { print(x) }")
        XCTAssertEqual(cell.diagnostics.map(\.message), [])
        guard case .forIn(_, let sequence, _, let body) = cell.statements[0].kind, case .name("items") = sequence.kind else { return XCTFail() }
        XCTAssertEqual(body.count, 1)
    }

    func testParserRecoversAndReportsEveryLine() {
        let cell = parse("let = 3\nlet ok = 1\nprint(ok\nlet y = )\nif x { \n")
        XCTAssertEqual(cell.diagnostics.map { "\($0.location?.line ?? 0):\($0.message)" }, [
            "1:expected a name, found '='",
            "3:expected ',' or ')' in the argument list, found 'let'",
            "4:expected an expression, found ')'",
            "5:expected '}' to close the block, found end of cell",
        ])
        XCTAssertEqual(cell.statements.count, 1)
    }

    func testCommentsAndOptionLinesAreIgnored() {
        let cell = parse("//| label: train\n// a note\nlet x = 1 /* inline */ + 2")
        XCTAssertEqual(cell.diagnostics.count, 0)
        XCTAssertEqual(cell.boundNames, ["x"])
    }

    func testHighlightCoversTheWholeText() {
        let source = "//| echo: false\nlet d = Dataset.csv(\"a \\(x).csv\", labelColumn: 0)  /* c */\n\tfor i in 0..<3 { print(i) }\r\nlet e = 1 @"
        let pieces = highlightTokens(source)
        XCTAssertEqual(pieces.map(\.text).joined(), source)
        XCTAssertEqual(pieces.first?.kind, "comment")
        XCTAssertTrue(pieces.contains { $0.kind == "keyword" && $0.text == "let" })
        XCTAssertTrue(pieces.contains { $0.kind == "type" && $0.text == "Dataset" })
        XCTAssertTrue(pieces.contains { $0.kind == "string" && $0.text == "\"a \\(x).csv\"" })
        XCTAssertTrue(pieces.contains { $0.kind == "number" && $0.text == "0" })
        XCTAssertTrue(pieces.contains { $0.kind == "operator" && $0.text == "..<" })
        XCTAssertTrue(pieces.contains { $0.kind == "error" && $0.text == "@" })
    }
}
