let csv = "a,b,,c"
print(csv.split(separator: ","))
print(csv.split(separator: ",").count)
print(csv.components(separatedBy: ","))
// MARK: cell
let sentence = "  two  spaces "
print(sentence.split(separator: " ").map(String.init))
