"""CadQuery's Sketch: faces made by shapes (rect, circle, slot, ...) at the selected locations and
combined by mode, or by edges (segment, arc) assembled into faces; a Workplane places it at the
locations of its stack and extrudes or cuts its faces.

A sketch's faces are one replicad Drawing in the sketch's own XY plane (the bridge's sketch*
functions), so modes, fillets and chamfers are exact 2D operations. Selection measures those faces
as 3D faces lying in that plane, which is what CadQuery's selectors and tags see."""
import math
from pyodide.ffi import to_js
import _cadforge_bridge as _b
from _cadforge_selectors import filter_objects as _filter
from _cadforge_shapes import _CQObject, Plane, Shape, Vector, Vertex, _edges_of, _faces_of, _vertices_of

_MODES = ("a", "s", "i", "r", "c")
_TOL = 1e-6


class _SketchLoc(_CQObject):
    """A location of the sketch: a point of its plane and a turn (degrees) about its normal; `z`
    is the offset along the normal of a Workplane stack item the sketch was placed at."""

    def __init__(self, x=0.0, y=0.0, angle=0.0, z=0.0):
        self.x, self.y, self.angle, self.z = float(x), float(y), float(angle), float(z)

    def Center(self):
        return Vector(self.x, self.y, 0)

    def __mul__(self, other):
        """CadQuery's `l * el`: `other` placed, then moved by this location."""
        c, s = math.cos(math.radians(self.angle)), math.sin(math.radians(self.angle))
        return _SketchLoc(self.x + c * other.x - s * other.y, self.y + s * other.x + c * other.y, self.angle + other.angle, self.z)


class _SketchEdge(_CQObject):
    """An edge drawn with segment() or arc(): points in the sketch's plane, built into a face by assemble()."""

    def __init__(self, kind, points, forConstruction, radius=0.0):
        self.kind = kind  # "line" (start, end), "arc" (start, middle, end) or "circle" (centre, start)
        self.points = [Vector(p) for p in points]
        self.forConstruction = forConstruction
        self.radius = radius

    def startPoint(self):
        return self.points[1] if self.kind == "circle" else self.points[0]

    def endPoint(self):
        return self.points[1] if self.kind == "circle" else self.points[-1]

    def Center(self):
        return self.points[0] if self.kind == "circle" else self.points[0].add(self.points[-1]).multiply(0.5)

    def Vertices(self):
        ends = [self.startPoint()] if self.startPoint() == self.endPoint() else [self.startPoint(), self.endPoint()]
        return [Vertex(p) for p in ends]

    def reversed(self):
        return _SketchEdge(self.kind, self.points[::-1], self.forConstruction)

    def flat(self):
        if self.kind == "circle":
            return [2, self.points[0].x, self.points[0].y, self.radius]
        return [0 if self.kind == "line" else 1] + [c for p in self.points for c in (p.x, p.y)]


def _is_point(v):
    return isinstance(v, (Vector, tuple, list)) and len(tuple(v)) in (2, 3)


def _is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _trailing(rest, what):
    """The optional (tag, forConstruction) that follow an edge's geometry, positional or not."""
    if len(rest) > 2:
        raise ValueError(f"{what}() got {len(rest)} arguments after its points: only tag and forConstruction may follow")
    return rest


