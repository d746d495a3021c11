for i in 0..<8 {
    if i % 2 == 1 {
        continue
    }
    print(i)
}
// MARK: cell
var m = 0
var evens = 0
while m < 10 {
    m += 1
    if m % 2 != 0 { continue }
    evens += 1
}
print(evens)
