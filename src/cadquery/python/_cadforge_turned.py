"""Solids made by turning a pending outline: revolve() about an axis and twistExtrude() along
the workplane's normal, with CadQuery's axis and combine semantics."""
from pyodide.ffi import to_js
import _cadforge_bridge as _b


class TurnedMethods:
    """Mixed into Workplane: both consume the pending outlines, as extrude does."""

    def revolve(self, angleDegrees=360.0, axisStart=None, axisEnd=None, combine=True, clean=True):
        # CadQuery folds the angle into (0, 360]: 0 and 720 are whole turns.
        angle = angleDegrees % 360.0
        angle = 360.0 if angle == 0 else angle
        plane, drawings = self._pop_pending("revolve")
        # The axis is given in the workplane's local coordinates; by default its y axis through
        # its origin; given only a start, CadQuery ends it at (0, start.y), as its source does.
        start = (0, 0) if axisStart is None else tuple(axisStart)
        if axisEnd is None:
            end = (0, start[1]) if start[1] != 0 else (0, 1)
        else:
            end = tuple(axisEnd)
        a, b = self.plane.toWorldCoords(start), self.plane.toWorldCoords(end)
        if b.sub(a).Length < 1e-9:
            raise ValueError(f"revolve: the axis from {start} to {end} has no length")
        return self._combine(_b.revolve(plane._flat(), to_js(drawings), angle, *a.toTuple(), *b.toTuple()), combine)

    def twistExtrude(self, distance, angleDegrees, combine=True, clean=True):
        if distance == 0:
            raise ValueError("twistExtrude: distance is 0")
        plane, drawings = self._pop_pending("twistExtrude")
        if angleDegrees == 0:
            return self._combine(_b.extrude(plane._flat(), to_js(drawings), distance, False), combine)
        return self._combine(_b.twistExtrude(plane._flat(), to_js(drawings), distance, angleDegrees), combine)
