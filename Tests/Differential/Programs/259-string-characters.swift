let s = "swift"
print(s.first!, s.last!)
print(Array(s))
print(s.map { String($0) })
// MARK: cell
for (i, c) in s.enumerated() where i % 2 == 0 {
    print(i, c)
}
