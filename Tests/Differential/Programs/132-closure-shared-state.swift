func makeAccount() -> (deposit: (Int) -> Void, balance: () -> Int) {
    var total = 0
    return ({ total += $0 }, { total })
}
// MARK: cell
let account = makeAccount()
account.deposit(10)
account.deposit(5)
print(account.balance())
