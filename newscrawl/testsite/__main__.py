"""``python -m newscrawl.testsite``: serve a local site on 127.0.0.1 until Ctrl-C / SIGTERM.

Options (one default site, plus any number of virtual hosts)::

    --root DIR            a site root holding site.json (default: the bundled demo)
    --corpus DIR          a labelled corpus (zyte or fundus-dev layout) as one site
    --generate N          N synthetic articles built on request (--seed S, default 1)
    --site HOST=DIR       serve DIR (a site root) to requests whose Host header is HOST;
                          repeatable
    --faults SPEC         faults, e.g. "503:share=0.1,first=1;delay:seconds=1,paths=/news/*"
                          (see newscrawl.testsite.faults)
    --port N              port on 127.0.0.1 (default 0: any free port)

Prints ``serving http://127.0.0.1:PORT/ from WHAT`` once the port is bound (and, with
``--site``, a ``host map {...}`` line to pass as ``-s NEWSCRAWL_HOST_MAP=...``), then
answers until interrupted, and exits 0. A bad root, corpus or spec exits 2.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from newscrawl.testsite.faults import FaultSpecError
from newscrawl.testsite.manifest import ManifestError
from newscrawl.testsite.server import DEMO_ROOT, TestSite


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(
        prog="python -m newscrawl.testsite",
        description="Serve a newscrawl test site (default: the bundled demo) on 127.0.0.1.")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--root", default=None,
                        help="site root holding site.json (default: the demo site)")
    source.add_argument("--corpus", metavar="DIR",
                        help="serve a labelled corpus directory (zyte / fundus-dev) as one site")
    source.add_argument("--generate", metavar="N", type=int,
                        help="serve N generated articles (deterministic from --seed)")
    parser.add_argument("--seed", type=int, default=1, help="seed of --generate (default 1)")
    parser.add_argument("--site", action="append", default=[], metavar="HOST=DIR",
                        help="a virtual host: requests for HOST get the site at DIR")
    parser.add_argument("--faults", default="", metavar="SPEC",
                        help="faults to inject (see newscrawl.testsite.faults)")
    parser.add_argument("--port", type=int, default=0,
                        help="port to bind on 127.0.0.1 (default 0: a free port)")
    return parser.parse_args(argv)


def build_site(args: argparse.Namespace) -> tuple[TestSite, str]:
    """The TestSite the arguments describe, and what it serves (for the first line)."""
    sites = {}
    for item in args.site:
        host, sep, root = item.partition("=")
        if not sep or not host or not root:
            raise ValueError(f"--site needs HOST=DIR, got {item!r}")
        sites[host] = root
    options = {"port": args.port, "sites": sites, "faults": args.faults}
    if args.corpus:
        return TestSite.from_corpus(args.corpus, **options), args.corpus
    if args.generate is not None:
        return (TestSite.generated(args.generate, seed=args.seed, **options),
                f"{args.generate} generated articles (seed {args.seed})")
    root = args.root or str(DEMO_ROOT)
    site = TestSite(root=root, **options)
    return site, str(site.root)


def main(argv: list[str] | None = None) -> int:
    """Serve until SIGINT or SIGTERM; return the exit status."""
    args = parse_args(argv)
    stop_requested = threading.Event()

    def request_stop(signum, frame):
        stop_requested.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    try:
        site, what = build_site(args)
        site.start()
    except (ManifestError, FaultSpecError, OSError, ValueError) as exc:
        source = args.corpus or args.root or "the site"
        print(f"cannot serve {source}: {exc}", file=sys.stderr)
        return 2
    print(f"serving {site.base_url} from {what}", flush=True)
    if site.sites:
        print(f"host map {site.host_map(as_json=True)}", flush=True)
    try:
        while not stop_requested.wait(0.2):
            pass
    finally:
        site.stop()
    print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
