var shared = 0
var readers: [() -> Int] = []
for _ in 0..<3 {
    shared += 1
    readers.append { shared }
}
print(readers.map { $0() })
