let maybeList: [Int]? = [1, 2]
print(maybeList)
let noList: [Int]? = nil
print(noList)
// MARK: cell
print(maybeList?.count)
