/// A rough width estimate for text in a sans-serif system font, used only for layout (margins,
/// legend wrapping). Deterministic: no font is measured.
enum TextMetrics {
    static func width(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for character in text {
            ems += emWidth(character)
        }
        return ems * fontSize
    }

    private static func emWidth(_ character: Character) -> Double {
        switch character {
        case "i", "l", "j", "I", ".", ",", ":", ";", "|", "!", "'", "\u{2009}": return 0.26
        case "f", "t", "r", "(", ")", "[", "]", "/", "\\", " ", "-": return 0.34
        case "m", "w", "M", "W", "%", "@": return 0.86
        case "0"..."9": return 0.56
        default:
            if character.isUppercase { return 0.68 }
            if character.isASCII { return 0.56 }
            return 0.62
        }
    }
}
