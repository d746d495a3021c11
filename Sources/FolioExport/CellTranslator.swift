import FolioCore
import FolioLanguage
import FolioMarkdown

/// Translates one checked cell into the Swift of a FolioKit program: the cell's own text, with
/// `try` where a FolioKit call can fail, the values the cell shows passed to the report, and
/// `print` writing into it. Anything the program could not say as the notebook means it is a
/// located error instead.
struct CellTranslator {
    /// How shown values and printed text reach the reader.
    enum Target {
        /// A package's program: `report.show(x)`, `report.print(...)`.
        case report(name: String)
        /// A script for reading: shown values are printed.
        case script
    }

    let target: Target

    /// The cell's lines in Swift, or the reasons it cannot be exported. `throwingFunctions` are
    /// the notebook's `func`s that call FolioKit (written `throws`); the cell's own are added.
    func translate(_ cell: Cell, parsed: ParsedCell, facts: TranslatedCellFacts,
                   throwingFunctions: inout Set<String>) -> Result<[String], DiagnosticList> {
        var problems: [Diagnostic] = parsed.diagnostics.filter { $0.severity == .error } + facts.diagnostics.filter { $0.severity == .error }
        guard problems.isEmpty else { return .failure(DiagnosticList(problems)) }
        var edits = SourceEdits()
        let lines = parsed.source.lines
        func refuse(_ message: String, at range: SourceRange?, fix: String) {
            problems.append(parsed.source.diagnostic(message, at: range ?? SourceRange(Position(line: 0, column: 0), Position(line: 0, column: 1)), fix: fix))
        }
        // Statements whose expression can throw, by where that expression starts, and the function
        // (if any) each is in: FolioKit calls throw, so do the notebook's funcs and closures that make them.
        var throwing = ThrowingCode(facts: facts, lines: lines)
        var openings: [(text: String, at: Position)] = []
        for call in facts.calls {
            let signature = call.declaration.signature
            if call.declaration.kind == .function && call.declaration.name == "print" && call.declaration.owner == nil {
                if let nameRange = call.nameRange, case .report(let report) = target { edits.replace(nameRange, with: report + ".print") }
            } else if call.declaration.name == "convert" && call.declaration.owner == nil {
                // The checker's own conversion: Swift makes the same one implicitly (a literal's
                // type, an optional, a tuple's labels), except an Int value used as a Double.
                if "\(call.declaration.returns)".contains("Double") && !isNumberLiteral(call.range, in: lines) {
                    refuse("folio export cannot write an Int used as a Double yet (Swift converts only literals)", at: call.range,
                           fix: "write Double(...) around it")
                }
            } else if KitCoverage.signatures.contains(signature) {
                if KitCoverage.layers.contains(call.declaration.name) { continue }
                if call.insideBuilder {
                    refuse("folio export cannot write \(signature) inside a builder block yet", at: call.nameRange,
                           fix: "bind it to a name before the block")
                } else {
                    throwing.add(call.statementExpression, in: call.enclosingFunction)
                }
            } else if let after = KitCoverage.sameWhenFollowedBy[signature], followed(call.range, by: after, in: lines) {
                continue
            } else if KitCoverage.renamed[signature] != nil, usedAsOptional(call.range, in: lines) || facts.optionalUses.contains(call.range) {
                // `xs.last!`, `xs.last ?? 0`: the notebook already treats it as Swift's optional.
                continue
            } else if let name = KitCoverage.renamed[signature], let nameRange = call.nameRange {
                edits.replace(nameRange, with: name)
                throwing.add(call.statementExpression, in: call.enclosingFunction)
            } else if KitCoverage.sameAsLoopSequence.contains(signature) || KitCoverage.sameAsArrayWhenConsumed.contains(signature),
                      lazyValueMeansTheSame(call, signature, facts: facts, lines: lines) {
                continue
            } else if KitCoverage.madeEager.contains(signature), let owner = call.declaration.owner {
                // `Array(…)` or `String(…)` around it: the closing parenthesis now, the opening
                // after every other edit (at one place the first insertion made ends up leftmost),
                // so the wrapper sits inside a `report.show(` or `try` that starts where the call does.
                edits.insert(")", at: call.range.end)
                openings.append((owner + "(", call.range.start))
            } else if !KitCoverage.sameInSwift.contains(signature) {
                refuse("folio export cannot write \(signature) in Swift yet", at: call.nameRange,
                       fix: "neither FolioKit nor the exporter covers it yet (or Folio's meaning differs from Swift's); run this notebook with folio run")
            }
        }
        for call in facts.valueCalls {
            if let name = call.calleeName, throwingFunctions.contains(name) { throwing.add(call.statementExpression, in: call.enclosingFunction) }
        }
        throwing.propagate(knownThrowing: &throwingFunctions)
        for closure in throwing.unpassedClosures {
            refuse("folio export cannot write a FolioKit call inside a closure that is not passed straight to a call yet (the closure would throw)",
                   at: closure, fix: "make it a func, or call FolioKit outside the closure")
        }
        guard problems.isEmpty else { return .failure(DiagnosticList(problems)) }

        for position in throwing.throwsPositions { edits.insert(" throws", at: position) }
        let shownStarts = Set(facts.shownExpressions.map(\.start))
        for start in throwing.tryStarts where !shownStarts.contains(start) { edits.insert("try ", at: start) }
        for shown in facts.shownExpressions {
            let prefix = throwing.tryStarts.contains(shown.start) ? "try " : ""
            switch target {
            case .report(let report):
                edits.insert(prefix + report + ".show(", at: shown.start)
            case .script:
                edits.insert(prefix + "print(", at: shown.start)
            }
            edits.insert(")", at: shown.end)
        }
        // Folio's dictionaries keep insertion order (loops over them too): the program's are ordered.
        // Made after the edits above, so a literal's wrapper goes inside a `try` or `report.show(` there.
        // An OrderedDictionary's == also compares the order; a notebook's (like Swift's) does not.
        for comparison in facts.dictionaryComparisons {
            edits.insert(comparison.negated ? "!(" : "(", at: comparison.lhs.start)
            edits.replace(SourceRange(comparison.lhs.end, comparison.rhs.start), with: ").hasSameEntries(as: ")
            edits.insert(")", at: comparison.rhs.end)
        }
        for edit in OrderedDictionaries(parsed.statements, lines: lines).edits { edits.replace(edit.range, with: edit.text) }
        for opening in openings { edits.insert(opening.text, at: opening.at) }
        return .success(edits.applied(to: lines))
    }

