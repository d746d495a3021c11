let s = "hello"
print(s.count, s.isEmpty, "".isEmpty)
// MARK: cell
print("héllo".count)
