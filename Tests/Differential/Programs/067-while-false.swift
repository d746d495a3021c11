var ran = false
while ran {
    print("never")
}
// MARK: cell
print("skipped")
