let r = Int.max.addingReportingOverflow(1)
print(r.partialValue, r.overflow)
// MARK: cell
let s = 5.multipliedReportingOverflow(by: 3)
print(s.partialValue, s.overflow)
