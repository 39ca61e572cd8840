# enum, written in Python inside Cloaca (members are created by __init_subclass__; the VM
# iterates a class's `_member_list_`).

# ----- enum (members are created by __init_subclass__; the VM iterates `_member_list_`) -----


class _EnumAuto:
    def __repr__(self):
        return "auto()"


class _Enum:
    _member_list_ = []
    _member_map_ = {}
    _value2member_map_ = {}

    def __init_subclass__(cls, **kw):
        members = []
        by_value = {}
        by_name = {}
        init = cls.__init__
        for name, value in list(cls.__dict__.items()):
            if name[:1] == "_" or callable(value) or isinstance(value, (property, staticmethod, classmethod)):
                continue
            if isinstance(value, _EnumAuto):
                value = cls._generate_next_value_(name, 1, len(members), [m._value_ for m in members])
            if value in by_value:
                setattr(cls, name, by_value[value])
                by_name[name] = by_value[value]
                continue
            m = object.__new__(cls)
            object.__setattr__(m, "_name_", name)
            object.__setattr__(m, "_value_", value)
            setattr(cls, name, m)
            if init is not _Enum.__init__:
                # A custom __init__ receives the value (unpacked when it is a tuple).
                init(m, *(value if type(value) is tuple else (value,)))
            members.append(m)
            by_value[value] = m
            by_name[name] = m
        if members and init is not _Enum.__init__:
            # `Cls(value)` looks a member up; it must not run the custom __init__ again.
            cls.__init__ = _Enum.__init__
        cls._member_list_ = members
        cls._member_map_ = by_name
        cls._value2member_map_ = by_value
        cls.__members__ = dict(cls._member_map_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            if type(v) is int:
                return v + 1
        return start

    def __new__(cls, value):
        m = cls._value2member_map_.get(value, None) if not isinstance(value, _Enum) else value
        if m is None or not isinstance(m, cls):
            raise ValueError(repr(value) + " is not a valid " + cls.__qualname__)
        return m

    def __init__(self, *args, **kwargs):
        pass

    @classmethod
    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __setattr__(self, name, value):
        if name in ("_name_", "_value_", "name", "value"):
            raise AttributeError("cannot reassign member '" + self._name_ + "'")
        object.__setattr__(self, name, value)

    def __repr__(self):
        return "<" + type(self).__name__ + "." + self._name_ + ": " + repr(self._value_) + ">"

    def __str__(self):
        return type(self).__name__ + "." + self._name_

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __eq__(self, other):
        return self is other

    def __ne__(self, other):
        return self is not other


class _IntEnum(_Enum):
    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == (other._value_ if isinstance(other, _Enum) else other)

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._value_ < int(other)

    def __le__(self, other):
        return self._value_ <= int(other)

    def __gt__(self, other):
        return self._value_ > int(other)

    def __ge__(self, other):
        return self._value_ >= int(other)

    def __add__(self, other):
        return self._value_ + other

    def __radd__(self, other):
        return other + self._value_

    def __sub__(self, other):
        return self._value_ - other

    def __mul__(self, other):
        return self._value_ * other

    def __bool__(self):
        return bool(self._value_)


class _StrEnum(_Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == (other._value_ if isinstance(other, _Enum) else other)

    def __ne__(self, other):
        return not self.__eq__(other)


class _ValueMixin:
    # `class C(str, Enum)` / `(int, Enum)` / `(float, Enum)`: the VM puts one of these mixins
    # in place of the builtin base; members compare, hash and operate as their value.

    def __eq__(self, other):
        return self._value_ == (other._value_ if isinstance(other, _Enum) else other)

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._value_)

    def __lt__(self, other):
        return self._value_ < (other._value_ if isinstance(other, _Enum) else other)

    def __le__(self, other):
        return self._value_ <= (other._value_ if isinstance(other, _Enum) else other)

    def __gt__(self, other):
        return self._value_ > (other._value_ if isinstance(other, _Enum) else other)

    def __ge__(self, other):
        return self._value_ >= (other._value_ if isinstance(other, _Enum) else other)

    def __add__(self, other):
        return self._value_ + other

    def __radd__(self, other):
        return other + self._value_

    def __mul__(self, other):
        return self._value_ * other

    def __rmul__(self, other):
        return other * self._value_

    def __getattr__(self, name):
        if name[:1] == "_":
            raise AttributeError("'" + type(self).__name__ + "' object has no attribute '" + name + "'")
        return getattr(self._value_, name)


class _StrMixin(_ValueMixin):
    def __len__(self):
        return len(self._value_)

    def __getitem__(self, i):
        return self._value_[i]

    def __contains__(self, x):
        return x in self._value_

    def __iter__(self):
        return iter(self._value_)


class _NumMixin(_ValueMixin):
    def __sub__(self, other):
        return self._value_ - other

    def __rsub__(self, other):
        return other - self._value_

    def __truediv__(self, other):
        return self._value_ / other

    def __rtruediv__(self, other):
        return other / self._value_

    def __floordiv__(self, other):
        return self._value_ // other

    def __mod__(self, other):
        return self._value_ % other

    def __pow__(self, other):
        return self._value_ ** other

    def __neg__(self):
        return -self._value_

    def __abs__(self):
        return abs(self._value_)

    def __int__(self):
        return int(self._value_)

    def __float__(self):
        return float(self._value_)

    def __index__(self):
        return self._value_

    def __bool__(self):
        return bool(self._value_)

    def __and__(self, other):
        return self._value_ & other

    def __or__(self, other):
        return self._value_ | other


_Enum._mixin_str_ = _StrMixin
_Enum._mixin_int_ = _NumMixin
_Enum._mixin_float_ = _NumMixin


def _enum_unique(cls):
    seen = {}
    for name, m in cls.__dict__.items():
        if isinstance(m, cls) and m._name_ != name:
            raise ValueError("duplicate values found in " + repr(cls) + ": " + name + " -> " + m._name_)
    return cls


def _flag_bin(num, max_bits):
    ceiling = 2 ** num.bit_length()
    s = bin(num + ceiling).replace("1", "0", 1)
    sign = s[:3]
    digits = s[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return sign + " " + digits


class _Flag(_Enum):
    # Flag: single-bit members (auto() gives powers of two); other values are combinations,
    # created on demand and named "A|B".

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls._member_list_ = [m for m in cls._member_list_ if m._value_ and not (m._value_ & (m._value_ - 1))]
        mask = 0
        for m in cls._member_map_.values():
            mask |= m._value_
        cls._flag_mask_ = mask

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start
        return 2 ** max(last_values).bit_length()

    def __new__(cls, value):
        if isinstance(value, cls):
            return value
        m = cls._value2member_map_.get(value, None)
        if m is not None:
            return m
        if type(value) is not int and not isinstance(value, int):
            raise ValueError(repr(value) + " is not a valid " + cls.__qualname__)
        mask = cls._flag_mask_
        if value < 0 or value & ~mask:
            bits = max(value.bit_length(), mask.bit_length())
            raise ValueError(
                "<flag '" + cls.__name__ + "'> invalid value " + repr(value)
                + "\n    given " + _flag_bin(value, bits) + "\n  allowed " + _flag_bin(mask, bits)
            )
        names = [m._name_ for m in sorted(cls._member_list_, key=lambda m: m._value_) if m._value_ & value]
        m = object.__new__(cls)
        object.__setattr__(m, "_name_", "|".join(names) if names else None)
        object.__setattr__(m, "_value_", value)
        cls._value2member_map_[value] = m
        return m

    def __repr__(self):
        if self._name_ is None:
            return "<" + type(self).__name__ + ": " + repr(self._value_) + ">"
        return "<" + type(self).__name__ + "." + self._name_ + ": " + repr(self._value_) + ">"

    def __str__(self):
        if self._name_ is None:
            return type(self).__name__ + "(" + repr(self._value_) + ")"
        return type(self).__name__ + "." + self._name_

    def __hash__(self):
        return hash(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(
                "unsupported operand type(s) for 'in': '" + type(other).__qualname__
                + "' and '" + type(self).__qualname__ + "'"
            )
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter([m for m in sorted(type(self)._member_list_, key=lambda m: m._value_) if m._value_ & self._value_])

    def __len__(self):
        return len(list(self.__iter__()))

    def _other_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        return None

    def __or__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return type(self)(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return type(self)(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return type(self)(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return type(self)(type(self)._flag_mask_ & ~self._value_)


class _IntFlag(_Flag):
    # Members compare, hash and operate like their int value (but are not int instances).

    def _other_value(self, other):
        if isinstance(other, _Enum):
            return other._value_
        if type(other) is int or type(other) is bool:
            return int(other)
        return None

    def __new__(cls, value):
        if isinstance(value, cls):
            return value
        m = cls._value2member_map_.get(value, None)
        if m is not None:
            return m
        if type(value) is not int:
            raise ValueError(repr(value) + " is not a valid " + cls.__qualname__)
        names = [m._name_ for m in sorted(cls._member_list_, key=lambda m: m._value_) if m._value_ & value]
        m = object.__new__(cls)
        object.__setattr__(m, "_name_", "|".join(names) if names else None)
        object.__setattr__(m, "_value_", value)
        cls._value2member_map_[value] = m
        return m

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __eq__(self, other):
        return self._value_ == (other._value_ if isinstance(other, _Enum) else other)

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._value_ < int(other)

    def __gt__(self, other):
        return self._value_ > int(other)

    def __add__(self, other):
        return self._value_ + other

    def __radd__(self, other):
        return other + self._value_

    def __sub__(self, other):
        return self._value_ - other

    def __invert__(self):
        return type(self)(~self._value_ & type(self)._flag_mask_)


for _c, _n in ((_Enum, "Enum"), (_IntEnum, "IntEnum"), (_StrEnum, "StrEnum"), (_EnumAuto, "auto"),
               (_Flag, "Flag"), (_IntFlag, "IntFlag")):
    _rename_class(_c, _n, "enum")


Enum = _Enum
IntEnum = _IntEnum
StrEnum = _StrEnum
auto = _EnumAuto
unique = _enum_unique
Flag = _Flag
IntFlag = _IntFlag
