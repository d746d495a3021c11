let flags = [true, false]
for f in flags {
    switch f {
    case true: print("on")
    case false: print("off")
    }
}
