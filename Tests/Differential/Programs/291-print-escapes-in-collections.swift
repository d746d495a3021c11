print(["a\nb", "tab\t", "back\\slash"])
print([""])
print(["k": "v"])
// MARK: cell
let quoted: String? = "say \"hi\""
print(quoted)
print(("x\ny", 1))
