func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
}
// MARK: cell
print("[" + pad("7", 3) + "]")
print("[" + pad("1234", 3) + "]")
