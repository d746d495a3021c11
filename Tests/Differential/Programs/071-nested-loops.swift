for i in 1...3 {
    var line = ""
    for j in 1...3 {
        line += String(i * j) + " "
    }
    print(line)
}
