print(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 5 == 5, 5 != 5)
let small = 1.5
let sum = 0.1 + 0.2
print(small < 2.5, sum == 0.3, sum > 0.3)
// MARK: cell
print("apple" < "banana", "a" == "a", "B" < "a")
print(true == false, true != false)
