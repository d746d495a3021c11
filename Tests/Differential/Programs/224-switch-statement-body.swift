var log: [String] = []
for n in 1...6 {
    switch n % 3 {
    case 0:
        log.append("fizz")
    case 1:
        let doubled = n * 2
        log.append(String(doubled))
    default:
        break
    }
}
// MARK: cell
print(log)
