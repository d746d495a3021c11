let x = 10
func show(_ x: Int) {
    print("param", x)
}
// MARK: cell
show(3)
print("global", x)
