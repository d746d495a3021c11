for i in 0..<10 {
    if i == 4 {
        break
    }
    print(i)
}
// MARK: cell
var k = 0
while true {
    k += 1
    if k > 3 { break }
}
print(k)
