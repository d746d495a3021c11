/// Shared typography and ink. Text and axes use `currentColor`, so inline charts take the page's
/// text colour and read well in light and dark mode; standalone files set a dark ink on white.
enum ChartTheme {
    static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
    static let fontSize = 12.0
    static let titleFontSize = 15.0
    static let subtitleFontSize = 13.0
    static let tickFontSize = 11.0
    static let ink = "currentColor"
    /// Secondary text (tick labels, captions) and rules, as opacities of the ink.
    static let mutedOpacity = "0.72"
    static let gridOpacity = "0.12"
    static let axisOpacity = "0.45"
    static let standaloneInk = "#1f2328"
    static let standaloneBackground = "#ffffff"
}
