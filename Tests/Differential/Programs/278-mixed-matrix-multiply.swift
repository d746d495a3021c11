func multiply(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
    var c = Array(repeating: Array(repeating: 0.0, count: b[0].count), count: a.count)
    for i in a.indices {
        for j in b[0].indices {
            for k in b.indices {
                c[i][j] += a[i][k] * b[k][j]
            }
        }
    }
    return c
}
// MARK: cell
let a = [[1.0, 2.0], [3.0, 4.0]]
let identity = [[1.0, 0.0], [0.0, 1.0]]
print(multiply(a, identity))
print(multiply(a, a))
