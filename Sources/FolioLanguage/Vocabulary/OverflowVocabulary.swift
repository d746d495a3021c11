import FolioCore

/// Int arithmetic that reports overflow instead of stopping (`Int.max.addingReportingOverflow(1)`),
/// as Swift's `FixedWidthInteger` methods do: a `(partialValue: Int, overflow: Bool)` tuple.
enum OverflowVocabulary {
    static let result = FolioType.tuple([.labelled("partialValue", .int), .labelled("overflow", .bool)])

    static var declarations: [Declaration] {
        typealias Operation = (Int, Int) -> (partialValue: Int, overflow: Bool)
        func method(_ name: String, label: String?, _ doc: String, example: String, _ operation: @escaping Operation) -> Declaration {
            Declaration(.method, owner: "Int", name, [Parameter(label, name: "other", .int)], returns: result, doc: doc, example: example) { call in
                guard case .int(let n)? = call.receiver else { throw RuntimeError("\(name) needs an Int") }
                let (value, overflow) = operation(n, try call.int("other"))
                return .tuple([.labelled("partialValue", .int(value)), .labelled("overflow", .bool(overflow))])
            }
        }
        return [
            method("addingReportingOverflow", label: nil, "The sum, wrapped around on overflow, and whether it overflowed.",
                   example: "Int.max.addingReportingOverflow(1)  // (partialValue: -9223372036854775808, overflow: true)") { $0.addingReportingOverflow($1) },
            method("subtractingReportingOverflow", label: nil, "The difference, wrapped around on overflow, and whether it overflowed.",
                   example: "Int.min.subtractingReportingOverflow(1)") { $0.subtractingReportingOverflow($1) },
            method("multipliedReportingOverflow", label: "by", "The product, wrapped around on overflow, and whether it overflowed.",
                   example: "5.multipliedReportingOverflow(by: 3)  // (partialValue: 15, overflow: false)") { $0.multipliedReportingOverflow(by: $1) },
            method("dividedReportingOverflow", label: "by", "The quotient and whether it overflowed (dividing by 0 gives the number itself and true).",
                   example: "7.dividedReportingOverflow(by: 0)") { $0.dividedReportingOverflow(by: $1) },
            method("remainderReportingOverflow", label: "dividingBy", "The remainder and whether it overflowed (dividing by 0 gives the number itself and true).",
                   example: "7.remainderReportingOverflow(dividingBy: 2)") { $0.remainderReportingOverflow(dividingBy: $1) },
        ]
    }
}
