func repeatTimes(_ n: Int, _ body: (Int) -> Void) {
    for i in 0..<n { body(i) }
}
repeatTimes(3) { i in
    print("round", i)
}
// MARK: cell
repeatTimes(2) { print("shorthand", $0) }
