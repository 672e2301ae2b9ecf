"""CadQuery's Location: a rigid placement (a rotation, then a translation) that shapes are
located and moved by. Kept as a 3 x 3 rotation and a translation in Python; a shape is moved by
the bridge with the 3 x 4 matrix (`_flat`)."""
import math
from numbers import Real

from _cadforge_shapes import _CQObject, Vector, Plane


def _identity():
    return ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))


def _product(a, b):
    return tuple(tuple(sum(a[i][k] * b[k][j] for k in range(3)) for j in range(3)) for i in range(3))


def _applied(m, v):
    return tuple(sum(m[i][k] * v[k] for k in range(3)) for i in range(3))


def _about_axis(axis, degrees):
    """The rotation of `degrees` about the unit axis (Rodrigues' formula, as a matrix)."""
    x, y, z = Vector(axis).normalized().toTuple()
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    t = 1 - c
    return (
        (t * x * x + c, t * x * y - s * z, t * x * z + s * y),
        (t * x * y + s * z, t * y * y + c, t * y * z - s * x),
        (t * x * z - s * y, t * y * z + s * x, t * z * z + c),
    )


def _euler_xyz(rx, ry, rz):
    """CadQuery's three angles: extrinsic turns about x, then y, then z (degrees)."""
    return _product(_about_axis((0, 0, 1), rz), _product(_about_axis((0, 1, 0), ry), _about_axis((1, 0, 0), rx)))


def _is_vector_like(v):
    return isinstance(v, Vector) or (isinstance(v, (tuple, list)) and len(v) in (2, 3) and all(isinstance(c, Real) for c in v))


def _of_plane(plane, origin):
    """The placement of a plane's own coordinates: its axes as columns, `origin` as translation."""
    columns = (plane.xDir.toTuple(), plane.yDir.toTuple(), plane.zDir.toTuple())
    return tuple(tuple(columns[j][i] for j in range(3)) for i in range(3)), Vector(origin).toTuple()


class Location(_CQObject):
    """Location(), Location(vector), Location(x, y, z, rx, ry, rz), Location(vector, axis, angle),
    Location(vector, (rx, ry, rz)), Location(plane), Location(plane, vector)."""

    def __init__(self, *args, **kwargs):
        rotation, translation = _identity(), (0.0, 0.0, 0.0)
        if kwargs:
            unknown = [k for k in kwargs if k not in ("x", "y", "z", "rx", "ry", "rz")]
            if unknown or len(args) > 6 or not all(isinstance(a, Real) for a in (*args, *kwargs.values())):
                raise TypeError(f"Location(..., {', '.join(kwargs)}=...): keywords are x, y, z, rx, ry, rz, with numbers")
            values = dict(zip(("x", "y", "z", "rx", "ry", "rz"), args), **kwargs)
            args = tuple(values.get(k, 0.0) for k in ("x", "y", "z", "rx", "ry", "rz"))
        if len(args) == 1 and isinstance(args[0], Location):
            rotation, translation = args[0]._rotation, args[0]._translation
        elif len(args) in (1, 2) and isinstance(args[0], Plane):
            rotation, translation = _of_plane(args[0], args[0].origin if len(args) == 1 else args[1])
        elif len(args) == 1 and _is_vector_like(args[0]):
            translation = Vector(args[0]).toTuple()
        elif len(args) == 3 and _is_vector_like(args[0]) and _is_vector_like(args[1]) and isinstance(args[2], Real):
            rotation, translation = _about_axis(args[1], args[2]), Vector(args[0]).toTuple()
        elif len(args) == 2 and _is_vector_like(args[0]) and isinstance(args[1], (tuple, list)) and len(args[1]) == 3:
            rotation, translation = _euler_xyz(*args[1]), Vector(args[0]).toTuple()
        elif len(args) <= 6 and all(isinstance(a, Real) for a in args):
            x, y, z, rx, ry, rz = (tuple(float(a) for a in args) + (0.0,) * 6)[:6]
            rotation, translation = _euler_xyz(rx, ry, rz), (x, y, z)
        else:
            kinds = ", ".join(type(a).__name__ for a in args)
            raise TypeError(
                f"Location({kinds}) is not a form CadQuery accepts: use Location(), Location(vector), Location(x, y, z, rx, ry, rz), "
                "Location(vector, axis, angle), Location(vector, (rx, ry, rz)), Location(plane) or Location(plane, vector)"
            )
        self._rotation = rotation
        self._translation = tuple(float(c) for c in translation)

    @classmethod
    def _made(cls, rotation, translation):
        loc = cls()
        loc._rotation, loc._translation = rotation, translation
        return loc

    @property
    def inverse(self):
        transposed = tuple(tuple(self._rotation[j][i] for j in range(3)) for i in range(3))
        return Location._made(transposed, tuple(-c for c in _applied(transposed, self._translation)))

    def __mul__(self, other):
        if not isinstance(other, Location):
            raise ValueError(f"a Location multiplies a Location, not {type(other).__name__}")
        moved = _applied(self._rotation, other._translation)
        return Location._made(_product(self._rotation, other._rotation), tuple(a + b for a, b in zip(moved, self._translation)))

    def __pow__(self, exponent):
        if not isinstance(exponent, int):
            raise ValueError("a Location's power must be an integer")
        base = self if exponent >= 0 else self.inverse
        result = Location()
        for _ in range(abs(exponent)):
            result = result * base
        return result

    def toTuple(self):
        """(translation, (rx, ry, rz)): the angles of CadQuery's extrinsic x, y, z turns, in degrees."""
        m = self._rotation
        ry = math.asin(max(-1.0, min(1.0, -m[2][0])))
        if abs(m[2][0]) < 1 - 1e-12:
            rx, rz = math.atan2(m[2][1], m[2][2]), math.atan2(m[1][0], m[0][0])
        else:
            # Gimbal lock: only rx - rz (or rx + rz) is defined; CadQuery's kernel puts it all in rx.
            rx, rz = math.atan2(-m[1][2], m[1][1]), 0.0
        return self._translation, tuple(math.degrees(a) for a in (rx, ry, rz))

    @property
    def plane(self):
        m = self._rotation
        return Plane(self._translation, (m[0][0], m[1][0], m[2][0]), (m[0][2], m[1][2], m[2][2]))

    def _is_identity(self):
        return self._rotation == _identity() and self._translation == (0.0, 0.0, 0.0)

    def _apply(self, point):
        return Vector(*(a + b for a, b in zip(_applied(self._rotation, Vector(point).toTuple()), self._translation)))

    def _flat(self):
        """The 3 x 4 matrix row by row, as OpenCascade's gp_Trsf.SetValues takes it."""
        return [v for i in range(3) for v in (*self._rotation[i], self._translation[i])]

    def Center(self):
        return Vector(*self._translation)

    def __repr__(self):
        t, r = self.toTuple()
        return f"Location({t}, {r})"
