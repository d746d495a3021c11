let words = ["pear", "fig", "banana", "kiwi"]
// MARK: cell
print(words.sorted { $0.count < $1.count })
print(words.sorted { $0.count == $1.count ? $0 < $1 : $0.count < $1.count })
