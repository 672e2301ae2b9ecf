"""CadQuery's wedge primitive: a box whose top face (at y = dy) shrinks to the rectangle
xmin..xmax by zmin..zmax, down to an edge or a point, one at each point of the stack."""
from pyodide.ffi import to_js
import _cadforge_bridge as _b
from _cadforge_shapes import Vector, Shape, _combined


class WedgeMethods:
    def wedge(self, dx, dy, dz, xmin, zmin, xmax, zmax, pnt=Vector(0, 0, 0), dir=Vector(0, 0, 1), centered=True, combine=True, clean=True):
        if min(dx, dy, dz) <= 0:
            raise ValueError(f"wedge: dx, dy and dz must be positive (dx={dx:g}, dy={dy:g}, dz={dz:g})")
        if xmax < xmin or zmax < zmin:
            raise ValueError(f"wedge: xmax must be >= xmin and zmax >= zmin (xmin={xmin:g}, xmax={xmax:g}, zmin={zmin:g}, zmax={zmax:g})")
        # CadQuery builds the wedge at the centring offset and ignores `pnt`; `dir` orients it.
        cx, cy, cz = (centered,) * 3 if isinstance(centered, bool) else centered
        offset = Vector(-dx / 2 if cx else 0, -dy / 2 if cy else 0, -dz / 2 if cz else 0)
        axis = Vector(dir).normalized()
        made = [
            _b.wedge(self.plane._flat(), *self.plane.toWorldCoords(p).toTuple(), *offset.toTuple(), *axis.toTuple(), dx, dy, dz, xmin, zmin, xmax, zmax)
            for p in self._locs()
        ]
        if combine is False:
            return self.newObject([Shape(m) for m in made])
        # With no solid to join, CadQuery fuses the wedges with each other (overlapping ones merge).
        return self._combine(_combined(_b.fuse, made[0], made[1:], clean), combine)
