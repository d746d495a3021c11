for i in 1...5 {
    print(i * i)
}
// MARK: cell
var sum = 0
for i in 1...100 {
    sum += i
}
print(sum)
