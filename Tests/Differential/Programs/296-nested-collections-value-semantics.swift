var table: [String: [Int]] = ["a": [1]]
var column = table["a"]!
column.append(2)
print(table["a"]!, column)
// MARK: cell
table["a"]!.append(3)
print(table["a"]!, column)
