"""CADForge's CadQuery: the Workplane API that CadQuery programs use, over replicad.

Written for CADForge from CadQuery's documented semantics (centred primitives, the workplane
stack and its pending wires, the default "ProjectedOrigin" rule of workplane()). The state of a
chain (stack, plane, pending drawings) lives here; every piece of geometry is made and measured
by the bridge (_cadforge_bridge, src/cadquery/bridge/), so each B-rep object is a replicad
object recorded and freed by the build's WasmScope, and every kernel call is metered.
"""
import math
from pyodide.ffi import to_js
import _cadforge_bridge as _b
from _cadforge_selectors import filter_objects as _filter

__all__ = ["Workplane", "Vector", "Plane", "Shape", "Vertex", "BoundingBox"]

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
        return isinstance(other, Vector) and self.sub(other).Length < 1e-9

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

    def __repr__(self):
        return f"<{self.ShapeType()}>"


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


class _Context:
    def __init__(self):
        self.pending = []  # (plane, replicad drawing)
        self.path = None  # (plane, [local 2D points]) of lines being drawn


class Workplane(_CQObject):
    def __init__(self, inPlane="XY", origin=(0, 0, 0), obj=None):
        if isinstance(inPlane, Plane):
            self.plane = inPlane
        else:
            self.plane = Plane.named(inPlane, origin)
        self.objects = [] if obj is None else [obj]
        self.parent = None
        self.ctx = _Context()

    def newObject(self, objects):
        w = Workplane.__new__(Workplane)
        w.plane = self.plane
        w.objects = list(objects)
        w.parent = self
        w.ctx = self.ctx
        return w

    # ---- the stack --------------------------------------------------------------------------
    def val(self):
        return self.objects[0] if self.objects else self.plane.origin

    def vals(self):
        return list(self.objects)

    def first(self):
        return self.newObject(self.objects[:1])

    def last(self):
        return self.newObject(self.objects[-1:])

    def item(self, i):
        return self.newObject([self.objects[i]])

    def size(self):
        return len(self.objects)

    def add(self, obj):
        if isinstance(obj, Workplane):
            return self.newObject(self.objects + obj.objects)
        if isinstance(obj, (list, tuple)):
            return self.newObject(self.objects + list(obj))
        return self.newObject(self.objects + [obj])

    def end(self, n=1):
        w = self
        for _ in range(n):
            if w.parent is None:
                raise ValueError("end() went past the start of the chain")
            w = w.parent
        return w

    def _shapes(self):
        return [o for o in self.objects if isinstance(o, Shape)]

    def _find_solid(self, required=True):
        w = self
        while w is not None:
            solids = [o for o in w.objects if isinstance(o, Shape) and o._kind in ("solid", "compound", "compsolid")]
            if solids:
                if len(solids) == 1:
                    return solids[0]
                return Shape(_b.compound(to_js([s.wrapped for s in solids])), "compound")
            w = w.parent
        if required:
            raise ValueError("Cannot find a solid on the stack or in the parent chain")
        return None

    def findSolid(self):
        return self._find_solid()

    def _locs(self):
        """Local 2D points of the stack's items, or the plane's origin when the stack has none."""
        return [p for p, _ in self._turned_locs()]

    def _turned_locs(self):
        """Each local point with the turn (degrees) its item carries: only polarArray's turn."""
        points = []
        for o in self.objects:
            if isinstance(o, (Vector, Vertex, Shape, _Location)):
                points.append((self.plane.toLocalCoords(o.Center()), o.angle if isinstance(o, _Location) else 0.0))
        return points or [(Vector(0, 0, 0), 0.0)]

    # ---- selection ----------------------------------------------------------------------------
    def _select(self, collect, selector):
        items = []
        for o in self.objects:
            if isinstance(o, (Shape, _ConstructionWire, Vertex, Vector, _Location)):
                items.extend(collect(o))
        items = _unique(items)
        if selector is not None:
            items = _filter(items, selector)
        return self.newObject(items)

    def faces(self, selector=None, tag=None):
        return self._select(lambda o: _faces_of(o) if isinstance(o, Shape) else [], selector)

    def edges(self, selector=None, tag=None):
        return self._select(lambda o: _edges_of(o) if isinstance(o, Shape) else [], selector)

    def vertices(self, selector=None, tag=None):
        return self._select(_vertices_of, selector)

    def solids(self, selector=None, tag=None):
        return self._select(lambda o: o.Solids() if isinstance(o, Shape) else [], selector)

    # ---- workplanes and points ------------------------------------------------------------
    def workplane(self, offset=0.0, invert=False, centerOption="ProjectedOrigin", origin=None):
        if centerOption not in ("CenterOfMass", "ProjectedOrigin", "CenterOfBoundBox"):
            raise ValueError(f"centerOption '{centerOption}' is not CenterOfMass, ProjectedOrigin or CenterOfBoundBox")
        if len(self.objects) > 1:
            faces = [o for o in self.objects if isinstance(o, Shape) and o._kind == "face"]
            if len(faces) < len(self.objects) or not all(f.geomType() in ("PLANE", "CIRCLE") for f in faces):
                raise ValueError("If multiple objects selected, they all must be planar faces.")
            normal = faces[0].normalAt()
            for f in faces[1:]:
                if abs(f.normalAt().dot(normal)) < 1 - 1e-6 or abs(normal.dot(f.Center().sub(faces[0].Center()))) > 1e-4:
                    raise ValueError("Selected faces must be co-planar.")
            if centerOption == "CenterOfBoundBox":
                center = Shape(_b.compound(to_js([f.wrapped for f in faces])), "compound").CenterOfBoundBox()
            else:
                areas = [f.Area() for f in faces]
                total = sum(areas)
                center = Vector(0, 0, 0)
                for f, a in zip(faces, areas):
                    center = center.add(f.Center().multiply(a / total))
            xDir = _x_dir_for(normal)
        else:
            obj = self.val()
            if isinstance(obj, Shape) and obj._kind == "face":
                center = obj.CenterOfBoundBox() if centerOption == "CenterOfBoundBox" else obj.Center()
                normal = obj.normalAt()
                xDir = _x_dir_for(normal)
            elif isinstance(obj, (Shape, Vector, Vertex)):
                center = obj.CenterOfBoundBox() if centerOption == "CenterOfBoundBox" and isinstance(obj, Shape) else obj.Center()
                parent = self.parent.val() if self.parent else None
                if isinstance(parent, Shape) and parent._kind == "face":
                    normal = parent.normalAt()
                    xDir = _x_dir_for(normal)
                else:
                    normal, xDir = self.plane.zDir, self.plane.xDir
            else:
                raise ValueError("workplane() needs a face, a vertex or a point on the stack")
        if centerOption == "ProjectedOrigin":
            orig = self.plane.origin if origin is None else Vector(origin)
            n = normal.normalized()
            center = orig.sub(n.multiply(orig.sub(center).dot(n)))
        if invert:
            normal = normal.multiply(-1.0)
        center = center.add(normal.normalized().multiply(offset))
        w = Workplane(Plane(center, xDir, normal))
        w.parent = self
        w.ctx = self.ctx
        return w

    def transformed(self, rotate=(0, 0, 0), offset=(0, 0, 0)):
        plane = self.plane.rotated(rotate)
        plane.origin = self.plane.toWorldCoords(offset)
        w = self.newObject([plane.origin])
        w.plane = plane
        return w

    def center(self, x, y):
        origin = self.plane.toWorldCoords((x, y))
        w = self.newObject([origin])
        w.plane = self.plane._moved(origin)
        return w

    def pushPoints(self, pntList):
        points = []
        for p in pntList:
            points.append(p.Center() if isinstance(p, (Vector, Vertex, Shape)) else self.plane.toWorldCoords(p))
        return self.newObject(points)

    def polarArray(self, radius, startAngle, angle, count, fill=True, rotate=True):
        if count <= 0:
            raise ValueError("polarArray needs at least one point")
        if not fill:
            step = angle
        elif abs(math.remainder(angle, 360)) < 1e-9:
            step = angle / count
        else:
            step = angle / (count - 1) if count > 1 else 0.0
        points = []
        for base, _ in self._turned_locs():
            for i in range(count):
                phi = startAngle + step * i
                local = base.add((radius * math.cos(math.radians(phi)), radius * math.sin(math.radians(phi)), 0))
                points.append(_Location(self.plane.toWorldCoords(local), phi if rotate else 0.0))
        return self.newObject(points)

    def rarray(self, xSpacing, ySpacing, xCount, yCount, center=True):
        if xSpacing == 0 or ySpacing == 0 or xCount < 1 or yCount < 1:
            raise ValueError("rarray needs non-zero spacings and at least one point in each direction")
        cx, cy = (center, center) if isinstance(center, bool) else center
        x0 = -(xCount - 1) * xSpacing / 2 if cx else 0.0
        y0 = -(yCount - 1) * ySpacing / 2 if cy else 0.0
        points = []
        for base in self._locs():
            for i in range(xCount):
                for j in range(yCount):
                    points.append(self.plane.toWorldCoords((base.x + x0 + i * xSpacing, base.y + y0 + j * ySpacing)))
        return self.newObject(points)

    # ---- 2D drawing ---------------------------------------------------------------------------
    def _pending(self, make, forConstruction=False, corners=None):
        """One outline at each point of the stack: `make(x, y, turn)` draws it, `corners` (local
        offsets before the turn) are its points when it is for construction only."""
        items = []
        for p, turn in self._turned_locs():
            if forConstruction:
                items.append(_ConstructionWire([self.plane.toWorldCoords(p.add(_turned(c, turn))) for c in corners]))
            else:
                self.ctx.pending.append((self.plane, make(p.x, p.y, turn)))
        return self.newObject(items if forConstruction else self.objects)

    def rect(self, xLen, yLen, centered=True, forConstruction=False):
        cx, cy = (centered, centered) if isinstance(centered, bool) else centered
        offset = Vector(0.0 if cx else xLen / 2, 0.0 if cy else yLen / 2)
        corners = [offset.add((sx * xLen / 2, sy * yLen / 2, 0)) for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1))]

        def make(x, y, turn):
            at = _turned(offset, turn)
            return _b.rect(xLen, yLen, x + at.x, y + at.y, turn)

        return self._pending(make, forConstruction, corners)

    def circle(self, radius, forConstruction=False):
        return self._pending(lambda x, y, turn: _b.circle(radius, x, y), forConstruction, [Vector(radius, 0)])

    def ellipse(self, x_radius, y_radius, rotation_angle=0.0, forConstruction=False):
        return self._pending(lambda x, y, turn: _b.ellipse(x_radius, y_radius, x, y, rotation_angle + turn), forConstruction, [Vector(x_radius, 0), Vector(0, y_radius)])

    def polygon(self, nSides, diameter, forConstruction=False, circumscribed=False):
        r = diameter / 2 / (math.cos(math.pi / nSides) if circumscribed else 1)
        corners = [Vector(r * math.cos(2 * math.pi * i / nSides), r * math.sin(2 * math.pi * i / nSides)) for i in range(nSides)]

        def make(x, y, turn):
            return _b.polyline(to_js([c for p in corners for c in (_turned(p, turn).x + x, _turned(p, turn).y + y)]))

        return self._pending(make, forConstruction, corners)

    def _current_point(self):
        if self.ctx.path is not None:
            return self.ctx.path[-1]
        return Vector(0, 0, 0)

    def moveTo(self, x=0, y=0):
        self.ctx.path = [Vector(x, y)]
        return self.newObject([self.plane.toWorldCoords((x, y))])

    def move(self, xDist=0, yDist=0):
        p = self._current_point()
        return self.moveTo(p.x + xDist, p.y + yDist)

    def lineTo(self, x, y, forConstruction=False):
        if self.ctx.path is None:
            self.ctx.path = [Vector(0, 0)]
        self.ctx.path.append(Vector(x, y))
        return self.newObject([self.plane.toWorldCoords((x, y))])

    def line(self, xDist, yDist, forConstruction=False):
        p = self._current_point()
        return self.lineTo(p.x + xDist, p.y + yDist)

    def hLine(self, distance, forConstruction=False):
        return self.line(distance, 0)

    def vLine(self, distance, forConstruction=False):
        return self.line(0, distance)

    def hLineTo(self, xCoord, forConstruction=False):
        return self.lineTo(xCoord, self._current_point().y)

    def vLineTo(self, yCoord, forConstruction=False):
        return self.lineTo(self._current_point().x, yCoord)

    def polyline(self, listOfXYTuple, forConstruction=False, includeCurrent=False):
        points = [Vector(p) for p in listOfXYTuple]
        if includeCurrent:
            points.insert(0, self._current_point())
        self.ctx.path = points
        return self.newObject([self.plane.toWorldCoords(points[-1])])

    def close(self):
        path = self.ctx.path
        if path is None or len(path) < 3:
            raise ValueError("close() needs at least three points drawn (lineTo, polyline, ...)")
        if path[0].sub(path[-1]).Length < 1e-9:
            path = path[:-1]
        self.ctx.path = None
        self.ctx.pending.append((self.plane, _b.polyline(to_js([c for p in path for c in (p.x, p.y)]))))
        return self.newObject([])

    def wire(self, forConstruction=False):
        return self

    # ---- 3D ---------------------------------------------------------------------------------
    def _pop_pending(self, what):
        if not self.ctx.pending:
            raise ValueError(f"{what}() needs pending wires: draw a rect, circle, polygon or closed polyline first")
        plane = self.ctx.pending[0][0]
        drawings = [d for _, d in self.ctx.pending]
        self.ctx.pending = []
        return plane, drawings

    def _combine(self, result, combine):
        if combine is False:
            return self.newObject([Shape(result)])
        base = self._find_solid(required=combine in ("cut", "s"))
        if base is None:
            return self.newObject([Shape(result)])
        if combine in ("cut", "s"):
            return self.newObject([Shape(_b.cut(base.wrapped, result, True))])
        return self.newObject([Shape(_b.fuse(base.wrapped, result, True))])

    def extrude(self, until, combine=True, clean=True, both=False, taper=None):
        if not isinstance(until, (int, float)):
            raise ValueError("extrude(until) takes a distance here; extruding up to a face is not supported yet")
        if taper:
            raise ValueError("extrude(taper=...) is not supported yet")
        plane, drawings = self._pop_pending("extrude")
        return self._combine(_b.extrude(plane._flat(), to_js(drawings), until, both), combine)

    def cutBlind(self, until, clean=True, both=False, taper=None):
        base = self.findSolid()
        plane, drawings = self._pop_pending("cutBlind")
        tool = _b.extrude(plane._flat(), to_js(drawings), until, both)
        return self.newObject([Shape(_b.cut(base.wrapped, tool, clean))])

    def cutThruAll(self, clean=True, taper=0):
        base = self.findSolid()
        plane, drawings = self._pop_pending("cutThruAll")
        bb = base.BoundingBox()
        reach = bb.DiagonalLength + bb.center.sub(plane.origin).Length + 1.0
        tool = _b.extrude(plane._flat(), to_js(drawings), reach, True)
        return self.newObject([Shape(_b.cut(base.wrapped, tool, clean))])

    def _solids_at(self, make, combine):
        made = [make(p) for p in self._locs()]
        if combine is False:
            return self.newObject([Shape(m) for m in made])
        result = made[0] if len(made) == 1 else _b.compound(to_js(made))
        base = self._find_solid(required=False)
        if base is None:
            return self.newObject([Shape(result)])
        if combine in ("cut", "s"):
            return self.newObject([Shape(_b.cut(base.wrapped, result, True))])
        return self.newObject([Shape(_b.fuse(base.wrapped, result, True))])

    def box(self, length, width, height, centered=True, combine=True, clean=True):
        cx, cy, cz = (centered,) * 3 if isinstance(centered, bool) else centered
        offset = Vector(-length / 2 if cx else 0, -width / 2 if cy else 0, -height / 2 if cz else 0)
        return self._solids_at(lambda p: _b.box(self.plane._flat(), *p.add(offset).toTuple(), length, width, height), combine)

    def cylinder(self, height, radius, direct=None, angle=360, centered=True, combine=True, clean=True):
        if direct is not None and Vector(direct).sub(Vector(0, 0, 1)).Length > 1e-9:
            raise ValueError("cylinder(direct=...) other than the workplane's normal is not supported yet")
        cx, cy, cz = (centered,) * 3 if isinstance(centered, bool) else centered
        offset = Vector(0 if cx else radius, 0 if cy else radius, -height / 2 if cz else 0)
        return self._solids_at(lambda p: _b.cylinder(self.plane._flat(), *p.add(offset).toTuple(), radius, height), combine)

    def sphere(self, radius, direct=None, angle1=-90, angle2=90, angle3=360, centered=True, combine=True, clean=True):
        if (angle1, angle2, angle3) != (-90, 90, 360):
            raise ValueError("sphere() with angles (a partial sphere) is not supported yet")
        cx, cy, cz = (centered,) * 3 if isinstance(centered, bool) else centered
        offset = Vector(0 if cx else radius, 0 if cy else radius, 0 if cz else radius)
        return self._solids_at(lambda p: _b.sphere(*self.plane.toWorldCoords(p.add(offset)).toTuple(), radius), combine)

    def _cut_each(self, tool_at):
        base = self.findSolid()
        return self.newObject([Shape(_combined(_b.cut, base.wrapped, [tool_at(p) for p in self._locs()]))])

    def _depth(self, depth):
        return self.findSolid().BoundingBox().DiagonalLength if depth is None else depth

    def hole(self, diameter, depth=None, clean=True):
        d = self._depth(depth)
        return self._cut_each(lambda p: _b.holeTool(self.plane._flat(), p.x, p.y, p.z, diameter / 2, d, 0, 0, 0))

    def cboreHole(self, diameter, cboreDiameter, cboreDepth, depth=None, clean=True):
        d = self._depth(depth)
        return self._cut_each(lambda p: _b.holeTool(self.plane._flat(), p.x, p.y, p.z, diameter / 2, d, 1, cboreDiameter / 2, cboreDepth))

    def cskHole(self, diameter, cskDiameter, cskAngle, depth=None, clean=True):
        d = self._depth(depth)
        r = cskDiameter / 2
        h = r / math.tan(math.radians(cskAngle / 2))
        return self._cut_each(lambda p: _b.holeTool(self.plane._flat(), p.x, p.y, p.z, diameter / 2, d, 2, r, h))

    def _edge_handles(self):
        edges = self.edges().objects
        if not edges:
            raise ValueError("no edges selected: select edges or faces before fillet/chamfer")
        return to_js([e.wrapped for e in edges])

    def fillet(self, radius):
        base = self.findSolid()
        return self.newObject([Shape(_b.fillet(base.wrapped, radius, self._edge_handles()))])

    def chamfer(self, length, length2=None):
        base = self.findSolid()
        return self.newObject([Shape(_b.chamfer(base.wrapped, length, length2 if length2 is not None else length, self._edge_handles()))])

    # ---- booleans and transforms ------------------------------------------------------------
    def _operand(self, other):
        if isinstance(other, Workplane):
            shapes = [o for o in other.objects if isinstance(o, Shape)] or [other.findSolid()]
        elif isinstance(other, Shape):
            shapes = [other]
        else:
            raise ValueError(f"cannot combine a Workplane with {type(other).__name__}")
        for s in shapes:
            if s._kind not in ("solid", "compound", "compsolid"):
                raise ValueError(f"a boolean needs solids, not a {s._kind}")
        return shapes

    def union(self, toUnion=None, clean=True, glue=False, tol=None):
        base = self._find_solid(required=False)
        shapes = [] if toUnion is None else [s.wrapped for s in self._operand(toUnion)]
        if base is None:
            if not shapes:
                raise ValueError("union() found no solid to combine")
            return self.newObject([Shape(_combined(_b.fuse, shapes[0], shapes[1:], clean))])
        return self.newObject([Shape(_combined(_b.fuse, base.wrapped, shapes, clean))])

    def cut(self, toCut, clean=True, tol=None):
        base = self.findSolid()
        return self.newObject([Shape(_combined(_b.cut, base.wrapped, [s.wrapped for s in self._operand(toCut)], clean))])

    def intersect(self, toIntersect, clean=True, tol=None):
        base = self.findSolid()
        return self.newObject([Shape(_combined(_b.intersect, base.wrapped, [s.wrapped for s in self._operand(toIntersect)], clean))])

    __add__ = __or__ = lambda self, other: self.union(other)
    __sub__ = lambda self, other: self.cut(other)
    __and__ = __mul__ = lambda self, other: self.intersect(other)

    def clean(self):
        return self.newObject([Shape(_b.clean(o.wrapped)) if isinstance(o, Shape) and o._kind in ("solid", "compound") else o for o in self.objects])

    def _each_shape(self, fn):
        return self.newObject([fn(o) if isinstance(o, Shape) else o for o in self.objects])

    def translate(self, vec):
        return self._each_shape(lambda s: s.translate(vec))

    def rotate(self, axisStartPoint, axisEndPoint, angleDegrees):
        return self._each_shape(lambda s: s.rotate(axisStartPoint, axisEndPoint, angleDegrees))

    def rotateAboutCenter(self, axisEndPoint, angleDegrees):
        return self._each_shape(lambda s: s.rotate(s.Center(), s.Center().add(axisEndPoint), angleDegrees))

    def mirror(self, mirrorPlane="XY", basePointVector=(0, 0, 0), union=False):
        mirrored = self.findSolid().mirror(mirrorPlane, basePointVector)
        return self.union(mirrored) if union else self.newObject([mirrored])


