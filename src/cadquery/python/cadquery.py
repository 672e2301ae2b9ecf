"""CADForge's CadQuery: the API that CadQuery programs use, over replicad.

Written for CADForge from CadQuery's documented semantics. The state of a chain lives in our
Python modules; every piece of geometry is made and measured by the bridge (_cadforge_bridge,
src/cadquery/bridge/), so each B-rep object is a replicad object recorded and freed by the
build's WasmScope, and every kernel call is metered. This module is the public namespace only.
"""
from _cadforge_shapes import Vector, Plane, Shape, Vertex, BoundingBox
from _cadforge_workplane import Workplane
from _cadforge_location import Location
from _cadforge_sketch import Sketch
from _cadforge_assembly import Assembly, Color
from _cadforge_solids import Solid, Compound, Wire, Edge
import _cadforge_exporters as exporters
import sys as _sys

# `import cadquery.exporters` and `from cadquery.exporters import export` find it as a submodule.
_sys.modules["cadquery.exporters"] = exporters

__all__ = ["Workplane", "Vector", "Plane", "Shape", "Vertex", "BoundingBox", "Sketch", "Assembly", "Color", "Location", "Solid", "Compound", "Wire", "Edge", "exporters"]
