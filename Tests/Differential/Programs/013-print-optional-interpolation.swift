let n: Int? = 3
let missing: Int? = nil
print("n is \(String(describing: n))")
print("missing is \(String(describing: missing))")
// MARK: cell
let arr: [Int?] = [1, nil, 3]
print(arr)
