func greet(person name: String, from town: String) -> String {
    return "Hello \(name) from \(town)"
}
print(greet(person: "Ana", from: "Rome"))
// MARK: cell
func area(width: Double, height: Double) -> Double {
    return width * height
}
print(area(width: 2, height: 3.5))
