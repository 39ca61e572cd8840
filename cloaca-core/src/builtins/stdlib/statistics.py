# statistics, written in Python inside Cloaca: mean, fmean, median (low / high), mode,
# multimode, variance, pvariance, stdev, pstdev — CPython's exact algorithms for int and float
# data (sums as exact fractions, correctly rounded results), without Fraction / Decimal support.

import math
from collections import Counter


class StatisticsError(ValueError):
    pass


def _gcd_norm(n, d):
    g = math.gcd(n, d)
    if d < 0:
        g = -g
    return n // g, d // g


def _ratio(x):
    if type(x) is bool:
        return int(x), 1
    try:
        return x.as_integer_ratio()
    except AttributeError:
        raise TypeError("can't convert type '" + type(x).__name__ + "' to numerator/denominator")
    except (OverflowError, ValueError):
        return x, None


def _coerce(T, S):
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum_partials(partials, square=False):
    # sum of n/d (or n/d**2) over the partials {d: n}, as a normalized (num, den)
    num, den = 0, 1
    for d, n in partials.items():
        dd = d * d if square else d
        num, den = _gcd_norm(num * dd + n * den, den * dd)
    return num, den


def _ss(data, c=None):
    if c is not None:
        T = int
        count = 0
        partials = {}
        for x in data:
            T = _coerce(T, type(x))
            d2 = x - c
            n, d = _ratio(d2 * d2)
            count += 1
            partials[d] = partials.get(d, 0) + n
        if None in partials:
            return T, (partials[None], None), c, count
        return T, _sum_partials(partials), c, count
    count = 0
    T = int
    sx = {}
    sxx = {}
    for x in data:
        T = _coerce(T, type(x))
        n, d = _ratio(x)
        count += 1
        sx[d] = sx.get(d, 0) + n
        if d is not None:
            sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        return T, (0, 1), (0, 1), 0
    if None in sx:
        return T, (sx[None], None), None, count
    a, b = _sum_partials(sx)
    aa, bb = _sum_partials(sxx, True)
    # ssd = (count * sxx - sx * sx) / count
    num, den = _gcd_norm((count * aa * b * b - a * a * bb), bb * b * b * count)
    return T, (num, den), None, count


def _convert(frac, T):
    n, d = frac
    if d is None:
        return n
    if T is int or T is bool:
        if d == 1:
            return n
        return n / d
    if T is float:
        return n / d
    return T(n / d)


def _div(frac, k):
    n, d = frac
    if d is None:
        return n / k, None
    return _gcd_norm(n, d * k)


def mean(data):
    T = int
    count = 0
    partials = {}
    for x in data:
        T = _coerce(T, type(x))
        n, d = _ratio(x)
        count += 1
        partials[d] = partials.get(d, 0) + n
    if count < 1:
        raise StatisticsError("mean requires at least one data point")
    if None in partials:
        return partials[None]
    return _convert(_div(_sum_partials(partials), count), T)


def fmean(data, weights=None):
    data = list(data)
    n = len(data)
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    weights = list(weights)
    num = math.fsum([a * b for a, b in zip(data, weights)])
    if n != len(weights):
        raise StatisticsError("data and weights must be the same length")
    den = math.fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError("no mode for empty data") from None


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def _sqrt_rto(n, m):
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        numerator = _sqrt_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _sqrt_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def variance(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(_div(ss, n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(_div(ss, n), T)


def _stdev_of(ss, k):
    mss = _div(ss, k)
    if mss[1] is None:
        return math.sqrt(mss[0])
    return _float_sqrt_of_frac(mss[0], mss[1])


def stdev(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _stdev_of(ss, n - 1)


def pstdev(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _stdev_of(ss, n)
