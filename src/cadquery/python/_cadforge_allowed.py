"""What a candidate may import: cadquery and the standard library's pure modules. Everything else
(js, pyodide, os, files, network, numpy, ...) is refused at the import, naming the module."""

ALLOWED_MODULES = frozenset(
    "cadquery math cmath random itertools functools collections typing dataclasses enum fractions "
    "decimal statistics string re copy operator numbers abc bisect heapq textwrap".split()
)
