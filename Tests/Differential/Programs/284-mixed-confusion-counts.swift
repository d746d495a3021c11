let truth = [0, 1, 1, 0, 1, 2, 2, 0]
let guess = [0, 1, 0, 0, 1, 2, 1, 2]
var matrix = Array(repeating: Array(repeating: 0, count: 3), count: 3)
for (t, g) in zip(truth, guess) {
    matrix[t][g] += 1
}
// MARK: cell
print(matrix)
let correct = zip(truth, guess).filter { $0 == $1 }.count
print(correct, Double(correct) / Double(truth.count))
