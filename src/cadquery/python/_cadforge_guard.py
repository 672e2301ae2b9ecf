"""The Python side of the realm guard: a candidate must not change what the next one runs with.

Our modules and the standard library's modules a candidate may import are shared by every build
of this interpreter. Before a run their namespaces, and those of the classes they define, are
recorded; after it, every change is undone and named, and modules the run imported for the
first time are dropped, so the next build imports them afresh.
"""
import sys

from _cadforge_allowed import ALLOWED_MODULES

OUR_MODULES = ("cadquery", "_cadforge_shapes", "_cadforge_workplane", "_cadforge_selectors", "_cadforge_allowed", "_cadforge_path", "_cadforge_curves", "_cadforge_turned", "_cadforge_location", "_cadforge_solids", "_cadforge_solid_ops", "_cadforge_exporters", "cadquery.exporters", "_cadforge_sketch", "_cadforge_assembly")
_MISSING = object()


def _watched_modules():
    names = [n for n in sys.modules if n.split(".")[0] in ALLOWED_MODULES or n in OUR_MODULES]
    return {n: sys.modules[n] for n in names if sys.modules[n] is not None}


def _namespaces(modules):
    """(label, object) of each module and each class a module defines; our private modules'
    classes are labelled as the candidate reaches them, through cadquery."""
    out = []
    for name, module in modules.items():
        out.append((name, module))
        public = "cadquery" if name.startswith("_cadforge_") else name
        for key, value in list(vars(module).items()):
            if isinstance(value, type) and getattr(value, "__module__", None) == name:
                out.append((f"{public}.{key}", value))
    return out


class Snapshot:
    def __init__(self):
        self.modules = _watched_modules()
        self.saved = [(label, obj, dict(vars(obj))) for label, obj in _namespaces(self.modules)]

    def restore(self):
        """Undoes what the run changed; answers the names of what it had changed."""
        changed = []
        for label, obj, before in self.saved:
            now = vars(obj)
            if len(now) == len(before) and all(now.get(k, _MISSING) is v for k, v in before.items()):
                continue
            changed.append(label)
            for key in [k for k in now if k not in before]:
                try:
                    delattr(obj, key)
                except (AttributeError, TypeError):
                    pass
            for key, value in before.items():
                if now.get(key, _MISSING) is not value:
                    try:
                        setattr(obj, key, value)
                    except (AttributeError, TypeError):
                        pass
        for name in [n for n in sys.modules if n not in self.modules and (n.split(".")[0] in ALLOWED_MODULES or n in OUR_MODULES)]:
            del sys.modules[name]
        return changed
