let double = { (x: Int) -> Int in x * 2 }
print(double(4))
// MARK: cell
let greet = { (name: String) in print("hi", name) }
greet("Bo")
