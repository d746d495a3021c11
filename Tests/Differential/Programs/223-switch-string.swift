let command = "stop"
// MARK: cell
switch command {
case "go":
    print("going")
case "stop":
    print("stopping")
default:
    print("unknown")
}
