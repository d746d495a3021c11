let words: [String]? = ["a", "bb"]
let none: [String]? = nil
print(words?.count)
print(none?.count)
print(words?.first?.count)
// MARK: cell
print(none?.first ?? "empty")
print(words?.map { $0.uppercased() })
