let inputs = ["1", "two", "3"]
var total = 0
for input in inputs {
    if let n = Int(input) {
        total += n
    } else {
        print("skipping", input)
    }
}
// MARK: cell
print(total)
