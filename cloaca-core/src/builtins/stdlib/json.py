# json, written in Python inside Cloaca.

# ----- json -----


class _JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, msg + ": line " + str(lineno) + " column " + str(colno) + " (char " + str(pos) + ")")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_rename_class(_JSONDecodeError, "JSONDecodeError", "json.decoder")

_JSON_ESC = {"\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _json_str(s, ensure_ascii):
    out = ["\""]
    for ch in s:
        e = _JSON_ESC.get(ch)
        if e is not None:
            out.append(e)
            continue
        o = ord(ch)
        if o < 0x20 or (ensure_ascii and o > 0x7E):
            if o > 0xFFFF:
                o -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (o >> 10), 0xDC00 | (o & 0x3FF)))
            else:
                out.append("\\u%04x" % o)
        else:
            out.append(ch)
    out.append("\"")
    return "".join(out)


def _json_float(f, allow_nan):
    if f != f:
        r = "NaN"
    elif f == float("inf"):
        r = "Infinity"
    elif f == float("-inf"):
        r = "-Infinity"
    else:
        return repr(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return r


def _json_enc(o, opts, level, out):
    t = type(o)
    if o is None:
        out.append("null")
    elif o is True:
        out.append("true")
    elif o is False:
        out.append("false")
    elif t is str:
        out.append(_json_str(o, opts[4]))
    elif t is int:
        out.append(str(o))
    elif t is float:
        out.append(_json_float(o, opts[5]))
    elif isinstance(o, (str, int, float)):
        _json_enc(_builtin_base(o), opts, level, out)
    elif t in (list, tuple) or isinstance(o, (list, tuple)):
        if not o:
            out.append("[]")
            return
        indent = opts[0]
        out.append("[")
        first = True
        for x in o:
            if not first:
                out.append(opts[1])
            first = False
            if indent is not None:
                out.append("\n" + indent * (level + 1))
            _json_enc(x, opts, level + 1, out)
        if indent is not None:
            out.append("\n" + indent * level)
        out.append("]")
    elif isinstance(o, dict):
        if not o:
            out.append("{}")
            return
        indent = opts[0]
        items = list(o.items())
        keyed = []
        for k, v in items:
            if isinstance(k, (str, int, float)) and k is not True and k is not False:
                k = _builtin_base(k)
            tk = type(k)
            if tk is str:
                ks = k
            elif k is True:
                ks = "true"
            elif k is False:
                ks = "false"
            elif k is None:
                ks = "null"
            elif tk is int:
                ks = str(k)
            elif tk is float:
                ks = _json_float(k, opts[5])
            elif opts[6]:
                continue
            else:
                raise TypeError("keys must be str, int, float, bool or None, not " + _type_name(k))
            keyed.append((ks, v))
        if opts[3]:
            keyed.sort(key=lambda kv: kv[0])
        out.append("{")
        first = True
        for ks, v in keyed:
            if not first:
                out.append(opts[1])
            first = False
            if indent is not None:
                out.append("\n" + indent * (level + 1))
            out.append(_json_str(ks, opts[4]))
            out.append(opts[2])
            _json_enc(v, opts, level + 1, out)
        if indent is not None:
            out.append("\n" + indent * level)
        out.append("}")
    elif opts[7] is not None:
        _json_enc(opts[7](o), opts, level, out)
    else:
        raise TypeError("Object of type " + _type_name(o) + " is not JSON serializable")


def _json_dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None, separators=None, default=None, sort_keys=False):
    if indent is not None and type(indent) is int:
        indent = " " * indent
    if separators is None:
        separators = (", ", ": ") if indent is None else (",", ": ")
    out = []
    _json_enc(obj, (indent, separators[0], separators[1], sort_keys, ensure_ascii, allow_nan, skipkeys, default), 0, out)
    return "".join(out)


def _json_dump(obj, fp, **kw):
    fp.write(_json_dumps(obj, **kw))


_JSON_WS = " \t\n\r"


def _json_skip(s, i):
    n = len(s)
    while i < n and s[i] in _JSON_WS:
        i += 1
    return i


