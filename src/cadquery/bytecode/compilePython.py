"""Compiles the Python an interpreter starts with: Pyodide's standard library and our modules.

Pyodide ships its standard library as source, so every import at start compiles Python in
WebAssembly, which was most of the interpreter's start; our own modules were compiled at every
start too. Run by the same Pyodide that will read the result: bytecode is only valid for the
interpreter that wrote it."""
import importlib._bootstrap_external as bootstrap
import importlib.util
import io
import json
import marshal
import sys
import zipfile


def compile_stdlib():
    """The standard library zip Pyodide mounted at start, each module an unchecked hash-based .pyc
    in place of its source (zipimport reads a .pyc beside no .py), everything else as it is."""
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


def compile_modules(sources_json):
    """Our modules, given as [[name, source], ...] in install order, as one marshalled list of
    (name, code) pairs, each compiled under the file name the runtime gives it."""
    return marshal.dumps([(name, compile(source, f"<cadforge {name}>", "exec", dont_inherit=True)) for name, source in json.loads(sources_json)])
