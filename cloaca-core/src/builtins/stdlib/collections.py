# collections: deque, defaultdict, Counter, OrderedDict, namedtuple (written in Python inside Cloaca; namedtuple classes are tuple subclasses).

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


class _TupleGetter:
    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return obj[self.index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


_NT_KEYWORDS = frozenset((
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
))


def _nt_missing(typename, missing):
    names = ["'" + m + "'" for m in missing]
    if len(names) == 1:
        text = names[0]
    elif len(names) == 2:
        text = names[0] + " and " + names[1]
    else:
        text = ", ".join(names[:-1]) + ", and " + names[-1]
    return TypeError(typename + ".__new__() missing " + str(len(missing))
                     + " required positional argument" + ("s" if len(missing) > 1 else "")
                     + ": " + text)


def _namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if type(field_names) is str:
        field_names = field_names.replace(",", " ").split()
    fields = tuple(field_names)
    if rename:
        seen = set()
        out = []
        for i, name in enumerate(fields):
            if (not name.isidentifier() or name in _NT_KEYWORDS or name.startswith("_")
                    or name in seen):
                name = "_" + str(i)
            seen.add(name)
            out.append(name)
        fields = tuple(out)
    for name in (typename,) + fields:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: " + repr(name))
        if name in _NT_KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: " + repr(name))
    seen = set()
    for name in fields:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: " + repr(name))
        if name in seen:
            raise ValueError("Encountered duplicate field name: " + repr(name))
        seen.add(name)
    nf = len(fields)
    defaults = tuple(defaults) if defaults is not None else ()
    nd = len(defaults)
    if nd > nf:
        raise TypeError("Got more default values than field names")
    field_defaults = dict(zip(fields[nf - nd:], defaults))

    def __new__(_cls, *args, **kwargs):
        n = len(args)
        if n > nf:
            takes = str(nf + 1) if nd == 0 else "from " + str(nf - nd + 1) + " to " + str(nf + 1)
            raise TypeError(typename + ".__new__() takes " + takes
                            + " positional argument" + ("" if nf == 0 and nd == 0 else "s")
                            + " but " + str(n + 1) + " were given")
        for k in kwargs:
            if k not in fields:
                raise TypeError(typename + ".__new__() got an unexpected keyword argument '" + k + "'")
        for f in fields[:n]:
            if f in kwargs:
                raise TypeError(typename + ".__new__() got multiple values for argument '" + f + "'")
        vals = list(args)
        missing = []
        for f in fields[n:]:
            if f in kwargs:
                vals.append(kwargs[f])
            elif f in field_defaults:
                vals.append(field_defaults[f])
            else:
                missing.append(f)
        if missing:
            raise _nt_missing(typename, missing)
        return tuple.__new__(_cls, vals)

    def __repr__(self):
        return type(self).__name__ + "(" + ", ".join([f + "=" + repr(v) for f, v in zip(fields, self)]) + ")"

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kw):
        vals = [kw.pop(f, v) for f, v in zip(fields, self)]
        if kw:
            raise ValueError("Got unexpected field names: " + repr(list(kw)))
        return type(self)(*vals)

    def __getnewargs__(self):
        return tuple(self)

    def _make(cls, iterable):
        vals = tuple(iterable)
        if len(vals) != nf:
            raise TypeError("Expected " + str(nf) + " arguments, got " + str(len(vals)))
        return tuple.__new__(cls, vals)

    ns = {
        "__new__": __new__, "__repr__": __repr__, "_asdict": _asdict, "_replace": _replace,
        "__getnewargs__": __getnewargs__, "_make": classmethod(_make), "_fields": fields,
        "_field_defaults": field_defaults, "__match_args__": fields, "__slots__": (),
        "__module__": "__main__" if module is None else module,
    }
    for i, f in enumerate(fields):
        ns[f] = _TupleGetter(i, "Alias for field number " + str(i))
    return type(typename, (tuple,), ns)


for _c, _n in ((_deque, "deque"), (_defaultdict, "defaultdict"), (_Counter, "Counter"), (_OrderedDict, "OrderedDict")):
    _rename_class(_c, _n, "collections")


deque = _deque
defaultdict = _defaultdict
Counter = _Counter
OrderedDict = _OrderedDict
namedtuple = _namedtuple
