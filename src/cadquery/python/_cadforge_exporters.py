"""cadquery.exporters: programs end by exporting what they built. The sandbox reaches no files, so
export() checks its arguments and writes nothing; the scorer reads the result itself."""


class ExportTypes:
    STL = "STL"
    STEP = "STEP"
    AMF = "AMF"
    SVG = "SVG"
    TJS = "TJS"
    DXF = "DXF"
    VRML = "VRML"
    VTP = "VTP"
    THREEMF = "3MF"
    BREP = "BREP"
    BIN = "BIN"
    GLTF = "GLTF"


_TYPES = {v for k, v in vars(ExportTypes).items() if not k.startswith("_")}


def export(w, fname, exportType=None, tolerance=0.1, angularTolerance=0.1, opt=None):
    """Accepted and ignored: nothing is written (the sandbox has no files)."""
    if not isinstance(fname, str):
        raise ValueError(f"exporters.export(fname=...) is a file name, not {type(fname).__name__}")
    if exportType is not None and exportType not in _TYPES:
        raise ValueError(f"exporters.export(exportType='{exportType}') is not one of {', '.join(sorted(_TYPES))}")

