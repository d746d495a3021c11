import time

xs = [(i * 7919) % 100_003 for i in range(100_000)]

start = time.perf_counter()
ys = sorted([v for v in [x * 2 for x in xs] if v % 3 == 0])
print(len(ys), ys[0], ys[-1])
print("seconds", time.perf_counter() - start)
