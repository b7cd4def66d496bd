"""Reference cycles a call leaves behind, counted for the code of given modules only.

``gc.collect() == 0`` after a call counts every unreachable object in the process, those a
background thread or an earlier test left as well (a fresh clone's full suite met 132 of
them); what a test of a recursive closure means is narrower: no function of *this*
module is left in a cycle (a closure referring to itself holds everything it walked).
"""

from __future__ import annotations

import gc
import types
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycles_left_by(*modules: types.ModuleType) -> Iterator[list]:
    """Run the block with the collector off; the list it yields then holds the functions
    of ``modules`` that a collection found unreachable (in a reference cycle)."""
    files = {module.__file__ for module in modules}
    found: list = []
    gc.collect()
    flags = gc.get_debug()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        yield found
        gc.collect()
        found.extend(o for o in gc.garbage
                     if isinstance(o, types.FunctionType) and o.__code__.co_filename in files)
    finally:
        gc.garbage.clear()
        gc.set_debug(flags)
        gc.enable()
