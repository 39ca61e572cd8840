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


def _exc_repr_slow(e):
    a = e.args
    if len(a) == 1:
        return type(e).__name__ + "(" + repr(a[0]) + ")"
    return type(e).__name__ + repr(a)


def _exc_add_note(e, note):
    if not isinstance(note, str):
        raise TypeError("note must be a str, not '" + _type_name(note) + "'")
    try:
        notes = e.__notes__
    except AttributeError:
        notes = e.__notes__ = []
    notes.append(note)


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
        if _sort_list(items, reverse):
            return items
        if reverse:
            items.reverse()
            items[:] = _merge_sort(items, _lt)
            items.reverse()
            # Stability under reverse: equal items keep their original order.
            return items
        items[:] = _merge_sort(items, _lt)
        return items
    keys = [key(x) for x in items]
    # Fast path: the keys compare natively (the sort is stable; reverse keeps ties in order).
    if _sort_by_keys(items, keys, reverse):
        return items
    decorated = [(k, x) for k, x in zip(keys, items)]
    if reverse:
        decorated.reverse()
    result = _merge_sort(decorated, _key_lt)
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


def _slice_bound(x):
    if x is None:
        return None
    if type(x) is not int and getattr(type(x), "__index__", None) is None:
        raise TypeError("slice indices must be integers or None or have an __index__ method")
    return _index_of(x)


def _index_key(k):
    if type(k) is slice:
        return slice(_slice_bound(k.start), _slice_bound(k.stop), _slice_bound(k.step))
    return _index_of(k)


def _range_of_index(*args):
    return range(*[_index_of(a) for a in args])


def _getitem_index(o, k):
    return o[_index_key(k)]


def _setitem_index(o, k, v):
    o[_index_key(k)] = v


def _delitem_index(o, k):
    del o[_index_key(k)]


def _class_setup(cls, hook):
    for k, v in list(cls.__dict__.items()):
        f = getattr(type(v), "__set_name__", None)
        if f is not None:
            f(v, cls, k)
    if hook is not None:
        hook(cls)
    return cls


def _class_setup_kw(cls, hook, kwargs):
    for k, v in list(cls.__dict__.items()):
        f = getattr(type(v), "__set_name__", None)
        if f is not None:
            f(v, cls, k)
    if hook is None:
        if kwargs:
            raise TypeError(cls.__name__ + ".__init_subclass__() takes no keyword arguments")
    else:
        hook(cls, **kwargs)
    return cls


def _radix_index(which, x):
    i = _index_of(x)
    if which == 16:
        return hex(i)
    if which == 8:
        return oct(i)
    return bin(i)


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


def _bytes_from_obj(x):
    f = getattr(type(x), "__bytes__", None)
    if f is not None:
        r = f(x)
        if type(r) is not bytes:
            raise TypeError("__bytes__ returned non-bytes (type " + _type_name(r) + ")")
        return r
    if hasattr(x, "__iter__") or hasattr(x, "__getitem__"):
        return bytes(list(x))
    raise TypeError("cannot convert '" + _type_name(x) + "' object to bytes")


def _ba_byte(v):
    if not isinstance(v, int):
        raise TypeError("'" + _type_name(v) + "' object cannot be interpreted as an integer")
    if v < 0 or v > 255:
        raise ValueError("byte must be in range(0, 256)")
    return v


def _ba_wrap(r):
    if type(r) is bytes:
        return bytearray(r)
    if type(r) is list:
        return [bytearray(x) if type(x) is bytes else x for x in r]
    if type(r) is tuple:
        return tuple([bytearray(x) if type(x) is bytes else x for x in r])
    return r


