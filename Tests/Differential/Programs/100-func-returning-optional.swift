func index(of target: String, in words: [String]) -> Int? {
    for (i, w) in words.enumerated() {
        if w == target { return i }
    }
    return nil
}
// MARK: cell
print(index(of: "b", in: ["a", "b"]))
print(index(of: "z", in: ["a", "b"]))
