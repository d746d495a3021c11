let command = "stop"
switch command {
case "go":
    print("going")
case "stop":
    print("stopping")
default:
    print("unknown")
}
