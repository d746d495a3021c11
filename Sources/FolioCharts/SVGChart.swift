/// Anything that draws itself as SVG.
public protocol SVGChart {
    /// The heading, file-name stem and accessible name of the chart.
    var title: String { get }
    /// An inline `<svg>` element: fluid width (scales down on phones), ink in `currentColor`
    /// so it follows the page's light or dark text colour.
    func svg() -> String
    /// A complete `.svg` file: fixed pixel size, white background, dark ink (for Markdown
    /// `_files/*.svg` links, which browsers and GitHub show as images).
    func standaloneSVG() -> String
}
