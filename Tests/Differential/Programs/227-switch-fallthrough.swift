let n = 1
// MARK: cell
switch n {
case 1:
    print("one")
    fallthrough
case 2:
    print("one or two")
default:
    print("other")
}
