for i in 1...20 where i % 3 == 0 {
    print(i)
}
// MARK: cell
let values = [4, -1, 7, -3, 0]
for v in values where v > 0 {
    print("positive", v)
}
