print("Hello".uppercased(), "Hello".lowercased())
print("hello world".capitalized)
