#!/usr/bin/env python3
"""Generates the expected-value tables embedded in cloaca-core/src/numfmt.rs and strfmt.rs tests.

Run with CPython 3.11:  python3 gen_numfmt_cases.py numfmt|strfmt
and paste the output between the `// BEGIN GENERATED` / `// END GENERATED` markers.
Nothing here is needed at `cargo test` time.
"""
import random, struct, sys, math

def rs(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\': out.append('\\\\')
        elif ch == '"': out.append('\\"')
        elif o < 32 or o == 127: out.append('\\u{%x}' % o)
        else: out.append(ch)
    return '"' + ''.join(out) + '"'

def bits(x): return '0x%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

def res(f):
    try:
        return 'Ok(%s)' % rs(f())
    except Exception as e:
        return 'Err(%s)' % rs(str(e))

rng = random.Random(20240611)

def random_doubles(n):
    out = []
    for i in range(n):
        k = i % 6
        if k == 0:   # random bit pattern (finite)
            while True:
                x = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
                if math.isfinite(x): break
        elif k == 1: # subnormal
            x = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(52)))[0] * rng.choice([1, -1])
        elif k == 2: # moderate decades
            x = rng.uniform(-1, 1) * 10 ** rng.randint(-8, 20)
        elif k == 3: # integers >= 1e16
            x = float(rng.randint(10**16, 10**22))
        elif k == 4: # short decimals
            x = float('%d.%de%d' % (rng.randint(0, 999), rng.randint(0, 99), rng.randint(-30, 30)))
        else:
            x = rng.choice([1, -1]) * rng.random() * 2.0 ** rng.randint(-1074, 1023)
        out.append(x)
    return out

SPECIAL = [0.0, -0.0, float('inf'), -float('inf'), float('nan'), 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 1e16, 1e15,
           9999999999999998.0, 1e-4, 1e-5, 0.0001234, 123456789012345.0, 1234567890123456.0, 12345678901234567.0,
           1e22, 1e23, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 2e16 + 8, 0.3, 2.675,
           1/3, 100.0, 1e100, 1.5e-7, 3.14159, -123.456, 1e-310, 4.35, 0.05, 0.015, 1234.5, 999999.5, 0.000123]

