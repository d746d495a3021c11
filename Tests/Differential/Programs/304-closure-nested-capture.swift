func outer(_ base: Int) -> (Int) -> (Int) -> Int {
    return { a in
        return { b in base + a * b }
    }
}
// MARK: cell
print(outer(1)(2)(3))
let partial = outer(10)(5)
print(partial(0), partial(2))
