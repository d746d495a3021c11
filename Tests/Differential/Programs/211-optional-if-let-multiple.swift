let a = Int("3")
let b = Int("4")
if let x = a, let y = b {
    print(x * y)
}
// MARK: cell
if let x = a, x > 5 {
    print("big")
} else {
    print("small or nil")
}
