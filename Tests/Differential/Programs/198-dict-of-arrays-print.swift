let d: [String: [Double]] = ["loss": [0.5, 0.25]]
print(d)
print(d["loss"]!.last!)
