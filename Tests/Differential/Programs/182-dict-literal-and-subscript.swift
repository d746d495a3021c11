let ages = ["ann": 31, "bob": 25]
print(ages["ann"])
print(ages["zed"])
print(ages.count)
// MARK: cell
print(ages["bob"]!)
print(ages["zed"] ?? 0)
