print(-1.5)
print(-0.1)
print(-1e20)
print(-1e-7)
// MARK: cell
print([-0.0, 0.0])
print(-(0.1 + 0.2))
