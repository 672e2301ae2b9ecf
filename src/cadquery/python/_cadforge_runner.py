"""Runs one CadQuery candidate: a sandboxed exec, its failure located and classified, its result
found, its parameters and editability read from Python's own syntax tree."""
import ast
import builtins
import json
import math

import js
from pyodide.ffi import JsException, to_js

import cadquery as _cq
from _cadforge_shapes import _CQObject
from _cadforge_allowed import ALLOWED_MODULES
from _cadforge_selectors import SelectorError

FILENAME = "<candidate>"
RESULT_NAMES = ("result", "r", "fixture", "model", "part", "body", "solid", "assembly", "shape")
TRIVIAL_NUMBERS = {0, 1, -1, 2, 0.5, 90, 180, 360}


class Refused(Exception):
    """What the sandbox refuses: an import outside ALLOWED_MODULES, files, input."""


def _restricted_import(name, globals=None, locals=None, fromlist=(), level=0):
    top = name.split(".")[0]
    if level != 0 or top not in ALLOWED_MODULES:
        raise Refused(f"import of '{name}' is refused: CAD code may import cadquery and the standard library's pure modules (math, itertools, ...), not {name}")
    return builtins.__import__(name, globals, locals, fromlist, level)


def _refused(what):
    def stand_in(*args, **kwargs):
        raise Refused(f"{what}() is refused: CAD code reaches no files, terminal or network")

    return stand_in


def _builtins(logs):
    b = dict(builtins.__dict__)
    b["__import__"] = _restricted_import
    for name in ("open", "input", "breakpoint", "help", "exit", "quit"):
        b[name] = _refused(name)

    def print_(*args, sep=" ", end="\n", **_):
        if len(logs) < 500:
            logs.append([sep.join(str(a) for a in args)[:2000], _caller_line()])

    b["print"] = print_
    return b


def _caller_line():
    import sys

    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename != FILENAME:
        frame = frame.f_back
    return frame.f_lineno if frame is not None else None


def _numeric(node):
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = _numeric(node.operand)
        return None if inner is None else -inner
    return None


def _parameters(tree):
    """Top-level `name = number` assignments: the candidate's parameters, in order."""
    found = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            value = _numeric(stmt.value)
            if value is not None and stmt.targets[0].id not in found:
                found[stmt.targets[0].id] = (value, stmt)
    return found


def _override(params, overrides):
    for name, value in overrides.items():
        if name in params and isinstance(value, (int, float)) and not isinstance(value, bool):
            stmt = params[name][1]
            stmt.value = ast.copy_location(ast.Constant(value), stmt.value)


def _editability(tree, params):
    names = set(params)
    read = set()
    call_args = bare = helpers = loops = 0
    shapes = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in names:
            read.add(node.id)
        elif isinstance(node, ast.Call):
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                values = arg.elts if isinstance(arg, (ast.Tuple, ast.List)) else [arg]
                for v in values:
                    call_args += 1
                    n = _numeric(v)
                    if n is not None and n not in TRIVIAL_NUMBERS:
                        bare += 1
        elif isinstance(node, (ast.FunctionDef, ast.Lambda)):
            helpers += 1
        elif isinstance(node, (ast.For, ast.While, ast.comprehension)):
            loops += 1
    duplicates = 0
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.Expr)) and isinstance(getattr(node, "value", None), ast.Call):
            shape = _shape_key(node.value)
            shapes[shape] = shapes.get(shape, 0) + 1
    duplicates = sum(count - 1 for count in shapes.values() if count > 1)
    used = [n for n in params if n in read]
    return {
        "params": len(params),
        "usedParams": used,
        "unusedParams": [n for n in params if n not in read],
        "geometryCallArgs": call_args,
        "bareNumbers": bare,
        "helpers": helpers,
        "loops": loops,
        "duplicateStatements": duplicates,
    }


STEP = "__cadforge_step__"


class _Meter(ast.NodeTransformer):
    """Puts a work step at the head of every loop turn, function call and comprehension turn, as
    the kernel does for JavaScript: the build's budget then stops an endless Python loop on any
    machine at the same point. Inserted nodes take the location of what they precede, so every
    line and column the user sees is the user's own."""

    def _metered(self, node):
        self.generic_visit(node)
        step = ast.Expr(ast.Call(ast.Name(STEP, ast.Load()), [], []))
        node.body.insert(0, ast.copy_location(step, node.body[0]))
        return node

    visit_For = visit_AsyncFor = visit_While = visit_FunctionDef = visit_AsyncFunctionDef = _metered

    def visit_comprehension(self, node):
        self.generic_visit(node)
        # `not step()` is true (step returns None): a condition that only counts the turn.
        node.ifs.insert(0, ast.copy_location(ast.UnaryOp(ast.Not(), ast.Call(ast.Name(STEP, ast.Load()), [], [])), node.iter))
        return node