class bytearray:
    __hash__ = None

    def __init__(self, source=None, encoding=None, errors=None):
        if source is None:
            self._b = []
        elif isinstance(source, str):
            if encoding is None:
                raise TypeError("string argument without an encoding")
            self._b = list(source.encode(encoding, errors or "strict"))
        elif isinstance(source, int) and not isinstance(source, bool):
            if source < 0:
                raise ValueError("negative count")
            self._b = [0] * source
        elif type(source) is bytearray:
            self._b = list(source._b)
        else:
            self._b = [_ba_byte(v) for v in source]

    def __bytes__(self):
        return bytes(self._b)

    def __repr__(self):
        return "bytearray(" + repr(bytes(self._b)) + ")"

    def __len__(self):
        return len(self._b)

    def __iter__(self):
        return iter(self._b)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return bytearray(self._b[i])
        return self._b[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            self._b[i] = [_ba_byte(x) for x in (bytes(v) if not isinstance(v, list) else v)]
        else:
            self._b[i] = _ba_byte(v)

    def __delitem__(self, i):
        del self._b[i]

    def __contains__(self, x):
        if isinstance(x, int):
            return x in self._b
        return bytes(x) in bytes(self._b)

    def __eq__(self, other):
        if isinstance(other, (bytes, bytearray)):
            return bytes(self._b) == bytes(other)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, (bytes, bytearray)):
            return bytes(self._b) != bytes(other)
        return NotImplemented

    def __lt__(self, other):
        return bytes(self._b) < bytes(other)

    def __le__(self, other):
        return bytes(self._b) <= bytes(other)

    def __gt__(self, other):
        return bytes(self._b) > bytes(other)

    def __ge__(self, other):
        return bytes(self._b) >= bytes(other)

    def __add__(self, other):
        if not isinstance(other, (bytes, bytearray)):
            return NotImplemented
        return bytearray(self._b + list(bytes(other)))

    def __radd__(self, other):
        if not isinstance(other, bytes):
            return NotImplemented
        return other + bytes(self._b)

    def __iadd__(self, other):
        self._b.extend(bytes(other))
        return self

    def __mul__(self, n):
        return bytearray(self._b * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._b *= n
        return self

    def append(self, x):
        self._b.append(_ba_byte(x))

    def extend(self, it):
        if isinstance(it, str):
            raise TypeError("expected iterable of integers; got: 'str'")
        self._b.extend([_ba_byte(v) for v in it])

    def insert(self, i, x):
        self._b.insert(i, _ba_byte(x))

    def pop(self, i=-1):
        if not self._b:
            raise IndexError("pop from empty bytearray")
        return self._b.pop(i)

    def remove(self, x):
        if x not in self._b:
            raise ValueError("value not found in bytearray")
        self._b.remove(x)

    def clear(self):
        self._b.clear()

    def reverse(self):
        self._b.reverse()

    def copy(self):
        return bytearray(self._b)

    def decode(self, encoding="utf-8", errors="strict"):
        return bytes(self._b).decode(encoding, errors)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError("'bytearray' object has no attribute '" + name + "'")
        f = getattr(bytes(self._b), name)

        def method(*args, **kwargs):
            return _ba_wrap(f(*args, **kwargs))

        return method


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
    if f is not None and type(v) not in (str, int, float, bool):
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


def _float_hex(self):
    x = float(self)
    if x != x:
        return "nan"
    if x - x != 0.0:
        return "inf" if x > 0 else "-inf"
    sign = "-" if x < 0.0 or (x == 0.0 and str(x)[0] == "-") else ""
    x = abs(x)
    if x == 0.0:
        return sign + "0x0.0p+0"
    n, d = x.as_integer_ratio()
    k = d.bit_length() - 1
    b = n.bit_length()
    e = (b - 1) - k
    if e < -1022:
        f = n << (1074 - k)
        return sign + "0x0." + format(f, "013x") + "p-1022"
    m = n << (53 - b) if b <= 53 else n >> (b - 53)
    frac = m - (1 << 52)
    return sign + "0x1." + format(frac, "013x") + "p" + ("+" if e >= 0 else "") + str(e)


def _float_fromhex(cls, s):
    if not isinstance(s, str):
        raise TypeError("bad argument type for built-in operation")
    t = s.strip().lower()
    neg = False
    if t[:1] in ("-", "+"):
        neg = t[0] == "-"
        t = t[1:]
    if t in ("inf", "infinity"):
        v = float("inf")
    elif t == "nan":
        v = float("nan")
    else:
        if t.startswith("0x"):
            t = t[2:]
        exp = 0
        p = t.find("p")
        if p >= 0:
            es = t[p + 1:]
            t = t[:p]
            try:
                exp = int(es)
            except ValueError:
                raise ValueError("invalid hexadecimal floating-point string") from None
        whole, dot, frac = t.partition(".")
        digits = whole + frac
        if not digits or any(c not in "0123456789abcdef" for c in digits):
            raise ValueError("invalid hexadecimal floating-point string")
        m = int(digits, 16)
        shift = exp - 4 * len(frac)
        if shift >= 0:
            if m and m.bit_length() + shift > 1024:
                raise OverflowError("hexadecimal value too large to represent as a float")
            v = float(m << shift)
        else:
            v = m / (1 << -shift)
    v = -v if neg else v
    return v if cls is float else cls(v)


_install(float, "hex", _float_hex, 0)
_install(float, "fromhex", _float_fromhex, 1)
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


def _index_arg(x):
    if type(x) is int or type(x) is bool:
        return int(x)
    if type(x) is float:
        if x != int(x):
            raise TypeError("'float' object cannot be interpreted as an integer")
        return int(x)
    raise TypeError("'" + _type_name(x) + "' object cannot be interpreted as an integer")


def _bisect_right(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


class _Random:
    # `random.Random`: a generator with its own state list (the module's functions are the
    # methods of one hidden instance whose state is `_random_state`).
    def __init__(self, x=None):
        self._st = []
        self.seed(x)

    def random(self):
        return _mt_random(self._st)

    def seed(self, a=None, version=2):
        _mt_seed(a, self._st)

    def getrandbits(self, k):
        return _mt_getrandbits(k, self._st)

    def getstate(self):
        st = self._st
        return (3, tuple(st[:625]), st[625] if st else None)

    def setstate(self, state):
        self._st[:] = list(state[1]) + [state[2]]

    def _randbelow(self, n):
        if not n:
            return 0
        k = n.bit_length()
        st = self._st
        r = _mt_getrandbits(k, st)
        while r >= n:
            r = _mt_getrandbits(k, st)
        return r

    def randrange(self, start, stop=None, step=1):
        istart = _index_arg(start)
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _index_arg(stop)
        width = istop - istart
        istep = _index_arg(step)
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        i = len(x) - 1
        while i > 0:
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]
            i -= 1

    def sample(self, population, k, counts=None):
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
                j = self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = self._randbelow(n)
                while j in selected:
                    j = self._randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_math_floor(_mt_random(self._st) * n)] for i in range(k)]
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
        return [population[_bisect_right(cum_weights, _mt_random(self._st) * total, 0, hi)] for i in range(k)]

    def uniform(self, a, b):
        return a + (b - a) * _mt_random(self._st)

    def gauss(self, mu=0.0, sigma=1.0):
        if not self._st:
            _mt_random(self._st)
        z = self._st[625]
        self._st[625] = None
        if z is None:
            x2pi = _mt_random(self._st) * 6.283185307179586
            g2rad = _math_sqrt(-2.0 * _math_log(1.0 - _mt_random(self._st)))
            z = _math_cos(x2pi) * g2rad
            self._st[625] = _math_sin(x2pi) * g2rad
        return mu + z * sigma

    def normalvariate(self, mu=0.0, sigma=1.0):
        while True:
            u1 = _mt_random(self._st)
            u2 = 1.0 - _mt_random(self._st)
            z = 1.7155277699214135 * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_math_log(u2):
                break
        return mu + z * sigma

    def expovariate(self, lambd=1.0):
        return -_math_log(1.0 - _mt_random(self._st)) / lambd

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = _mt_random(self._st)
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _math_sqrt(u * c)


