# string: the constants, capwords, Template.

# ----- string -----

ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
digits = "0123456789"
hexdigits = "0123456789abcdefABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
whitespace = " \t\n\r\x0b\x0c"
printable = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c"
capwords = lambda s, sep=None: (sep or " ").join([w.capitalize() for w in s.split(sep)])


# ----- Template (CPython's `$`-substitution; the pattern is matched by hand, no `re`) -----

_id_start = "_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_id_rest = _id_start + "0123456789"


class _TemplateMissing:
    pass


class Template:
    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (start, end, kind, name): kind is "escaped", "named", "braced" or "invalid".
        s = self.template
        n = len(s)
        i = s.find("$")
        while i >= 0:
            j = i + 1
            if j < n and s[j] == "$":
                yield (i, j + 1, "escaped", None)
                i = s.find("$", j + 1)
                continue
            if j < n and s[j] in _id_start:
                k = j + 1
                while k < n and s[k] in _id_rest:
                    k += 1
                yield (i, k, "named", s[j:k])
                i = s.find("$", k)
                continue
            if j < n and s[j] == "{" and j + 1 < n and s[j + 1] in _id_start:
                k = j + 2
                while k < n and s[k] in _id_rest:
                    k += 1
                if k < n and s[k] == "}":
                    yield (i, k + 1, "braced", s[j + 1:k])
                    i = s.find("$", k + 1)
                    continue
            yield (i, j, "invalid", None)
            i = s.find("$", j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _render(self, mapping, kws, safe):
        out = []
        pos = 0
        for start, end, kind, name in self._scan():
            out.append(self.template[pos:start])
            pos = end
            if kind == "escaped":
                out.append("$")
            elif kind == "invalid":
                if safe:
                    out.append("$")
                else:
                    self._invalid(start + 1)
            else:
                if name in kws:
                    out.append(str(kws[name]))
                elif safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(self.template[start:end])
                else:
                    out.append(str(mapping[name]))
        out.append(self.template[pos:])
        return "".join(out)

    def substitute(self, mapping=_TemplateMissing, /, **kws):
        if mapping is _TemplateMissing:
            mapping = {}
        return self._render(mapping, kws, False)

    def safe_substitute(self, mapping=_TemplateMissing, /, **kws):
        if mapping is _TemplateMissing:
            mapping = {}
        return self._render(mapping, kws, True)

    def is_valid(self):
        for _, _, kind, _ in self._scan():
            if kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for _, _, kind, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids
