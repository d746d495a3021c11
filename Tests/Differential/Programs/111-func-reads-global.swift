var counter = 0
func bump() {
    counter += 1
}
bump()
bump()
// MARK: cell
bump()
print(counter)
