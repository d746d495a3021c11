print(7.0 + 3.5, 7.0 - 3.5, 7.0 * 3.5, 7.0 / 3.5)
print(-7.0 / 2.0)
// MARK: cell
print((-7.5).truncatingRemainder(dividingBy: 2))
print(7.5.truncatingRemainder(dividingBy: 2))
print(1.0 / 3.0 * 3.0)
