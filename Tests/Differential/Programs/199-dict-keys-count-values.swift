let inventory = ["a": 3, "b": 0, "c": 7]
print(inventory.keys.count, inventory.values.count)
// MARK: cell
print(inventory.values.filter { $0 > 0 }.count)
print(inventory.values.max()!)
