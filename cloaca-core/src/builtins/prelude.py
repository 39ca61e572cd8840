# The Cloaca prelude: builtins written in Python, and the slow paths of native builtins.
#
# Everything here runs on the VM like script code, so it is resumable: a host call made from a
# sort key, a __str__, an __eq__ during a dict lookup or a map() callback parks the task like any
# other call. Names starting with "_" stay private; the others become builtins.


def _print_slow(items, sep, end):
    _print_str(sep.join([str(x) for x in items]) + end)


def _repr_slow(x):
    t = type(x)
    if t is list:
        return "[" + ", ".join([repr(e) for e in x]) + "]"
    if t is tuple:
        if len(x) == 1:
            return "(" + repr(x[0]) + ",)"
        return "(" + ", ".join([repr(e) for e in x]) + ")"
    if t is dict:
        return "{" + ", ".join([repr(k) + ": " + repr(v) for k, v in x.items()]) + "}"
    if t is set:
        if not x:
            return "set()"
        return "{" + ", ".join([repr(e) for e in x]) + "}"
    if t is frozenset:
        if not x:
            return "frozenset()"
        return "frozenset({" + ", ".join([repr(e) for e in x]) + "})"
    return object.__repr__(x)


def _ascii_slow(x):
    return ascii(repr(x))[1:-1]


def _min_max(args, key, default, has_default, is_min, name):
    if len(args) == 1:
        it = iter(args[0])
    else:
        it = iter(args)
    best = None
    best_key = None
    first = True
    for x in it:
        k = x if key is None else key(x)
        if first:
            best, best_key, first = x, k, False
        elif (k < best_key) if is_min else (k > best_key):
            best, best_key = x, k
    if first:
        if has_default:
            return default
        raise ValueError(name + "() arg is an empty sequence")
    return best


def _min(*args):
    return _min_max(args, None, None, False, True, "min")


def _max(*args):
    return _min_max(args, None, None, False, False, "max")


def _min_kw(*args):
    kw = args[-1]
    return _min_max(args[:-1], kw.get("key"), kw.get("default"), "default" in kw, True, "min")


def _max_kw(*args):
    kw = args[-1]
    return _min_max(args[:-1], kw.get("key"), kw.get("default"), "default" in kw, False, "max")


def _sum(it, start):
    acc = start
    for x in it:
        acc = acc + x
    return acc


def _merge_sort(items, lt):
    # Stable merge sort using only `lt(a, b)`.
    n = len(items)
    if n < 2:
        return items
    width = 1
    src = items
    while width < n:
        dst = []
        i = 0
        while i < n:
            mid = min(i + width, n)
            hi = min(i + 2 * width, n)
            a = i
            b = mid
            while a < mid and b < hi:
                if lt(src[b], src[a]):
                    dst.append(src[b])
                    b += 1
                else:
                    dst.append(src[a])
                    a += 1
            while a < mid:
                dst.append(src[a])
                a += 1
            while b < hi:
                dst.append(src[b])
                b += 1
            i += 2 * width
        src = dst
        width *= 2
    return src


def _lt(a, b):
    return a < b


def _key_lt(a, b):
    return a[0] < b[0]


def _sort_items(items, key, reverse):
    if key is None:
        if reverse:
            items.reverse()
            if not _sort_list(items, False):
                items[:] = _merge_sort(items, _lt)
            items.reverse()
            # Stability under reverse: equal items keep their original order.
            return items
        if not _sort_list(items, False):
            items[:] = _merge_sort(items, _lt)
        return items
    # Fast path: (key, ±index) pairs sort natively when the keys compare natively; the index
    # keeps the sort stable (and, negated, keeps equal keys in order under reverse=True).
    if reverse:
        pairs = [(key(x), -i) for i, x in enumerate(items)]
    else:
        pairs = [(key(x), i) for i, x in enumerate(items)]
    if _sort_list(pairs, False):
        if reverse:
            pairs.reverse()
        src = list(items)
        items[:] = [src[abs(p[1])] for p in pairs]
        return items
    decorated = [(p[0], i, items[i]) for i, p in enumerate(pairs)]
    if reverse:
        decorated.reverse()
    keys_only = [(d[0], d[2]) for d in decorated]
    result = _merge_sort(keys_only, _key_lt)
    if reverse:
        result.reverse()
    items[:] = [d[1] for d in result]
    return items


def _sorted(iterable, key, reverse):
    items = list(iterable)
    return _sort_items(items, key, reverse)


def _list_sort(lst, key, reverse):
    _sort_items(lst, key, reverse)


def _any(it):
    for x in it:
        if x:
            return True
    return False


def _all(it):
    for x in it:
        if not x:
            return False
    return True


