# Named-tuple style values of the sys module (version_info, float_info, int_info).


def _structseq(name, fields, values):
    ns = {"__slots__": ()}

    def make_getter(i):
        def get(self):
            return self[i]
        return property(get)

    for i, f in enumerate(fields):
        ns[f] = make_getter(i)

    def __repr__(self):
        parts = []
        for i, f in enumerate(fields):
            parts.append(f + "=" + repr(self[i]))
        return name + "(" + ", ".join(parts) + ")"

    ns["__repr__"] = __repr__
    ns["n_fields"] = len(fields)
    ns["__module__"] = "sys"
    cls = type(name[4:], (tuple,), ns)
    try:
        cls.__module__ = "sys"
    except Exception:
        pass
    return tuple.__new__(cls, values)


version_info = _structseq(
    "sys.version_info",
    ("major", "minor", "micro", "releaselevel", "serial"),
    (3, 11, 7, "final", 0),
)

float_info = _structseq(
    "sys.float_info",
    ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"),
    (1.7976931348623157e308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1),
)

int_info = _structseq(
    "sys.int_info",
    ("bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"),
    (30, 4, 4300, 640),
)
