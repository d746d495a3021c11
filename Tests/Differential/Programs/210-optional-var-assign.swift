var x: Int? = nil
print(x)
x = 10
print(x)
x = nil
print(x ?? -1)
// MARK: cell
var name: String?
print(name == nil)
name = "set"
print(name!)
