var shared = 0
var readers: [() -> Int] = []
for _ in 0..<3 {
    shared += 1
    readers.append { shared }
}
// MARK: cell
print(readers.map { $0() })
