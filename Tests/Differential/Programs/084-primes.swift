var primes: [Int] = []
for n in 2...50 {
    var isPrime = true
    for p in primes where p * p <= n {
        if n % p == 0 {
            isPrime = false
            break
        }
    }
    if isPrime { primes.append(n) }
}
// MARK: cell
print(primes)
