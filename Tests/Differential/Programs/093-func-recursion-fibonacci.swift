func fib(_ n: Int) -> Int {
    n < 2 ? n : fib(n - 1) + fib(n - 2)
}
// MARK: cell
var fibs: [Int] = []
for i in 0..<15 {
    fibs.append(fib(i))
}
print(fibs)
