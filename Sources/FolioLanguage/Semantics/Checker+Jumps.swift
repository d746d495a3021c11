import FolioCore

/// Labelled statements (`outer: for ...`), `break outer`, `continue outer` and `fallthrough`.
extension Checker {
    func checkLabelled(_ label: String, labelRange: SourceRange, _ statement: Stmt, topLevel: Bool, range: SourceRange) -> CheckedStmt? {
        if context.labels.contains(where: { $0.name == label }) { error(.labelInUse(label), labelRange) }
        let isLoop: Bool
        switch statement.kind {
        case .forIn, .whileLoop, .repeatWhile: isLoop = true
        default: isLoop = false
        }
        nextLabelID += 1
        let id = nextLabelID
        context.labels.append(StatementLabel(name: label, id: id, isLoop: isLoop))
        defer { context.labels.removeLast() }
        guard var checked = check(statement, topLevel: topLevel, isLast: false) else { return nil }
        guard isLoop else {
            // `label: if` and `label: switch`: `break label` leaves the statement.
            return CheckedStmt(kind: .jumpTarget(label: id, isLoopBody: false, [checked]), range: range)
        }
        // A loop: `break label` and `continue label` end the current pass of its body as break and continue would.
        func target(_ body: [CheckedStmt]) -> [CheckedStmt] { [CheckedStmt(kind: .jumpTarget(label: id, isLoopBody: true, body), range: range)] }
        switch checked.kind {
        case .forRange(let pattern, let lower, let upper, let closed, let whereClause, let body):
            checked.kind = .forRange(pattern, lower: lower, upper: upper, closed: closed, whereClause: whereClause, body: target(body))
        case .forEach(let pattern, let sequence, let kind, let whereClause, let body):
            checked.kind = .forEach(pattern, sequence, kind, whereClause: whereClause, body: target(body))
        case .whileLoop(let conditions, let body):
            checked.kind = .whileLoop(conditions, target(body))
        case .repeatWhile(let body, let condition):
            checked.kind = .repeatWhile(target(body), condition)
        default: break
        }
        return checked
    }

    func checkJump(to label: String, isContinue: Bool, range: SourceRange) -> CheckedStmt? {
        guard let target = context.labels.last(where: { $0.name == label }) else {
            error(.unknownLabel(label, known: context.labels.map(\.name)), range)
            return nil
        }
        if isContinue && !target.isLoop {
            error(.continueNeedsLoopLabel(label), range)
            return nil
        }
        return CheckedStmt(kind: .jump(label: target.id, isContinue: isContinue), range: range)
    }

    func checkFallthrough(range: SourceRange) -> CheckedStmt? {
        guard let target = context.fallthroughTargets.last else {
            error(.fallthroughOutsideSwitch, range)
            return nil
        }
        if !target.exists { error(.fallthroughFromLastCase, range) }
        if let name = target.boundName { error(.fallthroughIntoBinding(name), range) }
        return CheckedStmt(kind: .fallthroughCase, range: range)
    }
}

/// A label in scope: the statement `break` and `continue` may name.
struct StatementLabel {
    var name: String
    /// Unique in the cell, so nested statements with the same label stay apart.
    var id: Int
    var isLoop: Bool
}
