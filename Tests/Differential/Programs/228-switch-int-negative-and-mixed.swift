func sign(_ n: Int) -> Int {
    switch n {
    case ..<0: return -1
    case 0: return 0
    default: return 1
    }
}
// MARK: cell
print([-5, 0, 8].map(sign))
