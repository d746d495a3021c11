let users = ["ann": ["email": "a@x"]]
// MARK: cell
print(users["ann"]?["email"] ?? "none")
print(users["bob"]?["email"] ?? "none")
