print(String(format: "%@", "obj"))
print(String(format: "name: %@, age: %d", "Ann", 30))
// MARK: cell
let label = "loss"
print(String(format: "%@ = %.4f", label, 0.123456))
