func show(_ v: Int?) -> String {
    switch v {
    case nil:
        return "none"
    case let x?:
        return "some \(x)"
    }
}
// MARK: cell
print(show(nil), show(3))
