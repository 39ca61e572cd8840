# statistics: mean / median / mode / variance / stdev with exact sums (ints, floats, mixed)
import random
def run(statistics):
    out = []
    out.append((statistics.mean([1, 2, 3, 4]), statistics.mean([1, 2, 3]), statistics.median([3, 1, 2]), statistics.median([1, 2, 3, 4]), statistics.mode([1, 1, 2])))
    out.append((statistics.mean([1.5, 2.5, 3.5]), statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9])))
    out.append((statistics.variance([1, 2, 3, 4]), statistics.fmean([1, 2, 3]), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4])))
    r = random.Random(3)
    for k in range(30):
        data = [r.uniform(-100, 100) for _ in range(r.randint(2, 12))]
        idata = [r.randint(-50, 50) for _ in range(r.randint(2, 12))]
        out.append((statistics.mean(data), statistics.variance(data), statistics.stdev(data), statistics.pvariance(data), statistics.pstdev(data), statistics.mean(idata), statistics.variance(idata), statistics.pvariance(idata), statistics.stdev(idata), statistics.mean(data + idata), statistics.stdev(data + idata), statistics.variance(idata, 3), statistics.pvariance(data, 1.5)))
    out.append(statistics.multimode("aabbbccdd"))
    out.append((statistics.mean([True, 2]), statistics.variance([1.5, 2.5], 2.0)))
    for bad in [lambda: statistics.mean([]), lambda: statistics.stdev([1]), lambda: statistics.mode([])]:
        try: bad()
        except statistics.StatisticsError as e: out.append(str(e))
    return out
import statistics
for row in run(statistics): print(row)
import statistics
scores = [88, 92, 79, 93, 85, 92]
print(statistics.mean(scores), statistics.median(scores), statistics.mode(scores), statistics.multimode(scores))
print(round(statistics.stdev(scores), 3), statistics.pvariance(scores), statistics.fmean([0.1] * 10))
print(statistics.mean([0.1, 0.2, 0.3]), sum([0.1, 0.2, 0.3]) / 3)
try:
    statistics.mean([])
except ValueError as e:
    print(type(e).__name__, e)