def _rotated(v, axis, degrees):
    """`v` turned about the unit vector `axis` (Rodrigues' formula)."""
    if not degrees:
        return v
    k = axis.normalized()
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return v.multiply(c).add(k.cross(v).multiply(s)).add(k.multiply(k.dot(v) * (1 - c)))


def _turned(v, degrees):
    """A local 2D offset turned about the workplane's normal."""
    if not degrees:
        return v
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return Vector(v.x * c - v.y * s, v.x * s + v.y * c, v.z)


def _x_dir_for(normal):
    x = Vector(0, 0, 1).cross(normal)
    return Vector(1, 0, 0) if x.Length < 1e-6 else x


def _unique(items):
    out, seen = [], []
    for item in items:
        if isinstance(item, Vertex):
            if any(isinstance(s, Vertex) and s._point == item._point for s in seen):
                continue
        elif isinstance(item, Shape) and item._kind in ("edge", "face"):
            if any(isinstance(s, Shape) and s._kind == item._kind and s._info["center"] == item._info["center"] and _same_extent(s, item) for s in seen):
                continue
        seen.append(item)
        out.append(item)
    return out


def _same_extent(a, b):
    if a._kind == "edge":
        return set(v.toTuple() for v in a._info["ends"]) == set(v.toTuple() for v in b._info["ends"])
    return a._info["normal"] == b._info["normal"]

