let s = "one two two"
// MARK: cell
print(s.replacingOccurrences(of: "two", with: "2"))
print(s.replacingOccurrences(of: "x", with: "y"))
