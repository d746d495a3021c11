/// Maps a data interval onto a pixel interval (either may run backwards, as y does in SVG).
struct LinearMap {
    var domainStart: Double
    var domainEnd: Double
    var rangeStart: Double
    var rangeEnd: Double

    func callAsFunction(_ value: Double) -> Double {
        let span = domainEnd - domainStart
        guard span != 0, value.isFinite else { return (rangeStart + rangeEnd) / 2 }
        return rangeStart + (value - domainStart) / span * (rangeEnd - rangeStart)
    }
}
