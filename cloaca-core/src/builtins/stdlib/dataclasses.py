# dataclasses, written in Python inside Cloaca.

_MISSING = object()

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
        if getattr(anns[name], "_name", None) == "ClassVar":
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


dataclass = _dc_dataclass
field = _dc_field
fields = _dc_fields
asdict = _dc_asdict
astuple = _dc_astuple
replace = _dc_replace
is_dataclass = _dc_is_dataclass
FrozenInstanceError = _DcFrozenInstanceError
MISSING = _MISSING