def gen_numfmt():
    print('// float_repr: (bits, repr)')
    print('const FLOAT_REPR_CASES: &[(u64, &str)] = &[')
    for x in SPECIAL + random_doubles(300):
        if math.isnan(x): continue
        print('    (%s, %s),' % (bits(x), rs(repr(x))))
    print('];')

    # format_float
    values = [0.0, -0.0, 1.0, -1.5, 0.5, 2.5, 1234567.891, -0.00012345, 1e16, 1e-7, 123456789.0, 0.1,
              float('inf'), -float('inf'), float('nan'), 1e300, -9.999, 99.5, 5e-324, 12345.6789]
    aligns = ['', '<', '>', '^', '=', '*^', '0=', 'x<', '0>']
    fixed_specs = ['', 'f', 'e', 'g', 'E', 'F', 'G', '%', 'n', '.0', '.1', '.2', '.3', '.17', '.0f', '.0e', '.0g', '#.0f', '#.0e',
                   '#g', '#.3g', '#', '#.0', ',', '_', ',.2f', '_.3e', '015,.2f', '020_', '+', ' ', '-', 'z', 'z.1f', '+z.0f',
                   '010', '010.3', '=+12.3f', '^12', '*^12.2e', '<10%', '.3%', ',%', '12n', '.10n', 'x>+015,.3f',
                   '.20f', '.30e', '.25g', '.40', '1,', '0,', '02,', '03,', '04,', '05,', '06,', '07,', '08,', '09,',
                   '.2147483648f', 'd', 'x', 'c', 's', 'b', 'o', ',n', '_n', ',,', 'é', '\x01', '.', '10.', '.f', '12.3e ', '+#z010,.3%',
                   '+z#010,.3%', '0<10', '_g', '_%', '_x', '#x', '=', '0']
    print('// format_float: (bits, spec, expected)')
    print('const FORMAT_FLOAT_CASES: &[(u64, &str, Result<&str, &str>)] = &[')
    for x in values:
        specs = list(fixed_specs)
        for _ in range(30):
            s = (rng.choice(aligns) + rng.choice(['', '+', '-', ' ']) + rng.choice(['', '', 'z']) + rng.choice(['', '#']) +
                 rng.choice(['', '0']) + rng.choice(['', '1', '9', '14', '25']) + rng.choice(['', '', ',', '_']) +
                 rng.choice(['', '', '.0', '.1', '.4', '.12']) + rng.choice(['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n']))
            specs.append(s)
        for s in specs:
            print('    (%s, %s, %s),' % (bits(x), rs(s), res(lambda: format(x, s))))
    print('];')

    # format_int
    ivalues = [0, 1, -1, 7, -42, 65, 255, -255, 1000, 1234567, -1234567, 2**31, 2**63 - 1, -2**63, 2**64, -2**100 - 12345, 10**30,
               0x10ffff, 0x110000, 0x1F600]
    ifixed = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'E', 'f', 'F', 'g', 'G', '%', '#b', '#o', '#x', '#X', ',', '_', '_b',
              '_o', '_x', '#_X', ',d', '_d', '010', '010,', '+010_', '#010x', '#010_x', '=+#20_b', '^20,', '*<15', '0<10', ' d',
              '-d', '+c', '#c', '10c', '=10c', '^5c', '.2', '.2f', '.3e', ',.2f', 'z', 'zd', ',b', ',x', ',c', '_c', '_n', ',n',
              ',e', 'y', 's', 'é', '\x01', 'd ', '<<<', '0=15,', '0=14,', '0=13,', '09,', '08,', '07,', '06,', '05,', '04,',
              '#06_x', '#07_x', '#08_x', '#09_x', '#010_b', '99999999999999999999', '2147483648.2', '.', 'x<+#012_X', '%']
    print('// format_int: (decimal value, spec, expected)')
    print('const FORMAT_INT_CASES: &[(&str, &str, Result<&str, &str>)] = &[')
    for v in ivalues:
        specs = list(ifixed)
        for _ in range(25):
            s = (rng.choice(aligns) + rng.choice(['', '+', '-', ' ']) + rng.choice(['', '#']) +
                 rng.choice(['', '0']) + rng.choice(['', '1', '9', '14', '25']) + rng.choice(['', '', ',', '_']) +
                 rng.choice(['', 'b', 'o', 'x', 'X', 'd', 'n', 'e', 'f', 'g', '%']))
            specs.append(s)
        for s in specs:
            print('    (%s, %s, %s),' % (rs(str(v)), rs(s), res(lambda: format(v, s))))
    print('];')

    # format_str
    svals = ['', 'a', 'hello', 'héllo wörld', '日本語', 'tab\there']
    sspecs = ['', 's', '10', '<10', '>10', '^10', '^9', '*^11', '.2', '.0', '10.3', '>10.3s', '010', '0>6', '=10', '+', ' ', '-',
              '#', 'z', 'd', ',', '_', ',s', 'x^7.1', '.', '99999999999999999999', 'ss', '\x01', '+10', '€^9', '<<', '^']
    print('// format_str: (value, spec, expected)')
    print('const FORMAT_STR_CASES: &[(&str, &str, Result<&str, &str>)] = &[')
    for v in svals:
        for s in sspecs:
            print('    (%s, %s, %s),' % (rs(v), rs(s), res(lambda: format(v, s))))
    print('];')

    # round
    rvals = [2.675, 0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 1234.5, 1250.0, 1350.0, -1250.0, 1e300, 1.7976931348623157e308,
             5e-324, 0.1, 123.456, -123.456, 1e16 + 2, 0.285, 1.005, 2.5e-8, 999.5, 4.35, 1e22, 12345678.9, 0.0, -0.0,
             float('inf'), -float('inf')]
    nds = [0, 1, 2, 3, -1, -2, -3, 5, 10, 17, 20, 300, 323, 324, -307, -308, -309, 1000, -1000]
    print('// round(x, n): (bits, n, Ok(result bits) | Err(msg))')
    print('const ROUND_CASES: &[(u64, i64, Result<u64, &str>)] = &[')
    for x in rvals:
        for n in nds:
            try:
                r = 'Ok(%s)' % bits(round(x, n))
            except Exception as e:
                r = 'Err(%s)' % rs(str(e))
            print('    (%s, %d, %s),' % (bits(x), n, r))
    print('];')
    print('// round(x): (bits, result bits)')
    print('const ROUND0_CASES: &[(u64, u64)] = &[')
    for x in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 2.675, -3.7, 4503599627370497.0, 1e300, -0.0, 0.0]:
        print('    (%s, %s),' % (bits(x), bits(float(round(x)))))
    print('];')

    # parse_float
    pf = ['1', '-1', '+1.5', ' 1.5 ', '\t\n1e5\r', '.5', '5.', '.', '', ' ', '1e', '1e+', 'e5', '1_000.5', '1__0', '_1', '1_',
          '1_e5', '1e1_0', '1._5', '1_.5', 'inf', '-inf', '+Infinity', 'INFINITY', 'iNf', 'nan', '-NaN', 'nAn', 'infinit',
          'in_f', '0x10', '1e400', '-1e400', '1e-400', '2.2250738585072011e-308', '0.1', '1.7976931348623157e308',
          '1.7976931348623159e308', '123456789012345678901234567890', '1 0', '١', '\u00a01.0\u2003', '\x1c1\x1f', '--1', '+-1',
          '1.5.5', '1e5.5', '0001.5', '1E-5', '4.9e-324', '2.4703282292062328e-324', '2.4703282292062327e-324', '00', '0_0',
          '.e1', '1.e1', '-.5', 'nan(1)', 'infx']
    print('// parse_float: (input, Some(bits) | None)')
    print('const PARSE_FLOAT_CASES: &[(&str, Option<u64>)] = &[')
    for s in pf:
        try:
            v = float(s)
            r = 'Some(%s)' % ('NAN' if math.isnan(v) else bits(v))
        except ValueError:
            r = 'None'
        print('    (%s, %s),' % (rs(s), r))
    print('];')

    pi = [('0', 10), ('-0', 10), (' 42 ', 10), ('+42', 10), ('- 42', 10), ('1_000', 10), ('1__000', 10), ('_1', 10), ('1_', 10),
          ('0x1f', 16), ('0X1F', 16), ('1f', 16), ('0x_1f', 16), ('0x__1f', 16), ('0x', 16), ('0x_', 16), ('0x1f', 0),
          ('0o17', 0), ('0b101', 0), ('0b102', 0), ('010', 0), ('00', 0), ('0_0', 0), ('0_7', 0), ('000', 0), ('10', 0),
          ('-0x1f', 0), ('0o17', 8), ('0b1', 2), ('0b1', 16), ('0x1', 8), ('z', 36), ('Z', 36), ('zz', 35), ('12', 2),
          ('', 10), ('  ', 10), ('1 2', 10), ('１２', 10), ('12345678901234567890123456789', 10), ('-ff_ff', 16), ('0b', 0),
          ('0_b1', 0), ('09', 0), ('\u00a012\u2003', 10), ('1.0', 10), ('0o', 8), ('0o_7', 8), ('0b_1_0', 2), ('7', 7),
          ('6', 7), ('0x1', 33), ('0x1', 34), ('0b1', 12), ('0b1', 11)]
    print('// parse_int: (input, base, Some(decimal) | None)')
    print('const PARSE_INT_CASES: &[(&str, u32, Option<&str>)] = &[')
    for s, b in pi:
        try:
            r = 'Some(%s)' % rs(str(int(s, b)))
        except ValueError:
            r = 'None'
        print('    (%s, %d, %s),' % (rs(s), b, r))
    print('];')

    hv = [0, 1, -1, -2, 2, 2**61 - 2, 2**61 - 1, 2**61, -2**61, 2**61 + 1, 2**62, 2**63 - 1, -2**63, 2**64, -2**64, 10**30,
          -10**30, 2**200 + 7, -(2**127 - 1), 314159, 12345678901234567890]
    print('// hash(int): (decimal, hash)')
    print('const HASH_INT_CASES: &[(&str, i64)] = &[')
    for v in hv:
        print('    (%s, %d),' % (rs(str(v)), hash(v)))
    print('];')
    hf = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, 1e300, -1e300, 1e-300, 5e-324, 2.0**61, 2.0**62, 0.1, 3.14159, float('inf'),
          -float('inf'), 1.7976931348623157e308, 123456.789, -2.0**63, 2.0**-61, 2.0**-60]
    print('// hash(float): (bits, hash)')
    print('const HASH_FLOAT_CASES: &[(u64, i64)] = &[')
    for x in hf:
        print('    (%s, %d),' % (bits(x), hash(x)))
    print('];')

