"""CadQuery's Assembly: a tree of named objects, each placed by a Location relative to its parent.
A candidate whose result is an Assembly yields one named part per object, at its composed Location.

`Location` here is the part of CadQuery's Location an Assembly needs (a translation and a
rotation); it is meant to be unified with the general one when both land."""
import math
import re
from pyodide.ffi import to_js
import _cadforge_bridge as _b
from _cadforge_shapes import _CQObject, Plane, Shape, Vector
from _cadforge_workplane import Workplane

_IDENTITY = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))


def _matmul(a, b):
    return tuple(tuple(sum(a[i][k] * b[k][j] for k in range(3)) for j in range(3)) for i in range(3))


def _apply(m, v):
    return Vector(*(m[i][0] * v.x + m[i][1] * v.y + m[i][2] * v.z for i in range(3)))


def _about_axis(axis, degrees):
    x, y, z = Vector(axis).normalized().toTuple()
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    t = 1 - c
    return (
        (t * x * x + c, t * x * y - s * z, t * x * z + s * y),
        (t * x * y + s * z, t * y * y + c, t * y * z - s * x),
        (t * x * z - s * y, t * y * z + s * x, t * z * z + c),
    )


def _extrinsic_xyz(rx, ry, rz):
    """Turns about the fixed X, then Y, then Z axes (CadQuery's gp_Extrinsic_XYZ)."""
    return _matmul(_about_axis((0, 0, 1), rz), _matmul(_about_axis((0, 1, 0), ry), _about_axis((1, 0, 0), rx)))


def _is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


class Location(_CQObject):
    """Location(), Location(t), Location(t, axis, angle), Location(t, (rx, ry, rz)),
    Location(x, y, z, rx=0, ry=0, rz=0), Location(plane) and Location(plane, t); angles in degrees."""

    def __init__(self, *args, **kwargs):
        self._turn, self._move = _IDENTITY, Vector(0, 0, 0)
        if kwargs and not (args and _is_number(args[0])):
            raise ValueError(f"Location() takes keywords (rx, ry, rz) only after x, y, z; got {', '.join(kwargs)}")
        if not args:
            return
        if _is_number(args[0]):
            if len(args) > 6 or not all(_is_number(a) for a in args):
                raise ValueError("Location(x, y, z, rx, ry, rz) takes up to six numbers")
            numbers = list(args) + [0.0] * (6 - len(args))
            for i, key in enumerate(("rx", "ry", "rz")):
                numbers[3 + i] = kwargs.pop(key, numbers[3 + i])
            if kwargs:
                raise ValueError(f"Location() got unexpected keywords: {', '.join(kwargs)}")
            self._move, self._turn = Vector(*numbers[:3]), _extrinsic_xyz(*numbers[3:])
        elif isinstance(args[0], Plane):
            p = args[0]
            self._turn = tuple(tuple(axis.toTuple()[i] for axis in (p.xDir, p.yDir, p.zDir)) for i in range(3))
            self._move = p.origin if len(args) == 1 else p.toWorldCoords(args[1])
        elif len(args) == 1:
            self._move = Vector(args[0])
        elif len(args) == 2:
            self._move, self._turn = Vector(args[0]), _extrinsic_xyz(*args[1])
        elif len(args) == 3:
            self._move, self._turn = Vector(args[0]), _about_axis(args[1], args[2])
        else:
            raise ValueError(f"Location() cannot read {len(args)} arguments: see Location(t, axis, angle)")

    def __mul__(self, other):
        if not isinstance(other, Location):
            raise ValueError(f"a Location multiplies another Location, not {type(other).__name__}")
        out = Location()
        out._turn = _matmul(self._turn, other._turn)
        out._move = self._move.add(_apply(self._turn, other._move))
        return out

    def inverse(self):
        out = Location()
        out._turn = tuple(tuple(self._turn[j][i] for j in range(3)) for i in range(3))
        out._move = _apply(out._turn, self._move).multiply(-1.0)
        return out

    def toTuple(self):
        m = self._turn
        ry = -math.asin(max(-1.0, min(1.0, m[2][0])))
        rx = math.atan2(m[2][1], m[2][2])
        rz = math.atan2(m[1][0], m[0][0])
        return self._move.toTuple(), tuple(math.degrees(a) for a in (rx, ry, rz))

    def _placed(self, shape):
        """A copy of `shape` turned and then moved by this location."""
        m = self._turn
        cos = max(-1.0, min(1.0, (m[0][0] + m[1][1] + m[2][2] - 1) / 2))
        angle = math.acos(cos)
        axis = Vector(m[2][1] - m[1][2], m[0][2] - m[2][0], m[1][0] - m[0][1])
        if angle < 1e-12:
            angle, axis = 0.0, Vector(0, 0, 1)
        elif axis.Length < 1e-9:
            # A half turn: the axis is the column of (m + I) with the largest length.
            columns = [Vector(m[0][j] + (j == 0), m[1][j] + (j == 1), m[2][j] + (j == 2)) for j in range(3)]
            axis = max(columns, key=lambda c: c.Length)
        axis = axis.normalized()
        return Shape(_b.assemblyPlaced(shape.wrapped, math.degrees(angle), *axis.toTuple(), *self._move.toTuple()))


