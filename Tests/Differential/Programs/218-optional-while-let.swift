var stack = [1, 2, 3]
while let top = stack.popLast() {
    print(top)
}
// MARK: cell
print(stack.isEmpty)
