let names = ["mia", "Zoe", "adam", "Bob"]
print(names.sorted())
// MARK: cell
print(names.sorted(by: >))
print(names.sorted { $0.lowercased() < $1.lowercased() })
