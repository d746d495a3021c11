print(floor(2.7), ceil(2.1), floor(-2.7), ceil(-2.1))
// MARK: cell
print(round(2.5), round(-2.5))
