func grade(_ score: Int) -> String {
    switch score {
    case 90...100: return "A"
    case 80..<90: return "B"
    case 70..<80: return "C"
    default: return "F"
    }
}
// MARK: cell
for s in [95, 90, 85, 72, 10] {
    print(s, grade(s))
}
