print(String(format: "%d", 42))
print(String(format: "%5d|", 42))
print(String(format: "%-5d|", 42))
print(String(format: "%05d", 42))
// MARK: cell
print(String(format: "%d items, %d left", 3, -1))
