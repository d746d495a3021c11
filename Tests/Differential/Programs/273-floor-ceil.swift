print(floor(2.7), ceil(2.1), floor(-2.7), ceil(-2.1))
print(round(2.5), round(-2.5))
