func square(_ v: Int) -> Int {
    return v * v
}
print(square(7))
// MARK: cell
print(square(square(2)))