_rename_class(_Random, "Random", "random")
_random_inst = _Random(0)
_random_inst._st = _random_state
_random_Random = _Random
_random_random = _random_inst.random
_random_seed = _random_inst.seed
_random_getrandbits = _random_inst.getrandbits
_random_randrange = _random_inst.randrange
_random_randint = _random_inst.randint
_random_choice = _random_inst.choice
_random_choices = _random_inst.choices
_random_shuffle = _random_inst.shuffle
_random_sample = _random_inst.sample
_random_uniform = _random_inst.uniform
_random_gauss = _random_inst.gauss
_random_normalvariate = _random_inst.normalvariate
_random_expovariate = _random_inst.expovariate
_random_triangular = _random_inst.triangular
_random_getstate = _random_inst.getstate
_random_setstate = _random_inst.setstate


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


# ----- the match statement (exported as the builtins "<match_seq>", "<match_map>",
# "<match_class>", names no script can spell) -----

_MATCH_SELF_TYPES = (bool, bytes, dict, float, frozenset, int, list, set, str, tuple)
_match_missing = object()


def _match_seq(subj, n, star):
    if not (isinstance(subj, (list, tuple, range)) or getattr(type(subj), "_match_sequence_", False)):
        return None
    size = len(subj)
    if star < 0:
        if size != n:
            return None
        return list(subj)
    if size < n - 1:
        return None
    items = list(subj)
    after = n - 1 - star
    out = items[:star]
    out.append(items[star:size - after])
    out.extend(items[size - after:])
    return out


