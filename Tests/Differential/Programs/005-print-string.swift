print("hello")
print("")
print("with \"quotes\" inside")
// MARK: cell
print("tab\tseparated")
print("two\nlines")
print("back\\slash")
