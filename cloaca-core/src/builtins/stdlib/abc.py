# abc, written in Python inside Cloaca: ABC, abstractmethod, get_cache_token-free subset.
# There are no metaclasses in Cloaca, so `ABCMeta` is not provided (`class C(metaclass=ABCMeta)`
# is a compile-time NotImplementedError); derive from `ABC` instead. Abstract methods are
# collected when the class is created (`__init_subclass__`) and checked on instantiation.


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    return bool(getattr(value, "__isabstractmethod__", False))


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            for k in cls.__mro__:
                if name in k.__dict__:
                    if _is_abstract(k.__dict__[name]):
                        abstracts.add(name)
                    break
    cls.__abstractmethods__ = frozenset(abstracts)


def update_abstractmethods(cls):
    if hasattr(cls, "__abstractmethods__"):
        _compute_abstracts(cls)
    return cls


class ABC:
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _compute_abstracts(cls)

    def __new__(cls, *args, **kwargs):
        missing = cls.__abstractmethods__
        if missing:
            names = sorted(missing)
            raise TypeError(
                "Can't instantiate abstract class "
                + cls.__name__
                + " with abstract method"
                + ("s " if len(names) > 1 else " ")
                + ", ".join(names)
            )
        return object.__new__(cls)


ABC.__abstractmethods__ = frozenset()