def _match_map(subj, keys, rest):
    if not isinstance(subj, dict):
        return None
    if len(subj) < len(keys):
        return None
    out = []
    seen = []
    for k in keys:
        if k in seen:
            raise ValueError("mapping pattern checks duplicate key (" + repr(k) + ")")
        seen.append(k)
        v = subj.get(k, _match_missing)
        if v is _match_missing:
            return None
        out.append(v)
    if rest:
        d = dict(subj)
        for k in keys:
            del d[k]
        out.append(d)
    return out


def _match_class(subj, cls, npos, kwnames):
    if not isinstance(cls, type):
        raise TypeError("called match pattern must be a type")
    if not isinstance(subj, cls):
        return None
    out = []
    names = []
    if npos:
        match_args = getattr(cls, "__match_args__", _match_missing)
        match_self = False
        if match_args is _match_missing:
            match_args = ()
            match_self = issubclass(cls, _MATCH_SELF_TYPES)
        elif type(match_args) is not tuple:
            raise TypeError(cls.__name__ + ".__match_args__ must be a tuple (got " + type(match_args).__name__ + ")")
        allowed = 1 if match_self else len(match_args)
        if npos > allowed:
            raise TypeError(cls.__name__ + "() accepts " + str(allowed) + " positional sub-pattern"
                            + ("" if allowed == 1 else "s") + " (" + str(npos) + " given)")
        if match_self:
            out.append(subj)
        else:
            for name in match_args[:npos]:
                if type(name) is not str:
                    raise TypeError("__match_args__ elements must be strings (got " + type(name).__name__ + ")")
                names.append(name)
    for name in kwnames:
        if name in names:
            raise TypeError(cls.__name__ + "() got multiple sub-patterns for attribute " + repr(name))
        names.append(name)
    for name in names:
        v = getattr(subj, name, _match_missing)
        if v is _match_missing:
            return None
        out.append(v)
    return out


# ----- dunder methods of the immutable builtin types, for explicit use (`(1).__add__(2)`,
# `str.__len__`, `map(int.__mul__, ...)`); the operators themselves never look them up -----


# (On an instance of a subclass — `class Name(str)` — they work on its hidden builtin value.)


def _mk_binary(op, ok):
    def f(self, other):
        if not isinstance(other, ok):
            return NotImplemented
        return op(_builtin_base(self), _builtin_base(other))
    return f


def _mk_unary(op):
    def f(self):
        return op(_builtin_base(self))
    return f


