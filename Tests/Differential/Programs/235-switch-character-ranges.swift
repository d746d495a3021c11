func category(_ c: Character) -> String {
    switch c {
    case "0"..."9": return "digit"
    case "a"..."z": return "lower"
    case "A"..."Z": return "upper"
    default: return "other"
    }
}
// MARK: cell
print("a1Z!".map(category))
