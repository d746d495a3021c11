let s = "hello"
print(s.contains("e"))
// MARK: cell
print(s.firstIndex(of: "l") != nil)
print(s.filter { $0 != "l" })
