let maybe: Int? = nil
let pair = (1, maybe)
print(pair)
let labelled = (value: 2.5, note: Optional("ok"))
print(labelled)
