var i = 0
repeat {
    print("i =", i)
    i += 1
} while i < 3
// MARK: cell
var j = 10
repeat {
    print("runs once", j)
} while j < 5
