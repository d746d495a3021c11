func kind(_ c: String) -> String {
    switch c {
    case "a", "e", "i", "o", "u":
        return "vowel"
    case "y":
        return "sometimes"
    default:
        return "consonant"
    }
}
// MARK: cell
print(kind("a"), kind("y"), kind("z"))
