var n = 0
search: while n < 10 {
    n += 1
    for d in 2..<max(n, 2) where n % d == 0 {
        continue search
    }
    if n > 5 { break search }
    print("prime or one:", n)
}
print("stopped at", n)
// MARK: cell
var k = 0
loop: repeat {
    k += 1
    switch k {
    case 3: continue loop
    case 5: break loop
    default: print("k", k)
    }
} while k < 10
print("after", k)
// MARK: cell
func firstPair(_ target: Int) -> (Int, Int)? {
    var found: (Int, Int)? = nil
    rows: for a in 1...5 {
        cols: for b in a...5 {
            if a + b > target { continue rows }
            if a + b == target { found = (a, b); break rows }
            if b == 5 { break cols }
        }
    }
    return found
}
print(firstPair(7) ?? (0, 0), firstPair(99) == nil)
check: if n > 3 {
    if n == 6 { break check }
    print("n is", n)
}
print("done")
