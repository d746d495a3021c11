print(Double.pi)
print(Double.pi / 2)
print(Double.infinity > 1e308)
// MARK: cell
print(Double.greatestFiniteMagnitude)
print(Double.leastNonzeroMagnitude)
