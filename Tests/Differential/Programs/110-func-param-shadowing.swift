let x = 10
func show(_ x: Int) {
    print("param", x)
}
show(3)
print("global", x)
