for i in 1...3 {
    print(i)
}
// MARK: cell
for word in ["a", "b"] {
    print("word:", word)
}
