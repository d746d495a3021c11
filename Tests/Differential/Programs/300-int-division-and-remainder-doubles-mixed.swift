let total = 17
let parts = 5
let each = total / parts
// MARK: cell
let left = total % parts
print(each, left, each * parts + left == total)
print(Double(total) / Double(parts))
print((-total) / parts, (-total) % parts)
