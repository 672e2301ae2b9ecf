"""CadQuery's shape classes that programs build with directly: Solid.make* (placed at a point,
along a direction, not centred: CadQuery's argument order), Compound.makeCompound, and the edges
and wires a sweep follows. Each is a Shape; the geometry is the bridge's."""
from pyodide.ffi import to_js
import _cadforge_bridge as _b
from _cadforge_shapes import Shape, Vector


def _triple(v):
    return to_js(list(Vector(v).toTuple()))


def _positive(what, **values):
    for name, value in values.items():
        if value <= 0:
            raise ValueError(f"{what}: {name} must be greater than 0, not {value}")


class Solid(Shape):
    @classmethod
    def makeBox(cls, length, width, height, pnt=Vector(0, 0, 0), dir=Vector(0, 0, 1)):
        _positive("Solid.makeBox", length=length, width=width, height=height)
        return cls(_b.makeBox(length, width, height, _triple(pnt), _triple(dir)), "solid")

    @classmethod
    def makeCylinder(cls, radius, height, pnt=Vector(0, 0, 0), dir=Vector(0, 0, 1), angleDegrees=360):
        _positive("Solid.makeCylinder", radius=radius, height=height)
        return cls(_b.makeCone(radius, radius, height, _triple(pnt), _triple(dir), angleDegrees), "solid")

    @classmethod
    def makeCone(cls, radius1, radius2, height, pnt=Vector(0, 0, 0), dir=Vector(0, 0, 1), angleDegrees=360):
        _positive("Solid.makeCone", height=height)
        if radius1 < 0 or radius2 < 0 or radius1 == radius2 == 0:
            raise ValueError(f"Solid.makeCone: radii must be at least 0 and not both 0, not {radius1} and {radius2}")
        return cls(_b.makeCone(radius1, radius2, height, _triple(pnt), _triple(dir), angleDegrees), "solid")

    @classmethod
    def makeSphere(cls, radius, pnt=Vector(0, 0, 0), dir=Vector(0, 0, 1), angleDegrees1=0, angleDegrees2=90, angleDegrees3=360):
        # CadQuery's defaults (latitudes 0 to 90 degrees) make the upper half sphere: kept as it is.
        _positive("Solid.makeSphere", radius=radius)
        return cls(_b.makeSphere(radius, _triple(pnt), _triple(dir), angleDegrees1, angleDegrees2, angleDegrees3), "solid")

    @classmethod
    def makeTorus(cls, radius1, radius2, pnt=Vector(0, 0, 0), dir=Vector(0, 0, 1), angleDegrees1=0, angleDegrees2=360):
        _positive("Solid.makeTorus", radius1=radius1, radius2=radius2)
        return cls(_b.makeTorus(radius1, radius2, _triple(pnt), _triple(dir), angleDegrees1, angleDegrees2), "solid")

    @classmethod
    def makeWedge(cls, dx, dy, dz, xmin, zmin, xmax, zmax, pnt=Vector(0, 0, 0), dir=Vector(0, 0, 1)):
        _positive("Solid.makeWedge", dx=dx, dy=dy, dz=dz)
        if xmin > xmax or zmin > zmax:
            raise ValueError(f"Solid.makeWedge: xmin <= xmax and zmin <= zmax are needed, not {xmin} > {xmax} or {zmin} > {zmax}")
        return cls(_b.makeWedge(dx, dy, dz, xmin, zmin, xmax, zmax, _triple(pnt), _triple(dir)), "solid")


class Compound(Shape):
    @classmethod
    def makeCompound(cls, listOfShapes):
        shapes = list(listOfShapes)
        if any(not isinstance(s, Shape) for s in shapes):
            raise ValueError("Compound.makeCompound takes shapes (a Workplane's vals(), Solid.make*, ...)")
        return cls(_b.compound(to_js([s.wrapped for s in shapes])), "compound")


class Edge(Shape):
    @classmethod
    def makeLine(cls, v1, v2):
        if Vector(v1).sub(Vector(v2)).Length < 1e-9:
            raise ValueError("Edge.makeLine: the two points are the same")
        return cls(_b.line(_triple(v1), _triple(v2)), "edge")

    @classmethod
    def makeCircle(cls, radius, pnt=Vector(0, 0, 0), dir=Vector(0, 0, 1), angle1=360.0, angle2=360, orientation=True):
        if (angle1, angle2) != (360.0, 360):
            raise ValueError("Edge.makeCircle(angle1=..., angle2=...): arcs of a circle are not supported here; draw a full circle")
        _positive("Edge.makeCircle", radius=radius)
        return cls(_b.circleEdge(radius, _triple(pnt), _triple(dir)), "edge")


class Wire(Shape):
    forConstruction = False

    @classmethod
    def assembleEdges(cls, listOfEdges):
        edges = list(listOfEdges)
        if not edges or any(not isinstance(e, Shape) or e._kind not in ("edge", "wire") for e in edges):
            raise ValueError("Wire.assembleEdges takes a list of edges")
        return cls(_b.wire(to_js([e.wrapped for e in edges])), "wire")

    @classmethod
    def makePolygon(cls, listOfVertices, forConstruction=False, close=False):
        points = [Vector(p) for p in listOfVertices]
        if len(points) < 2:
            raise ValueError("Wire.makePolygon needs at least two points")
        return cls(_b.polylineWire(to_js([c for p in points for c in p.toTuple()]), bool(close)), "wire")

    @classmethod
    def makeCircle(cls, radius, center, normal):
        return cls(_b.wire(to_js([Edge.makeCircle(radius, center, normal).wrapped])), "wire")

    @classmethod
    def makeHelix(cls, pitch, height, radius, center=Vector(0, 0, 0), dir=Vector(0, 0, 1), angle=360.0, lefthand=False):
        if angle != 360.0:
            raise ValueError("Wire.makeHelix(angle=...): a conical helix is not supported here; leave angle at 360")
        _positive("Wire.makeHelix", pitch=pitch, height=height, radius=radius)
        return cls(_b.helix(pitch, height, radius, _triple(center), _triple(dir), bool(lefthand)), "wire")
