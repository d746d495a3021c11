let s = "hello"
print(s.contains("e"))
print(s.firstIndex(of: "l") != nil)
print(s.filter { $0 != "l" })
