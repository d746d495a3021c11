print(7 + 3, 7 - 3, 7 * 3, 7 / 3, 7 % 3)
print(2 + 3 * 4)
print((2 + 3) * 4)
// MARK: cell
print(-7 / 2, -7 % 2)
print(7 / -2, 7 % -2)
print(-7 / -2, -7 % -2)
