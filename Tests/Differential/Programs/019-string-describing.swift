let s = String(describing: [1, 2])
print(s)
print(s.count)
// MARK: cell
print(String(3))
print(String(2.5))
print(String(true))
print(String(describing: (1, 2)))
