print(1.5)
print(2.0)
print(-3.25)
// MARK: cell
print(0.1 + 0.2)
print(1.0 / 3.0)
print(2.0 / 3.0)
