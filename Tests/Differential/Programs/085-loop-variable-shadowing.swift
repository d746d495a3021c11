let i = 100
for i in 0..<2 {
    print("inner", i)
}
print("outer", i)
// MARK: cell
var x = 1
if true {
    let x = 2
    print(x)
}
print(x)
