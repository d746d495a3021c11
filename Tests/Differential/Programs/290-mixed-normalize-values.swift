let raw = [3.0, 7.0, 5.0, 11.0]
let lo = raw.min()!
let hi = raw.max()!
// MARK: cell
let scaled = raw.map { ($0 - lo) / (hi - lo) }
print(scaled)
print(scaled.map { String(format: "%.2f", $0) }.joined(separator: " "))
