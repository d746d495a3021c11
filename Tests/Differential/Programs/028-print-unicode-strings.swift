print("café")
print("naïve".count)
print("日本")
// MARK: cell
print(["é", "ü"])
print("emoji 🙂".count)
