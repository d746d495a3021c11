let flags = "🇫🇷🇩🇪"
print(flags.count)
// MARK: cell
let accent = "e\u{301}"
print(accent, accent.count, accent == "é")
