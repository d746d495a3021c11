print(String(repeating: "ab", count: 3))
print(String(repeating: "-", count: 10))
print(String(repeating: "x", count: 0).isEmpty)
// MARK: cell
for n in 1...3 {
    print(String(repeating: "*", count: n))
}