    /// Whether Swift's lazy sequence, slice or substring for the call (`xs.indices`, `xs.prefix(3)`,
    /// `s.dropFirst()`) is used where it means what the notebook's array or text means.
    private func lazyValueMeansTheSame(_ call: VocabularyCallSite, _ signature: String, facts: TranslatedCellFacts, lines: [String]) -> Bool {
        let range = call.range
        if KitCoverage.counted.contains(signature), followed(range, by: ".count", in: lines) || followed(range, by: ".isEmpty", in: lines) {
            return true
        }
        if KitCoverage.printedAlike.contains(signature), preceded(range, by: "print(", in: lines),
           followed(range, by: ")", in: lines) || followed(range, by: ",", in: lines) {
            return true
        }
        if call.declaration.owner == "String" { return preceded(range, by: "String(", in: lines) && followed(range, by: ")", in: lines) }
        return facts.loopSequences.contains(range) || consumedAsArray(range, in: lines)
    }

    /// Whether the lazy sequence or slice at `range` becomes an array right away, where Swift's
    /// and the notebook's values agree: `xs.indices.map { … }`, `Array(xs.prefix(3))`, `zip(xs.indices, xs)`.
    private func consumedAsArray(_ range: SourceRange, in lines: [String]) -> Bool {
        KitCoverage.arrayMakingMembers.contains { followed(range, by: $0, in: lines) }
            || (preceded(range, by: "Array(", in: lines) && followed(range, by: ")", in: lines))
            || preceded(range, by: "zip(", in: lines)
    }

    /// Whether the expression at `range` is a literal of numbers (a number, an array or tuple of them).
    private func isNumberLiteral(_ range: SourceRange, in lines: [String]) -> Bool {
        guard range.start.line == range.end.line, lines.indices.contains(range.start.line) else { return false }
        let text = Array(lines[range.start.line]).dropFirst(range.start.column).prefix(range.end.column - range.start.column)
        // Outside string literals (a tuple literal's `"s"` in `(1, "s")`), only numbers and brackets.
        var inString = false
        return !text.isEmpty && text.allSatisfy { c in
            if c == "\"" { inString.toggle(); return true }
            return inString || c.isNumber || "[](), .-+_e".contains(c)
        }
    }

    /// Whether `text` comes right before the expression at `range`.
    private func preceded(_ range: SourceRange, by text: String, in lines: [String]) -> Bool {
        guard lines.indices.contains(range.start.line) else { return false }
        return lines[range.start.line].prefix(range.start.column).hasSuffix(text)
    }

    /// Whether the expression at `range` is followed by `!`, `?.` or `??`: the notebook treats it as
    /// an optional already (Folio accepts that), which is what Swift's namesake is.
    private func usedAsOptional(_ range: SourceRange, in lines: [String]) -> Bool {
        (followed(range, by: "!", in: lines) && !followed(range, by: "!=", in: lines))
            || followed(range, by: "?.", in: lines) || followed(range, by: "??", in: lines)
    }

    /// Whether `text` comes right after the expression at `range` (spaces aside).
    private func followed(_ range: SourceRange, by text: String, in lines: [String]) -> Bool {
        guard lines.indices.contains(range.end.line) else { return false }
        return lines[range.end.line].dropFirst(range.end.column).drop { $0 == " " }.hasPrefix(text)
    }
}
