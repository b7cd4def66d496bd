"""Time the working tree's extractor beside an earlier revision's, in one process: a
script that prints figures (never a timed test).

    python benchmarks/beside.py REV [--corpora ../shared/corpora] [--repeat 3] [--peers]

A change's effect on speed is a few per cent, less than what separates two runs of
``bench.py`` on a machine others use; timed in the same process, page by page, the two
extractors see the same load. The revision's ``newscrawl`` package is exported
(``git archive``) into a temporary folder as the package ``nc_base`` (its imports
rewritten), and both extractors (profiles off) are timed beside the lxml floor, and with
``--peers`` trafilatura, exactly as ``bench.py extraction`` times its systems (the same
decoded pages, interleaved runs in rotating order, each after an untimed run on the page
before, the best of ``--repeat`` counted). Printed per corpus: both medians, the tree's
over the revision's, each over the floor and (``--peers``) over trafilatura.
Then, for steadiness, the same ratios run by run (run k of every page of every system,
taken moments apart): the median of the per-run ratios of medians and their lowest and
highest, the spread a single figure hides (more runs, ``--repeat``, narrow it).
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import bench  # noqa: E402

#: The name the revision's package is imported under.
BASE_PACKAGE = "nc_base"
_IMPORT = re.compile(r"\b(from|import) newscrawl\b")


def export_revision(revision: str, into: Path) -> Path:
    """The revision's ``newscrawl`` package written under ``into`` as ``nc_base``, its
    own imports pointing at itself."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "newscrawl"],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    package = into / BASE_PACKAGE
    (into / "newscrawl").rename(package)
    for path in package.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        rewritten = _IMPORT.sub(rf"\1 {BASE_PACKAGE}", source).replace('"newscrawl.', f'"{BASE_PACKAGE}.')
        if rewritten != source:
            path.write_text(rewritten, encoding="utf-8")
    return package


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("revision", help="the git revision to time beside the working tree")
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--peers", action="store_true", help="also time trafilatura")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newscrawl-beside-") as folder:
        export_revision(args.revision, Path(folder))
        sys.path.insert(0, folder)
        from nc_base import extract_article as base_extract  # noqa: PLC0415
        from newscrawl import extract_article  # noqa: PLC0415

        def systems(_with_peers: bool):
            chosen = [(bench.FLOOR, bench.parse_floor),
                      ("newscrawl", lambda html, url: extract_article(html, url, profile=False)),
                      (args.revision, lambda html, url: base_extract(html, url, profile=False))]
            if args.peers:
                from newscrawl.evaluate.peers import block_network, peer_systems  # noqa: PLC0415

                block_network()
                peers, _missing = peer_systems()
                chosen += [(peer.name, peer.extract) for peer in peers if peer.name == "trafilatura"]
            return chosen

        bench.extraction_systems = systems
        results = bench.bench_extraction(args.corpora, args.repeat, args.peers)
    print(f"| corpus | tree ms | {args.revision} ms | tree / {args.revision} | tree / floor "
          f"| {args.revision} / floor |" + (" tree / trafilatura | "
                                              f"{args.revision} / trafilatura |" if args.peers else ""))
    print("|---|---:|---:|---:|---:|---:|" + ("---:|---:|" if args.peers else ""))
    for corpus, figures in results.items():
        tree, base = figures["newscrawl"]["median"], figures[args.revision]["median"]
        floor = figures[bench.FLOOR]["median"]
        line = (f"| {corpus} | {tree:.2f} | {base:.2f} | {tree / base:.3f} | {tree / floor:.2f} "
                f"| {base / floor:.2f} |")
        if "trafilatura" in figures:
            peer = figures["trafilatura"]["median"]
            line += f" {tree / peer:.3f} | {base / peer:.3f} |"
        print(line)
    print()
    print("Steadiness: per run (each page's run k of every system, taken moments apart), the "
          "ratio of the run's medians; the median of those ratios and their lowest and highest.")
    print(f"| corpus | tree / {args.revision} per run | spread |" + (
        " tree / trafilatura per run | spread |" if args.peers else ""))
    print("|---|---:|---|" + ("---:|---|" if args.peers else ""))
    for corpus, figures in results.items():
        line = f"| {corpus} | " + _per_run(figures["newscrawl"], figures[args.revision])
        if "trafilatura" in figures:
            line += " " + _per_run(figures["newscrawl"], figures["trafilatura"])
        print(line)
    return 0


def _per_run(ours: dict, theirs: dict) -> str:
    """"median | low-high |" of the ratios of two systems' medians, run by run (pages a
    system failed on left out of both)."""
    import math
    import statistics

    ratios = []
    for mine, other in zip(ours["run_times"], theirs["run_times"]):
        pairs = [(x, y) for x, y in zip(mine, other) if not (math.isnan(x) or math.isnan(y))]
        if pairs:
            ratios.append(statistics.median(x for x, _ in pairs) / statistics.median(y for _, y in pairs))
    if not ratios:
        return "- | - |"
    return f"{statistics.median(ratios):.3f} | {min(ratios):.3f}-{max(ratios):.3f} |"


if __name__ == "__main__":
    raise SystemExit(main())
