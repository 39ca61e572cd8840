# typing, for annotations only: subscripting a special form returns the form.

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


def _nt_getter(i):
    def get(self):
        return self[i]
    return get


class _NamedTuple(tuple):
    _fields = ()
    _field_defaults = {}

    def __init_subclass__(cls, **kw):
        if _NamedTuple not in cls.__bases__:
            return
        ns = cls.__dict__
        fields = tuple(ns.get("__annotations__", {}))
        defaults = {}
        for f in fields:
            if f in ns:
                defaults[f] = ns[f]
            elif defaults:
                raise TypeError("Non-default namedtuple field " + f + " cannot follow default field"
                                + ("s " if len(defaults) > 1 else " ") + ", ".join(defaults))
        cls._fields = fields
        cls._field_defaults = defaults
        cls.__match_args__ = fields
        for i, f in enumerate(fields):
            setattr(cls, f, property(_nt_getter(i)))

    def __new__(cls, *args, **kwargs):
        fields = cls._fields
        if len(args) > len(fields):
            lo = len(fields) - len(cls._field_defaults)
            takes = (str(len(fields) + 1) if lo == len(fields)
                     else "from " + str(lo + 1) + " to " + str(len(fields) + 1))
            raise TypeError(cls.__name__ + ".__new__() takes " + takes
                            + " positional arguments but " + str(len(args) + 1) + " were given")
        vals = list(args)
        for f in fields[:len(args)]:
            if f in kwargs:
                raise TypeError(cls.__name__ + ".__new__() got multiple values for argument '" + f + "'")
        missing = []
        for f in fields[len(args):]:
            if f in kwargs:
                vals.append(kwargs.pop(f))
            elif f in cls._field_defaults:
                vals.append(cls._field_defaults[f])
            else:
                missing.append(f)
        for k in kwargs:
            raise TypeError(cls.__name__ + ".__new__() got an unexpected keyword argument '" + k + "'")
        if missing:
            names = ["'" + m + "'" for m in missing]
            if len(names) == 1:
                text = names[0]
            elif len(names) == 2:
                text = names[0] + " and " + names[1]
            else:
                text = ", ".join(names[:-1]) + ", and " + names[-1]
            raise TypeError(cls.__name__ + ".__new__() missing " + str(len(missing))
                            + " required positional argument" + ("s" if len(missing) > 1 else "")
                            + ": " + text)
        return tuple.__new__(cls, vals)

    def __repr__(self):
        return type(self).__name__ + "(" + ", ".join(
            f + "=" + repr(v) for f, v in zip(self._fields, self)) + ")"

    def _replace(self, **kwargs):
        vals = [kwargs.pop(f, v) for f, v in zip(self._fields, self)]
        if kwargs:
            raise ValueError("Got unexpected field names: " + repr(list(kwargs)))
        return type(self)(*vals)

    def _asdict(self):
        return dict(zip(self._fields, self))

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)

    def __getnewargs__(self):
        return tuple(self)


_rename_class(_NamedTuple, "NamedTuple", "typing")
NamedTuple = _NamedTuple
_rename_class(_TypingGeneric, "Generic", "typing")
TypeVar = _typing_typevar
Generic = _TypingGeneric
Protocol = _TypingGeneric
cast = _typing_cast
overload = _typing_identity
final = _typing_identity
no_type_check = _typing_identity
runtime_checkable = _typing_identity
TYPE_CHECKING = False
Any = _TypingForm("Any")
List = _TypingForm("List")
Dict = _TypingForm("Dict")
Set = _TypingForm("Set")
FrozenSet = _TypingForm("FrozenSet")
Tuple = _TypingForm("Tuple")
Optional = _TypingForm("Optional")
Union = _TypingForm("Union")
Callable = _TypingForm("Callable")
Iterable = _TypingForm("Iterable")
Iterator = _TypingForm("Iterator")
Generator = _TypingForm("Generator")
Sequence = _TypingForm("Sequence")
MutableSequence = _TypingForm("MutableSequence")
Mapping = _TypingForm("Mapping")
MutableMapping = _TypingForm("MutableMapping")
Type = _TypingForm("Type")
Literal = _TypingForm("Literal")
Final = _TypingForm("Final")
ClassVar = _TypingForm("ClassVar")
NoReturn = _TypingForm("NoReturn")
Never = _TypingForm("Never")
Self = _TypingForm("Self")
Deque = _TypingForm("Deque")
DefaultDict = _TypingForm("DefaultDict")
Counter = _TypingForm("Counter")
OrderedDict = _TypingForm("OrderedDict")
Collection = _TypingForm("Collection")
Container = _TypingForm("Container")
Hashable = _TypingForm("Hashable")
Sized = _TypingForm("Sized")
Reversible = _TypingForm("Reversible")
Awaitable = _TypingForm("Awaitable")
Coroutine = _TypingForm("Coroutine")
AbstractSet = _TypingForm("AbstractSet")
KeysView = _TypingForm("KeysView")
ValuesView = _TypingForm("ValuesView")
ItemsView = _TypingForm("ItemsView")
SupportsInt = _TypingForm("SupportsInt")
SupportsFloat = _TypingForm("SupportsFloat")
Annotated = _TypingForm("Annotated")
TypeAlias = _TypingForm("TypeAlias")
LiteralString = _TypingForm("LiteralString")
Text = _TypingForm("Text")
AnyStr = _TypingForm("AnyStr")
