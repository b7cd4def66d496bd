"""One place for defaults: every ``NEWSCRAWL_*`` setting the code reads has its default in
``newscrawl/defaults.py``, and no read site restates one (scanned in the source's syntax
tree), so changing a default there changes it everywhere."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from scrapy.settings import Settings

from newscrawl import defaults
from newscrawl.defaults import install_defaults, newscrawl_defaults, set_unless_chosen

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "newscrawl"
DEFAULTS = newscrawl_defaults()
SETTING = re.compile(r"NEWSCRAWL_[A-Z0-9_]+")


def setting_read(node: ast.AST) -> str | None:
    """The setting a ``<x>.get*("NEWSCRAWL_...")`` call reads, else None."""
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr.startswith("get") and node.args
            and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
            and SETTING.fullmatch(node.args[0].value)):
        return node.args[0].value
    return None


def restatements(tree: ast.AST, where: str) -> list[str]:
    """The read sites of ``tree`` that restate a default."""
    found = []
    for node in ast.walk(tree):
        name = setting_read(node)
        if name and (len(node.args) > 1 or any(k.arg == "default" for k in node.keywords)):
            found.append(f"{where}:{node.lineno} gives {name} a second argument")
        # `settings.get("NEWSCRAWL_X") or <the default again>`
        if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):
            name = setting_read(node.values[0])
            for value in node.values[1:]:
                if name in DEFAULTS and isinstance(value, ast.Constant) \
                        and value.value == DEFAULTS[name] and value.value not in ("", None):
                    found.append(f"{where}:{node.lineno} falls back to {name}'s default")
    return found


def scan() -> tuple[dict[str, list[str]], list[str]]:
    """({setting: [where it is read]}, [read sites that restate a default])."""
    reads: dict[str, list[str]] = {}
    restated = []
    for path in sorted(PACKAGE.rglob("*.py")):
        where = str(path.relative_to(ROOT))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            name = setting_read(node)
            if name:
                reads.setdefault(name, []).append(f"{where}:{node.lineno}")
        restated += restatements(tree, where)
    return reads, restated


def test_the_scan_sees_what_it_looks_for():
    source = ('a = s.getint("NEWSCRAWL_ROWS_PER_GROUP", 2000)\n'
              'b = s.get("NEWSCRAWL_OUTPUT") or "output"\n'
              'c = s.getfloat("NEWSCRAWL_RETRY_BACKOFF", default=1.0)\n'
              'd = s.get("NEWSCRAWL_PARQUET_COMPRESSION") or "none"\n')
    assert sorted(line.split(" ")[0] for line in restatements(ast.parse(source), "x")) == \
        ["x:1", "x:2", "x:3"]
    reads, _ = scan()
    assert "newscrawl/storage/dataset.py" in " ".join(reads["NEWSCRAWL_ROWS_PER_GROUP"])


def test_no_read_site_restates_a_default():
    _, restated = scan()
    assert not restated, "\n".join(restated)


def test_every_setting_read_has_its_default_in_defaults_py():
    reads, _ = scan()
    missing = {name: sites for name, sites in reads.items() if name not in DEFAULTS}
    assert not missing, missing


def test_no_other_module_assigns_a_newscrawl_default():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == PACKAGE / "defaults.py":
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, ast.AnnAssign) else []
            offenders += [f"{path.relative_to(ROOT)}:{node.lineno} {t.id}" for t in targets
                          if isinstance(t, ast.Name) and SETTING.fullmatch(t.id)]
    assert not offenders, offenders


def test_installing_keeps_every_value_someone_chose():
    settings = Settings()
    settings.set("NEWSCRAWL_OUTPUT", "/data/news", priority="project")
    settings.set("NEWSCRAWL_REPORT", False, priority="command")
    set_unless_chosen(settings, {"CONCURRENT_ITEMS": 8, "DOWNLOAD_TIMEOUT": 30})
    settings.set("DOWNLOAD_TIMEOUT", 5, priority="project")
    install_defaults(settings)
    assert settings.get("NEWSCRAWL_OUTPUT") == "/data/news"
    assert settings.getbool("NEWSCRAWL_REPORT") is False
    assert settings.getint("NEWSCRAWL_ROWS_PER_GROUP") == defaults.NEWSCRAWL_ROWS_PER_GROUP
    assert settings.getpriority("NEWSCRAWL_ROWS_PER_GROUP") == 15  # "addon"
    assert settings.getint("CONCURRENT_ITEMS") == 8  # replaced Scrapy's own default
    assert settings.getint("DOWNLOAD_TIMEOUT") == 5
    # A fresh copy each time: one crawl's change to a mutable default reaches no other.
    settings.getdict("NEWSCRAWL_HOST_MAP")["x.example"] = "127.0.0.1:1"
    assert newscrawl_defaults()["NEWSCRAWL_HOST_MAP"] == {}


def test_the_readme_settings_table_names_real_settings_with_their_defaults():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Settings"):]
    table = table[:table.index("\n## ", 1)]
    rows = [line for line in table.splitlines() if line.startswith("| `NEWSCRAWL_")]
    assert len(rows) >= 15
    for row in rows:
        names = SETTING.findall(row.split("|")[1])
        assert names and all(name in DEFAULTS for name in names), row
        shown = row.split("|")[2].strip().strip("`")
        value = DEFAULTS[names[0]]
        if " " in shown or "/" in shown:  # several values in one cell, or words
            continue
        spellings = {str(value).lower(), "empty" if value == "" else str(value)}
        if isinstance(value, float):
            spellings.add(f"{value:g}")
        assert shown.lower() in spellings, row
