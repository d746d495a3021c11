print(2.5.rounded(), 3.5.rounded(), (-2.5).rounded())
print(2.4.rounded(), 2.6.rounded())
// MARK: cell
print(2.7.rounded(.down), 2.2.rounded(.up))
print((-2.7).rounded(.towardZero))
print(2.5.rounded(.toNearestOrEven), 3.5.rounded(.toNearestOrEven))
