var seen = 0
let observe = { (x: Int) in seen += x }
// MARK: cell
observe(3)
observe(4)
// MARK: cell
print(seen)
