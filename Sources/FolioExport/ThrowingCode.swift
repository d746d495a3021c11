import FolioLanguage

/// Where a cell's Swift needs `try` and `throws`. FolioKit's calls throw (a missing file, a shape
/// mismatch), so the statement that makes one needs `try`; a `func` that makes one is written
/// `throws` and every call of it needs `try` in turn; a closure that makes one throws too, which
/// Swift allows when it is passed straight to a call (the standard library's `map`, `filter`,
/// `sorted(by:)`, … rethrow, and FolioKit's calls take throwing closures) — that call needs `try`.
struct ThrowingCode {
    private let facts: TranslatedCellFacts
    private let lines: [String]
    private var pending: [(statement: SourceRange?, function: SourceRange?)] = []
    private var throwingFunctions: Set<SourceRange> = []

    /// Where `try ` goes: the starts of statement-level expressions.
    private(set) var tryStarts: Set<Position> = []
    /// Where ` throws` goes: after the parameter list of each throwing `func`.
    private(set) var throwsPositions: [Position] = []
    /// Throwing closures that are not passed straight to a call (stored in a variable, say).
    private(set) var unpassedClosures: [SourceRange] = []

    init(facts: TranslatedCellFacts, lines: [String]) {
        self.facts = facts
        self.lines = lines
    }

    /// A throwing expression in the statement whose expression is `statement`, inside `function`.
    mutating func add(_ statement: SourceRange?, in function: SourceRange?) {
        pending.append((statement, function))
    }

    /// Follows every throwing expression out to the cell's top level; `knownThrowing` (the names
    /// of the notebook's throwing funcs) gains the cell's own.
    mutating func propagate(knownThrowing: inout Set<String>) {
        while let (statement, function) = pending.popLast() {
            if let statement { tryStarts.insert(statement.start) }
            guard let function, throwingFunctions.insert(function).inserted,
                  let site = facts.functionSites.first(where: { $0.range == function }) else { continue }
            if let name = site.name {
                knownThrowing.insert(name)
                if let end = Self.parameterListEnd(lines, from: site.range.start) { throwsPositions.append(end) }
                for call in facts.valueCalls where call.calleeName == name { pending.append((call.statementExpression, call.enclosingFunction)) }
            } else if site.isVocabularyArgument {
                pending.append((site.statementExpression, site.enclosingFunction))
            } else {
                unpassedClosures.append(site.range)
            }
        }
    }

    /// The position right after the `)` that closes a `func`'s parameter list, the declaration
    /// starting at `start` (string literals in default values skipped).
    static func parameterListEnd(_ lines: [String], from start: Position) -> Position? {
        var depth = 0, inString = false, escaped = false, opened = false
        for lineIndex in start.line..<lines.count {
            let characters = Array(lines[lineIndex])
            var column = lineIndex == start.line ? start.column : 0
            while column < characters.count {
                let c = characters[column]
                if inString {
                    if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                } else if c == "\"" {
                    inString = true
                } else if c == "(" {
                    depth += 1; opened = true
                } else if c == ")" {
                    depth -= 1
                    if opened && depth == 0 { return Position(line: lineIndex, column: column + 1) }
                } else if c == "{" && !opened {
                    return nil
                }
                column += 1
            }
        }
        return nil
    }
}
