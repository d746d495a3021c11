let s = "  padded \n"
print("[" + s.trimmingCharacters(in: .whitespacesAndNewlines) + "]")
print("[" + "--x--".trimmingCharacters(in: CharacterSet(charactersIn: "-")) + "]")
