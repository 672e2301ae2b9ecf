"""Rewrites Pyodide's standard library zip with every module compiled to bytecode.

Pyodide ships its standard library as source, so every import at start compiles Python in
WebAssembly: most of the interpreter's start. Modules are stored as unchecked hash-based .pyc
files in place of their source (zipimport reads a .pyc beside no .py); everything else in the
zip is copied as it is. Run by the same Pyodide that will read the result: bytecode is only
valid for the interpreter that wrote it."""
import importlib._bootstrap_external as bootstrap
import importlib.util
import io
import sys
import zipfile


def compile_stdlib():
    # The zip Pyodide mounted at start, /lib/python3XY.zip.
    source_path = next(path for path in sys.path if path.endswith(".zip"))
    out = io.BytesIO()
    with zipfile.ZipFile(source_path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if not info.filename.endswith(".py"):
                target.writestr(info, data)
                continue
            code = compile(data, info.filename, "exec", dont_inherit=True)
            pyc = bootstrap._code_to_hash_pyc(code, importlib.util.source_hash(data), checked=False)
            # A fixed date: the same library always gives the same bytes.
            target.writestr(zipfile.ZipInfo(info.filename + "c", date_time=(1980, 1, 1, 0, 0, 0)), bytes(pyc), zipfile.ZIP_DEFLATED)
    return out.getvalue()
