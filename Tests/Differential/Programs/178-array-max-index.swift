let xs = [3.5, 9.25, 1.0, 9.0]
var best = 0
for i in xs.indices where xs[i] > xs[best] {
    best = i
}
print(best, xs[best])
// MARK: cell
print(xs.firstIndex(of: xs.max()!)!)
