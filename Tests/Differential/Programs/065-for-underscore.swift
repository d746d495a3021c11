var count = 0
for _ in 0..<4 {
    count += 1
}
print(count)
// MARK: cell
for _ in 1...2 {
    print("hi")
}
