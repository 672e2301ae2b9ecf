"""The Workplane's solid operations, mixed into Workplane: loft, sweep, shell, split, wedge, and
each / eachpoint / cutEach, which place shapes at the stack's items by CadQuery's Location."""
from pyodide.ffi import to_js
import _cadforge_bridge as _b
from _cadforge_shapes import Vector, Vertex, Shape, _Location, _ConstructionWire, _combined
from _cadforge_location import Location
from _cadforge_solids import Solid

_TRANSITIONS = ("right", "round", "transformed")


def _workplane():
    from _cadforge_workplane import Workplane

    return Workplane


class SolidOperations:
    # ---- sections: the pending outlines, or faces on the stack --------------------------------
    def _pending_sections(self):
        """(nine numbers per plane, drawings) of the pending outlines, which this takes."""
        pending, self.ctx.pending = self.ctx.pending, []
        planes = [c for plane, _ in pending for c in (*plane.origin.toTuple(), *plane.xDir.toTuple(), *plane.zDir.toTuple())]
        return to_js(planes), to_js([d for _, d in pending])

    def _stack_faces(self):
        return [o for o in self.objects if isinstance(o, Shape) and o._kind == "face"]

    def _combine_made(self, made, combine, what):
        """CadQuery's combine modes for what an operation made: True / "a" fuses with the solid of
        the chain, "cut" / "s" cuts from it, False keeps it apart."""
        if combine not in (True, False, "a", "cut", "s"):
            raise ValueError(f"{what}(combine={combine!r}): combine is True, False, 'a', 'cut' or 's'")
        shapes = [m for m in made if m is not None]
        if any(s._kind in ("wire", "edge") for s in shapes):
            raise ValueError(f"{what}() placing a wire (to extrude or cut later) is not supported here; place solids, or draw the outline on the workplane")
        if combine is False:
            return self.newObject(shapes)
        if not shapes:
            raise ValueError(f"{what}() made nothing to combine")
        if len(shapes) > 1 and combine in (True, "a") and self._find_solid(required=False) is None:
            # With no solid in the chain CadQuery fuses what was made into one.
            return self.newObject([Shape(_combined(_b.fuse, shapes[0].wrapped, [s.wrapped for s in shapes[1:]]))])
        handle = shapes[0].wrapped if len(shapes) == 1 else _b.compound(to_js([s.wrapped for s in shapes]))
        return self._combine(handle, combine)

    # ---- loft ----------------------------------------------------------------------------------
    def loft(self, ruled=False, combine=True, clean=True):
        """A solid through the pending wires (each in the plane it was drawn on), or else through
        the faces on the stack, from a vertex before them or to a vertex after them."""
        count = len(self.ctx.pending)
        start = end = None
        if count:
            planes, drawings = self._pending_sections()
            faces = to_js([])
        else:
            items = [o for o in self.objects if isinstance(o, Vertex) or (isinstance(o, Shape) and o._kind == "face")]
            if items and isinstance(items[0], Vertex):
                start = to_js(list(items.pop(0).toTuple()))
            if items and isinstance(items[-1], Vertex):
                end = to_js(list(items.pop().toTuple()))
            if any(isinstance(o, Vertex) for o in items):
                raise ValueError("loft(): a vertex may only start or end a loft")
            count = len(items) + (start is not None) + (end is not None)
            planes, drawings, faces = to_js([]), to_js([]), to_js([o.wrapped for o in items])
        if count == 0:
            raise ValueError("Nothing to loft")
        if count == 1:
            raise ValueError("More than one wire or face is required")
        return self._combine_made([Shape(_b.loft(planes, drawings, faces, bool(ruled), bool(clean), start, end))], combine, "loft")

    # ---- sweep ---------------------------------------------------------------------------------
    def sweep(self, path, multisection=False, sweepAlongWires=None, makeSolid=True, isFrenet=False, combine=True, clean=True, transition="right", normal=None, auxSpine=None):
        if sweepAlongWires is not None:
            multisection = sweepAlongWires
        if transition not in _TRANSITIONS:
            raise ValueError(f"sweep(transition='{transition}'): transition is 'right', 'round' or 'transformed'")
        spine = _path_of(path, "path")
        aux = _path_of(auxSpine, "auxSpine") if auxSpine is not None else None
        fixed = to_js(list(Vector(normal).normalized().toTuple())) if normal is not None else None
        options = (bool(makeSolid), bool(isFrenet), transition, fixed, aux)
        if multisection:
            if self.ctx.pending:
                planes, drawings = self._pending_sections()
                faces = to_js([])
            else:
                planes, drawings, faces = to_js([]), to_js([]), to_js([f.wrapped for f in self._stack_faces()])
                if not self._stack_faces():
                    raise ValueError("sweep(multisection=True) needs pending wires or faces on the stack as its sections")
            return self._combine_made([Shape(_b.sweepSections(planes, drawings, faces, spine, bool(clean), *options))], combine, "sweep")
        if not self.ctx.pending:
            raise ValueError("sweep() needs pending wires: draw a rect, circle, polygon or closed polyline first")
        plane = self.ctx.pending[0][0]
        _, drawings = self._pending_sections()
        return self._combine_made([Shape(_b.sweep(plane._flat(), drawings, spine, bool(clean), *options))], combine, "sweep")

    # ---- shell and split -------------------------------------------------------------------------
    def shell(self, thickness, kind="arc"):
        """The solid of the chain hollowed: the selected faces removed (none: a closed hollow), a wall
        of `thickness` kept, negative inwards, positive outwards (rounded unless kind="intersection")."""
        return self.newObject([self.findSolid().hollow(self._stack_faces(), thickness, kind=kind)])

    def split(self, *args, keepTop=False, keepBottom=False):
        """The solid of the chain cut by the workplane: the half above it (keepTop), below it
        (keepBottom), or both as two objects."""
        if args:
            raise ValueError("split(splitter): splitting by another shape is not supported here; use split(keepTop=..., keepBottom=...) on a workplane")
        if not keepTop and not keepBottom:
            raise ValueError("You have to keep at least one half")
        solid = self.findSolid()
        bb = solid.BoundingBox()
        reach = bb.DiagonalLength + bb.center.sub(self.plane.origin).Length + 1.0
        halves = []
        for keep, upper in ((keepTop, True), (keepBottom, False)):
            if keep:
                halves.append(Shape(_b.intersect(solid.wrapped, _b.halfSpace(self.plane._flat(), reach, upper), True)))
        return self.newObject(halves)

    def wedge(self, dx, dy, dz, xmin, zmin, xmax, zmax, pnt=Vector(0, 0, 0), dir=Vector(0, 0, 1), centered=True, combine=True, clean=True):
        """A wedge at each point of the stack, in the workplane's coordinates; centred on its box by
        default. As in CadQuery, `pnt` is not used: the wedge starts at the centring offset."""
        cx, cy, cz = (centered,) * 3 if isinstance(centered, bool) else centered
        offset = Vector(-dx / 2 if cx else 0, -dy / 2 if cy else 0, -dz / 2 if cz else 0)
        to_world = Location(self.plane)
        made = [Solid.makeWedge(dx, dy, dz, xmin, zmin, xmax, zmax, offset.add(p), dir).moved(to_world) for p in self._locs()]
        return self._combine_made(made, combine, "wedge")

    # ---- each, eachpoint, cutEach ----------------------------------------------------------------
    def each(self, callback, useLocalCoordinates=False, combine=True, clean=True):
        """`callback` on each item of the stack; the shapes it answers are combined (CadQuery's combine modes)."""
        made = []
        to_world = Location(self.plane)
        for obj in self.objects:
            if useLocalCoordinates:
                local = self.plane.toLocalCoords(obj) if isinstance(obj, Vector) else obj.moved(to_world.inverse) if isinstance(obj, Shape) else obj
                result = callback(local)
                result = result.moved(to_world) if isinstance(result, Shape) else result
            else:
                result = callback(obj)
            made.append(_made_shape(result, "each"))
        return self._combine_made(made, combine, "each")

    def _stack_locations(self):
        """CadQuery's Location of each stack item in the workplane's coordinates, and the workplane's own."""
        loc = Location(self.plane)
        if not self.objects:
            return [Location()], loc
        points = []
        for o in self.objects:
            if isinstance(o, Location):
                points.append(o)
            elif isinstance(o, _Location):
                points.append(loc.inverse * Location(self.plane, o.point) * Location((0, 0, 0), (0, 0, 1), o.angle))
            elif isinstance(o, (Vector, Vertex, Shape)):
                points.append(loc.inverse * Location(self.plane, o.Center()))
            elif isinstance(o, _ConstructionWire):
                raise ValueError("eachpoint(): select the construction outline's vertices() first")
            else:
                raise ValueError(f"eachpoint(): a {type(o).__name__} on the stack has no location")
        return points, loc

    def eachpoint(self, arg, useLocalCoordinates=False, combine=False, clean=True):
        """`arg` (a shape, a Workplane's shapes, or a function of a Location) placed at each point of the stack."""
        points, loc = self._stack_locations()
        if isinstance(arg, _workplane()):
            shapes = [v for v in arg.vals() if isinstance(v, Shape)]
            made = [v.moved(p).move(loc) if useLocalCoordinates else v.moved(p * loc) for v in shapes for p in points]
        elif isinstance(arg, Shape):
            made = [arg.moved(p).move(loc) if useLocalCoordinates else arg.moved(p * loc) for p in points]
        elif callable(arg) and useLocalCoordinates:
            made = [_made_shape(arg(p), "eachpoint") for p in points]
            made = [m.move(loc) if m is not None else m for m in made]
        elif callable(arg):
            made = [_made_shape(arg(p * loc), "eachpoint") for p in points]
        else:
            raise ValueError(f"eachpoint() takes a shape, a Workplane or a function of a Location, not {type(arg).__name__}")
        return self._combine_made(made, combine, "eachpoint")

    def cutEach(self, fn, useLocalCoordinates=False, clean=True):
        """Cuts what `fn` answers for each point of the stack from the solid of the chain."""
        solid = self.findSolid()
        tools = [s for s in self.eachpoint(fn, useLocalCoordinates, combine=False).vals() if isinstance(s, Shape)]
        return self.newObject([solid.cut(*tools)])


def _made_shape(result, what):
    if result is None or isinstance(result, Shape):
        return result
    if isinstance(result, _workplane()):
        return result.findSolid()
    raise ValueError(f"{what}(): the function answered a {type(result).__name__}, not a shape")


def _path_of(path, name):
    """The replicad wire or edge a sweep follows: a Wire or Edge, or a Workplane holding one or the
    lines drawn on it (lineTo, polyline, ...)."""
    if isinstance(path, Shape):
        if path._kind not in ("wire", "edge"):
            raise ValueError(f"sweep({name}=...): Wire or Edge instance required, not a {path._kind}")
        return path.wrapped
    if isinstance(path, _workplane()):
        held = [o for o in path.objects if isinstance(o, Shape)]
        if held:
            return _path_of(held[0], name)
        drawn = path.ctx.path
        if drawn is not None and drawn.segments:
            return _b.drawnPath(drawn.plane._flat(), _b.outline(to_js(drawn.flat())))
        raise ValueError(f"sweep({name}=...): the Workplane holds no wire; draw the path with lineTo, polyline, ... or pass a Wire")
    raise ValueError(f"sweep({name}=...): Wire or Edge instance required, not {type(path).__name__}")
