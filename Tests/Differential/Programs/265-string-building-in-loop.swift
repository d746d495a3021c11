var line = ""
for i in 1...5 {
    line += "\(i)"
    if i < 5 { line += "," }
}
print(line)
// MARK: cell
var bar = ""
for _ in 0..<3 { bar.append("#") }
print(bar)
