func lookup(_ key: String) -> Double? {
    key == "pi" ? 3.14 : nil
}
// MARK: cell
print(lookup("pi"))
print(lookup("e"))
let v = lookup("pi") ?? 0
print(v * 2)
