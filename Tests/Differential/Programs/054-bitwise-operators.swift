print(6 & 3, 6 | 3, 6 ^ 3)
print(1 << 4, 256 >> 2)
print(~0)
// MARK: cell
print(-16 >> 2)
