print("Hello".uppercased(), "Hello".lowercased())
// MARK: cell
print("hello world".capitalized)
