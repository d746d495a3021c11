func double(_ values: inout [Int]) {
    for i in values.indices {
        values[i] *= 2
    }
}
// MARK: cell
var numbers = [1, 2, 3]
let before = numbers
double(&numbers)
print(before, numbers)
