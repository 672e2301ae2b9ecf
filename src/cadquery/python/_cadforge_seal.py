"""The interpreter's seal: what a candidate could change to alter a later candidate's build.

Every build of a realm shares one interpreter, and Python cannot keep a candidate away from its
internals (`collections._sys.modules`, a traceback's frames, `__globals__`). So nothing here tries
to: `seal()` records, once, after our modules are installed, every module in `sys.modules`, the
namespace of each and of every class they reach (with its metaclass, MRO and bases), the type of
each module, the contents of every module-level list and set (our state, and hook lists such as
`sys.meta_path`, `gc.callbacks`, `warnings.filters`) and of our modules' dicts. Functions' code
and defaults are watched by `pythonSeal.ts` through the audit events their writes raise.

The functions `seal()` answers are run from JavaScript, where no candidate reaches them, and run
no code a candidate could have supplied: their bodies read only their own parameters (no global,
builtin or attribute name; `pythonSeal.ts` verifies their code and defaults are still these), and
they call only C functions on exact dicts, tuples and mapping proxies. Values are compared with
`is`, so an impostor whose `__eq__` says True is still another object; keys are compared as
tuples, which calls a key's `__eq__` only when it is not the recorded string, and
`pythonSeal.ts` watches that no Python code runs inside the check.
"""
import gc
import itertools
import operator
import sys

_IMMUTABLE_TYPE = 1 << 8
_OURS = ("cadquery", "_cadforge_")
_MRO = type.__dict__["__mro__"].__get__
_BASES = type.__dict__["__bases__"].__get__
_FUNCTION = type(lambda: None)
_WRAPPERS = (staticmethod, classmethod)


def _reach():
    """Modules, the classes and functions their namespaces reach, and those namespaces, each as
    (where it was found, key) so that a message can name it."""
    modules = {name: m for name, m in sys.modules.items() if isinstance(m, type(sys))}
    classes, functions, seen = [], [], set()
    namespaces = [((name,), vars(m)) for name, m in modules.items()]
    for where, namespace in namespaces:
        for key, value in namespace.items():
            kind = type(value)
            if kind in _WRAPPERS:
                value, kind = value.__func__, type(value.__func__)
            elif kind is property:
                accessors = [f for f in (value.fget, value.fset, value.fdel) if type(f) is _FUNCTION and id(f) not in seen]
                seen.update(map(id, accessors))
                functions.extend(accessors)
                continue
            if id(value) in seen:
                continue
            if kind is _FUNCTION:
                seen.add(id(value))
                functions.append(value)
                if value.__kwdefaults__ is not None:
                    namespaces.append(((*where, key, "__kwdefaults__"), value.__kwdefaults__))
            elif isinstance(value, type) and not value.__flags__ & _IMMUTABLE_TYPE:
                seen.add(id(value))
                classes.append(((*where, key), value))
                namespaces.append(((*where, key), vars(value)))
    recorded = {id(ns) for _, ns in namespaces}
    for name, module in modules.items():
        if name.startswith(_OURS):
            for key, value in vars(module).items():
                if type(value) is dict and id(value) not in recorded:
                    recorded.add(id(value))
                    namespaces.append(((name, key), value))
    return modules, classes, functions, namespaces


