let hello = { print("hello from a closure") }
hello()
hello()
// MARK: cell
let answer: () -> Int = { 42 }
print(answer())
