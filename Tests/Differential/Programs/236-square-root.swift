print(16.0.squareRoot())
print(2.0.squareRoot())
let x = 10.0
print(x.squareRoot())
// MARK: cell
print((-1.0).squareRoot())
print(Double(9).squareRoot())
