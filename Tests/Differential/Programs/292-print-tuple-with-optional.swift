let maybe: Int? = nil
let pair = (1, maybe)
// MARK: cell
print(pair)
let labelled = (value: 2.5, note: Optional("ok"))
print(labelled)
