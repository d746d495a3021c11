let words: [String?] = ["12", "x", nil]
for w in words {
    print(w.map { $0.count } as Any, w.flatMap { Int($0) } as Any)
}
let doubled = Int("21").map { $0 * 2 } ?? 0
print(doubled)
let nested = Int("3").map { Int("\($0)4") }
print(nested as Any)
// MARK: cell
let big = Int.max
let sum = big.addingReportingOverflow(1)
print(sum, sum.partialValue, sum.overflow)
print(Int.min.subtractingReportingOverflow(1))
print(3.multipliedReportingOverflow(by: 4), (1 << 62).multipliedReportingOverflow(by: 4).overflow)
let zero = Int("0") ?? 0
print(7.dividedReportingOverflow(by: zero), 7.remainderReportingOverflow(dividingBy: 2))
let minusOne = Int("-1") ?? 0
print(Int.min.dividedReportingOverflow(by: minusOne).overflow)