def _mk_any(op):
    def f(self, other):
        return op(_builtin_base(self), _builtin_base(other))
    return f


def _mk_round():
    def f(self, *ndigits):
        return round(_builtin_base(self), *ndigits)
    return f


def _mk_format():
    def f(self, spec):
        return format(_builtin_base(self), spec)
    return f


def _str_via_repr(self):
    return repr(self)


_IMMUT_BASES = (int, float, str, tuple, bytes)


def _immut_new(cls, *args, **kwargs):
    for k in cls.__mro__:
        if k in _IMMUT_BASES:
            return _with_builtin_base(cls, k(*args, **kwargs))
    raise TypeError("bad immutable subclass")


def _immut_new2(cls, args, kwargs):
    return _immut_new(cls, *args, **kwargs)


_ARITH = (
    ("__add__", lambda a, b: a + b), ("__radd__", lambda a, b: b + a),
    ("__sub__", lambda a, b: a - b), ("__rsub__", lambda a, b: b - a),
    ("__mul__", lambda a, b: a * b), ("__rmul__", lambda a, b: b * a),
    ("__truediv__", lambda a, b: a / b), ("__rtruediv__", lambda a, b: b / a),
    ("__floordiv__", lambda a, b: a // b), ("__rfloordiv__", lambda a, b: b // a),
    ("__mod__", lambda a, b: a % b), ("__rmod__", lambda a, b: b % a),
    ("__pow__", lambda a, b: a ** b), ("__rpow__", lambda a, b: b ** a),
    ("__divmod__", lambda a, b: divmod(a, b)), ("__rdivmod__", lambda a, b: divmod(b, a)),
)
_BITS = (
    ("__and__", lambda a, b: a & b), ("__rand__", lambda a, b: b & a),
    ("__or__", lambda a, b: a | b), ("__ror__", lambda a, b: b | a),
    ("__xor__", lambda a, b: a ^ b), ("__rxor__", lambda a, b: b ^ a),
    ("__lshift__", lambda a, b: a << b), ("__rlshift__", lambda a, b: b << a),
    ("__rshift__", lambda a, b: a >> b), ("__rrshift__", lambda a, b: b >> a),
)
_CMP = (
    ("__eq__", lambda a, b: a == b), ("__ne__", lambda a, b: a != b),
    ("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
    ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b),
)
_COMMON = (
    ("__hash__", hash), ("__repr__", repr), ("__str__", str),
)
_CONTAINER = (
    ("__len__", len), ("__iter__", iter),
)


def _install_dunders():
    for cls, ok in ((int, int), (float, (int, float))):
        for n, op in _ARITH + _CMP:
            _install(cls, n, _mk_binary(op, ok), 0)
        for n, op in _COMMON + (
            ("__neg__", lambda a: -a), ("__pos__", lambda a: +a), ("__abs__", abs),
            ("__bool__", bool), ("__int__", int), ("__float__", float),
            ("__trunc__", int), ("__floor__", lambda a: int(a // 1)),
            ("__ceil__", lambda a: -int(-a // 1)),
        ):
            _install(cls, n, _mk_unary(op), 0)
        _install(cls, "__str__", _str_via_repr, 0)
        _install(cls, "__round__", _mk_round(), 0)
        _install(cls, "__format__", _mk_format(), 0)
    for n, op in _BITS:
        _install(int, n, _mk_binary(op, int), 0)
    _install(int, "__invert__", _mk_unary(lambda a: ~a), 0)
    _install(int, "__index__", _mk_unary(int), 0)
    for cls in (str, tuple, bytes):
        _install(cls, "__add__", _mk_any(lambda a, b: a + b), 0)
        _install(cls, "__mul__", _mk_any(lambda a, b: a * b), 0)
        _install(cls, "__rmul__", _mk_any(lambda a, b: b * a), 0)
        _install(cls, "__getitem__", _mk_any(lambda a, i: a[i]), 0)
        _install(cls, "__contains__", _mk_any(lambda a, x: x in a), 0)
        for n, op in _CMP:
            _install(cls, n, _mk_binary(op, cls), 0)
        for n, op in _COMMON + _CONTAINER:
            _install(cls, n, _mk_unary(op), 0)
        _install(cls, "__radd__", _mk_any(lambda a, b: b + a), 0)
        if cls is not str:
            _install(cls, "__str__", _str_via_repr, 0)
    _install(str, "__mod__", _mk_any(lambda a, b: a % b), 0)
    _install(str, "__format__", _mk_format(), 0)
    for cls in (set, frozenset):
        for n, op in _CMP + (
            ("__or__", lambda a, b: a | b), ("__and__", lambda a, b: a & b),
            ("__sub__", lambda a, b: a - b), ("__xor__", lambda a, b: a ^ b),
        ):
            _install(cls, n, _mk_binary(op, (set, frozenset)), 0)
        _install(cls, "__contains__", _mk_any(lambda a, x: x in a), 0)
        for n, op in (("__repr__", repr), ("__str__", str)) + _CONTAINER:
            _install(cls, n, _mk_unary(op), 0)
    _install(frozenset, "__hash__", _mk_unary(hash), 0)
    _install(range, "__getitem__", _mk_any(lambda a, i: a[i]), 0)
    _install(range, "__contains__", _mk_any(lambda a, x: x in a), 0)
    for n, op in _COMMON + _CONTAINER:
        _install(range, n, _mk_unary(op), 0)


_install_dunders()


def _int_to_bytes(self, length=1, byteorder="big", *, signed=False):
    if byteorder not in ("big", "little"):
        raise ValueError("byteorder must be either 'little' or 'big'")
    bits = 8 * length
    if signed:
        if self < -(1 << (bits - 1)) or self >= 1 << (bits - 1):
            raise OverflowError("int too big to convert")
    elif self < 0:
        raise OverflowError("can't convert negative int to unsigned")
    elif self >= 1 << bits:
        raise OverflowError("int too big to convert")
    n = self + (1 << bits) if self < 0 else self
    out = [(n >> (8 * i)) & 255 for i in range(length)]
    if byteorder == "big":
        out.reverse()
    return bytes(out)


def _int_from_bytes(cls, data, byteorder="big", *, signed=False):
    if byteorder not in ("big", "little"):
        raise ValueError("byteorder must be either 'little' or 'big'")
    b = list(bytes(data))
    if byteorder == "little":
        b.reverse()
    n = 0
    for x in b:
        n = (n << 8) | x
    if signed and b and b[0] >= 128:
        n -= 1 << (8 * len(b))
    return n if cls is int else cls(n)


_install(int, "to_bytes", _int_to_bytes, 0)
_install(int, "from_bytes", _int_from_bytes, 1)


# ----- `int | None`: types.UnionType -----


class UnionType:
    def __init__(self, args):
        self.__args__ = args

    def __or__(self, other):
        return _type_union(self, other)

    def __ror__(self, other):
        return _type_union(other, self)

    def __repr__(self):
        parts = []
        for a in self.__args__:
            if a is type(None):
                parts.append("None")
            elif a.__module__ == "builtins":
                parts.append(a.__qualname__)
            else:
                parts.append(a.__module__ + "." + a.__qualname__)
        return " | ".join(parts)

    def __eq__(self, other):
        return isinstance(other, _UnionType) and set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


UnionType.__module__ = "types"
_UnionType = UnionType
del UnionType


def _type_union(a, b):
    args = []
    for x in (a, b):
        if x is None:
            x = type(None)
        if isinstance(x, _UnionType):
            items = x.__args__
        elif isinstance(x, type):
            items = (x,)
        else:
            raise TypeError("unsupported operand type(s) for |: '" + type(a).__name__
                            + "' and '" + type(b).__name__ + "'")
        for i in items:
            if i not in args:
                args.append(i)
    if len(args) == 1:
        return args[0]
    return _UnionType(tuple(args))
