# functools, written in Python inside Cloaca.

_MISSING = object()

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


class _ft_cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, "__doc__", None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names ("
                + repr(self.attrname) + " and " + repr(name) + ")."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        d = instance.__dict__
        if self.attrname in d:
            return d[self.attrname]
        val = self.func(instance)
        d[self.attrname] = val
        return val


_rename_class(_ft_partial, "partial", "functools")
_rename_class(_ft_cached_property, "cached_property", "functools")


reduce = _ft_reduce
partial = _ft_partial
wraps = _ft_wraps
update_wrapper = _ft_update_wrapper
lru_cache = _ft_lru_cache
cache = _ft_cache
total_ordering = _ft_total_ordering
cmp_to_key = _ft_cmp_to_key
cached_property = _ft_cached_property
