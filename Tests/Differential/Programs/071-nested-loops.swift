let size = 3
// MARK: cell
for i in 1...size {
    var line = ""
    for j in 1...size {
        line += String(i * j) + " "
    }
    print(line)
}
