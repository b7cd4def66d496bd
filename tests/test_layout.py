"""The package's import graph: no cycles (function-level imports included), no module
importing another module's private names, and the subpackages layered top-down."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "newscrawl"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imports_of(name: str) -> list[tuple[str, str | None, int]]:
    """(module imported, name taken from it or None, line) for every import statement of a
    module, at any depth (inside functions and classes too)."""
    path = MODULES[name]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, None, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                if path.name != "__init__.py":
                    base = base[:-1]
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                if submodule in MODULES:
                    found.append((submodule, None, node.lineno))
                else:
                    found.append((target, alias.name, node.lineno))
    return [(target, taken, line) for target, taken, line in found if target in MODULES]


GRAPH = {name: sorted({target for target, _, _ in imports_of(name)} - {name}) for name in MODULES}


def find_cycle(graph: dict[str, list[str]]) -> list[str] | None:
    """One cycle of the graph as a path that starts and ends at the same module."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in graph.get(node, ()):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                cycle = visit(nxt)
                if cycle:
                    return cycle
        stack.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            cycle = visit(start)
            if cycle:
                return cycle
    return None


def test_the_finder_sees_a_cycle():
    assert find_cycle({"a": ["b"], "b": ["c"], "c": ["a"]}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": ["b"], "b": []}) is None


def test_the_graph_reads_function_level_imports():
    # newscrawl/__init__.py imports extract_article inside a function.
    assert "newscrawl.extract" in GRAPH["newscrawl"]


def test_no_import_cycle():
    cycle = find_cycle(GRAPH)
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_no_private_names_imported_from_another_module():
    offenders = [f"{MODULES[name].relative_to(PACKAGE.parent)}:{line} takes {taken} from {target}"
                 for name in MODULES for target, taken, line in imports_of(name)
                 if taken and taken.startswith("_") and not taken.startswith("__")]
    assert not offenders, "\n".join(offenders)


#: Subpackages, each allowed to import only those after it (and the root modules).
LAYERS = ["commands", "distributed", "crawl", "report", "storage", "evaluate",
          "testsite", "extract", "model"]
#: Root modules every layer may use.
FOUNDATION = {"newscrawl.errors", "newscrawl.text", "newscrawl.urls", "newscrawl.version",
              "newscrawl.defaults", "newscrawl.stats"}


def layer_of(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else None


def test_subpackages_import_downwards():
    upward = []
    for name in MODULES:
        here = layer_of(name)
        if here is None:
            continue
        for target in GRAPH[name]:
            there = layer_of(target)
            if target in FOUNDATION or there is None and target not in MODULES:
                continue
            if there is None or (there != here and LAYERS.index(there) < LAYERS.index(here)):
                upward.append(f"{name} -> {target}")
    assert not upward, "\n".join(upward)
