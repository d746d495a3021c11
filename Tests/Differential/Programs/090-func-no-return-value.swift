func announce(_ message: String) {
    print("**", message, "**")
}
announce("start")
announce("end")
// MARK: cell
func countdown(from n: Int) {
    var i = n
    while i > 0 {
        print(i)
        i -= 1
    }
}
countdown(from: 3)
