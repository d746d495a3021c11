import time

start = time.perf_counter()
acc = 0
for i in range(1_000_000):
    acc = (acc + i * 7) % 1_000_003
print(acc)
print("seconds", time.perf_counter() - start)
