var log: [String] = []
let record = { (s: String) in log.append(s) }
record("a")
record("b")
print(log)
