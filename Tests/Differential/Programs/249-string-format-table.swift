let rows = [("alpha", 0.5), ("beta", 12.25)]
// MARK: cell
for (name, value) in rows {
    print(String(format: "%@: %8.2f", name, value))
}
