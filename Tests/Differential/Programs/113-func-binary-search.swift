func search(_ xs: [Int], _ target: Int) -> Int? {
    var lo = 0
    var hi = xs.count - 1
    while lo <= hi {
        let mid = (lo + hi) / 2
        if xs[mid] == target { return mid }
        if xs[mid] < target { lo = mid + 1 } else { hi = mid - 1 }
    }
    return nil
}
// MARK: cell
let sorted = [1, 3, 5, 7, 9, 11]
print(search(sorted, 7))
print(search(sorted, 4))
