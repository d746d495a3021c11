var d = ["k": 1]
let old = d.updateValue(2, forKey: "k")
print(old, d)
let gone = d.removeValue(forKey: "k")
print(gone, d)
// MARK: cell
let none = d.removeValue(forKey: "k")
print(none)
