# types.SimpleNamespace and the type objects of types
import types
from types import SimpleNamespace
p = SimpleNamespace(x=1, y=2)
p.z = 3
print(p, p.x + p.z, vars(p))
print(p == SimpleNamespace(x=1, y=2, z=3), p == SimpleNamespace(x=1))
del p.z
print(p, hasattr(p, "z"))
class Config(SimpleNamespace):
    pass
print(Config(debug=True, level=3))
try:
    SimpleNamespace({"a": 1})
except TypeError as e:
    print(e)
def f():
    yield 1
print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(lambda: 0, types.LambdaType), isinstance(f, types.MethodType), type(None) is types.NoneType)
