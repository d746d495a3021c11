let texts = ["1", "x", "3"]
print(texts.compactMap { Int($0) })
// MARK: cell
let maybe: [Int?] = [1, nil, 2]
print(maybe.compactMap { $0 })
