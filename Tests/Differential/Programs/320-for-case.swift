let readings: [Int?] = [12, nil, 30, nil, 7]
for case let r? in readings { print("reading", r) }
var high = 0
for case let r? in readings where r > 10 { high += r }
print("high total", high)
// MARK: cell
let runs = [("mlp", 0.97), ("cnn", 0.99), ("mlp", 0.95)]
for case ("mlp", let accuracy) in runs { print("mlp", accuracy) }
var inRange = 0
outer: for case 2...4 in [1, 2, 3, 4, 5, 3] {
    inRange += 1
    if inRange == 3 { break outer }
}
print(inRange)
