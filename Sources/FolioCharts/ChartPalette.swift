/// Colours for charts: the Okabe–Ito palette, safe for the common forms of colour blindness
/// and legible on both light and dark backgrounds (its black is left out, and yellow comes last).
public enum ChartPalette {
    public static let blue = "#0072B2"
    public static let orange = "#E69F00"
    public static let green = "#009E73"
    public static let vermillion = "#D55E00"
    public static let purple = "#CC79A7"
    public static let skyBlue = "#56B4E9"
    public static let yellow = "#F0E442"

    /// Colours for series, in the order they are handed out.
    public static let categorical = [blue, orange, green, vermillion, purple, skyBlue, yellow]

    /// Marks something wrong (misclassified images).
    public static let alert = vermillion

    public static func color(at index: Int) -> String {
        categorical[((index % categorical.count) + categorical.count) % categorical.count]
    }
}
