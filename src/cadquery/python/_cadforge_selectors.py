"""CadQuery's string selectors (">Z", "|Z", "%PLANE", "not(<X) and >Y", ">Z[1]") over our shapes.

Each object carries what a selector reads (its centre, a face's normal, a linear edge's
direction, its geometry type), measured once when it was collected.
"""
import re

_AXES = {
    "X": (1, 0, 0), "Y": (0, 1, 0), "Z": (0, 0, 1),
    "XY": (1, 1, 0), "YZ": (0, 1, 1), "XZ": (1, 0, 1),
}
_TOKEN = re.compile(r"\s*(\(|\)|and\b|or\b|not\b|exc\b|[<>|#+\-%]?\s*[A-Za-z_]+(?:\[-?\d+\])?)")
_CLUSTER_TOL = 1e-4


class SelectorError(ValueError):
    pass


def _tokens(text):
    pos, out = 0, []
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise SelectorError(f"selector '{text}' cannot be read at '{text[pos:]}'")
        out.append(m.group(1).replace(" ", ""))
        pos = m.end()
    return out


def _direction(name, text):
    if name not in _AXES:
        raise SelectorError(f"selector '{text}' names the axis '{name}': use X, Y, Z, XY, YZ or XZ")
    x, y, z = _AXES[name]
    n = (x * x + y * y + z * z) ** 0.5
    return (x / n, y / n, z / n)


def _dot(v, d):
    return v.x * d[0] + v.y * d[1] + v.z * d[2]


def _center(o):
    return o.Center()


def _direction_of(o):
    """A face's normal (planar faces) or a line's direction; None for what has no one direction."""
    info = getattr(o, "_info", None)
    if info is None:
        return None
    if o._kind == "face":
        return info["normal"] if info["type"] == "PLANE" else None
    return info["tangent"] if info["type"] == "LINE" else None


def _simple(token, text):
    m = re.fullmatch(r"([<>|#+\-%]?)([A-Za-z_]+)(?:\[(-?\d+)\])?", token)
    if not m:
        raise SelectorError(f"selector '{text}' has an unknown term '{token}'")
    op, name, index = m.group(1), m.group(2), m.group(3)
    if op == "%":
        wanted = name.upper()
        return lambda objs: [o for o in objs if getattr(o, "_info", None) is not None and o._info["type"] == wanted]
    if op == "":
        # A bare axis is CadQuery's DirectionSelector: the same as "+".
        op = "+"
    d = _direction(name, text)
    if op in "<>":
        # CadQuery's order: groups of equal distance ascending for ">", descending for "<"; the
        # plain form takes the last group (the extreme one) of every object, the indexed form
        # the n-th group of the planar faces or lines parallel to the axis.
        nth = int(index) if index is not None else -1
        parallel = _by_direction(d, lambda c: abs(abs(c) - 1) < 1e-6) if index is not None else None

        def minmax(objs):
            if parallel is not None:
                objs = parallel(objs)
            if not objs:
                raise ValueError(f"selector '{text}' has nothing to choose from")
            keyed = sorted(((_dot(_center(o), d), i) for i, o in enumerate(objs)), reverse=(op == "<"))
            clusters = []
            for value, i in keyed:
                if clusters and abs(clusters[-1][0] - value) <= _CLUSTER_TOL:
                    clusters[-1][1].append(i)
                else:
                    clusters.append((value, [i]))
            if not -len(clusters) <= nth < len(clusters):
                raise SelectorError(f"selector '{text}' asks for position {nth} of {len(clusters)}")
            return [objs[i] for i in sorted(clusters[nth][1])]

        return minmax
    if index is not None:
        raise SelectorError(f"selector '{text}': an index goes only with > or <")
    tests = {
        "|": lambda c: abs(abs(c) - 1) < 1e-6,
        "#": lambda c: abs(c) < 1e-6,
        "+": lambda c: abs(c - 1) < 1e-6,
        "-": lambda c: abs(c + 1) < 1e-6,
    }
    return _by_direction(d, tests[op])


def _by_direction(d, test):
    """The planar faces (by normal) and lines (by direction) whose cosine with `d` passes `test`."""

    def by_direction(objs):
        out = []
        for o in objs:
            v = _direction_of(o)
            if v is not None and test(_dot(v, d) / max(v.Length, 1e-12)):
                out.append(o)
        return out

    return by_direction


def _parse(tokens, text):
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def atom():
        t = peek()
        if t is None:
            raise SelectorError(f"selector '{text}' ends too early")
        if t == "(":
            take()
            f = either()
            if take() != ")":
                raise SelectorError(f"selector '{text}' misses a ')'")
            return f
        if t == "not":
            take()
            inner = atom()
            return lambda objs: [o for o in objs if all(o is not k for k in inner(objs))]
        return _simple(take(), text)

    def both():
        f = atom()
        while peek() in ("and", "exc"):
            op = take()
            g = atom()
            if op == "and":
                f = (lambda f, g: lambda objs: [o for o in f(objs) if any(o is k for k in g(objs))])(f, g)
            else:
                f = (lambda f, g: lambda objs: [o for o in f(objs) if all(o is not k for k in g(objs))])(f, g)
        return f

    def either():
        f = both()
        while peek() == "or":
            take()
            g = both()
            f = (lambda f, g: lambda objs: [o for o in objs if any(o is k for k in f(objs)) or any(o is k for k in g(objs))])(f, g)
        return f

    f = either()
    if pos != len(tokens):
        raise SelectorError(f"selector '{text}' has extra text at '{tokens[pos]}'")
    return f


def filter_objects(objs, selector):
    if not isinstance(selector, str):
        raise SelectorError(f"a selector is a string such as '>Z', not {type(selector).__name__}")
    return _parse(_tokens(selector), selector)(objs)
