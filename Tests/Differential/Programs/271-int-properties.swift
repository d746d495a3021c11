let n = -12
print(n.magnitude, n.signum(), abs(n))
print(10.isMultiple(of: 5), 10.isMultiple(of: 3))
// MARK: cell
print(Int.zero, Double.zero)
