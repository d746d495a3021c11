print(true)
print(false)
let yes = 3 > 2
print(yes)
print(!yes)
// MARK: cell
print(yes && false)
print(yes || false)
