var items = [1]
let show = { print(items) }
items.append(2)
// MARK: cell
show()
items = []
show()