def _shape_key(node):
    """What a statement is with its numbers masked: two calls differing only in numbers share it.
    Built as a tuple in one walk; copying the tree and dumping it took a tenth of a build."""
    if isinstance(node, ast.Constant):
        if type(node.value) in (int, float):
            return ("Constant",)
        return ("Constant", type(node.value).__name__, node.value, node.kind)
    if isinstance(node, ast.AST):
        return (type(node).__name__, *(_shape_key(getattr(node, field, None)) for field in node._fields))
    if isinstance(node, list):
        return ("list", *(_shape_key(item) for item in node))
    return node


def _where(exc):
    line = column = None
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename == FILENAME:
            line = tb.tb_lineno
            column = None
            try:
                start = list(code.co_positions())[tb.tb_lasti // 2][2]
                column = None if start is None else start + 1
            except (IndexError, ValueError):
                pass
        tb = tb.tb_next
    return line, column


def _is_ours(obj):
    return isinstance(obj, _CQObject) or obj is _cq


def _failure(cls, message, line=None, column=None, operation=None):
    return {"ok": False, "failure": {"class": cls, "message": message, "line": line, "column": column, "operation": operation}}


def _classify(exc):
    line, column = _where(exc)
    text = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, Refused):
        return _failure("undefined_name", str(exc), line, column)
    if isinstance(exc, NameError):
        return _failure("undefined_name", text, line, column)
    if isinstance(exc, AttributeError) and _is_ours(getattr(exc, "obj", None)):
        owner = "cadquery" if exc.obj is _cq else type(exc.obj).__name__
        return _failure("invented_api", f"{owner}.{exc.name} is not part of CadQuery as CADForge provides it", line, column, f"{owner}.{exc.name}")
    if isinstance(exc, JsException):
        operation = None
        try:
            operation = exc.js_error.operation
        except Exception:
            pass
        if isinstance(operation, str) and operation:
            message = str(exc.js_error.message)
        else:
            operation = None
            message = f"{exc.name}: {exc.message}" if hasattr(exc, "name") else str(exc)
        return _failure("kernel_error", message, line, column, operation)
    if isinstance(exc, MemoryError):
        return _failure("out_of_memory", text, line, column)
    if isinstance(exc, SelectorError):
        return _failure("invented_api", text, line, column)
    return _failure("kernel_error", text, line, column)


def _as_parts(value, name, label):
    if isinstance(value, _cq.Assembly):
        # One part per object of the tree, named as the program named it, at its composed Location.
        leaves = value._leaves()
        if not leaves:
            raise _NoShape(f"{label} is an Assembly with no objects in it")
        return [{"shape": shape.wrapped, "name": leaf_name} for shape, leaf_name in leaves]
    if isinstance(value, _cq.Workplane):
        shapes = [o for o in value.objects if isinstance(o, _cq.Shape)]
        if not shapes:
            found = value._find_solid(required=False)
            shapes = [found] if found is not None else []
        if not shapes:
            raise _NoShape(f"{label} is a Workplane with nothing built on it")
    elif isinstance(value, _cq.Shape):
        shapes = [value]
    else:
        raise _NoShape(f"{label} is {type(value).__name__}, not a Workplane or a shape")
    named = len(shapes) == 1
    return [{"shape": s.wrapped, "name": name if named else (f"{name} {i + 1}" if name else None)} for i, s in enumerate(shapes)]


class _NoShape(Exception):
    pass


def run(source, overrides_json, step):
    logs = []
    try:
        tree = ast.parse(source, FILENAME)
    except SyntaxError as e:
        return _answer(_failure("syntax", f"{type(e).__name__}: {e.msg}", e.lineno, e.offset), logs)
    params = _parameters(tree)
    defaults = {name: value for name, (value, _) in params.items()}
    editability = _editability(tree, params)
    _override(params, json.loads(overrides_json))
    tree = ast.fix_missing_locations(_Meter().visit(tree))
    shown = []

    def show_object(obj, name=None, options=None, **kwargs):
        shown.append((obj, name, _caller_line()))

    scope = {"__builtins__": _builtins(logs), "__name__": "__main__", "show_object": show_object, STEP: step}
    try:
        exec(compile(tree, FILENAME, "exec"), scope)
        if shown:
            items = shown
        else:
            found = next((n for n in RESULT_NAMES if n in scope), None)
            if found is None:
                return _answer(
                    _failure("missing_main", "the code shows nothing: call show_object(obj) or assign the final object to a variable named result"),
                    logs,
                )
            items = [(scope[found], None, None)]
        parts = []
        for obj, name, line in items:
            label = f"show_object at line {line}" if line else "the result"
            try:
                parts.extend(_as_parts(obj, name, label))
            except _NoShape as e:
                return _answer(_failure("invalid_return", str(e), line), logs)
    except BaseException as e:  # noqa: BLE001 - every failure of the candidate is data
        return _answer(_classify(e), logs)
    finally:
        scope.clear()
    return _answer({"ok": True, "parts": parts, "defaults": defaults, "editability": editability}, logs)


def _answer(answer, logs):
    answer["logs"] = logs
    return to_js(answer, dict_converter=js.Object.fromEntries)
