let data = "name,score\nann,90\nbob,72"
let lines = data.split(separator: "\n").dropFirst()
var sum = 0
for line in lines {
    let fields = line.split(separator: ",")
    sum += Int(fields[1])!
}
// MARK: cell
print(sum)
