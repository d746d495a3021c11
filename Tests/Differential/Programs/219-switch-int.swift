func name(_ n: Int) -> String {
    switch n {
    case 0:
        return "zero"
    case 1:
        return "one"
    default:
        return "many"
    }
}
// MARK: cell
print(name(0), name(1), name(7))
