let s = "  padded \n"
// MARK: cell
print("[" + s.trimmingCharacters(in: .whitespacesAndNewlines) + "]")
print("[" + "--x--".trimmingCharacters(in: CharacterSet(charactersIn: "-")) + "]")
