# itertools, written in Python inside Cloaca.

class _it_count:

    def __init__(self, start=0, step=1):
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        v = self._n
        self._n += self._step
        return v

    def __repr__(self):
        if self._step == 1:
            return "count(" + repr(self._n) + ")"
        return "count(" + repr(self._n) + ", " + repr(self._step) + ")"


def _it_cycle(iterable):
    saved = []
    for x in iterable:
        yield x
        saved.append(x)
    while saved:
        for x in saved:
            yield x


def _it_repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    else:
        for _ in range(times):
            yield obj


def _it_chain(*iterables):
    for it in iterables:
        yield from it


def _it_chain_from_iterable(iterables):
    for it in iterables:
        yield from it


_it_chain.from_iterable = _it_chain_from_iterable


def _it_islice(iterable, *args):
    s = slice(*args)
    start = 0 if s.start is None else s.start
    stop = s.stop
    step = 1 if s.step is None else s.step
    if start < 0 or (stop is not None and stop < 0) or step <= 0:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    nxt = start
    i = 0
    for x in iterable:
        if stop is not None and i >= stop:
            return
        if i == nxt:
            yield x
            nxt += step
        i += 1


def _it_product(*iterables, repeat=1):
    pools = [tuple(p) for p in iterables] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def _it_permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def _it_combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def _it_combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def _it_accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


class _it_groupby:

    def __init__(self, iterable, key=None):
        self._items = list(iterable)
        self._key = key
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        items = self._items
        if self._i >= len(items):
            raise StopIteration
        kf = self._key
        k = items[self._i] if kf is None else kf(items[self._i])
        group = []
        while self._i < len(items):
            x = items[self._i]
            if (x if kf is None else kf(x)) != k:
                break
            group.append(x)
            self._i += 1
        return (k, iter(group))


def _it_zip_longest(*iterables, fillvalue=None):
    iters = [iter(it) for it in iterables]
    n = len(iters)
    if not n:
        return
    while True:
        row = []
        active = 0
        for i in range(n):
            if iters[i] is None:
                row.append(fillvalue)
                continue
            try:
                row.append(next(iters[i]))
                active += 1
            except StopIteration:
                iters[i] = None
                row.append(fillvalue)
        if not active:
            return
        yield tuple(row)


def _it_takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            return


def _it_dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def _it_starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def _it_compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def _it_filterfalse(predicate, iterable):
    for x in iterable:
        if not (bool(x) if predicate is None else predicate(x)):
            yield x


def _it_pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b


def _it_tee(iterable, n=2):
    items = list(iterable)
    return tuple(iter(list(items)) for _ in range(n))


_rename_class(_it_count, "count", "itertools")
_rename_class(_it_groupby, "groupby", "itertools")


count = _it_count
cycle = _it_cycle
repeat = _it_repeat
chain = _it_chain
islice = _it_islice
product = _it_product
permutations = _it_permutations
combinations = _it_combinations
combinations_with_replacement = _it_combinations_with_replacement
accumulate = _it_accumulate
groupby = _it_groupby
zip_longest = _it_zip_longest
takewhile = _it_takewhile
dropwhile = _it_dropwhile
starmap = _it_starmap
compress = _it_compress
filterfalse = _it_filterfalse
pairwise = _it_pairwise
tee = _it_tee