_COLOR_DEFAULT = (1.0, 1.0, 0.0, 1.0)
_HEX = re.compile(r"#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")


class Color(_CQObject):
    """Color(name), Color("#RRGGBB[AA]") or Color(r, g, b, a=1, srgb=True) with components in
    [0, 1]. Kept with the part, not scored; a name is checked for its form only (OCCT's colour
    table is not here)."""

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise ValueError(f"Color() takes no keywords here (got {', '.join(kwargs)}): Color(name) or Color(r, g, b, a)")
        self.name = None
        self.rgba = _COLOR_DEFAULT
        if len(args) == 1 and isinstance(args[0], str):
            text = args[0]
            if _HEX.fullmatch(text):
                digits = text[1:] if len(text) > 5 else "".join(c * 2 for c in text[1:])
                values = [int(digits[i : i + 2], 16) / 255 for i in range(0, len(digits), 2)]
                self.rgba = tuple(values) + ((1.0,) if len(values) == 3 else ())
            elif re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", text):
                self.name = text
            else:
                raise ValueError(f"Unknown color name: {text!r}")
        elif len(args) in (3, 4, 5):
            for label, value in zip("rgba", args[:4]):
                if not _is_number(value) or not 0 <= value <= 1:
                    raise ValueError(f"Color component {label}={value!r} must be a number from 0 to 1")
            self.rgba = tuple(float(a) for a in args[:4]) + ((1.0,) if len(args) == 3 else ())
        elif args:
            raise ValueError(f"Color() takes a name, or r, g, b and optionally a and srgb; got {len(args)} arguments")

    def toTuple(self):
        if self.name is not None:
            raise ValueError(f"Color('{self.name}').toTuple(): the components of named colours are not known here")
        return self.rgba


class Assembly(_CQObject):
    def __init__(self, obj=None, loc=None, name=None, color=None, metadata=None):
        _check_obj(obj)
        if loc is not None and not isinstance(loc, Location):
            raise ValueError(f"Assembly loc must be a cq.Location, not {type(loc).__name__}")
        if color is not None and not isinstance(color, Color):
            raise ValueError(f"Assembly color must be a cq.Color, not {type(color).__name__}")
        self.obj = obj
        self.loc = loc if loc is not None else Location()
        self.name = name
        self.color = color
        self.metadata = dict(metadata or {})
        self.parent = None
        self.children = []

    def add(self, obj, loc=None, name=None, color=None, metadata=None):
        if isinstance(obj, Assembly):
            sub = obj._copy()
            sub.loc = loc if loc is not None else obj.loc
            sub.name = name if name is not None else obj.name
            if color is not None:
                sub.color = color
        else:
            sub = Assembly(obj, loc, name, color, metadata)
        taken = set(self._root().objects)
        clashes = [n for n in sub.objects if n in taken]
        if clashes:
            raise ValueError(f"Unique name is required: the assembly already has a part named '{clashes[0]}'")
        sub.parent = self
        self.children.append(sub)
        return self

    def _root(self):
        node = self
        while node.parent is not None:
            node = node.parent
        return node

    def _copy(self):
        out = Assembly(self.obj, self.loc, self.name, self.color, self.metadata)
        for child in self.children:
            c = child._copy()
            c.parent = out
            out.children.append(c)
        return out

    def _nodes(self):
        yield self
        for child in self.children:
            yield from child._nodes()

    @property
    def shapes(self):
        return _shapes_of(self.obj)

    @property
    def objects(self):
        """The named nodes of this assembly, by name (unnamed ones are left out)."""
        return {node.name: node for node in self._nodes() if node.name is not None}

    def _leaves(self, placed=None):
        """(shape, name) of every object, each moved by its location composed with its parents'."""
        placed = self.loc if placed is None else placed * self.loc
        out = []
        shapes = _shapes_of(self.obj)
        for i, shape in enumerate(shapes):
            name = self.name if len(shapes) == 1 or self.name is None else f"{self.name} {i + 1}"
            out.append((placed._placed(shape), name))
        for child in self.children:
            out.extend(child._leaves(placed))
        return out

    def toCompound(self):
        # The leaves are fresh copies, which the compound may take over.
        return Shape(_b.compound(to_js([shape.wrapped for shape, _ in self._leaves()])), "compound")

    def save(self, path, exportType=None, **kwargs):
        # A build writes no files; like cq.exporters.export, saving is accepted and does nothing.
        return self

    export = save


def _check_obj(obj):
    if obj is not None and not isinstance(obj, (Workplane, Shape)):
        raise ValueError(f"an Assembly holds a Workplane or a Shape, not {type(obj).__name__}")


def _shapes_of(obj):
    if obj is None:
        return []
    if isinstance(obj, Shape):
        return [obj]
    shapes = [o for o in obj.objects if isinstance(o, Shape)]
    if shapes:
        return shapes
    found = obj._find_solid(required=False)
    return [found] if found is not None else []