def gen_strfmt():
    print('// %-format, one conversion: (fmt, star width, star prec, arg, expected)')
    print('const PERCENT_CASES: &[(&str, Option<i64>, Option<i64>, A, Result<&str, &str>)] = &[')
    args = [('I', 0), ('I', 42), ('I', -42), ('I', 255), ('I', -255), ('I', 2**70), ('F', 0.0), ('F', -0.0), ('F', 3.14159),
            ('F', -1234.5678), ('F', 1e100), ('F', 1e-7), ('F', float('inf')), ('F', float('nan')), ('S', 'abc'), ('S', 'héllo'),
            ('I', 65), ('S', 'x')]
    flagsets = ['', '-', '+', ' ', '#', '0', '-0', '+0', '#0', '+#', '- ', '+ ', '#-', '0 ']
    widths = ['', '1', '8', '*']
    precs = ['', '.0', '.3', '.*', '.']
    convs = {'I': 'diuoxXeEfFgGcs', 'F': 'eEfFgGdis', 'S': 'src'}
    def arg_rs(kind, v):
        if kind == 'I': return 'A::I(%s)' % rs(str(v))
        if kind == 'F': return 'A::F(%s)' % bits(v)
        return 'A::S(%s)' % rs(v)
    for kind, v in args:
        for conv in convs[kind]:
            for _ in range(18):
                fl = rng.choice(flagsets); w = rng.choice(widths); p = rng.choice(precs)
                fmt = '%' + fl + w + p + conv
                sw = rng.choice([-9, -3, 0, 5, 12]) if w == '*' else None
                sp = rng.choice([-2, 0, 2, 7]) if p == '.*' else None
                if conv == 'c' and kind == 'S' and len(v) != 1: continue
                a = tuple(x for x in (sw, sp) if x is not None) + (v,)
                # The VM passes str()/repr() text for %s/%r/%a.
                if conv in 'sra':
                    txt = {'s': str, 'r': repr, 'a': ascii}[conv](v)
                    arg = 'A::S(%s)' % rs(txt)
                else:
                    arg = arg_rs(kind, v)
                try:
                    r = 'Ok(%s)' % rs(fmt % a)
                except Exception as e:
                    r = 'Err(%s)' % rs(str(e))
                print('    (%s, %s, %s, %s, %s),' % (rs(fmt), 'Some(%d)' % sw if sw is not None else 'None',
                      'Some(%d)' % sp if sp is not None else 'None', arg, r))
    print('];')

if __name__ == '__main__':
    {'numfmt': gen_numfmt, 'strfmt': gen_strfmt}[sys.argv[1]]()
