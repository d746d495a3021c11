print(String(42), String(-1.5), String(1e20))
print(Int("0042")!, Double("2.50")!)
// MARK: cell
print("\(7)" + "\(0.5)")
print(String(255, radix: 16), String(5, radix: 2))
