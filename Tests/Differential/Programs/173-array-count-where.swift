let xs = [3, 7, 1, 9, 4]
print(xs.filter { $0 > 3 }.count)
// MARK: cell
var hits = 0
for x in xs where x % 2 == 1 {
    hits += 1
}
print(hits)
