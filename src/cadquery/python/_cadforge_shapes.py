"""The objects a CadQuery chain holds and measures: Vector, Plane, BoundingBox, Vertex, Shape, and
the stack's point items. Every measurement is the bridge's (_cadforge_bridge), on replicad handles."""
import math
from pyodide.ffi import to_js
import _cadforge_bridge as _b

TOL = 1e-6


class _CQObject:
    """Base of every object of this module: an unknown attribute on it is an invented API."""

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        raise AttributeError(
            f"'{type(self).__name__}' object has no attribute '{name}' (CADForge's CadQuery does not provide it)",
            name=name,
            obj=self,
        )


class Vector(_CQObject):
    def __init__(self, *args):
        if len(args) == 1 and isinstance(args[0], Vector):
            args = args[0].toTuple()
        elif len(args) == 1:
            args = tuple(args[0])
        if len(args) == 2:
            args = (args[0], args[1], 0.0)
        if len(args) == 0:
            args = (0.0, 0.0, 0.0)
        self.x, self.y, self.z = (float(a) for a in args)

    @property
    def Length(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def toTuple(self):
        return (self.x, self.y, self.z)

    def add(self, v):
        v = Vector(v)
        return Vector(self.x + v.x, self.y + v.y, self.z + v.z)

    def sub(self, v):
        v = Vector(v)
        return Vector(self.x - v.x, self.y - v.y, self.z - v.z)

    def multiply(self, s):
        return Vector(self.x * s, self.y * s, self.z * s)

    def dot(self, v):
        v = Vector(v)
        return self.x * v.x + self.y * v.y + self.z * v.z

    def cross(self, v):
        v = Vector(v)
        return Vector(self.y * v.z - self.z * v.y, self.z * v.x - self.x * v.z, self.x * v.y - self.y * v.x)

    def normalized(self):
        length = self.Length
        if length < TOL:
            raise ValueError("cannot normalise a zero-length vector")
        return self.multiply(1.0 / length)

    def Center(self):
        return self

    def __add__(self, v):
        return self.add(v)

    def __sub__(self, v):
        return self.sub(v)

    def __mul__(self, s):
        return self.multiply(s)

    def __neg__(self):
        return self.multiply(-1.0)

    def __iter__(self):
        return iter(self.toTuple())

    def __eq__(self, other):
        # Selections compare every face's centre with every other's: no Vector made per comparison.
        if not isinstance(other, Vector):
            return False
        dx, dy, dz = self.x - other.x, self.y - other.y, self.z - other.z
        return math.sqrt(dx * dx + dy * dy + dz * dz) < 1e-9

    def __hash__(self):
        return hash(tuple(round(c, 9) for c in self.toTuple()))

    def __repr__(self):
        return f"Vector({self.x}, {self.y}, {self.z})"


# CadQuery's named planes: x direction and normal.
_NAMED_PLANES = {
    "XY": ((1, 0, 0), (0, 0, 1)),
    "YZ": ((0, 1, 0), (1, 0, 0)),
    "ZX": ((0, 0, 1), (0, 1, 0)),
    "XZ": ((1, 0, 0), (0, -1, 0)),
    "YX": ((0, 1, 0), (0, 0, -1)),
    "ZY": ((0, 0, 1), (-1, 0, 0)),
    "front": ((1, 0, 0), (0, 0, 1)),
    "back": ((-1, 0, 0), (0, 0, -1)),
    "left": ((0, 0, 1), (-1, 0, 0)),
    "right": ((0, 0, -1), (1, 0, 0)),
    "top": ((1, 0, 0), (0, 1, 0)),
    "bottom": ((1, 0, 0), (0, -1, 0)),
}


class Plane(_CQObject):
    def __init__(self, origin=(0, 0, 0), xDir=None, normal=(0, 0, 1)):
        self.zDir = Vector(normal).normalized()
        if xDir is None:
            xDir = Vector(0, 0, 1).cross(self.zDir)
            if xDir.Length < TOL:
                xDir = Vector(1, 0, 0)
        x = Vector(xDir)
        # Keep x in the plane, as CadQuery does for a direction not quite perpendicular to the normal.
        x = x.sub(self.zDir.multiply(x.dot(self.zDir)))
        self.xDir = x.normalized()
        self.yDir = self.zDir.cross(self.xDir).normalized()
        self.origin = Vector(origin)

    @classmethod
    def named(cls, name, origin=(0, 0, 0)):
        if name not in _NAMED_PLANES:
            raise ValueError(f"unknown plane name '{name}': use one of {', '.join(_NAMED_PLANES)}")
        xDir, normal = _NAMED_PLANES[name]
        return cls(origin, xDir, normal)

    def toWorldCoords(self, p):
        p = Vector(p)
        return self.origin.add(self.xDir.multiply(p.x)).add(self.yDir.multiply(p.y)).add(self.zDir.multiply(p.z))

    def toLocalCoords(self, p):
        d = Vector(p).sub(self.origin)
        return Vector(d.dot(self.xDir), d.dot(self.yDir), d.dot(self.zDir))

    def _moved(self, origin):
        return Plane(origin, self.xDir, self.zDir)

    def rotated(self, rotate=(0, 0, 0)):
        """The plane turned about its own x, y and z axes (degrees), as CadQuery composes them:
        about z first, then y, then x, each axis as the plane had it before any turn."""
        ax, ay, az = Vector(rotate).toTuple()
        turns = [(self.zDir, az), (self.yDir, ay), (self.xDir, ax)]
        x, z = self.xDir, self.zDir
        for axis, degrees in turns:
            x, z = _rotated(x, axis, degrees), _rotated(z, axis, degrees)
        return Plane(self.origin, x, z)

    def _flat(self):
        return to_js([*self.origin.toTuple(), *self.xDir.toTuple(), *self.zDir.toTuple()])


# Plane.XY(), Plane.XZ(origin=...), ...: CadQuery's constructors of the named planes.
for _name in _NAMED_PLANES:
    if _name.isupper():
        setattr(Plane, _name, classmethod(lambda cls, origin=(0, 0, 0), _name=_name: cls.named(_name, origin)))


class BoundingBox(_CQObject):
    def __init__(self, bounds):
        self.xmin, self.ymin, self.zmin, self.xmax, self.ymax, self.zmax = bounds
        self.xlen = self.xmax - self.xmin
        self.ylen = self.ymax - self.ymin
        self.zlen = self.zmax - self.zmin
        self.center = Vector((self.xmin + self.xmax) / 2, (self.ymin + self.ymax) / 2, (self.zmin + self.zmax) / 2)
        self.DiagonalLength = math.sqrt(self.xlen**2 + self.ylen**2 + self.zlen**2)


class Vertex(_CQObject):
    """A point of the model; its coordinates are all CadQuery programs read of a vertex."""

    def __init__(self, point):
        self._point = Vector(point)
        self.X, self.Y, self.Z = self._point.toTuple()

    def toTuple(self):
        return self._point.toTuple()

    def Center(self):
        return self._point


class Shape(_CQObject):
    """A replicad shape: solid, compound, shell, face or edge (kind says which)."""

    def __init__(self, handle, kind=None, info=None):
        self.wrapped = handle
        self._kind = kind or str(_b.kindOf(handle))
        self._info = info

    def ShapeType(self):
        return self._kind.capitalize()

    def geomType(self):
        if self._info is None:
            raise ValueError(f"geomType() needs a face or an edge, not a {self._kind}")
        return self._info["type"]

    def Volume(self):
        return float(_b.volume(self.wrapped))

    def Area(self):
        return float(_b.area(self.wrapped))

    def Center(self):
        if self._info is not None:
            return self._info["center"]
        return Vector(*_b.center(self.wrapped))

    def CenterOfBoundBox(self):
        return self.BoundingBox().center

    def BoundingBox(self, tolerance=None):
        return BoundingBox(tuple(_b.bounds(self.wrapped)))

    def normalAt(self, locationVector=None):
        if self._kind != "face":
            raise ValueError("normalAt() needs a face")
        return self._info["normal"]

    def tangentAt(self, locationParam=0.5):
        if self._kind != "edge":
            raise ValueError("tangentAt() needs an edge")
        return Vector(*_b.tangentAt(self.wrapped, locationParam))

    def isValid(self):
        return bool(_b.isValid(self.wrapped))

    def Solids(self):
        return [Shape(s, "solid") for s in _b.solids(self.wrapped)]

    def Faces(self):
        return _faces_of(self)

    def Edges(self):
        return _edges_of(self)

    def Vertices(self):
        return _vertices_of(self)

    def translate(self, v):
        return Shape(_b.translate(self.wrapped, *Vector(v).toTuple()))

    def rotate(self, startVector, endVector, angleDegrees):
        start, end = Vector(startVector), Vector(endVector)
        return Shape(_b.rotate(self.wrapped, angleDegrees, *start.toTuple(), *end.sub(start).toTuple()))

    def mirror(self, mirrorPlane="XY", basePointVector=(0, 0, 0)):
        return Shape(_b.mirror(self.wrapped, *_mirror_normal(mirrorPlane).toTuple(), *Vector(basePointVector).toTuple()))

    def fuse(self, *others):
        return Shape(_combined(_b.fuse, self.wrapped, [o.wrapped for o in others]))

    def cut(self, *others):
        return Shape(_combined(_b.cut, self.wrapped, [o.wrapped for o in others]))

    def intersect(self, *others):
        return Shape(_combined(_b.intersect, self.wrapped, [o.wrapped for o in others]))

    # ---- placement: CadQuery's Location, and copies ----------------------------------------
    # Where the shape was placed by located/moved/locate/move; None while it is where it was made.
    _loc = None

    def location(self):
        from _cadforge_location import Location

        return self._loc if self._loc is not None else Location()

    def _placed(self, loc):
        """A copy of this shape placed at `loc` (absolute), its geometry moved by the bridge."""
        delta = loc * self.location().inverse
        handle = self.wrapped if delta._is_identity() else _b.transformed(self.wrapped, to_js(delta._flat()))
        placed = type(self)(handle, self._kind)
        placed._loc = loc
        return placed

    def located(self, loc):
        return self._placed(_as_location(loc))

    def moved(self, *args):
        """moved(loc), moved(vector), moved(x, y, z, rx, ry, rz), or several locations: a compound of copies."""
        locs = _as_locations(args)
        if len(locs) == 1:
            return self._placed(locs[0] * self.location())
        return Shape(_b.compound(to_js([self._placed(loc * self.location()).wrapped for loc in locs])), "compound")

    def locate(self, loc):
        placed = self.located(loc)
        self.wrapped, self._loc = placed.wrapped, placed._loc
        return self

    def move(self, *args):
        placed = self.moved(*args)
        if placed._kind != self._kind:
            raise ValueError("move() takes one location; moved() makes copies at several")
        self.wrapped, self._loc = placed.wrapped, placed._loc
        return self

    def copy(self, mesh=False):
        copied = type(self)(_b.copy(self.wrapped), self._kind, self._info)
        copied._loc = self._loc
        return copied

    def hollow(self, faceList, thickness, tolerance=0.0001, kind="arc"):
        """CadQuery's shell of a solid: `faceList` removed (None or [] for a closed hollow), negative thickness inwards."""
        if kind not in ("arc", "intersection"):
            raise ValueError(f"hollow(kind='{kind}'): kind is 'arc' or 'intersection'")
        faces = list(faceList or [])
        if any(not isinstance(f, Shape) or f._kind != "face" for f in faces):
            raise ValueError("hollow(faceList=...) takes faces of the solid")
        return Shape(_b.shell(self.wrapped, to_js([f.wrapped for f in faces]), thickness, kind == "intersection"))

    def __repr__(self):
        return f"<{self.ShapeType()}>"


def _as_location(value):
    from _cadforge_location import Location

    return value if isinstance(value, Location) else Location(value)


def _as_locations(args):
    """The locations moved() was given: one Location or vector, six numbers, or a sequence of either."""
    from _cadforge_location import Location

    if len(args) == 1 and isinstance(args[0], (list, tuple)) and args[0] and isinstance(args[0][0], (Location, Vector, list, tuple)):
        return [_as_location(a) for a in args[0]]
    if len(args) > 1 and all(isinstance(a, (Location, Vector, list, tuple)) for a in args):
        return [_as_location(a) for a in args]
    if len(args) == 1:
        return [_as_location(args[0])]
    return [Location(*args)]


def _mirror_normal(mirrorPlane):
    if isinstance(mirrorPlane, str):
        normals = {"XY": (0, 0, 1), "YX": (0, 0, 1), "XZ": (0, 1, 0), "ZX": (0, 1, 0), "YZ": (1, 0, 0), "ZY": (1, 0, 0)}
        if mirrorPlane not in normals:
            raise ValueError(f"mirror plane '{mirrorPlane}' is not one of XY, XZ, YZ (or a normal vector)")
        return Vector(normals[mirrorPlane])
    return Vector(mirrorPlane)


def _combined(operation, base, others, clean=True):
    """`base` fused with, cut by or intersected with each of `others` in turn (replicad handles)."""
    for other in others:
        base = operation(base, other, clean)
    return base


def _face_info(row):
    _, kind, cx, cy, cz, nx, ny, nz = row
    return {"type": _TYPE_NAMES.get(kind, kind), "center": Vector(cx, cy, cz), "normal": Vector(nx, ny, nz)}


def _edge_info(row):
    _, kind, cx, cy, cz, tx, ty, tz, sx, sy, sz, ex, ey, ez = row
    return {"type": _TYPE_NAMES.get(kind, kind), "center": Vector(cx, cy, cz), "tangent": Vector(tx, ty, tz), "ends": (Vector(sx, sy, sz), Vector(ex, ey, ez))}


def _sub_shapes(shape, kind, measure, info):
    """The faces or edges of a shape, each measured once for the selectors (itself if it is one)."""
    if shape._kind == kind:
        return [shape]
    return [Shape(row[0], kind, info(row)) for row in measure(shape.wrapped)]


def _faces_of(shape):
    return _sub_shapes(shape, "face", _b.faces, _face_info)


def _edges_of(shape):
    return _sub_shapes(shape, "edge", _b.edges, _edge_info)


def _vertices_of(obj):
    if isinstance(obj, Vertex):
        return [obj]
    if isinstance(obj, _ConstructionWire):
        return [Vertex(p) for p in obj.points]
    if isinstance(obj, (Vector, _Location)):
        return [Vertex(obj.Center())]
    points = []
    for edge in _edges_of(obj):
        for p in edge._info["ends"]:
            if not any(p.sub(q).Length < 1e-7 for q in points):
                points.append(p)
    return [Vertex(p) for p in points]


# replicad's names of surface and curve types, as CadQuery spells them.
_TYPE_NAMES = {
    "CYLINDRE": "CYLINDER",
    "BEZIER_SURFACE": "BEZIER",
    "BSPLINE_SURFACE": "BSPLINE",
    "REVOLUTION_SURFACE": "REVOLUTION",
    "EXTRUSION_SURFACE": "EXTRUSION",
    "OFFSET_SURFACE": "OFFSET",
    "OTHER_SURFACE": "OTHER",
    "BEZIER_CURVE": "BEZIER",
    "BSPLINE_CURVE": "BSPLINE",
    "OFFSET_CURVE": "OFFSET",
    "OTHER_CURVE": "OTHER",
}


class _Location(_CQObject):
    """A point of the stack turned `angle` degrees about the workplane's normal (polarArray)."""

    def __init__(self, point, angle):
        self.point = Vector(point)
        self.angle = angle

    def Center(self):
        return self.point


class _ConstructionWire(_CQObject):
    """A forConstruction outline: never extruded, its corners are points for vertices()."""

    def __init__(self, points):
        self.points = points


def _rotated(v, axis, degrees):
    """`v` turned about the unit vector `axis` (Rodrigues' formula)."""
    if not degrees:
        return v
    k = axis.normalized()
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return v.multiply(c).add(k.cross(v).multiply(s)).add(k.multiply(k.dot(v) * (1 - c)))
