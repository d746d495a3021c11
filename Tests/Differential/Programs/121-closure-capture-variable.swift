var factor = 2
let scale = { (x: Int) in x * factor }
// MARK: cell
print(scale(5))
factor = 10
print(scale(5))
