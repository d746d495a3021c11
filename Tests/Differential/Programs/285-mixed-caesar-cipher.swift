func shift(_ text: String, by n: Int) -> String {
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    var out = ""
    for c in text {
        if let i = letters.firstIndex(of: c) {
            out.append(letters[(i + n) % 26])
        } else {
            out.append(c)
        }
    }
    return out
}
// MARK: cell
let secret = shift("hello, world", by: 3)
print(secret)
print(shift(secret, by: 23))
