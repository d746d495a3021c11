let d = ["x": 1]
print(d["x"] != nil)
print(d.keys.contains("y"))
// MARK: cell
if let v = d["x"] {
    print("has x =", v)
}
if d["y"] == nil {
    print("no y")
}
