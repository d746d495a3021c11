[1, 2, 3, 4].forEach { n in
    if n % 2 == 0 { return }
    print("odd", n)
}