class Sketch(_CQObject):
    def __init__(self, parent=None, locs=None, obj=None):
        self.parent = parent
        self.locs = [_SketchLoc()] if locs is None else list(locs)
        self._plane = None  # the Workplane's plane, once placed on one
        self._drawing = None if obj is None else _drawing_of(obj)
        self._measured = None  # (drawing, its faces as one compound Shape)
        self._edges = []
        self._selection = None
        self._tags = {}

    # ---- what the sketch holds ----------------------------------------------------------------
    @property
    def _faces(self):
        """The faces as one compound lying in the sketch's XY plane (empty when it has none)."""
        if self._drawing is None:
            return Shape(_b.compound(to_js([])), "compound")
        if self._measured is None or self._measured[0] is not self._drawing:
            self._measured = (self._drawing, Shape(_b.sketchFaces(self._drawing), "compound"))
        return self._measured[1]

    def val(self):
        if self._selection is not None:
            return self._selection[0]
        if self._drawing is None and self._edges:
            return self._edges[0]
        return self._faces

    def vals(self):
        if self._selection is not None:
            return list(self._selection)
        if self._drawing is None and self._edges:
            return list(self._edges)
        return [self._faces]

    def finalize(self):
        return self.parent

    def _copy(self):
        s = Sketch(self.parent, self.locs)
        s._plane, s._drawing, s._edges, s._tags = self._plane, self._drawing, list(self._edges), dict(self._tags)
        return s

    # ---- faces, combined by mode ----------------------------------------------------------------
    def _locations(self, ignore_selection=False):
        if self._selection and not ignore_selection:
            return [el if isinstance(el, _SketchLoc) else _SketchLoc(el.Center().x, el.Center().y) for el in self._selection]
        return [_SketchLoc()]

    def _each(self, drawing, angle, mode, tag, ignore_selection=False):
        """`drawing` turned `angle` degrees, placed at each location, combined into the faces by `mode`."""
        if mode not in _MODES:
            raise ValueError(f"Invalid mode: {mode!r}: use 'a' (add), 's' (subtract), 'i' (intersect), 'r' (replace) or 'c' (construction)")
        if mode == "c" and not tag:
            raise ValueError("No tag specified - the geometry will be unreachable: mode='c' needs tag=...")
        placed = [_b.sketchPlaced(drawing, loc.x, loc.y, loc.angle + angle) for loc in self._locations(ignore_selection)]
        made = placed[0]
        for d in placed[1:]:
            made = _b.sketchFuse(made, d)
        if tag:
            self._tags[tag] = [Shape(_b.sketchFaces(d), "compound") for d in placed]
        if mode == "a":
            self._drawing = made if self._drawing is None else _b.sketchFuse(self._drawing, made)
        elif mode == "s" and self._drawing is not None:
            self._drawing = _b.sketchCut(self._drawing, made)
        elif mode == "i" and self._drawing is not None:
            self._drawing = _b.sketchIntersect(self._drawing, made)
        elif mode == "r":
            self._drawing = made
        return self

    def face(self, b, angle=0, mode="a", tag=None, ignore_selection=False):
        if isinstance(b, Sketch):
            if b._drawing is None:
                raise ValueError("face() got a Sketch with no faces")
            drawing = b._drawing
        elif isinstance(b, Shape):
            drawing = _drawing_of(b)
        elif isinstance(b, (list, tuple)) or hasattr(b, "__next__"):
            drawing = _assembled([e for e in b])
        else:
            raise ValueError(f"Unsupported argument {type(b).__name__}: face() takes a Sketch, a face, a closed wire or edges")
        return self._each(drawing, angle, mode, tag, ignore_selection)

    def rect(self, w, h, angle=0, mode="a", tag=None):
        return self._each(_b.sketchRect(w, h), angle, mode, tag)

    def circle(self, r, mode="a", tag=None):
        return self._each(_b.sketchCircle(r), 0, mode, tag)

    def ellipse(self, a1, a2, angle=0, mode="a", tag=None):
        return self._each(_b.sketchEllipse(a1, a2), angle, mode, tag)

    def trapezoid(self, w, h, a1, a2=None, angle=0, mode="a", tag=None):
        top_left = -w / 2 + h / math.tan(math.radians(a1))
        top_right = w / 2 - h / math.tan(math.radians(a2 if a2 else a1))
        return self.polygon([(-w / 2, -h / 2), (w / 2, -h / 2), (top_right, h / 2), (top_left, h / 2)], angle, mode, tag)

    def slot(self, w, h, angle=0, mode="a", tag=None):
        return self._each(_b.sketchSlot(w, h), angle, mode, tag)

    def regularPolygon(self, r, n, angle=0, mode="a", tag=None):
        # CadQuery puts the first corner on +y.
        corners = [(r * math.sin(i * 2 * math.pi / n), r * math.cos(i * 2 * math.pi / n)) for i in range(n)]
        return self.polygon(corners, angle, mode, tag)

    def polygon(self, pts, angle=0, mode="a", tag=None):
        points = [Vector(p) for p in pts]
        if len(points) > 1 and points[0] == points[-1]:
            points = points[:-1]
        if len(points) < 3:
            raise ValueError(f"polygon() needs at least three distinct points, got {len(points)}")
        return self._each(_b.sketchPolygon(to_js([c for p in points for c in (p.x, p.y)])), angle, mode, tag)

    def hull(self, mode="a", tag=None):
        raise ValueError("Sketch.hull() is not supported by CADForge's CadQuery: draw the outline with segment() and arc()")

    def clean(self):
        # Faces are fused as 2D regions, which leaves no internal wires: already what clean() makes.
        return self

    # ---- locations ----------------------------------------------------------------------------
    def push(self, locs, tag=None):
        selection = []
        for loc in locs:
            if isinstance(loc, _SketchLoc):
                selection.append(loc)
            elif _is_point(loc):
                selection.append(_SketchLoc(*Vector(loc).toTuple()[:2]))
            else:
                raise ValueError(f"push() takes points (x, y) or the sketch's locations, not {type(loc).__name__}")
        self._selection = selection
        if tag:
            self._tags[tag] = list(selection)
        return self

    def rarray(self, xs, ys, nx, ny):
        if nx < 1 or ny < 1:
            raise ValueError(f"At least 1 elements required, requested {nx}, {ny}")
        offset = ((nx - 1) * xs / 2, (ny - 1) * ys / 2)
        grid = [_SketchLoc(i * xs - offset[0], j * ys - offset[1]) for i in range(nx) for j in range(ny)]
        return self.push([g * el for g in grid for el in self._locations()])

    def parray(self, r, a1, da, n, rotate=True):
        if n < 1:
            raise ValueError(f"At least 1 element required, requested {n}")
        if abs(math.remainder(da, 360)) < _TOL:
            step = da / n
        else:
            step = da / (n - 1) if n > 1 else a1
        out = []
        for i in range(n):
            phi = a1 + step * i
            at = _SketchLoc(r * math.cos(math.radians(phi)), r * math.sin(math.radians(phi)))
            for el in self._locations():
                out.append(at * el * _SketchLoc(0, 0, phi if rotate else 0))
        return self.push(out)

    def each(self, callback, mode="a", tag=None, ignore_selection=False):
        drawings = []
        for loc in self._locations(ignore_selection):
            made = callback(loc)
            if not isinstance(made, (Sketch, Shape)):
                raise ValueError(f"each() callback returned {type(made).__name__}: it must return a Sketch or a face")
            drawings.append(made._drawing if isinstance(made, Sketch) else _drawing_of(made))
        made = drawings[0]
        for d in drawings[1:]:
            made = _b.sketchFuse(made, d)
        return self._each(made, 0, mode, tag, ignore_selection=True)

    # ---- selection ----------------------------------------------------------------------------
    def _select(self, selector, collect, tag):
        if tag:
            if tag not in self._tags:
                raise ValueError(f"no tag named '{tag}' in this sketch")
            sources = self._tags[tag]
        elif self._selection:
            sources = [el for el in self._selection if not isinstance(el, _SketchLoc)]
        else:
            sources = ([self._faces] if self._drawing is not None else []) + list(self._edges)
        found = []
        for source in sources:
            found.extend(collect(source))
        found = _unique(found)
        if selector is not None:
            found = _filter(found, selector)
        self._selection = found
        return self

    def faces(self, s=None, tag=None):
        return self._select(s, lambda o: _faces_of(o) if isinstance(o, Shape) else [], tag)

    def wires(self, s=None, tag=None):
        return self._select(s, lambda o: [Shape(w, "wire") for w in _b.sketchWires(o.wrapped)] if isinstance(o, Shape) else [], tag)

    def edges(self, s=None, tag=None):
        return self._select(s, lambda o: _edges_of(o) if isinstance(o, Shape) else [o] if isinstance(o, _SketchEdge) else [], tag)

    def vertices(self, s=None, tag=None):
        return self._select(s, lambda o: o.Vertices() if isinstance(o, _SketchEdge) else _vertices_of(o), tag)

    def tag(self, tag):
        if not self._selection:
            raise ValueError("Selection is needed to tag")
        self._tags[tag] = list(self._selection)
        return self

    def select(self, *tags):
        self._selection = []
        for tag in tags:
            if tag not in self._tags:
                raise ValueError(f"no tag named '{tag}' in this sketch")
            self._selection.extend(self._tags[tag])
        return self

    def reset(self):
        self._selection = None
        return self

    # ---- corners ------------------------------------------------------------------------------
    def _corners(self):
        points = [v for v in (self._selection or []) if isinstance(v, Vertex)]
        if not points:
            raise ValueError("Selection is needed to match vertices to faces: select vertices() before fillet() or chamfer()")
        return to_js([c for v in points for c in (v.X, v.Y)])

    def fillet(self, d):
        self._drawing = _b.sketchFillet(self._drawing, d, self._corners())
        return self

    def chamfer(self, d):
        self._drawing = _b.sketchChamfer(self._drawing, d, self._corners())
        return self

    # ---- edges ------------------------------------------------------------------------------------
    def _startPoint(self):
        if not self._edges:
            raise ValueError("No free edges available")
        mode = self._edges[-1].forConstruction
        return next(e for e in self._edges if e.forConstruction == mode).startPoint()

    def _endPoint(self):
        if not self._edges:
            raise ValueError("No free edges available: start with segment(p1, p2) or arc(p1, p2, p3)")
        return self._edges[-1].endPoint()

    def _edge(self, edge, tag):
        self._edges.append(edge)
        if tag:
            self._tags[tag] = [edge]
        return self

    def edge(self, val, tag=None, forConstruction=False):
        if not isinstance(val, _SketchEdge):
            raise ValueError(f"edge() takes an edge made by this sketch's segment() or arc(), not {type(val).__name__}")
        return self._edge(_SketchEdge(val.kind, val.points, forConstruction, val.radius), tag)

    def segment(self, *args, tag=None, forConstruction=False):
        """segment(p1, p2), segment(p2) from the last edge's end, or segment(length, angle) from it."""
        if len(args) >= 2 and _is_number(args[0]) and _is_number(args[1]):
            length, angle, rest = args[0], args[1], args[2:]
            start = self._endPoint()
            points = [start, start.add((length * math.cos(math.radians(angle)), length * math.sin(math.radians(angle))))]
        elif len(args) >= 2 and _is_point(args[0]) and _is_point(args[1]):
            points, rest = [args[0], args[1]], args[2:]
        elif len(args) >= 1 and _is_point(args[0]):
            points, rest = [self._endPoint(), args[0]], args[1:]
        else:
            raise ValueError("segment() takes (p1, p2), (p2) or (length, angle)")
        tag, forConstruction = (list(_trailing(rest, "segment")) + [tag, forConstruction][len(rest):])[:2]
        return self._edge(_SketchEdge("line", points, forConstruction), tag)

    def arc(self, *args, tag=None, forConstruction=False):
        """arc(p1, p2, p3) through three points, arc(p2, p3) from the last edge's end, or
        arc(centre, radius, start angle, sweep angle)."""
        if len(args) >= 4 and _is_point(args[0]) and all(_is_number(a) for a in args[1:4]):
            c, r, a, da = Vector(args[0]), args[1], args[2], args[3]
            rest = args[4:]
            at = lambda phi: c.add((r * math.cos(math.radians(phi)), r * math.sin(math.radians(phi))))
            edge = _SketchEdge("circle", [c, at(a)], False, r) if abs(da) >= 360 else _SketchEdge("arc", [at(a), at(a + da / 2), at(a + da)], False)
        elif len(args) >= 3 and all(_is_point(a) for a in args[:3]):
            edge, rest = _SketchEdge("arc", args[:3], False), args[3:]
        elif len(args) >= 2 and all(_is_point(a) for a in args[:2]):
            edge, rest = _SketchEdge("arc", [self._endPoint(), args[0], args[1]], False), args[2:]
        else:
            raise ValueError("arc() takes (p1, p2, p3), (p2, p3) or (centre, radius, start angle, sweep angle)")
        tag, forConstruction = (list(_trailing(rest, "arc")) + [tag, forConstruction][len(rest):])[:2]
        edge.forConstruction = forConstruction
        return self._edge(edge, tag)

    def close(self, tag=None):
        end, start = self._endPoint(), self._startPoint()
        if end.sub(start).Length < _TOL:
            # Already closed: a segment from a point to itself would be no edge at all.
            return self
        return self.segment(end, start, tag)

    def assemble(self, mode="a", tag=None):
        return self._each(_assembled([e for e in self._edges if not e.forConstruction]), 0, mode, tag)


