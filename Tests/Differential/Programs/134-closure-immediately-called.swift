let value = { () -> Int in
    var s = 0
    for i in 1...4 { s += i }
    return s
}()
// MARK: cell
print(value)
