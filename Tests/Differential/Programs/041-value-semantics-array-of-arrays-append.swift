var rows: [[Int]] = []
var row = [1]
rows.append(row)
row.append(2)
rows.append(row)
print(rows)
// MARK: cell
rows[0].append(7)
print(rows, row)
