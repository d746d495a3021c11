let hours = ["mon": 8, "tue": 7, "wed": 9]
var total = 0
for (_, h) in hours {
    total += h
}
print(total)
// MARK: cell
var longest = 0
for (day, h) in hours where h > longest {
    longest = h
    _ = day
}
print(longest)
