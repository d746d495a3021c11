let value: Int? = 8
if let value {
    print("unwrapped", value)
}
// MARK: cell
let missing: Int? = nil
if let missing {
    print(missing)
} else {
    print("nothing")
}
