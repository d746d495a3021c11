var greeting = "hello"
var later: [() -> String] = []
later.append { greeting + "!" }
greeting = "bye"
print(later[0]())
