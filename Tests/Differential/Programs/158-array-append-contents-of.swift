var xs = [1, 2]
xs.append(3)
xs.append(contentsOf: [4, 5])
print(xs)
// MARK: cell
var words: [String] = []
words.append(contentsOf: ["a", "b"])
words += ["c"]
print(words)