def _divmod(a, b):
    f = getattr(type(a), "__divmod__", None)
    if f is not None:
        r = f(a, b)
        if r is not NotImplemented:
            return r
    f = getattr(type(b), "__rdivmod__", None)
    if f is not None and type(a) is not type(b):
        r = f(b, a)
        if r is not NotImplemented:
            return r
    return (a // b, a % b)


def _pow2(a, b):
    return a ** b


def _pow3(a, b, m):
    f = getattr(type(a), "__pow__", None)
    if f is not None:
        r = f(a, b, m)
        if r is not NotImplemented:
            return r
    raise TypeError("unsupported operand type(s) for ** or pow(): '" + _type_name(a) + "', '" + _type_name(b) + "', '" + _type_name(m) + "'")


def _index_of(x):
    r = type(x).__index__(x)
    if type(r) is not int and type(r) is not bool:
        raise TypeError("__index__ returned non-int (type " + _type_name(r) + ")")
    return r


def _getitem_index(o, k):
    return o[_index_of(k)]


def _setitem_index(o, k, v):
    o[_index_of(k)] = v


def _construct(cls, new, args, kwargs):
    obj = new(cls, *args, **kwargs)
    if isinstance(obj, cls):
        r = type(obj).__init__(obj, *args, **kwargs)
        if r is not None:
            raise TypeError("__init__() should return None, not '" + _type_name(r) + "'")
    return obj


def _getattr_default(obj, name, default):
    try:
        return getattr(obj, name)
    except AttributeError:
        return default


def _hasattr_slow(obj, name):
    try:
        getattr(obj, name)
        return True
    except AttributeError:
        return False


def _iter_sentinel(f, sentinel):
    while True:
        v = f()
        if v == sentinel:
            return
        yield v


def _next_default(it, default):
    try:
        return next(it)
    except StopIteration:
        return default


def _enumerate(it, start=0):
    n = start
    for x in it:
        yield (n, x)
        n += 1


def _zip(*its):
    iters = [iter(i) for i in its]
    if not iters:
        return
    while True:
        row = []
        for i in iters:
            try:
                row.append(next(i))
            except StopIteration:
                return
        yield tuple(row)


def _zip_kw(*args):
    kw = args[-1]
    its = args[:-1]
    strict = kw.get("strict", False)
    if not strict:
        yield from _zip(*its)
        return
    iters = [iter(i) for i in its]
    if not iters:
        return
    while True:
        row = []
        for i in range(len(iters)):
            try:
                row.append(next(iters[i]))
            except StopIteration:
                if i:
                    plural = " " if i == 1 else "s 1-"
                    raise ValueError("zip() argument " + str(i + 1) + " is shorter than argument" + plural + str(i)) from None
                for j in range(1, len(iters)):
                    try:
                        next(iters[j])
                    except StopIteration:
                        continue
                    plural = " " if j == 1 else "s 1-"
                    raise ValueError("zip() argument " + str(j + 1) + " is longer than argument" + plural + str(j)) from None
                return
        yield tuple(row)


def _reversed_seq(obj):
    i = len(obj) - 1
    while i >= 0:
        yield obj[i]
        i -= 1


def _seq_iter(obj):
    i = 0
    while True:
        try:
            v = obj[i]
        except IndexError:
            return
        yield v
        i += 1


def _map_gen(func, iterables):
    if len(iterables) == 1:
        for x in iterables[0]:
            yield func(x)
    else:
        for args in _zip(*iterables):
            yield func(*args)


def _filter_gen(func, iterable):
    if func is None:
        for x in iterable:
            if x:
                yield x
    else:
        for x in iterable:
            if func(x):
                yield x


class map:
    # `for` loops iterate the inner generator directly (as fast as a generator function).
    def __init__(self, func, *iterables):
        if not iterables:
            raise TypeError("map() must have at least two arguments.")
        self._g = _map_gen(func, [iter(it) for it in iterables])

    def __iter__(self):
        return self._g

    def __next__(self):
        return next(self._g)


class filter:
    def __init__(self, func, iterable):
        self._g = _filter_gen(func, iter(iterable))

    def __iter__(self):
        return self._g

    def __next__(self):
        return next(self._g)


_SETLIKE = (set, frozenset, type({}.keys()), type({}.items()))


def _seq_eq(a, b):
    if type(a) is not type(b):
        if type(a) in _SETLIKE and type(b) in _SETLIKE:
            if len(a) != len(b):
                return False
            for x in a:
                if x not in b:
                    return False
            return True
        return a is b
    if type(a) is dict:
        if len(a) != len(b):
            return False
        for k in a:
            if k not in b:
                return False
            v = a[k]
            w = b[k]
            if not (v is w or v == w):
                return False
        return True
    if type(a) in (set, frozenset):
        if len(a) != len(b):
            return False
        for k in a:
            if k not in b:
                return False
        return True
    if len(a) != len(b):
        return False
    for i in range(len(a)):
        x = a[i]
        y = b[i]
        if not (x is y or x == y):
            return False
    return True


def _seq_cmp(a, b, op):
    n = min(len(a), len(b))
    for i in range(n):
        x = a[i]
        y = b[i]
        if x is y or x == y:
            continue
        if op == "<":
            return x < y
        if op == "<=":
            return x <= y
        if op == ">":
            return x > y
        return x >= y
    if op == "<":
        return len(a) < len(b)
    if op == "<=":
        return len(a) <= len(b)
    if op == ">":
        return len(a) > len(b)
    return len(a) >= len(b)


def _iter_contains(container, item):
    if type(container) in (dict, set, frozenset):
        h = hash(item)
        for pair in _dict_candidates(container, h):
            k = pair[1]
            if k is item or k == item:
                return True
        return False
    for x in container:
        if x is item or x == item:
            return True
    return False


def _dict_find(d, key):
    h = hash(key)
    for pair in _dict_candidates(d, h):
        k = pair[1]
        if k is key or k == key:
            return pair[0], h
    return -1, h


def _dict_getitem(d, key):
    i, h = _dict_find(d, key)
    if i < 0:
        raise KeyError(key)
    return _dict_value_at(d, i)


def _dict_setitem(d, key, value):
    i, h = _dict_find(d, key)
    if i >= 0:
        _dict_set_at(d, i, value)
    else:
        _dict_push(d, h, key, value)


def _dict_delitem(d, key):
    i, h = _dict_find(d, key)
    if i < 0:
        raise KeyError(key)
    _dict_del_at(d, i)


def _dict_get(d, key, default=None):
    i, h = _dict_find(d, key)
    if i < 0:
        return default
    return _dict_value_at(d, i)


def _dict_pop(d, key, *default):
    i, h = _dict_find(d, key)
    if i < 0:
        if default:
            return default[0]
        raise KeyError(key)
    return _dict_del_at(d, i)


def _dict_setdefault(d, key, default=None):
    i, h = _dict_find(d, key)
    if i >= 0:
        return _dict_value_at(d, i)
    _dict_push(d, h, key, default)
    return default


def _dict_update(d, src, kw=None):
    if hasattr(src, "keys"):
        for k in src.keys():
            d[k] = src[k]
    else:
        i = 0
        for pair in src:
            try:
                pair = tuple(pair)
            except TypeError:
                raise TypeError("cannot convert dictionary update sequence element #" + str(i) + " to a sequence") from None
            if len(pair) != 2:
                raise ValueError("dictionary update sequence element #" + str(i) + " has length " + str(len(pair)) + "; 2 is required")
            d[pair[0]] = pair[1]
            i += 1
    if kw:
        for k in kw:
            d[k] = kw[k]
    return d


def _build_map(items):
    d = {}
    i = 0
    while i < len(items):
        _dict_setitem(d, items[i], items[i + 1])
        i += 2
    return d


def _set_add(s, x):
    i, h = _dict_find(s, x)
    if i < 0:
        _dict_push(s, h, x, None)


def _set_discard(s, x):
    i, h = _dict_find(s, x)
    if i >= 0:
        _dict_del_at(s, i)


def _set_remove(s, x):
    i, h = _dict_find(s, x)
    if i < 0:
        raise KeyError(x)
    _dict_del_at(s, i)


def _build_set(items):
    s = set()
    for x in items:
        _set_add(s, x)
    return s


def _set_update(s, it):
    for x in it:
        _set_add(s, x)


def _set_from_iter(it):
    s = set()
    for x in it:
        _set_add(s, x)
    return s


def _frozenset_from_iter(it):
    return frozenset(list(_set_from_iter(it)))


def _list_extend(lst, it):
    for x in it:
        lst.append(x)


def _list_setslice(lst, sl, it):
    lst[sl] = [x for x in it]


def _list_from_iter(it):
    out = []
    for x in it:
        out.append(x)
    return out


def _unpack_iter(x):
    try:
        it = iter(x)
    except TypeError:
        raise TypeError("cannot unpack non-iterable " + _type_name(x) + " object") from None
    return _list_from_iter(it)


def _tuple_from_iter(it):
    return tuple(_list_from_iter(it))


def _join_slow(sep, it):
    return sep.join(_list_from_iter(it))


def _seq_index(seq, x, start=0, stop=None):
    n = len(seq)
    if start < 0:
        start = max(0, start + n)
    if stop is None:
        stop = n
    elif stop < 0:
        stop = max(0, stop + n)
    i = start
    while i < stop and i < n:
        y = seq[i]
        if y is x or y == x:
            return i
        i += 1
    if type(seq) is list:
        raise ValueError(repr(x) + " is not in list")
    raise ValueError(_type_name(seq) + ".index(x): x not in " + _type_name(seq))


def _seq_count(seq, x):
    n = 0
    for y in seq:
        if y is x or y == x:
            n += 1
    return n


def _list_remove(lst, x):
    i = 0
    for y in lst:
        if y is x or y == x:
            del lst[i]
            return
        i += 1
    raise ValueError("list.remove(x): x not in list")


def _format_value(v, conv, spec):
    if conv == "r":
        v = repr(v)
    elif conv == "s":
        v = str(v)
    elif conv == "a":
        v = ascii(v)
    f = getattr(type(v), "__format__", None)
    if f is not None and not isinstance(v, (str, int, float)):
        r = f(v, spec)
        if type(r) is not str:
            raise TypeError("__format__ must return a str, not " + _type_name(r))
        return r
    if spec == "":
        return str(v)
    return format(v, spec)


def _percent_format(fmt, args):
    # Pre-convert arguments that need Python-level __str__/__repr__, then format natively.
    if type(args) is tuple:
        items = list(args)
    elif type(args) is dict:
        return _percent_native(fmt, {k: (str(v) if not isinstance(v, (int, float, str)) else v) for k, v in args.items()})
    else:
        items = [args]
    out_fmt = []
    i = 0
    n = len(fmt)
    argi = 0
    while i < n:
        c = fmt[i]
        out_fmt.append(c)
        i += 1
        if c != "%":
            continue
        while i < n and fmt[i] in "#0- +.0123456789*":
            if fmt[i] == "*":
                argi += 1
            out_fmt.append(fmt[i])
            i += 1
        if i < n:
            conv = fmt[i]
            i += 1
            if conv == "%":
                out_fmt.append("%")
                continue
            if argi < len(items):
                v = items[argi]
                if conv == "s":
                    items[argi] = str(v)
                elif conv == "r":
                    items[argi] = repr(v)
                    conv = "s"
                elif conv == "a":
                    items[argi] = ascii(v)
                    conv = "s"
            out_fmt.append(conv)
            argi += 1
    return _percent_native("".join(out_fmt), tuple(items))


def _str_format(fmt, args, kwargs):
    return _str_format_impl(fmt, args, kwargs, [0])


def _str_format_impl(fmt, args, kwargs, st):
    # st[0]: the automatic field number, shared with nested fields in format specs.
    out = []
    i = 0
    n = len(fmt)
    auto = st[0]
    while i < n:
        c = fmt[i]
        if c == "{":
            if i + 1 < n and fmt[i + 1] == "{":
                out.append("{")
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n and depth:
                if fmt[j] == "{":
                    depth += 1
                elif fmt[j] == "}":
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = fmt[i + 1:j - 1]
            i = j
            spec = ""
            conv = ""
            colon = _find_top(field, ":")
            if colon >= 0:
                spec = field[colon + 1:]
                field = field[:colon]
            bang = field.find("!")
            if bang >= 0:
                conv = field[bang + 1:]
                field = field[:bang]
            name = field
            rest = ""
            k = 0
            while k < len(name) and name[k] not in ".[":
                k += 1
            rest = name[k:]
            name = name[:k]
            if name == "":
                if auto < 0:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                if auto >= len(args):
                    raise IndexError("Replacement index " + str(auto) + " out of range for positional args tuple")
                value = args[auto]
                auto += 1
            elif name.isdigit():
                if auto > 0:
                    raise ValueError("cannot switch from automatic field numbering to manual field specification")
                auto = -1
                if int(name) >= len(args):
                    raise IndexError("Replacement index " + name + " out of range for positional args tuple")
                value = args[int(name)]
            else:
                value = kwargs[name]
            while rest:
                if rest[0] == ".":
                    k = 1
                    while k < len(rest) and rest[k] not in ".[":
                        k += 1
                    value = getattr(value, rest[1:k])
                    rest = rest[k:]
                else:
                    k = rest.find("]")
                    key = rest[1:k]
                    value = value[int(key)] if key.isdigit() else value[key]
                    rest = rest[k + 1:]
            if "{" in spec:
                st[0] = auto
                spec = _str_format_impl(spec, args, kwargs, st)
                auto = st[0]
            out.append(_format_value(value, conv, spec))
        elif c == "}":
            if i + 1 < n and fmt[i + 1] == "}":
                out.append("}")
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            out.append(c)
            i += 1
    st[0] = auto
    return "".join(out)


def _find_top(s, ch):
    depth = 0
    for i in range(len(s)):
        c = s[i]
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        elif c == ch and depth == 0:
            return i
    return -1


# ----- methods of builtin types written in Python (installed with _install) -----


def _as_set(x):
    if type(x) is set or type(x) is frozenset:
        return x
    return set(x)


def _set_like(s, r):
    if type(s) is frozenset:
        return frozenset(r)
    return r


def _set_union(self, *others):
    r = set(self)
    for o in others:
        for x in o:
            r.add(x)
    return _set_like(self, r)


def _set_intersection(self, *others):
    r = set(self)
    for o in others:
        o = _as_set(o)
        r = set([x for x in r if x in o])
    return _set_like(self, r)


def _set_difference(self, *others):
    r = set(self)
    for o in others:
        for x in o:
            r.discard(x)
    return _set_like(self, r)


def _set_symmetric_difference(self, other):
    r = set(self)
    for x in _as_set(other):
        if x in self:
            r.discard(x)
        else:
            r.add(x)
    return _set_like(self, r)


def _set_issubset(self, other):
    other = _as_set(other)
    if len(self) > len(other):
        return False
    for x in self:
        if x not in other:
            return False
    return True


def _set_issuperset(self, other):
    for x in other:
        if x not in self:
            return False
    return True


def _set_isdisjoint(self, other):
    for x in other:
        if x in self:
            return False
    return True


def _set_update_m(self, *others):
    for o in others:
        for x in o:
            self.add(x)


def _set_intersection_update(self, *others):
    r = _set_intersection(self, *others)
    self.clear()
    for x in r:
        self.add(x)


def _set_difference_update(self, *others):
    for o in others:
        for x in _as_set(o) if o is self else o:
            self.discard(x)


def _set_symmetric_difference_update(self, other):
    for x in _as_set(other) if other is not self else set(other):
        if x in self:
            self.discard(x)
        else:
            self.add(x)


for _n, _f in (
    ("union", _set_union),
    ("intersection", _set_intersection),
    ("difference", _set_difference),
    ("symmetric_difference", _set_symmetric_difference),
    ("issubset", _set_issubset),
    ("issuperset", _set_issuperset),
    ("isdisjoint", _set_isdisjoint),
):
    _install(set, _n, _f, 0)
    _install(frozenset, _n, _f, 0)
_install(set, "update", _set_update_m, 0)
_install(set, "intersection_update", _set_intersection_update, 0)
_install(set, "difference_update", _set_difference_update, 0)
_install(set, "symmetric_difference_update", _set_symmetric_difference_update, 0)


def _dict_fromkeys(cls, iterable, value=None):
    d = cls()
    for k in iterable:
        d[k] = value
    return d


_install(dict, "fromkeys", _dict_fromkeys, 1)


def _str_format_map(self, mapping):
    return _str_format(self, (), mapping)


_install(str, "format_map", _str_format_map, 0)


def _float_is_integer(self):
    return self % 1.0 == 0.0


def _float_as_integer_ratio(self):
    if self != self:
        raise ValueError("cannot convert NaN to integer ratio")
    if self in (float("inf"), float("-inf")):
        raise OverflowError("cannot convert Infinity to integer ratio")
    n = self
    d = 1
    while n != int(n):
        n *= 2.0
        d *= 2
    n = int(n)
    a, b = n, d
    while b:
        a, b = b, a % b
    a = abs(a)
    return (n // a, d // a)


_install(float, "is_integer", _float_is_integer, 0)
_install(float, "as_integer_ratio", _float_as_integer_ratio, 0)


def _float_conjugate(self):
    return self


def _int_bit_length(self):
    if self == 0:
        return 0
    return len(bin(self)) - (3 if self < 0 else 2)


def _int_bit_count(self):
    return bin(self).count("1")


def _int_conjugate(self):
    return +self


def _int_as_integer_ratio(self):
    return (int(self), 1)


def _int_is_integer(self):
    return True


_install(int, "bit_length", _int_bit_length, 0)
_install(int, "bit_count", _int_bit_count, 0)
_install(int, "conjugate", _int_conjugate, 0)
_install(int, "as_integer_ratio", _int_as_integer_ratio, 0)
_install(float, "conjugate", _float_conjugate, 0)


def _range_index(self, x):
    if type(x) is int or type(x) is bool:
        if x in self:
            return (x - self.start) // self.step
        raise ValueError(repr(x) + " is not in range")
    i = 0
    for y in self:
        if y == x:
            return i
        i += 1
    raise ValueError("sequence.index(x): x not in sequence")


def _range_count(self, x):
    if type(x) is int or type(x) is bool:
        return 1 if x in self else 0
    n = 0
    for y in self:
        if y == x:
            n += 1
    return n


_install(range, "index", _range_index, 0)
_install(range, "count", _range_count, 0)


def _gen_throw_m(self, typ, val=None, tb=None):
    if isinstance(typ, type):
        if val is None:
            exc = typ()
        elif isinstance(val, typ):
            exc = val
        elif type(val) is tuple:
            exc = typ(*val)
        else:
            exc = typ(val)
    else:
        if val is not None:
            raise TypeError("instance exception may not have a separate value")
        exc = typ
    return _gen_throw(self, exc)


def _gen_close(self):
    try:
        _gen_throw(self, GeneratorExit())
    except (GeneratorExit, StopIteration):
        return None
    raise RuntimeError("generator ignored GeneratorExit")


_install(type(_iter_sentinel(None, None)), "throw", _gen_throw_m, 0)
_install(type(_iter_sentinel(None, None)), "close", _gen_close, 0)


# ----- random: CPython's algorithms over the native Mersenne Twister -----

_random_state = []


def _random_random():
    return _mt_random()


def _random_seed(a=None, version=2):
    _mt_seed(a)


def _random_getrandbits(k):
    return _mt_getrandbits(k)


def _random_getstate():
    return (3, tuple(_random_state[:625]), _random_state[625] if _random_state else None)


def _random_setstate(state):
    _random_state[:] = list(state[1]) + [state[2]]


def _randbelow(n):
    if not n:
        return 0
    k = n.bit_length()
    r = _mt_getrandbits(k)
    while r >= n:
        r = _mt_getrandbits(k)
    return r


def _index_arg(x):
    if type(x) is int or type(x) is bool:
        return int(x)
    if type(x) is float:
        if x != int(x):
            raise TypeError("'float' object cannot be interpreted as an integer")
        return int(x)
    raise TypeError("'" + _type_name(x) + "' object cannot be interpreted as an integer")


def _random_randrange(start, stop=None, step=1):
    istart = _index_arg(start)
    if stop is None:
        if step != 1:
            raise TypeError("Missing a non-None stop argument")
        if istart > 0:
            return _randbelow(istart)
        raise ValueError("empty range for randrange()")
    istop = _index_arg(stop)
    width = istop - istart
    istep = _index_arg(step)
    if istep == 1:
        if width > 0:
            return istart + _randbelow(width)
        raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
    if istep > 0:
        n = (width + istep - 1) // istep
    elif istep < 0:
        n = (width + istep + 1) // istep
    else:
        raise ValueError("zero step for randrange()")
    if n <= 0:
        raise ValueError("empty range for randrange()")
    return istart + istep * _randbelow(n)


def _random_randint(a, b):
    return _random_randrange(a, b + 1)


def _random_choice(seq):
    if not len(seq):
        raise IndexError("Cannot choose from an empty sequence")
    return seq[_randbelow(len(seq))]


def _random_shuffle(x):
    i = len(x) - 1
    while i > 0:
        j = _randbelow(i + 1)
        x[i], x[j] = x[j], x[i]
        i -= 1


def _random_sample(population, k, counts=None):
    if type(population) in (set, frozenset, dict):
        raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
    if counts is not None:
        expanded = []
        for item, c in zip(population, counts):
            for _ in range(c):
                expanded.append(item)
        population = expanded
    n = len(population)
    if not 0 <= k <= n:
        raise ValueError("Sample larger than population or is negative")
    result = [None] * k
    setsize = 21
    if k > 5:
        setsize += 4 ** _math_ceil(_math_log(k * 3, 4))
    if n <= setsize:
        pool = list(population)
        for i in range(k):
            j = _randbelow(n - i)
            result[i] = pool[j]
            pool[j] = pool[n - i - 1]
    else:
        selected = set()
        for i in range(k):
            j = _randbelow(n)
            while j in selected:
                j = _randbelow(n)
            selected.add(j)
            result[i] = population[j]
    return result


def _bisect_right(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _random_choices(population, weights=None, *, cum_weights=None, k=1):
    n = len(population)
    if cum_weights is None:
        if weights is None:
            n += 0.0
            return [population[_math_floor(_mt_random() * n)] for i in range(k)]
        cum_weights = []
        acc = 0
        first = True
        for w in weights:
            acc = w if first else acc + w
            first = False
            cum_weights.append(acc)
    elif weights is not None:
        raise TypeError("Cannot specify both weights and cumulative weights")
    if len(cum_weights) != n:
        raise ValueError("The number of weights does not match the population")
    total = cum_weights[-1] + 0.0
    if total <= 0.0:
        raise ValueError("Total of weights must be greater than zero")
    if total != total or total in (float("inf"), float("-inf")):
        raise ValueError("Total of weights must be finite")
    hi = n - 1
    return [population[_bisect_right(cum_weights, _mt_random() * total, 0, hi)] for i in range(k)]


def _random_uniform(a, b):
    return a + (b - a) * _mt_random()


def _random_gauss(mu=0.0, sigma=1.0):
    if not _random_state:
        _mt_random()
    z = _random_state[625]
    _random_state[625] = None
    if z is None:
        x2pi = _mt_random() * 6.283185307179586
        g2rad = _math_sqrt(-2.0 * _math_log(1.0 - _mt_random()))
        z = _math_cos(x2pi) * g2rad
        _random_state[625] = _math_sin(x2pi) * g2rad
    return mu + z * sigma


def _random_normalvariate(mu=0.0, sigma=1.0):
    while True:
        u1 = _mt_random()
        u2 = 1.0 - _mt_random()
        z = 1.7155277699214135 * (u1 - 0.5) / u2
        zz = z * z / 4.0
        if zz <= -_math_log(u2):
            break
    return mu + z * sigma


def _random_expovariate(lambd=1.0):
    return -_math_log(1.0 - _mt_random()) / lambd


def _random_triangular(low=0.0, high=1.0, mode=None):
    u = _mt_random()
    try:
        c = 0.5 if mode is None else (mode - low) / (high - low)
    except ZeroDivisionError:
        return low
    if u > c:
        u = 1.0 - u
        c = 1.0 - c
        low, high = high, low
    return low + (high - low) * _math_sqrt(u * c)


# ----- math functions that iterate -----


def _math_prod(iterable, *, start=1):
    acc = start
    for x in iterable:
        acc = acc * x
    return acc


def _math_fsum(iterable):
    # Shewchuk / CPython msum: exact partials, correctly rounded result.
    partials = []
    special = 0.0
    inf_sum = 0.0
    for x in iterable:
        x = float(x)
        if x != x or x in (float("inf"), float("-inf")):
            special += x
            inf_sum += x
            continue
        i = 0
        for y in partials:
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo:
                partials[i] = lo
                i += 1
            x = hi
        partials[i:] = [x]
    if special:
        if inf_sum != inf_sum and special == special:
            raise ValueError("-inf + inf in fsum")
        return special
    hi = 0.0
    n = len(partials)
    if n:
        n -= 1
        hi = partials[n]
        lo = 0.0
        while n > 0:
            x = hi
            n -= 1
            y = partials[n]
            hi = x + y
            yr = hi - x
            lo = y - yr
            if lo != 0.0:
                break
        if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or (lo > 0.0 and partials[n - 1] > 0.0)):
            y = lo * 2.0
            x = hi + y
            yr = x - hi
            if y == yr:
                hi = x
    return hi


# ----- list / dict subclasses: Python dunders over the instance's hidden builtin value -----


def _b_len(self):
    return len(_builtin_base(self))


def _b_getitem(self, i):
    return _builtin_base(self)[i]


def _b_setitem(self, i, v):
    _builtin_base(self)[i] = v


def _b_delitem(self, i):
    del _builtin_base(self)[i]


def _b_contains(self, x):
    return x in _builtin_base(self)


def _b_iter(self):
    return iter(_builtin_base(self))


def _b_reversed(self):
    return reversed(_builtin_base(self))


def _b_repr(self):
    return repr(_builtin_base(self))


def _b_eq(self, other):
    return _builtin_base(self) == _builtin_base(other)


def _b_ne(self, other):
    return _builtin_base(self) != _builtin_base(other)


def _b_lt(self, other):
    return _builtin_base(self) < _builtin_base(other)


def _b_le(self, other):
    return _builtin_base(self) <= _builtin_base(other)


def _b_gt(self, other):
    return _builtin_base(self) > _builtin_base(other)


def _b_ge(self, other):
    return _builtin_base(self) >= _builtin_base(other)


def _b_add(self, other):
    return _builtin_base(self) + _builtin_base(other)


def _b_radd(self, other):
    return _builtin_base(other) + _builtin_base(self)


def _b_mul(self, n):
    return _builtin_base(self) * n


def _b_iadd(self, other):
    _builtin_base(self).extend(other)
    return self


def _b_imul(self, n):
    b = _builtin_base(self)
    b[:] = b * n
    return self


def _b_or(self, other):
    r = dict(_builtin_base(self))
    r.update(_builtin_base(other))
    return r


def _b_ior(self, other):
    _builtin_base(self).update(other)
    return self


def _list_init(self, iterable=()):
    b = _builtin_base(self)
    b.clear()
    b.extend(iterable)


def _dict_init(self, *args, **kwargs):
    if len(args) > 1:
        raise TypeError("dict expected at most 1 argument, got " + str(len(args)))
    b = _builtin_base(self)
    if args:
        _dict_update(b, args[0])
    for k in kwargs:
        b[k] = kwargs[k]


def _dict_getitem_m(self, key):
    b = _builtin_base(self)
    if b is self:
        return _dict_getitem(b, key)
    if key in b:
        return b[key]
    m = getattr(type(self), "__missing__", None)
    if m is not None:
        return m(self, key)
    raise KeyError(key)


for _n, _f in (
    ("__len__", _b_len),
    ("__setitem__", _b_setitem),
    ("__delitem__", _b_delitem),
    ("__contains__", _b_contains),
    ("__iter__", _b_iter),
    ("__repr__", _b_repr),
    ("__eq__", _b_eq),
    ("__ne__", _b_ne),
):
    _install(list, _n, _f, 0)
    _install(dict, _n, _f, 0)
for _n, _f in (
    ("__getitem__", _b_getitem),
    ("__reversed__", _b_reversed),
    ("__lt__", _b_lt),
    ("__le__", _b_le),
    ("__gt__", _b_gt),
    ("__ge__", _b_ge),
    ("__add__", _b_add),
    ("__radd__", _b_radd),
    ("__mul__", _b_mul),
    ("__rmul__", _b_mul),
    ("__iadd__", _b_iadd),
    ("__imul__", _b_imul),
    ("__init__", _list_init),
):
    _install(list, _n, _f, 0)
for _n, _f in (
    ("__getitem__", _dict_getitem_m),
    ("__or__", _b_or),
    ("__ior__", _b_ior),
    ("__init__", _dict_init),
):
    _install(dict, _n, _f, 0)


def vars(*args):
    if not args:
        raise NotImplementedError("vars() without an argument is not supported by Cloaca")
    if len(args) > 1:
        raise TypeError("vars expected at most 1 argument, got " + str(len(args)))
    try:
        return args[0].__dict__
    except AttributeError:
        raise TypeError("vars() argument must have __dict__ attribute") from None


# ----- bytes methods: byte-wise str methods over a latin-1 view -----


def _bytes_in(x):
    t = type(x)
    if t is bytes:
        return _b2s(x)
    if t is tuple:
        return tuple([_bytes_in(i) for i in x])
    if t is list:
        return [_bytes_in(i) for i in x]
    return x


def _bytes_out(r):
    t = type(r)
    if t is str:
        return _s2b(r)
    if t is list:
        return [_bytes_out(x) for x in r]
    if t is tuple:
        return tuple([_bytes_out(x) for x in r])
    return r


def _bytes_delegate(name):
    m = getattr(str, name)

    def method(self, *args):
        return _bytes_out(m(_b2s(self), *[_bytes_in(a) for a in args]))

    return method


def _bytes_pred(name):
    m = getattr(str, name)

    def method(self):
        s = _b2s(self)
        return s.isascii() and m(s)

    return method


def _bytes_case(name):
    m = getattr(str, name)

    def method(self):
        out = []
        for c in _b2s(self):
            out.append(m(c) if c < "\x80" else c)
        return _s2b("".join(out))

    return method


def _bytes_hex(self, sep=None, bytes_per_sep=1):
    parts = ["%02x" % c for c in self]
    if sep is None:
        return "".join(parts)
    if type(sep) is bytes:
        sep = _b2s(sep)
    n = abs(bytes_per_sep)
    groups = []
    if bytes_per_sep > 0:
        i = len(parts)
        while i > 0:
            groups.insert(0, "".join(parts[max(0, i - n):i]))
            i -= n
    else:
        i = 0
        while i < len(parts):
            groups.append("".join(parts[i:i + n]))
            i += n
    return sep.join(groups)


def _bytes_fromhex(cls, s):
    s = "".join(s.split())
    if len(s) % 2:
        raise ValueError("non-hexadecimal number found in fromhex() arg at position " + str(len(s)))
    return bytes([int(s[i:i + 2], 16) for i in range(0, len(s), 2)])


for _n in (
    "split", "rsplit", "strip", "lstrip", "rstrip", "replace", "find", "rfind", "index", "rindex",
    "count", "startswith", "endswith", "partition", "rpartition", "join", "center", "ljust",
    "rjust", "zfill", "splitlines", "removeprefix", "removesuffix", "expandtabs",
):
    _install(bytes, _n, _bytes_delegate(_n), 0)
for _n in ("isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle"):
    _install(bytes, _n, _bytes_pred(_n), 0)
for _n in ("upper", "lower", "swapcase"):
    _install(bytes, _n, _bytes_case(_n), 0)


def _bytes_isascii(self):
    return _b2s(self).isascii()


def _bytes_capitalize(self):
    s = _b2s(self)
    return _s2b(s[:1].upper() + s[1:].lower()) if s.isascii() else _bytes_case("lower")(self)


def _bytes_title(self):
    return _s2b(_b2s(self).title()) if _b2s(self).isascii() else self


_install(bytes, "isascii", _bytes_isascii, 0)
_install(bytes, "capitalize", _bytes_capitalize, 0)
_install(bytes, "title", _bytes_title, 0)
_install(bytes, "hex", _bytes_hex, 0)
_install(bytes, "fromhex", _bytes_fromhex, 1)


# ----- instance __dict__: a live mapping over the instance's attributes -----

_MISSING = object()


class _InstanceDict:
    def __init__(self, obj):
        _attrs_op(self, 1, "_o", obj)

    def __getitem__(self, k):
        v = _attrs_op(_attrs_op(self, 0, "_o", None), 0, k, _MISSING)
        if v is _MISSING:
            raise KeyError(k)
        return v

    def __setitem__(self, k, v):
        _attrs_op(_attrs_op(self, 0, "_o", None), 1, k, v)

    def __delitem__(self, k):
        _attrs_op(_attrs_op(self, 0, "_o", None), 2, k, None)

    def __contains__(self, k):
        return _attrs_op(_attrs_op(self, 0, "_o", None), 4, k, None)

    def __len__(self):
        return len(_attrs_op(_attrs_op(self, 0, "_o", None), 3, None, None))

    def __iter__(self):
        return iter(self.keys())

    def keys(self):
        return _attrs_op(_attrs_op(self, 0, "_o", None), 3, None, None)

    def values(self):
        return [self[k] for k in self.keys()]

    def items(self):
        return [(k, self[k]) for k in self.keys()]

    def get(self, k, default=None):
        return _attrs_op(_attrs_op(self, 0, "_o", None), 0, k, default)

    def setdefault(self, k, default=None):
        if k in self:
            return self[k]
        self[k] = default
        return default

    def pop(self, k, *default):
        if k in self:
            v = self[k]
            del self[k]
            return v
        if default:
            return default[0]
        raise KeyError(k)

    def update(self, *args, **kwargs):
        d = dict(*args, **kwargs)
        for k in d:
            self[k] = d[k]

    def copy(self):
        return dict(self.items())

    def clear(self):
        for k in self.keys():
            del self[k]

    def __eq__(self, other):
        return dict(self.items()) == (dict(other.items()) if type(other) is _InstanceDict else other)

    def __repr__(self):
        return repr(dict(self.items()))


def exit(code=None):
    raise SystemExit(code)


def quit(code=None):
    raise SystemExit(code)


# ----- sys.stdout / sys.stderr and print(file=...) -----


class _StdStream:
    def __init__(self, to_err):
        self._to_err = to_err

    def write(self, s):
        return _write_stream(self._to_err, s)

    def flush(self):
        pass


_sys_stdout = _StdStream(False)
_sys_stderr = _StdStream(True)


def _print_file_kw(*args):
    kw = args[-1]
    sep = kw.get("sep")
    end = kw.get("end")
    f = kw["file"]
    sep = " " if sep is None else sep
    i = 0
    for x in args[:-1]:
        if i:
            f.write(sep)
        f.write(str(x))
        i += 1
    f.write("\n" if end is None else end)


def _sys_setrecursionlimit(n):
    _set_recursion_limit(n)


def _sys_getrecursionlimit():
    return _set_recursion_limit(0)


def _iter_self(self):
    return self


def _iter_next(self):
    return next(self)


_install(type(iter([])), "__iter__", _iter_self, 0)
_install(type(iter([])), "__next__", _iter_next, 0)
_install(type(_iter_sentinel(None, None)), "__iter__", _iter_self, 0)


# ===== Python-written standard modules: heapq, collections, itertools, functools =====
# (exported through the `_exports_<module>` dicts read by builtins::modules::builtin_module)


def _hq_siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _hq_siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _hq_siftdown(heap, startpos, pos)


def _hq_heappush(heap, item):
    heap.append(item)
    _hq_siftdown(heap, 0, len(heap) - 1)


def _hq_heappop(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _hq_siftup(heap, 0)
        return returnitem
    return lastelt


def _hq_heapreplace(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _hq_siftup(heap, 0)
    return returnitem


def _hq_heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _hq_siftup(heap, 0)
    return item


def _hq_heapify(x):
    n = len(x)
    for i in reversed(range(n // 2)):
        _hq_siftup(x, i)


def _hq_nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


def _hq_nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]


def _hq_merge(*iterables, key=None, reverse=False):
    out = []
    for it in iterables:
        out.extend(it)
    return iter(sorted(out, key=key, reverse=reverse))


_exports_heapq = {
    "heappush": _hq_heappush,
    "heappop": _hq_heappop,
    "heapreplace": _hq_heapreplace,
    "heappushpop": _hq_heappushpop,
    "heapify": _hq_heapify,
    "nsmallest": _hq_nsmallest,
    "nlargest": _hq_nlargest,
    "merge": _hq_merge,
}


class _deque:

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None and maxlen < 0:
            raise ValueError("maxlen must be non-negative")
        self._items = []
        self._maxlen = maxlen
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _trim_left(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[: len(self._items) - self._maxlen]

    def _trim_right(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[self._maxlen:]

    def append(self, x):
        self._items.append(x)
        self._trim_left()

    def appendleft(self, x):
        self._items.insert(0, x)
        self._trim_right()

    def extend(self, it):
        for x in list(it):
            self.append(x)

    def extendleft(self, it):
        for x in list(it):
            self.appendleft(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def rotate(self, n=1):
        k = len(self._items)
        if k:
            n %= k
            if n:
                self._items[:] = self._items[-n:] + self._items[:-n]

    def clear(self):
        self._items.clear()

    def copy(self):
        return _deque(self._items, self._maxlen)

    def count(self, x):
        return self._items.count(x)

    def index(self, x, *args):
        return self._items.index(x, *args)

    def remove(self, x):
        try:
            self._items.remove(x)
        except ValueError:
            raise ValueError(repr(x) + " is not in deque") from None

    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._items.insert(i, x)

    def reverse(self):
        self._items.reverse()

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, x):
        return x in self._items

    def __getitem__(self, i):
        if type(i) is slice:
            raise TypeError("sequence index must be integer, not 'slice'")
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("deque index out of range") from None

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __eq__(self, other):
        return type(other) is _deque and self._items == other._items

    def __add__(self, other):
        return _deque(self._items + list(other), self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __repr__(self):
        if self._maxlen is None:
            return "deque(" + repr(self._items) + ")"
        return "deque(" + repr(self._items) + ", maxlen=" + str(self._maxlen) + ")"


class _defaultdict(dict):

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        v = self.default_factory()
        self[key] = v
        return v

    def copy(self):
        return _defaultdict(self.default_factory, self)

    def __repr__(self):
        f = self.default_factory
        fr = "None" if f is None else repr(f)
        return "defaultdict(" + fr + ", " + repr(dict(self)) + ")"


class _Counter(dict):

    def __init__(self, iterable=None, **kwargs):
        dict.__init__(self)
        self.update(iterable, **kwargs)

    def __missing__(self, key):
        return 0

    def update(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    self[k] = self[k] + v
            else:
                for k in iterable:
                    self[k] = self[k] + 1
        for k, v in kwargs.items():
            self[k] = self[k] + v

    def subtract(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    self[k] = self[k] - v
            else:
                for k in iterable:
                    self[k] = self[k] - 1
        for k, v in kwargs.items():
            self[k] = self[k] - v

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for k, v in self.items():
            for _ in range(v):
                yield k

    def total(self):
        return sum(self.values())

    def copy(self):
        return _Counter(dict(self))

    def __add__(self, other):
        r = _Counter()
        for k, v in self.items():
            n = v + other[k]
            if n > 0:
                r[k] = n
        for k, v in other.items():
            if k not in self and v > 0:
                r[k] = v
        return r

    def __sub__(self, other):
        r = _Counter()
        for k, v in self.items():
            n = v - other[k]
            if n > 0:
                r[k] = n
        for k, v in other.items():
            if k not in self and v < 0:
                r[k] = 0 - v
        return r

    def __or__(self, other):
        r = _Counter()
        for k in list(self) + [k for k in other if k not in self]:
            n = max(self[k], other[k])
            if n > 0:
                r[k] = n
        return r

    def __and__(self, other):
        r = _Counter()
        for k in self:
            n = min(self[k], other[k])
            if n > 0:
                r[k] = n
        return r

    def __repr__(self):
        if not self:
            return "Counter()"
        return "Counter({" + ", ".join([repr(k) + ": " + repr(v) for k, v in self.most_common()]) + "})"


class _OrderedDict(dict):

    def move_to_end(self, key, last=True):
        v = self.pop(key)
        if last:
            self[key] = v
        else:
            items = list(self.items())
            self.clear()
            self[key] = v
            for k, x in items:
                self[k] = x

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        k = list(self.keys())[-1 if last else 0]
        return (k, self.pop(k))

    def __repr__(self):
        if not self:
            return "OrderedDict()"
        return "OrderedDict(" + repr(list(self.items())) + ")"


def _namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if type(field_names) is str:
        field_names = field_names.replace(",", " ").split()
    fields = tuple(field_names)
    nf = len(fields)
    defaults = tuple(defaults) if defaults is not None else ()

    def __init__(self, *args, **kwargs):
        vals = list(args)
        if len(vals) > nf:
            raise TypeError(typename + "() takes " + str(nf) + " positional arguments but " + str(len(vals)) + " were given")
        for name in fields[len(vals):]:
            if name in kwargs:
                vals.append(kwargs.pop(name))
            elif nf - len(vals) <= len(defaults):
                vals.append(defaults[len(defaults) - (nf - len(vals))])
            else:
                raise TypeError(typename + "() missing 1 required positional argument: '" + name + "'")
        if kwargs:
            raise TypeError(typename + "() got an unexpected keyword argument '" + list(kwargs)[0] + "'")
        object.__setattr__(self, "_values", tuple(vals))

    def __getattr__(self, name):
        if name in fields:
            return self._values[fields.index(name)]
        raise AttributeError("'" + typename + "' object has no attribute '" + name + "'")

    def __setattr__(self, name, value):
        raise AttributeError("can't set attribute")

    def __repr__(self):
        return typename + "(" + ", ".join([f + "=" + repr(v) for f, v in zip(fields, self._values)]) + ")"

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return nf

    def __getitem__(self, i):
        return self._values[i]

    def __eq__(self, other):
        if hasattr(other, "_values"):
            return self._values == other._values
        return self._values == other

    def __lt__(self, other):
        return self._values < tuple(other)

    def __hash__(self):
        return hash(self._values)

    def _asdict(self):
        return dict(zip(fields, self._values))

    def _replace(self, **kw):
        d = dict(zip(fields, self._values))
        d.update(kw)
        return cls(**d)

    def count(self, x):
        return self._values.count(x)

    def index(self, x):
        return self._values.index(x)

    ns = {
        "__init__": __init__, "__getattr__": __getattr__, "__setattr__": __setattr__,
        "__repr__": __repr__, "__iter__": __iter__, "__len__": __len__, "__getitem__": __getitem__,
        "__eq__": __eq__, "__lt__": __lt__, "__hash__": __hash__, "_asdict": _asdict,
        "_replace": _replace, "count": count, "index": index, "_fields": fields,
        "__module__": "__main__" if module is None else module,
    }
    cls = type(typename, (object,), ns)

    def _make(iterable):
        return cls(*iterable)

    cls._make = staticmethod(_make)
    cls._field_defaults = dict(zip(fields[nf - len(defaults):], defaults))
    return cls


for _c, _n in ((_deque, "deque"), (_defaultdict, "defaultdict"), (_Counter, "Counter"), (_OrderedDict, "OrderedDict")):
    _rename_class(_c, _n, "collections")


_exports_collections = {
    "deque": _deque,
    "defaultdict": _defaultdict,
    "Counter": _Counter,
    "OrderedDict": _OrderedDict,
    "namedtuple": _namedtuple,
}


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


_exports_itertools = {
    "count": _it_count,
    "cycle": _it_cycle,
    "repeat": _it_repeat,
    "chain": _it_chain,
    "islice": _it_islice,
    "product": _it_product,
    "permutations": _it_permutations,
    "combinations": _it_combinations,
    "combinations_with_replacement": _it_combinations_with_replacement,
    "accumulate": _it_accumulate,
    "groupby": _it_groupby,
    "zip_longest": _it_zip_longest,
    "takewhile": _it_takewhile,
    "dropwhile": _it_dropwhile,
    "starmap": _it_starmap,
    "compress": _it_compress,
    "filterfalse": _it_filterfalse,
    "pairwise": _it_pairwise,
    "tee": _it_tee,
}


def _ft_reduce(function, iterable, *initial):
    it = iter(iterable)
    if initial:
        value = initial[0]
    else:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    for element in it:
        value = function(value, element)
    return value


class _ft_partial:

    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        kw = dict(self.keywords)
        kw.update(keywords)
        return self.func(*self.args, *args, **kw)


def _ft_update_wrapper(wrapper, wrapped, assigned=None, updated=None):
    for a in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            v = getattr(wrapped, a)
        except AttributeError:
            continue
        setattr(wrapper, a, v)
    wrapper.__wrapped__ = wrapped
    return wrapper


def _ft_wraps(wrapped, assigned=None, updated=None):
    def deco(wrapper):
        return _ft_update_wrapper(wrapper, wrapped)
    return deco


def _ft_lru_cache(maxsize=128, typed=False):
    def deco(f):
        cache = {}
        stats = [0, 0]

        def wrapper(*args, **kwargs):
            key = args
            if kwargs:
                key = args + (_MISSING,) + tuple(sorted(kwargs.items()))
            if key in cache:
                stats[0] += 1
                return cache[key]
            stats[1] += 1
            r = f(*args, **kwargs)
            if maxsize is not None and maxsize > 0 and len(cache) >= maxsize:
                del cache[next(iter(cache))]
            if maxsize is None or maxsize > 0:
                cache[key] = r
            return r

        def cache_clear():
            cache.clear()
            stats[0] = stats[1] = 0

        def cache_info():
            return "CacheInfo(hits=" + str(stats[0]) + ", misses=" + str(stats[1]) + ", maxsize=" + str(maxsize) + ", currsize=" + str(len(cache)) + ")"

        wrapper.cache_clear = cache_clear
        wrapper.cache_info = cache_info
        return _ft_update_wrapper(wrapper, f)

    if callable(maxsize) and not isinstance(maxsize, int):
        f = maxsize
        maxsize = 128
        return deco(f)
    return deco


def _ft_cache(f):
    return _ft_lru_cache(None)(f)


def _ft_total_ordering(cls):
    d = cls.__dict__
    if "__lt__" in d:
        lt = d["__lt__"]
        cls.__gt__ = lambda a, b: not lt(a, b) and a != b
        cls.__le__ = lambda a, b: lt(a, b) or a == b
        cls.__ge__ = lambda a, b: not lt(a, b)
    elif "__gt__" in d:
        gt = d["__gt__"]
        cls.__lt__ = lambda a, b: not gt(a, b) and a != b
        cls.__ge__ = lambda a, b: gt(a, b) or a == b
        cls.__le__ = lambda a, b: not gt(a, b)
    elif "__le__" in d:
        le = d["__le__"]
        cls.__lt__ = lambda a, b: le(a, b) and a != b
        cls.__gt__ = lambda a, b: not le(a, b)
        cls.__ge__ = lambda a, b: not le(a, b) or a == b
    elif "__ge__" in d:
        ge = d["__ge__"]
        cls.__le__ = lambda a, b: not ge(a, b) or a == b
        cls.__lt__ = lambda a, b: not ge(a, b)
        cls.__gt__ = lambda a, b: ge(a, b) and a != b
    else:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    return cls


def _ft_cmp_to_key(mycmp):
    class K:
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

    return K


_rename_class(_ft_partial, "partial", "functools")


_exports_functools = {
    "reduce": _ft_reduce,
    "partial": _ft_partial,
    "wraps": _ft_wraps,
    "update_wrapper": _ft_update_wrapper,
    "lru_cache": _ft_lru_cache,
    "cache": _ft_cache,
    "total_ordering": _ft_total_ordering,
    "cmp_to_key": _ft_cmp_to_key,
}


# ----- dataclasses -----


class _DcFrozenInstanceError(AttributeError):
    pass


class _DcField:
    def __init__(self, default, default_factory, init, repr, hash, compare, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.kw_only = kw_only

    def __repr__(self):
        return "Field(name=" + repr(self.name) + ",type=" + repr(self.type) + ",default=" + ("<dataclasses._MISSING_TYPE object>" if self.default is _MISSING else repr(self.default)) + ")"


_rename_class(_DcFrozenInstanceError, "FrozenInstanceError", "dataclasses")
_rename_class(_DcField, "Field", "dataclasses")


def _dc_field(*, default=_MISSING, default_factory=_MISSING, init=True, repr=True, hash=None, compare=True, metadata=None, kw_only=False):
    if default is not _MISSING and default_factory is not _MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return _DcField(default, default_factory, init, repr, hash, compare, kw_only)


def _dc_names(names):
    q = ["'" + n + "'" for n in names]
    if len(q) == 1:
        return q[0]
    if len(q) == 2:
        return q[0] + " and " + q[1]
    return ", ".join(q[:-1]) + ", and " + q[-1]


def _dc_process(cls, init, repr_, eq, order, frozen, unsafe_hash, kw_only):
    qual = cls.__qualname__
    fields = {}
    for b in reversed(cls.__mro__[1:]):
        bf = b.__dict__.get("__dataclass_fields__")
        if bf:
            for f in bf.values():
                fields[f.name] = f
    own = cls.__dict__
    anns = own.get("__annotations__", {})
    for name in anns:
        if anns[name] is _TYPING_CLASSVAR:
            continue
        default = own.get(name, _MISSING)
        if isinstance(default, _DcField):
            f = default
        else:
            f = _DcField(default, _MISSING, True, True, None, True, kw_only)
            if type(default) in (list, dict, set):
                raise ValueError("mutable default " + repr(type(default)) + " for field " + name + " is not allowed: use default_factory")
        f.name = name
        f.type = anns[name]
        if isinstance(default, _DcField):
            if f.default is _MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    seen_default = False
    for f in fields.values():
        if not f.init or f.kw_only:
            continue
        has_default = f.default is not _MISSING or f.default_factory is not _MISSING
        if has_default:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument '" + f.name + "' follows default argument")
    cls.__dataclass_fields__ = fields
    flist = list(fields.values())
    pos_fields = [f for f in flist if f.init and not f.kw_only]
    kw_fields = [f for f in flist if f.init and f.kw_only]

    if init and "__init__" not in own:
        def __init__(self, *args, **kwargs):
            if len(args) > len(pos_fields):
                hi = len(pos_fields) + 1
                lo = hi - len([f for f in pos_fields if f.default is not _MISSING or f.default_factory is not _MISSING])
                takes = str(hi) if lo == hi else "from " + str(lo) + " to " + str(hi)
                raise TypeError(qual + ".__init__() takes " + takes + " positional argument" + ("" if hi == 1 else "s") + " but " + str(len(args) + 1) + " were given")
            values = {}
            missing = []
            i = 0
            for f in pos_fields + kw_fields:
                if i < len(args) and not f.kw_only:
                    if f.name in kwargs:
                        raise TypeError(qual + ".__init__() got multiple values for argument '" + f.name + "'")
                    values[f.name] = args[i]
                    i += 1
                elif f.name in kwargs:
                    values[f.name] = kwargs.pop(f.name)
                elif f.default is not _MISSING:
                    values[f.name] = f.default
                elif f.default_factory is not _MISSING:
                    values[f.name] = f.default_factory()
                else:
                    missing.append(f.name)
            if missing:
                kind = "keyword-only" if all(fields[m].kw_only for m in missing) else "positional"
                raise TypeError(qual + ".__init__() missing " + str(len(missing)) + " required " + kind + " argument" + ("" if len(missing) == 1 else "s") + ": " + _dc_names(missing))
            for k in kwargs:
                raise TypeError(qual + ".__init__() got an unexpected keyword argument '" + k + "'")
            for f in flist:
                if f.name in values:
                    v = values[f.name]
                elif not f.init and f.default is not _MISSING:
                    v = f.default
                elif not f.init and f.default_factory is not _MISSING:
                    v = f.default_factory()
                else:
                    continue
                object.__setattr__(self, f.name, v)
            post = getattr(type(self), "__post_init__", None)
            if post is not None:
                post(self)
        __init__.__qualname__ = qual + ".__init__"
        cls.__init__ = __init__

    if repr_ and "__repr__" not in own:
        def __repr__(self):
            return type(self).__qualname__ + "(" + ", ".join([f.name + "=" + repr(getattr(self, f.name)) for f in flist if f.repr]) + ")"
        __repr__.__qualname__ = qual + ".__repr__"
        cls.__repr__ = __repr__

    cmp_fields = [f.name for f in flist if f.compare]

    def _astup(self):
        return tuple([getattr(self, n) for n in cmp_fields])

    if eq and "__eq__" not in own:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _astup(self) == _astup(other)
            return NotImplemented
        cls.__eq__ = __eq__

    if order:
        def __lt__(self, other):
            if other.__class__ is self.__class__:
                return _astup(self) < _astup(other)
            return NotImplemented

        def __le__(self, other):
            if other.__class__ is self.__class__:
                return _astup(self) <= _astup(other)
            return NotImplemented

        def __gt__(self, other):
            if other.__class__ is self.__class__:
                return _astup(self) > _astup(other)
            return NotImplemented

        def __ge__(self, other):
            if other.__class__ is self.__class__:
                return _astup(self) >= _astup(other)
            return NotImplemented
        cls.__lt__ = __lt__
        cls.__le__ = __le__
        cls.__gt__ = __gt__
        cls.__ge__ = __ge__

    if frozen:
        def __setattr__(self, name, value):
            if name in fields:
                raise _DcFrozenInstanceError("cannot assign to field '" + name + "'")
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if name in fields:
                raise _DcFrozenInstanceError("cannot delete field '" + name + "'")
            object.__delattr__(self, name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__

    if unsafe_hash or (eq and frozen):
        def __hash__(self):
            return hash(_astup(self))
        cls.__hash__ = __hash__
    elif eq and "__hash__" not in own:
        cls.__hash__ = None
    elif eq and own.get("__hash__", 0) is None and "__eq__" not in own:
        cls.__hash__ = None
    cls.__match_args__ = tuple([f.name for f in pos_fields])
    return cls


def _dc_dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(c):
        return _dc_process(c, init, repr, eq, order, frozen, unsafe_hash, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def _dc_fields(obj):
    fs = getattr(obj, "__dataclass_fields__", None)
    if fs is None:
        raise TypeError("must be called with a dataclass type or instance")
    return tuple(fs.values())


def _dc_is_dataclass(obj):
    return hasattr(obj, "__dataclass_fields__")


def _dc_asdict_inner(v, factory):
    if hasattr(type(v), "__dataclass_fields__"):
        return factory([(f.name, _dc_asdict_inner(getattr(v, f.name), factory)) for f in v.__dataclass_fields__.values()])
    if type(v) is list:
        return [_dc_asdict_inner(x, factory) for x in v]
    if type(v) is tuple:
        return tuple([_dc_asdict_inner(x, factory) for x in v])
    if type(v) is dict:
        return {_dc_asdict_inner(k, factory): _dc_asdict_inner(x, factory) for k, x in v.items()}
    return v


def _dc_asdict(obj, *, dict_factory=dict):
    if not hasattr(type(obj), "__dataclass_fields__"):
        raise TypeError("asdict() should be called on dataclass instances")
    return _dc_asdict_inner(obj, dict_factory)


def _dc_astuple_inner(v):
    if hasattr(type(v), "__dataclass_fields__"):
        return tuple([_dc_astuple_inner(getattr(v, f.name)) for f in v.__dataclass_fields__.values()])
    if type(v) is list:
        return [_dc_astuple_inner(x) for x in v]
    if type(v) is tuple:
        return tuple([_dc_astuple_inner(x) for x in v])
    if type(v) is dict:
        return {_dc_astuple_inner(k): _dc_astuple_inner(x) for k, x in v.items()}
    return v


def _dc_astuple(obj):
    if not hasattr(type(obj), "__dataclass_fields__"):
        raise TypeError("astuple() should be called on dataclass instances")
    return _dc_astuple_inner(obj)


def _dc_replace(obj, **changes):
    kw = {}
    for f in obj.__dataclass_fields__.values():
        if f.init:
            kw[f.name] = changes.pop(f.name) if f.name in changes else getattr(obj, f.name)
    kw.update(changes)
    return type(obj)(**kw)


_exports_dataclasses = {
    "dataclass": _dc_dataclass,
    "field": _dc_field,
    "fields": _dc_fields,
    "asdict": _dc_asdict,
    "astuple": _dc_astuple,
    "replace": _dc_replace,
    "is_dataclass": _dc_is_dataclass,
    "FrozenInstanceError": _DcFrozenInstanceError,
    "MISSING": _MISSING,
}


# ----- enum (members are created by __init_subclass__; the VM iterates `_member_list_`) -----


class _EnumAuto:
    def __repr__(self):
        return "auto()"


class _Enum:
    _member_list_ = []
    _member_map_ = {}
    _value2member_map_ = {}

    def __init_subclass__(cls, **kw):
        members = []
        by_value = {}
        by_name = {}
        for name, value in list(cls.__dict__.items()):
            if name[:1] == "_" or callable(value) or isinstance(value, (property, staticmethod, classmethod)):
                continue
            if isinstance(value, _EnumAuto):
                value = cls._generate_next_value_(name, 1, len(members), [m._value_ for m in members])
            if value in by_value:
                setattr(cls, name, by_value[value])
                by_name[name] = by_value[value]
                continue
            m = object.__new__(cls)
            object.__setattr__(m, "_name_", name)
            object.__setattr__(m, "_value_", value)
            setattr(cls, name, m)
            members.append(m)
            by_value[value] = m
            by_name[name] = m
        cls._member_list_ = members
        cls._member_map_ = by_name
        cls._value2member_map_ = by_value
        cls.__members__ = dict(cls._member_map_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            if type(v) is int:
                return v + 1
        return start

    def __new__(cls, value):
        m = cls._value2member_map_.get(value, None) if not isinstance(value, _Enum) else value
        if m is None or not isinstance(m, cls):
            raise ValueError(repr(value) + " is not a valid " + cls.__qualname__)
        return m

    def __init__(self, *args, **kwargs):
        pass

    @classmethod
    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __setattr__(self, name, value):
        if name in ("_name_", "_value_", "name", "value"):
            raise AttributeError("cannot reassign member '" + self._name_ + "'")
        object.__setattr__(self, name, value)

    def __repr__(self):
        return "<" + type(self).__name__ + "." + self._name_ + ": " + repr(self._value_) + ">"

    def __str__(self):
        return type(self).__name__ + "." + self._name_

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __eq__(self, other):
        return self is other

    def __ne__(self, other):
        return self is not other


class _IntEnum(_Enum):
    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == (other._value_ if isinstance(other, _Enum) else other)

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._value_ < int(other)

    def __le__(self, other):
        return self._value_ <= int(other)

    def __gt__(self, other):
        return self._value_ > int(other)

    def __ge__(self, other):
        return self._value_ >= int(other)

    def __add__(self, other):
        return self._value_ + other

    def __radd__(self, other):
        return other + self._value_

    def __sub__(self, other):
        return self._value_ - other

    def __mul__(self, other):
        return self._value_ * other

    def __bool__(self):
        return bool(self._value_)


class _StrEnum(_Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == (other._value_ if isinstance(other, _Enum) else other)

    def __ne__(self, other):
        return not self.__eq__(other)


def _enum_unique(cls):
    seen = {}
    for name, m in cls.__dict__.items():
        if isinstance(m, cls) and m._name_ != name:
            raise ValueError("duplicate values found in " + repr(cls) + ": " + name + " -> " + m._name_)
    return cls


for _c, _n in ((_Enum, "Enum"), (_IntEnum, "IntEnum"), (_StrEnum, "StrEnum"), (_EnumAuto, "auto")):
    _rename_class(_c, _n, "enum")


_exports_enum = {
    "Enum": _Enum,
    "IntEnum": _IntEnum,
    "StrEnum": _StrEnum,
    "auto": _EnumAuto,
    "unique": _enum_unique,
}


# ----- string -----

_exports_string = {
    "ascii_lowercase": "abcdefghijklmnopqrstuvwxyz",
    "ascii_uppercase": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "ascii_letters": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "digits": "0123456789",
    "hexdigits": "0123456789abcdefABCDEF",
    "octdigits": "01234567",
    "punctuation": "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
    "whitespace": " \t\n\r\x0b\x0c",
    "printable": "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c",
    "capwords": lambda s, sep=None: (sep or " ").join([w.capitalize() for w in s.split(sep)]),
}


# ----- typing: annotations only (subscripting a special form returns the form) -----


class _TypingForm:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate typing." + self._name)

    def __repr__(self):
        return "typing." + self._name

    def __or__(self, other):
        return self

    def __ror__(self, other):
        return self


class _TypingGeneric:
    @classmethod
    def __class_getitem__(cls, params):
        return cls


def _typing_typevar(name, *constraints, bound=None, covariant=False, contravariant=False):
    return _TypingForm(name)


def _typing_cast(typ, val):
    return val


def _typing_identity(f):
    return f


_rename_class(_TypingGeneric, "Generic", "typing")
_exports_typing = {
    "TypeVar": _typing_typevar,
    "Generic": _TypingGeneric,
    "Protocol": _TypingGeneric,
    "cast": _typing_cast,
    "overload": _typing_identity,
    "final": _typing_identity,
    "no_type_check": _typing_identity,
    "runtime_checkable": _typing_identity,
    "TYPE_CHECKING": False,
}
for _n in (
    "Any", "List", "Dict", "Set", "FrozenSet", "Tuple", "Optional", "Union", "Callable", "Iterable",
    "Iterator", "Generator", "Sequence", "MutableSequence", "Mapping", "MutableMapping", "Type",
    "Literal", "Final", "ClassVar", "NoReturn", "Never", "Self", "Deque", "DefaultDict", "Counter",
    "OrderedDict", "Collection", "Container", "Hashable", "Sized", "Reversible", "Awaitable",
    "Coroutine", "AbstractSet", "KeysView", "ValuesView", "ItemsView", "SupportsInt", "SupportsFloat",
    "Annotated", "TypeAlias", "LiteralString", "Text", "AnyStr",
):
    _exports_typing[_n] = _TypingForm(_n)
_TYPING_CLASSVAR = _exports_typing["ClassVar"]


# ----- copy -----

_IMMUTABLE = (int, float, bool, str, bytes, type(None), range, type, frozenset)


def _copy_copy(x):
    t = type(x)
    if t in _IMMUTABLE or t is tuple:
        return x
    if t is list:
        return list(x)
    if t is dict:
        return dict(x)
    if t is set:
        return set(x)
    cp = getattr(t, "__copy__", None)
    if cp is not None:
        return cp(x)
    if callable(x) and not hasattr(x, "__dict__"):
        return x
    new = object.__new__(t)
    if isinstance(x, list):
        _builtin_base(new).extend(x)
    elif isinstance(x, dict):
        _builtin_base(new).update(x)
    for k, v in vars(x).items():
        object.__setattr__(new, k, v)
    return new


def _copy_deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    t = type(x)
    if t in _IMMUTABLE:
        return x
    i = id(x)
    if i in memo:
        return memo[i]
    if t is list:
        y = []
        memo[i] = y
        for e in x:
            y.append(_copy_deepcopy(e, memo))
        return y
    if t is tuple:
        y = tuple([_copy_deepcopy(e, memo) for e in x])
        memo[i] = y
        return y
    if t is dict:
        y = {}
        memo[i] = y
        for k, v in x.items():
            y[_copy_deepcopy(k, memo)] = _copy_deepcopy(v, memo)
        return y
    if t is set:
        y = set()
        memo[i] = y
        for e in x:
            y.add(_copy_deepcopy(e, memo))
        return y
    dc = getattr(t, "__deepcopy__", None)
    if dc is not None:
        y = dc(x, memo)
        memo[i] = y
        return y
    if callable(x) and not hasattr(x, "__dict__"):
        return x
    try:
        attrs = vars(x)
    except TypeError:
        return x
    y = object.__new__(t)
    memo[i] = y
    if isinstance(x, list):
        _builtin_base(y).extend([_copy_deepcopy(e, memo) for e in x])
    elif isinstance(x, dict):
        for k, v in x.items():
            _builtin_base(y)[_copy_deepcopy(k, memo)] = _copy_deepcopy(v, memo)
    for k, v in attrs.items():
        object.__setattr__(y, k, _copy_deepcopy(v, memo))
    return y


_exports_copy = {"copy": _copy_copy, "deepcopy": _copy_deepcopy}


# ----- json -----


class _JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, msg + ": line " + str(lineno) + " column " + str(colno) + " (char " + str(pos) + ")")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_rename_class(_JSONDecodeError, "JSONDecodeError", "json.decoder")

_JSON_ESC = {"\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _json_str(s, ensure_ascii):
    out = ["\""]
    for ch in s:
        e = _JSON_ESC.get(ch)
        if e is not None:
            out.append(e)
            continue
        o = ord(ch)
        if o < 0x20 or (ensure_ascii and o > 0x7E):
            if o > 0xFFFF:
                o -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (o >> 10), 0xDC00 | (o & 0x3FF)))
            else:
                out.append("\\u%04x" % o)
        else:
            out.append(ch)
    out.append("\"")
    return "".join(out)


def _json_float(f, allow_nan):
    if f != f:
        r = "NaN"
    elif f == float("inf"):
        r = "Infinity"
    elif f == float("-inf"):
        r = "-Infinity"
    else:
        return repr(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return r


def _json_enc(o, opts, level, out):
    t = type(o)
    if o is None:
        out.append("null")
    elif o is True:
        out.append("true")
    elif o is False:
        out.append("false")
    elif t is str:
        out.append(_json_str(o, opts[4]))
    elif t is int:
        out.append(str(o))
    elif t is float:
        out.append(_json_float(o, opts[5]))
    elif t in (list, tuple) or isinstance(o, (list, tuple)):
        if not o:
            out.append("[]")
            return
        indent = opts[0]
        out.append("[")
        first = True
        for x in o:
            if not first:
                out.append(opts[1])
            first = False
            if indent is not None:
                out.append("\n" + indent * (level + 1))
            _json_enc(x, opts, level + 1, out)
        if indent is not None:
            out.append("\n" + indent * level)
        out.append("]")
    elif isinstance(o, dict):
        if not o:
            out.append("{}")
            return
        indent = opts[0]
        items = list(o.items())
        keyed = []
        for k, v in items:
            tk = type(k)
            if tk is str:
                ks = k
            elif k is True:
                ks = "true"
            elif k is False:
                ks = "false"
            elif k is None:
                ks = "null"
            elif tk is int:
                ks = str(k)
            elif tk is float:
                ks = _json_float(k, opts[5])
            elif opts[6]:
                continue
            else:
                raise TypeError("keys must be str, int, float, bool or None, not " + _type_name(k))
            keyed.append((ks, v))
        if opts[3]:
            keyed.sort(key=lambda kv: kv[0])
        out.append("{")
        first = True
        for ks, v in keyed:
            if not first:
                out.append(opts[1])
            first = False
            if indent is not None:
                out.append("\n" + indent * (level + 1))
            out.append(_json_str(ks, opts[4]))
            out.append(opts[2])
            _json_enc(v, opts, level + 1, out)
        if indent is not None:
            out.append("\n" + indent * level)
        out.append("}")
    elif opts[7] is not None:
        _json_enc(opts[7](o), opts, level, out)
    else:
        raise TypeError("Object of type " + _type_name(o) + " is not JSON serializable")


def _json_dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None, separators=None, default=None, sort_keys=False):
    if indent is not None and type(indent) is int:
        indent = " " * indent
    if separators is None:
        separators = (", ", ": ") if indent is None else (",", ": ")
    out = []
    _json_enc(obj, (indent, separators[0], separators[1], sort_keys, ensure_ascii, allow_nan, skipkeys, default), 0, out)
    return "".join(out)


def _json_dump(obj, fp, **kw):
    fp.write(_json_dumps(obj, **kw))


_JSON_WS = " \t\n\r"


def _json_skip(s, i):
    n = len(s)
    while i < n and s[i] in _JSON_WS:
        i += 1
    return i


def _json_value(s, i):
    i = _json_skip(s, i)
    if i >= len(s):
        raise _JSONDecodeError("Expecting value", s, i)
    c = s[i]
    if c == "{":
        d = {}
        i = _json_skip(s, i + 1)
        if i < len(s) and s[i] == "}":
            return d, i + 1
        while True:
            i = _json_skip(s, i)
            if i >= len(s) or s[i] != "\"":
                raise _JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            k, i = _json_string(s, i)
            i = _json_skip(s, i)
            if i >= len(s) or s[i] != ":":
                raise _JSONDecodeError("Expecting ':' delimiter", s, i)
            v, i = _json_value(s, i + 1)
            d[k] = v
            i = _json_skip(s, i)
            if i < len(s) and s[i] == ",":
                i += 1
                continue
            if i < len(s) and s[i] == "}":
                return d, i + 1
            raise _JSONDecodeError("Expecting ',' delimiter", s, i)
    if c == "[":
        out = []
        i = _json_skip(s, i + 1)
        if i < len(s) and s[i] == "]":
            return out, i + 1
        while True:
            v, i = _json_value(s, i)
            out.append(v)
            i = _json_skip(s, i)
            if i < len(s) and s[i] == ",":
                i += 1
                continue
            if i < len(s) and s[i] == "]":
                return out, i + 1
            raise _JSONDecodeError("Expecting ',' delimiter", s, i)
    if c == "\"":
        return _json_string(s, i)
    for lit, val in (("null", None), ("true", True), ("false", False), ("NaN", float("nan")), ("Infinity", float("inf")), ("-Infinity", float("-inf"))):
        if s.startswith(lit, i):
            return val, i + len(lit)
    j = i
    n = len(s)
    if j < n and s[j] == "-":
        j += 1
    if j >= n or not s[j].isdigit():
        raise _JSONDecodeError("Expecting value", s, i)
    if s[j] == "0":
        j += 1
    else:
        while j < n and s[j].isdigit():
            j += 1
    is_float = False
    if j < n and s[j] == "." and j + 1 < n and s[j + 1].isdigit():
        is_float = True
        j += 1
        while j < n and s[j].isdigit():
            j += 1
    if j < n and s[j] in "eE":
        k = j + 1
        if k < n and s[k] in "+-":
            k += 1
        if k < n and s[k].isdigit():
            is_float = True
            j = k
            while j < n and s[j].isdigit():
                j += 1
    text = s[i:j]
    return (float(text) if is_float else int(text)), j


def _json_string(s, i):
    out = []
    j = i + 1
    n = len(s)
    while True:
        k = j
        while k < n and s[k] != "\"" and s[k] != "\\":
            if s[k] < " ":
                raise _JSONDecodeError("Invalid control character at", s, k)
            k += 1
        out.append(s[j:k])
        if k >= n:
            raise _JSONDecodeError("Unterminated string starting at", s, i)
        if s[k] == "\"":
            return "".join(out), k + 1
        if k + 1 >= n:
            raise _JSONDecodeError("Unterminated string starting at", s, i)
        e = s[k + 1]
        if e == "u":
            h = s[k + 2:k + 6]
            if len(h) < 4:
                raise _JSONDecodeError("Invalid \\uXXXX escape", s, k + 1)
            code = int(h, 16)
            j = k + 6
            if 0xD800 <= code < 0xDC00 and s[j:j + 2] == "\\u":
                low = int(s[j + 2:j + 6], 16)
                if 0xDC00 <= low < 0xE000:
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    j += 6
            out.append(chr(code))
            continue
        m = {"\"": "\"", "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}.get(e)
        if m is None:
            raise _JSONDecodeError("Invalid \\escape", s, k)
        out.append(m)
        j = k + 2


def _json_loads(s, **kw):
    if type(s) in (bytes,):
        s = s.decode()
    if type(s) is not str:
        raise TypeError("the JSON object must be str, bytes or bytearray, not " + _type_name(s))
    v, i = _json_value(s, 0)
    i = _json_skip(s, i)
    if i != len(s):
        raise _JSONDecodeError("Extra data", s, i)
    return v


_exports_json = {
    "dumps": _json_dumps,
    "loads": _json_loads,
    "dump": _json_dump,
    "JSONDecodeError": _JSONDecodeError,
}
