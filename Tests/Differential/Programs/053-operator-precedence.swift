print(1 + 2 * 3 - 4 / 2)
print(10 - 4 - 3)
print(100 / 10 / 5)
print(2 * 3 % 4)
// MARK: cell
print((1 < 2) == true)
print(-2 * -3 + 1)
