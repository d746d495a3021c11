let some: Int? = 3
let none: Int? = nil
print(some)
print(none)
// MARK: cell
let text: String? = "hi"
print(text)
let real: Double? = 2.5
print(real)
