var x = 0.0
for _ in 0..<10 {
    x += 0.1
}
print(x)
print(x == 1.0)
// MARK: cell
print(3.0 / 10.0, 3.0 * 0.1)
print(2.0 / 0.1)
