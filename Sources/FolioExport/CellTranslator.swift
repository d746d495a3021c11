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

    /// The cell's lines in Swift, or the reasons it cannot be exported.
    func translate(_ cell: Cell, parsed: ParsedCell, facts: TranslatedCellFacts) -> Result<[String], DiagnosticList> {
        var problems: [Diagnostic] = parsed.diagnostics.filter { $0.severity == .error } + facts.diagnostics.filter { $0.severity == .error }
        guard problems.isEmpty else { return .failure(DiagnosticList(problems)) }
        var edits = SourceEdits()
        var needsTry = Set<Position>()
        func refuse(_ message: String, at range: SourceRange?, fix: String) {
            problems.append(parsed.source.diagnostic(message, at: range ?? SourceRange(Position(line: 0, column: 0), Position(line: 0, column: 1)), fix: fix))
        }
        for call in facts.calls {
            let signature = call.declaration.signature
            if call.declaration.kind == .function && call.declaration.name == "print" && call.declaration.owner == nil {
                if let nameRange = call.nameRange, case .report(let report) = target { edits.replace(nameRange, with: report + ".print") }
            } else if KitCoverage.signatures.contains(signature) {
                if KitCoverage.layers.contains(call.declaration.name) { continue }
                if call.insideBuilder {
                    refuse("folio export cannot write \(signature) inside a builder block yet", at: call.nameRange,
                           fix: "bind it to a name before the block")
                } else if call.insideFunction {
                    refuse("folio export cannot write a call of \(signature) inside a func or closure yet (FolioKit calls throw)",
                           at: call.nameRange, fix: "call it outside the closure, or run this notebook with folio run")
                } else if let start = call.statementExpression?.start {
                    needsTry.insert(start)
                }
            } else if KitCoverage.renamed[signature] != nil, usedAsOptional(call.range, in: parsed.source.lines) || facts.optionalUses.contains(call.range) {
                // `xs.last!`, `xs.last ?? 0`: the notebook already treats it as Swift's optional.
                continue
            } else if let name = KitCoverage.renamed[signature], !call.insideFunction, let nameRange = call.nameRange,
                      let start = call.statementExpression?.start {
                edits.replace(nameRange, with: name)
                needsTry.insert(start)
            } else if KitCoverage.sameAsLoopSequence.contains(signature), facts.loopSequences.contains(call.range) {
                continue
            } else if KitCoverage.sameWhenSorted.contains(signature), followed(call.range, by: ".sorted(", in: parsed.source.lines) {
                continue
            } else if !KitCoverage.sameInSwift.contains(signature) {
                refuse("folio export cannot write \(signature) in Swift yet", at: call.nameRange,
                       fix: "neither FolioKit nor the exporter covers it yet (or Folio's meaning differs from Swift's); run this notebook with folio run")
            }
        }
        for loop in facts.dictionaryLoops {
            refuse("folio export cannot write a for loop over a dictionary yet: Folio goes through it in insertion order, Swift in no fixed order",
                   at: loop, fix: "loop over its entries in a fixed order: for (key, value) in dict.sorted(by: { $0.key < $1.key })")
        }
        guard problems.isEmpty else { return .failure(DiagnosticList(problems)) }

        let shownStarts = Set(facts.shownExpressions.map(\.start))
        for start in needsTry where !shownStarts.contains(start) { edits.insert("try ", at: start) }
        for shown in facts.shownExpressions {
            let prefix = needsTry.contains(shown.start) ? "try " : ""
            switch target {
            case .report(let report):
                edits.insert(prefix + report + ".show(", at: shown.start)
            case .script:
                edits.insert(prefix + "print(", at: shown.start)
            }
            edits.insert(")", at: shown.end)
        }
        return .success(edits.applied(to: parsed.source.lines))
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