def seal():
    """Records the interpreter as it is now; answers (tidy, check, describe, functions).

    `tidy()` collects all cyclic garbage, so that no finalizer a candidate left behind runs inside
    a later build (the interpreter's own objects are frozen out of collection here, so a full
    collection sees only what builds made), and drops the modules a run imported for the first
    time, so the next build imports them afresh; it answers False when the module table holds a
    key that is not a plain string. `check()` answers True when nothing recorded has changed.
    `describe()` names what changed, for the failure's message; it runs only after a failed
    check. `functions` are the functions the namespaces reach, whose code and defaults must not
    be replaced.
    """
    modules, classes, functions, namespaces = _reach()
    table = sys.modules
    spaces = tuple(ns for _, ns in namespaces)
    module_objects = tuple(modules.values())
    class_objects = tuple(c for _, c in classes)
    # Lists and sets at module level: our modules' state, and the interpreter's hook lists
    # (`sys.meta_path`, `gc.callbacks`, `warnings.filters`, ...) through which code runs later.
    listed = [(f"{n}.{k}", v) for n, m in modules.items() for k, v in vars(m).items() if type(v) in (list, set)]
    sequences = tuple(v for _, v in listed)
    values = operator.methodcaller("values")
    names = frozenset(table)
    table_keys = tuple(table)
    table_values = tuple(table.values())
    space_keys = tuple(map(tuple, spaces))
    space_values = tuple(itertools.chain.from_iterable(map(values, spaces)))
    module_types = tuple(map(type, module_objects))
    class_facts = tuple(itertools.chain(map(type, class_objects), map(_MRO, class_objects), map(_BASES, class_objects)))
    sequence_lengths = tuple(map(len, sequences))
    sequence_items = tuple(itertools.chain.from_iterable(sequences))

    def tidy(table=table, names=names, str_=str, tuple_=tuple, map_=map, all_=all, type_=type, is_=operator.is_,
             repeat=itertools.repeat, frozenset_=frozenset, collect=gc.collect):
        collect()
        if not all_(map_(is_, map_(type_, tuple_(table)), repeat(str_))):
            return False
        for name in frozenset_(table) - names:
            del table[name]
        return True

    def check(table=table, spaces=spaces, module_objects=module_objects, class_objects=class_objects, sequences=sequences,
              table_keys=table_keys, table_values=table_values, space_keys=space_keys, space_values=space_values,
              module_types=module_types, class_facts=class_facts, sequence_lengths=sequence_lengths, sequence_items=sequence_items,
              tuple_=tuple, map_=map, all_=all, len_=len, type_=type, is_=operator.is_, chain=itertools.chain.from_iterable,
              values=values, mro_of=_MRO, bases_of=_BASES):
        return (
            len_(table) == len_(table_keys)
            and all_(map_(is_, tuple_(table), table_keys))
            and all_(map_(is_, tuple_(values(table)), table_values))
            and tuple_(map_(tuple_, spaces)) == space_keys
            and all_(map_(is_, chain(map_(values, spaces)), space_values))
            and all_(map_(is_, map_(type_, module_objects), module_types))
            and all_(map_(is_, chain((map_(type_, class_objects), map_(mro_of, class_objects), map_(bases_of, class_objects))), class_facts))
            and tuple_(map_(len_, sequences)) == sequence_lengths
            and all_(map_(is_, chain(map_(tuple_, sequences)), sequence_items))
        )

    def describe():
        label = ".".join
        changed = [name for name, module in zip(table_keys, table_values) if sys.modules.get(name) is not module]
        changed += [name for name, module in modules.items() if type(module) is not module_types[module_objects.index(module)]]
        offset = 0
        for (where, namespace), keys in zip(namespaces, space_keys):
            before = space_values[offset:offset + len(keys)]
            offset += len(keys)
            if tuple(namespace) != keys or not all(map(operator.is_, tuple(namespace.values()), before)):
                changed.append(label(where))
        n = len(class_objects)
        changed += [f"{label(where)} (its class or bases)" for i, (where, c) in enumerate(classes) if not (type(c) is class_facts[i] and _MRO(c) is class_facts[n + i] and _BASES(c) is class_facts[2 * n + i])]
        offset = 0
        for (name, sequence), length in zip(listed, sequence_lengths):
            if len(sequence) != length or not all(map(operator.is_, tuple(sequence), sequence_items[offset:offset + length])):
                changed.append(name)
            offset += length
        return changed

    # Everything alive now is the interpreter itself: frozen out of collection, it costs no later
    # collection anything, and each job ends with a full one (`tidy`).
    gc.collect()
    gc.freeze()
    return tidy, check, describe, frozenset(functions)