def _json_value(s, i):
    i = _json_skip(s, i)
    if i >= len(s):
        raise _JSONDecodeError("Expecting value", s, i)
    c = s[i]
    if c == "{":
        d = {}
        i = _json_skip(s, i + 1)
        if i < len(s) and s[i] == "}":
            return d, i + 1
        while True:
            i = _json_skip(s, i)
            if i >= len(s) or s[i] != "\"":
                raise _JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            k, i = _json_string(s, i)
            i = _json_skip(s, i)
            if i >= len(s) or s[i] != ":":
                raise _JSONDecodeError("Expecting ':' delimiter", s, i)
            v, i = _json_value(s, i + 1)
            d[k] = v
            i = _json_skip(s, i)
            if i < len(s) and s[i] == ",":
                i += 1
                continue
            if i < len(s) and s[i] == "}":
                return d, i + 1
            raise _JSONDecodeError("Expecting ',' delimiter", s, i)
    if c == "[":
        out = []
        i = _json_skip(s, i + 1)
        if i < len(s) and s[i] == "]":
            return out, i + 1
        while True:
            v, i = _json_value(s, i)
            out.append(v)
            i = _json_skip(s, i)
            if i < len(s) and s[i] == ",":
                i += 1
                continue
            if i < len(s) and s[i] == "]":
                return out, i + 1
            raise _JSONDecodeError("Expecting ',' delimiter", s, i)
    if c == "\"":
        return _json_string(s, i)
    for lit, val in (("null", None), ("true", True), ("false", False), ("NaN", float("nan")), ("Infinity", float("inf")), ("-Infinity", float("-inf"))):
        if s.startswith(lit, i):
            return val, i + len(lit)
    j = i
    n = len(s)
    if j < n and s[j] == "-":
        j += 1
    if j >= n or not s[j].isdigit():
        raise _JSONDecodeError("Expecting value", s, i)
    if s[j] == "0":
        j += 1
    else:
        while j < n and s[j].isdigit():
            j += 1
    is_float = False
    if j < n and s[j] == "." and j + 1 < n and s[j + 1].isdigit():
        is_float = True
        j += 1
        while j < n and s[j].isdigit():
            j += 1
    if j < n and s[j] in "eE":
        k = j + 1
        if k < n and s[k] in "+-":
            k += 1
        if k < n and s[k].isdigit():
            is_float = True
            j = k
            while j < n and s[j].isdigit():
                j += 1
    text = s[i:j]
    return (float(text) if is_float else int(text)), j


def _json_string(s, i):
    out = []
    j = i + 1
    n = len(s)
    while True:
        k = j
        while k < n and s[k] != "\"" and s[k] != "\\":
            if s[k] < " ":
                raise _JSONDecodeError("Invalid control character at", s, k)
            k += 1
        out.append(s[j:k])
        if k >= n:
            raise _JSONDecodeError("Unterminated string starting at", s, i)
        if s[k] == "\"":
            return "".join(out), k + 1
        if k + 1 >= n:
            raise _JSONDecodeError("Unterminated string starting at", s, i)
        e = s[k + 1]
        if e == "u":
            h = s[k + 2:k + 6]
            if len(h) < 4:
                raise _JSONDecodeError("Invalid \\uXXXX escape", s, k + 1)
            code = int(h, 16)
            j = k + 6
            if 0xD800 <= code < 0xDC00 and s[j:j + 2] == "\\u":
                low = int(s[j + 2:j + 6], 16)
                if 0xDC00 <= low < 0xE000:
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    j += 6
            out.append(chr(code))
            continue
        m = {"\"": "\"", "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}.get(e)
        if m is None:
            raise _JSONDecodeError("Invalid \\escape", s, k)
        out.append(m)
        j = k + 2


def _json_loads(s, **kw):
    if type(s) in (bytes,):
        s = s.decode()
    if type(s) is not str:
        raise TypeError("the JSON object must be str, bytes or bytearray, not " + _type_name(s))
    v, i = _json_value(s, 0)
    i = _json_skip(s, i)
    if i != len(s):
        raise _JSONDecodeError("Extra data", s, i)
    return v


dumps = _json_dumps
loads = _json_loads
dump = _json_dump
JSONDecodeError = _JSONDecodeError
