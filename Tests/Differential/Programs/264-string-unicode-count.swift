let flags = "🇫🇷🇩🇪"
print(flags.count)
let accent = "e\u{301}"
print(accent, accent.count, accent == "é")
