let x = -3.75
print(x.magnitude, x.sign == .minus)
print(x.isNaN, Double.nan.isNaN, x.isFinite, Double.infinity.isInfinite)
// MARK: cell
print(x.truncatingRemainder(dividingBy: 1))
print(7.0.remainder(dividingBy: 4))
