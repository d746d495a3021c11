let text = "42"
if let n = Int(text) {
    print("number", n)
} else {
    print("not a number")
}
// MARK: cell
if let n = Int("4x2") {
    print("number", n)
} else {
    print("not a number")
}
