let flags = [true, false]
// MARK: cell
for f in flags {
    switch f {
    case true: print("on")
    case false: print("off")
    }
}
