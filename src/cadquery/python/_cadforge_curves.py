"""The Workplane's curves: arcs, splines, elliptic arcs, slots and the mirrors that join a path to
its reflection, with CadQuery's semantics. They extend the pending path (_cadforge_path) in the
workplane's local coordinates; close() or a joining mirror turns it into a pending outline that
extrude, cut, hole-nesting and revolve take like any other."""
import math
from pyodide.ffi import to_js
import _cadforge_bridge as _b
from _cadforge_shapes import Vector, _CQObject
import _cadforge_path as _p

_GAP = 1e-6


def _local(point, what):
    v = Vector(point)
    if abs(v.z) > 1e-9:
        raise ValueError(f"{what}: the point ({v.x:g}, {v.y:g}, {v.z:g}) is off the workplane; only 2D points (x, y) are supported")
    return Vector(v.x, v.y)


class CurveMethods:
    """Mixed into Workplane: each method adds to `self.ctx.path` (or the pending outlines)."""

    def _path_from(self, start=None):
        """The path a new segment extends: the open one, or a new one from `start` (the plane's
        origin by default). A segment that would leave a gap after the path's last one fails."""
        path = self.ctx.path
        if path is None or (start is not None and not path.segments):
            path = self.ctx.path = _p.Path(start if start is not None else Vector(0, 0), self.plane)
        elif start is not None and path.end.sub(start).Length > _GAP:
            end = path.end
            raise ValueError(f"the new edge starts at ({start.x:g}, {start.y:g}) but the path drawn so far ends at ({end.x:g}, {end.y:g}): the wire would have a gap")
        return path

    def _extended(self, segment, forConstruction):
        plane = self.plane
        if not forConstruction:
            path = self._path_from(segment.start)
            path.add(segment)
            plane = path.plane
        return self.newObject([PathEdge(segment, plane)])

    def _push_path(self, path):
        self.ctx.pending.append((path.plane, _b.outline(to_js(path.flat()))))

    def _finish_closed_path(self):
        """A path that came back to its start is a closed wire even without close(), as CadQuery
        consolidates pending edges before extruding or revolving."""
        path = self.ctx.path
        if path is not None and path.is_closed():
            self.ctx.path = None
            self._push_path(path)

    def threePointArc(self, point1, point2, forConstruction=False):
        start = self._current_point()
        arc = _p.three_point_arc(start, _local(point1, "threePointArc"), _local(point2, "threePointArc"))
        return self._extended(arc, forConstruction)

    def sagittaArc(self, endPoint, sag, forConstruction=False):
        start = self._current_point()
        end = _local(endPoint, "sagittaArc")
        if end.sub(start).Length < _GAP:
            raise ValueError("sagittaArc: the end point is the current point")
        if sag == 0:
            raise ValueError("sagittaArc: sag is 0, which is a line (use lineTo)")
        return self.threePointArc(_p.sagitta_point(start, end, sag), end, forConstruction)

    def radiusArc(self, endPoint, radius, forConstruction=False):
        start = self._current_point()
        end = _local(endPoint, "radiusArc")
        return self.sagittaArc(end, _p.radius_sagitta(start, end, radius), forConstruction)

    def tangentArcPoint(self, endpoint, forConstruction=False, relative=True):
        path = self.ctx.path
        if path is None or not path.segments:
            raise RuntimeError("tangentArcPoint() needs the previous object to be an edge: draw a line, an arc or a spline before it")
        end = _local(endpoint, "tangentArcPoint")
        if relative:
            end = end.add(path.end)
        return self._extended(_p.tangent_arc(path.end, path.end_tangent(), end), forConstruction)

    def spline(self, listOfXYTuple, tangents=None, periodic=False, parameters=None, scale=True, tol=None, forConstruction=False, includeCurrent=False, makeWire=False):
        if makeWire:
            raise ValueError("spline(makeWire=True) is not supported here: the spline joins the pending wire")
        points = [_local(p, "spline") for p in listOfXYTuple]
        if includeCurrent:
            points.insert(0, self._current_point())
        if parameters is not None and len(parameters) != len(points) + bool(periodic):
            raise ValueError(
                f"There must be one parameter for each interpolation point (plus one if periodic), or none specified. Parameter count: {len(parameters)}, point count: {len(points)}"
            )
        tol = 1e-6 if tol is None else tol
        if periodic:
            if tangents:
                raise ValueError("spline(periodic=True) with tangents= is not supported here: the closed spline takes its own tangent at the first point")
            return self._extended(_p.periodic_spline(points, parameters, tol), forConstruction)
        given = None
        if tangents:
            tangents = [None if t is None else _local(t, "spline tangent") for t in tangents]
            if len(tangents) == 2 and len(points) != 2:
                given = [tangents[0]] + [None] * (len(points) - 2) + [tangents[1]]
            elif len(tangents) == len(points):
                given = tangents
            else:
                raise ValueError(f"There must be one tangent for each interpolation point, or just two end point tangents. Tangent count: {len(tangents)}, point count: {len(points)}")
        spline = _p.interpolating_spline(points, given, parameters, scale, tol)
        return self._extended(spline, forConstruction)

    def ellipseArc(self, x_radius, y_radius, angle1=360, angle2=360, rotation_angle=0.0, sense=1, forConstruction=False, startAtCurrent=True, makeWire=False):
        current = self._current_point()
        arc = _p.ellipse_arc(current, x_radius, y_radius, angle1, angle2, rotation_angle, sense)
        if startAtCurrent:
            arc = arc.moved(current.sub(arc.start))
        if makeWire:
            if forConstruction:
                return self.newObject([self.plane.toWorldCoords(arc.end)])
            if arc.end.sub(arc.start).Length > _GAP:
                raise ValueError("ellipseArc(makeWire=True) of an open arc is not supported here: it makes an open wire that cannot be extruded")
            path = _p.Path(arc.start, self.plane)
            path.add(arc)
            self._push_path(path)
            return self.newObject([self.plane.toWorldCoords(arc.end)])
        return self._extended(arc, forConstruction)

    def slot2D(self, length, diameter, angle=0):
        if diameter <= 0 or length <= diameter:
            raise ValueError(f"slot2D: length ({length:g}) must exceed diameter ({diameter:g}), both positive")
        r = diameter / 2
        half = length / 2 - r

        def make(x, y, turn):
            turned = lambda px, py: _turned_about(Vector(px, py), angle + turn).add((x, y, 0))
            path = _p.Path(turned(-half, r), self.plane)
            path.add(_p.line(path.end, turned(half, r)))
            path.add(_p.three_point_arc(path.end, turned(half + r, 0), turned(half, -r)))
            path.add(_p.line(path.end, turned(-half, -r)))
            path.add(_p.three_point_arc(path.end, turned(-half - r, 0), turned(-half, r)))
            return _b.outline(to_js(path.flat()))

        return self._pending(make)

    def mirrorX(self):
        return self._mirrored(lambda p: Vector(p.x, -p.y), "X", (1, 0))

    def mirrorY(self):
        return self._mirrored(lambda p: Vector(-p.x, p.y), "Y", (0, 1))

    def _mirrored(self, mirror, axis, direction):
        """CadQuery's mirrorX/mirrorY: the pending wires and their reflections across the
        workplane's axis, an open path joined to its own reflection where they meet."""
        path = self.ctx.path
        if path is not None and path.segments and not path.is_closed():
            self.ctx.path = None
            on_axis = lambda p: p.sub(mirror(p)).Length < _GAP
            image = path.mirrored(mirror).reversed()
            if on_axis(path.end):
                joined = path
                joined.segments += image.segments
            elif on_axis(path.start):
                joined = image
                joined.segments += path.segments
            else:
                raise ValueError(
                    f"mirror{axis}: the path from ({path.start.x:g}, {path.start.y:g}) to ({path.end.x:g}, {path.end.y:g}) touches the {axis} axis at neither end, so it cannot join its reflection into one wire"
                )
            if joined.is_closed():
                self._push_path(joined)
            else:
                self.ctx.path = joined
            return self.newObject([])
        self._finish_closed_path()
        if not self.ctx.pending:
            raise ValueError(f"mirror{axis}() needs pending edges or wires to mirror: draw them first")
        for plane, drawing in list(self.ctx.pending):
            if not _same_plane(plane, self.plane):
                raise ValueError(f"mirror{axis}(): a pending wire lies on another workplane than the one it would be mirrored in")
            self.ctx.pending.append((plane, _b.mirrorOutline(drawing, *direction)))
        return self.newObject([])


