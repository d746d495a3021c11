var groups: [String: [Int]] = [:]
groups["even", default: []].append(2)
groups["even", default: []].append(4)
groups["odd", default: []].append(1)
print(groups["even"]!, groups["odd"]!)
// MARK: cell
var copy = groups
copy["even"]!.append(6)
print(groups["even"]!, copy["even"]!)
