print(Int.max &+ 1 == Int.min)
print(Int.min &- 1 == Int.max)
print(Int.max &* 2)
// MARK: cell
let big = Int.max
print(big &+ big)
