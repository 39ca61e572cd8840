# collections: deque, defaultdict, Counter, OrderedDict, namedtuple (written in Python inside Cloaca).

class _deque:
    _match_sequence_ = True

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
        "__match_args__": fields, "_match_sequence_": True,
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


deque = _deque
defaultdict = _defaultdict
Counter = _Counter
OrderedDict = _OrderedDict
namedtuple = _namedtuple
