let accuracy = 0.995
switch accuracy { case 0.99...: print("great") case 0.9..<0.99: print("good") default: print("meh") }
// MARK: cell
for n in [1, 5, 12] {
    switch n { case 1: print("one"); print("first") case 2...9: print("few") default: print("many") }
}
