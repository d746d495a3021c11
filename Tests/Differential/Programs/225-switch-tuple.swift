func place(_ p: (Int, Int)) -> String {
    switch p {
    case (0, 0): return "origin"
    case (_, 0): return "x-axis"
    case (0, _): return "y-axis"
    default: return "elsewhere"
    }
}
// MARK: cell
print(place((0, 0)), place((3, 0)), place((0, 2)), place((1, 1)))
