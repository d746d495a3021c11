print(pow(2.0, 10.0))
print(pow(10.0, -2.0))
// MARK: cell
print(exp(0.0), log(1.0))
print(sin(0.0), cos(0.0))
