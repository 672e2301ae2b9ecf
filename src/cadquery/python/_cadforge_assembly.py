"""CadQuery's Assembly: a tree of named objects, each placed by a Location relative to its parent.
A candidate whose result is an Assembly yields one named part per object, at its composed Location."""
import re
from pyodide.ffi import to_js
import _cadforge_bridge as _b
from _cadforge_shapes import _CQObject, Shape
from _cadforge_location import Location
from _cadforge_workplane import Workplane


def _is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


_COLOR_DEFAULT = (1.0, 1.0, 0.0, 1.0)
_HEX = re.compile(r"#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")


class Color(_CQObject):
    """Color(name), Color("#RRGGBB[AA]") or Color(r, g, b, a=1, srgb=True) with components in
    [0, 1]. Kept with the part, not scored; a name is checked for its form only (OCCT's colour
    table is not here)."""

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise ValueError(f"Color() takes no keywords here (got {', '.join(kwargs)}): Color(name) or Color(r, g, b, a)")
        self.name = None
        self.rgba = _COLOR_DEFAULT
        if len(args) == 1 and isinstance(args[0], str):
            text = args[0]
            if _HEX.fullmatch(text):
                digits = text[1:] if len(text) > 5 else "".join(c * 2 for c in text[1:])
                values = [int(digits[i : i + 2], 16) / 255 for i in range(0, len(digits), 2)]
                self.rgba = tuple(values) + ((1.0,) if len(values) == 3 else ())
            elif re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", text):
                self.name = text
            else:
                raise ValueError(f"Unknown color name: {text!r}")
        elif len(args) in (3, 4, 5):
            for label, value in zip("rgba", args[:4]):
                if not _is_number(value) or not 0 <= value <= 1:
                    raise ValueError(f"Color component {label}={value!r} must be a number from 0 to 1")
            self.rgba = tuple(float(a) for a in args[:4]) + ((1.0,) if len(args) == 3 else ())
        elif args:
            raise ValueError(f"Color() takes a name, or r, g, b and optionally a and srgb; got {len(args)} arguments")

    def toTuple(self):
        if self.name is not None:
            raise ValueError(f"Color('{self.name}').toTuple(): the components of named colours are not known here")
        return self.rgba


class Assembly(_CQObject):
    def __init__(self, obj=None, loc=None, name=None, color=None, metadata=None):
        _check_obj(obj)
        if loc is not None and not isinstance(loc, Location):
            raise ValueError(f"Assembly loc must be a cq.Location, not {type(loc).__name__}")
        if color is not None and not isinstance(color, Color):
            raise ValueError(f"Assembly color must be a cq.Color, not {type(color).__name__}")
        self.obj = obj
        self.loc = loc if loc is not None else Location()
        self.name = name
        self.color = color
        self.metadata = dict(metadata or {})
        self.parent = None
        self.children = []

    def add(self, obj, loc=None, name=None, color=None, metadata=None):
        if isinstance(obj, Assembly):
            sub = obj._copy()
            sub.loc = loc if loc is not None else obj.loc
            sub.name = name if name is not None else obj.name
            if color is not None:
                sub.color = color
        else:
            sub = Assembly(obj, loc, name, color, metadata)
        taken = set(self._root().objects)
        clashes = [n for n in sub.objects if n in taken]
        if clashes:
            raise ValueError(f"Unique name is required: the assembly already has a part named '{clashes[0]}'")
        sub.parent = self
        self.children.append(sub)
        return self

    def _root(self):
        node = self
        while node.parent is not None:
            node = node.parent
        return node

    def _copy(self):
        out = Assembly(self.obj, self.loc, self.name, self.color, self.metadata)
        for child in self.children:
            c = child._copy()
            c.parent = out
            out.children.append(c)
        return out

    def _nodes(self):
        yield self
        for child in self.children:
            yield from child._nodes()

    @property
    def shapes(self):
        return _shapes_of(self.obj)

    @property
    def objects(self):
        """The named nodes of this assembly, by name (unnamed ones are left out)."""
        return {node.name: node for node in self._nodes() if node.name is not None}

    def _leaves(self, placed=None):
        """(shape, name) of every object, each moved by its location composed with its parents'."""
        placed = self.loc if placed is None else placed * self.loc
        out = []
        shapes = _shapes_of(self.obj)
        for i, shape in enumerate(shapes):
            name = self.name if len(shapes) == 1 or self.name is None else f"{self.name} {i + 1}"
            out.append((shape.moved(placed), name))
        for child in self.children:
            out.extend(child._leaves(placed))
        return out

    def toCompound(self):
        # The leaves are fresh copies, which the compound may take over.
        return Shape(_b.compound(to_js([shape.wrapped for shape, _ in self._leaves()])), "compound")

    def save(self, path, exportType=None, **kwargs):
        # A build writes no files; like cq.exporters.export, saving is accepted and does nothing.
        return self

    export = save


def _check_obj(obj):
    if obj is not None and not isinstance(obj, (Workplane, Shape)):
        raise ValueError(f"an Assembly holds a Workplane or a Shape, not {type(obj).__name__}")


def _shapes_of(obj):
    if obj is None:
        return []
    if isinstance(obj, Shape):
        return [obj]
    shapes = [o for o in obj.objects if isinstance(o, Shape)]
    if shapes:
        return shapes
    found = obj._find_solid(required=False)
    return [found] if found is not None else []
