let users = ["ann": ["email": "a@x"]]
print(users["ann"]?["email"] ?? "none")
print(users["bob"]?["email"] ?? "none")
