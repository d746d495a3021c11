print(1_000)
print(0x1F, 0o17, 0b1010)
print(1.5e3, 2.5e-2)
// MARK: cell
print(0xFF + 1)
print(1_000.5)
