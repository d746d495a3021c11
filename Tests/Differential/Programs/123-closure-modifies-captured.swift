var log: [String] = []
let record = { (s: String) in log.append(s) }
// MARK: cell
record("a")
record("b")
print(log)
