let a = 3
let b = 4
if a > 0, b > 0 {
    print("both positive")
}
// MARK: cell
if a > 3, b > 0 {
    print("not printed")
} else {
    print("first failed")
}
