var xs = [4, 1, 3]
xs.sort()
print(xs)
xs.sort(by: >)
print(xs)
// MARK: cell
var words = ["b", "c", "a"]
words.sort()
print(words)
