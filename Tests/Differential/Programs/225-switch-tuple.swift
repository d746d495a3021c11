func where_(_ p: (Int, Int)) -> String {
    switch p {
    case (0, 0): return "origin"
    case (_, 0): return "x-axis"
    case (0, _): return "y-axis"
    default: return "elsewhere"
    }
}
print(where_((0, 0)), where_((3, 0)), where_((0, 2)), where_((1, 1)))
