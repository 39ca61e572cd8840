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
