var total = 0
// MARK: cell
total += 5
// MARK: cell
total *= 3
print(total)