def _drawing_of(shape):
    """The outline of a face or closed wire (or of each face of a compound) lying in the sketch's XY plane."""
    if not isinstance(shape, Shape) or shape._kind not in ("face", "wire", "compound"):
        raise ValueError(f"a sketch takes faces or closed wires, not {shape!r}")
    faces = [shape] if shape._kind in ("face", "wire") else _faces_of(shape)
    if not faces:
        raise ValueError("the shape given to the sketch has no faces")
    drawing = _b.sketchOfFace(faces[0].wrapped)
    for f in faces[1:]:
        drawing = _b.sketchFuse(drawing, _b.sketchOfFace(f.wrapped))
    return drawing


def _assembled(edges):
    """One region from edges that form closed loops: a loop inside another is a hole in it, and a
    loop inside a hole an island, as CadQuery's wires make one face with holes."""
    if not edges:
        raise ValueError("assemble() needs edges: draw them with segment() and arc() first")
    if not all(isinstance(e, _SketchEdge) for e in edges):
        raise ValueError("face() takes edges made by this sketch's segment() and arc()")
    loops = _loops(edges)
    boxes = [_box(loop) for loop in loops]
    order = sorted(range(len(loops)), key=lambda i: -(boxes[i][2] - boxes[i][0]) * (boxes[i][3] - boxes[i][1]))
    depth = {}
    for k, i in enumerate(order):
        depth[i] = 0
        for j in reversed(order[:k]):
            if all(boxes[j][a] - _TOL <= boxes[i][a] for a in (0, 1)) and all(boxes[i][a] <= boxes[j][a] + _TOL for a in (2, 3)):
                depth[i] = depth[j] + 1
                break
    region = None
    for i in sorted(order, key=lambda i: depth[i]):
        drawing = _b.sketchLoop(to_js([e.flat() for e in loops[i]]))
        if region is None:
            region = drawing
        elif depth[i] % 2:
            region = _b.sketchCut(region, drawing)
        else:
            region = _b.sketchFuse(region, drawing)
    return region


