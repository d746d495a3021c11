for ch in "abc" {
    print(ch)
}
// MARK: cell
var vowels = 0
for ch in "education" {
    if "aeiou".contains(ch) {
        vowels += 1
    }
}
print(vowels)