def _turned_about(v, degrees):
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return Vector(v.x * c - v.y * s, v.x * s + v.y * c)


def _same_plane(a, b):
    return a is b or (a.origin == b.origin and a.xDir == b.xDir and a.zDir == b.zDir)


class PathEdge(_CQObject):
    """What a drawing method leaves on the stack, as CadQuery leaves the edge it made: its ends and
    points along it, in world coordinates, read from the path's own geometry (no kernel call)."""

    _TYPES = {"_Line": "LINE", "_Arc": "CIRCLE", "_Spline": "BSPLINE", "_EllipseArc": "ELLIPSE"}

    def __init__(self, segment, plane):
        self._segment, self._plane = segment, plane

    def geomType(self):
        return self._TYPES[type(self._segment).__name__]

    def startPoint(self):
        return self._plane.toWorldCoords(self._segment.start)

    def endPoint(self):
        return self._plane.toWorldCoords(self._segment.end)

    def positionAt(self, d, mode="length"):
        if mode == "parameter":
            if not hasattr(self._segment, "at"):
                raise ValueError(f"positionAt(mode='parameter') is supported here on splines, not on a {self.geomType()} edge")
            return self._plane.toWorldCoords(self._segment.at(d))
        if mode != "length":
            raise ValueError(f"positionAt: mode must be 'length' or 'parameter', not {mode!r}")
        return self._plane.toWorldCoords(_point_at_fraction(self._segment, d))

    def IsClosed(self):
        return self._segment.start.sub(self._segment.end).Length < _GAP

    def Length(self):
        return _lengths(self._segment)[-1]


_SAMPLES = 512


def _lengths(segment):
    points = [segment.along(i / _SAMPLES) for i in range(_SAMPLES + 1)]
    out = [0.0]
    for a, b in zip(points, points[1:]):
        out.append(out[-1] + b.sub(a).Length)
    return out


def _point_at_fraction(segment, fraction):
    """The point `fraction` of the way along the segment by length (sampled: 1/512 of it at worst)."""
    if not 0 <= fraction <= 1:
        raise ValueError(f"positionAt: {fraction:g} is not a fraction of the length between 0 and 1")
    lengths = _lengths(segment)
    target = fraction * lengths[-1]
    for i in range(_SAMPLES):
        if lengths[i + 1] >= target:
            span = lengths[i + 1] - lengths[i]
            f = (i + ((target - lengths[i]) / span if span else 0.0)) / _SAMPLES
            return segment.along(f)
    return segment.end