def _loops(edges):
    """The edges chained end to start into closed loops (an edge may be walked backwards)."""
    remaining = list(edges)
    loops = []
    while remaining:
        edge = remaining.pop(0)
        loop = [edge]
        while edge.kind != "circle" and loop[-1].endPoint().sub(loop[0].startPoint()).Length > _TOL:
            end = loop[-1].endPoint()
            nxt = next((e for e in remaining if e.kind != "circle" and (e.startPoint().sub(end).Length < _TOL or e.endPoint().sub(end).Length < _TOL)), None)
            if nxt is None:
                raise ValueError(f"the sketch's edges do not close: an edge ends at ({end.x:g}, {end.y:g}) where no other edge starts; close() the outline")
            remaining.remove(nxt)
            loop.append(nxt if nxt.startPoint().sub(end).Length < _TOL else nxt.reversed())
        loops.append(loop)
    return loops


def _box(loop):
    if loop[0].kind == "circle":
        c, r = loop[0].points[0], loop[0].radius
        return (c.x - r, c.y - r, c.x + r, c.y + r)
    points = [p for e in loop for p in e.points]
    return (min(p.x for p in points), min(p.y for p in points), max(p.x for p in points), max(p.y for p in points))


def _unique(items):
    out = []
    for item in items:
        if isinstance(item, Vertex) and any(isinstance(o, Vertex) and o.Center().sub(item.Center()).Length < _TOL for o in out):
            continue
        if any(o is item for o in out):
            continue
        out.append(item)
    return out


