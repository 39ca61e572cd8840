# types, written in Python inside Cloaca: SimpleNamespace and the common type objects.


class SimpleNamespace:
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return name + "(" + ", ".join([k + "=" + repr(v) for k, v in self.__dict__.items()]) + ")"

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return dict(self.__dict__) == dict(other.__dict__)
        return NotImplemented


def _f():
    pass


def _g():
    yield


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(_f)
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type(len)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
del _f, _g, _C
