func emoji(_ weather: String) -> String {
    switch weather {
    case "sun", "clear":
        let icon = "☀"
        return icon
    case "rain", "drizzle", "storm":
        return "☔"
    default:
        return "?"
    }
}
// MARK: cell
print(["sun", "storm", "fog", "clear"].map(emoji).joined())
