for i in 0..<3 {
    print("index", i)
}
// MARK: cell
let n = 0
for i in 0..<n {
    print("never", i)
}
print("done")
