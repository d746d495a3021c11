var greeting = "hello"
var later: [() -> String] = []
// MARK: cell
later.append { greeting + "!" }
greeting = "bye"
print(later[0]())
