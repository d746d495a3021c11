func judge(_ accuracy: Double) -> String {
    switch accuracy {
    case 0.99...:
        return "excellent"
    case 0.9..<0.99:
        return "good"
    case ..<0.5:
        return "worse than chance"
    default:
        return "fair"
    }
}
// MARK: cell
for a in [0.995, 0.99, 0.95, 0.7, 0.2] {
    print(a, judge(a))
}
