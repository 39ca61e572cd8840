# copy, written in Python inside Cloaca.

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
    if isinstance(x, (int, float, str, tuple, bytes)):
        new = _with_builtin_base(t, _builtin_base(x))
    else:
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
    if isinstance(x, tuple):
        y = _with_builtin_base(t, tuple([_copy_deepcopy(e, memo) for e in _builtin_base(x)]))
    elif isinstance(x, (int, float, str, bytes)):
        y = _with_builtin_base(t, _builtin_base(x))
    else:
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


copy = _copy_copy
deepcopy = _copy_deepcopy
