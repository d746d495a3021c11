func parse(_ s: String) -> Int {
    guard let n = Int(s) else {
        print("bad input:", s)
        return -1
    }
    return n * 2
}
// MARK: cell
print(parse("21"))
print(parse("oops"))
