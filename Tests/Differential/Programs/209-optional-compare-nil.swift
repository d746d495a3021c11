let a: Int? = nil
let b: Int? = 3
print(a == nil, b == nil)
print(b == 3, a == 3)
// MARK: cell
print(a != nil)