class SketchPlacing:
    """The Workplane's side of sketches: sketch(), placeSketch(), and the faces its extrude,
    cutBlind and cutThruAll take from the sketches on the stack, at the stack's locations."""

    def sketch(self):
        parent = self.newObject([])
        s = Sketch(parent, self._sketch_locs())
        s._plane = self.plane
        parent.objects.append(s)
        return s

    def placeSketch(self, *sketches):
        placed = []
        for s in sketches:
            if not isinstance(s, Sketch):
                raise ValueError(f"placeSketch() takes Sketch objects, not {type(s).__name__}")
            copy = s._copy()
            copy.locs, copy._plane = self._sketch_locs(), self.plane
            placed.append(copy)
        return self.newObject(placed)

    def _sketch_locs(self):
        return [_SketchLoc(p.x, p.y, turn, p.z) for p, turn in self._turned_locs()]

    def _placed_sketches(self):
        """(plane, drawings) of the stack's sketches at their locations, or None if it holds none."""
        sketches = [o for o in self.objects if isinstance(o, Sketch)]
        if not sketches:
            return None
        plane = sketches[0]._plane or self.plane
        locs = [loc for s in sketches for loc in s.locs]
        if any(abs(loc.z - locs[0].z) > _TOL for loc in locs) or any(s._plane is not None and s._plane is not plane for s in sketches):
            raise ValueError("the sketches on the stack lie in different planes: extrude them from separate workplanes")
        drawings = []
        for s in sketches:
            if s._drawing is None:
                raise ValueError("the sketch has no faces to extrude: add shapes (rect, circle, ...) or assemble() its edges")
            drawings.extend(_b.sketchPlaced(s._drawing, loc.x, loc.y, loc.angle) for loc in s.locs)
        return Plane(plane.toWorldCoords((0, 0, locs[0].z)), plane.xDir, plane.zDir), drawings
