"""The examples need openenv-core and trl, which are not installed here: they must at least compile."""

import py_compile
import tempfile
import unittest
from pathlib import Path

from support import REPO_ROOT

EXAMPLES = sorted((REPO_ROOT / "python" / "examples").glob("*.py"))


class Examples(unittest.TestCase):
    def test_every_example_compiles(self):
        self.assertGreaterEqual(len(EXAMPLES), 2)
        with tempfile.TemporaryDirectory() as folder:
            for example in EXAMPLES:
                with self.subTest(example=example.name):
                    py_compile.compile(str(example), cfile=str(Path(folder) / (example.stem + ".pyc")), doraise=True)


if __name__ == "__main__":
    unittest.main()
