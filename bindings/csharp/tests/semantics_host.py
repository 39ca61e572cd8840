# python3 reference for semantics.py: the host functions of Tests.cs, stubbed in Python.
import builtins, os, sys


class HostError(Exception):
    pass


store = {}
builtins.HostError = HostError
builtins.host_get = lambda k: store.get(k)
builtins.host_put = lambda k, v: store.__setitem__(k, v)
builtins.host_later = lambda v: v


def host_fail(msg):
    raise HostError(msg)


builtins.host_fail = host_fail
here = os.path.dirname(os.path.abspath(__file__))
exec(compile(open(os.path.join(here, "semantics.py")).read(), "semantics.py", "exec"), {})
