"""CadQuery's Workplane: the chain's stack, its plane and its pending wires, with CadQuery's
semantics (centred primitives, the default "ProjectedOrigin" rule of workplane()); the geometry is
made by the bridge."""
import math
from pyodide.ffi import to_js
import _cadforge_bridge as _b
from _cadforge_selectors import filter_objects as _filter
from _cadforge_sketch import SketchPlacing
from _cadforge_shapes import (
    _CQObject,
    Vector,
    Plane,
    BoundingBox,
    Vertex,
    Shape,
    _combined,
    _faces_of,
    _edges_of,
    _vertices_of,
    _Location,
    _ConstructionWire,
    _rotated,
)
from _cadforge_curves import CurveMethods
from _cadforge_turned import TurnedMethods
import _cadforge_path as _path
from _cadforge_solid_ops import SolidOperations
from _cadforge_location import Location


class _Context:
    def __init__(self):
        self.pending = []  # (plane, replicad drawing)
        self.path = None  # the open _cadforge_path.Path being drawn, in local coordinates


class Workplane(SketchPlacing, CurveMethods, TurnedMethods, SolidOperations, _CQObject):
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
        """CadQuery adds to this Workplane's own stack and answers it: `s.add(a).add(b)` grows `s`."""
        if isinstance(obj, Workplane):
            self.objects.extend(obj.objects)
        elif isinstance(obj, list):
            self.objects.extend(obj)
        else:
            self.objects.append(obj)
        return self

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
            if isinstance(o, (Vector, Vertex, Shape, _Location, Location)):
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
            points.append(p.Center() if isinstance(p, (Vector, Vertex, Shape, Location)) else self.plane.toWorldCoords(p))
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
            return self.ctx.path.end
        return Vector(0, 0, 0)

    def moveTo(self, x=0, y=0):
        self._finish_closed_path()
        self.ctx.path = _path.Path(Vector(x, y), self.plane)
        return self.newObject([self.plane.toWorldCoords((x, y))])

    def move(self, xDist=0, yDist=0):
        p = self._current_point()
        return self.moveTo(p.x + xDist, p.y + yDist)

    def lineTo(self, x, y, forConstruction=False):
        path = self._path_from()
        path.add(_path.line(path.end, Vector(x, y)))
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
        path = self._path_from(points[0])
        for p in points[1:]:
            path.add(_path.line(path.end, p))
        return self.newObject([self.plane.toWorldCoords(points[-1])])

    def close(self):
        path = self.ctx.path
        if path is None or not path.segments:
            raise ValueError("close() needs edges drawn first (lineTo, polyline, threePointArc, ...)")
        if not path.is_closed():
            path.add(_path.line(path.end, path.start))
        if path.only_lines() and len(path.segments) < 3:
            raise ValueError("close() needs at least three points drawn, or a curve: these edges enclose no area")
        self.ctx.path = None
        self._push_path(path)
        return self.newObject([])

    def wire(self, forConstruction=False):
        return self

    # ---- 3D ---------------------------------------------------------------------------------
    def _pop_pending(self, what):
        sketched = self._placed_sketches()
        if sketched is not None:
            return sketched
        self._finish_closed_path()
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
