"""``python -m newscrawl.testsite [--root DIR] [--port N]``: serve a site until Ctrl-C / SIGTERM.

Prints one line, ``serving http://127.0.0.1:PORT/ from DIR``, once the port is bound,
then answers until interrupted, and exits 0.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from newscrawl.testsite.manifest import ManifestError
from newscrawl.testsite.server import DEMO_ROOT, TestSite


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line: the site root and the port (0 = any free port)."""
    parser = argparse.ArgumentParser(
        prog="python -m newscrawl.testsite",
        description="Serve a newscrawl test site (default: the bundled demo) on 127.0.0.1.")
    parser.add_argument("--root", default=str(DEMO_ROOT),
                        help="site root holding site.json (default: the demo site)")
    parser.add_argument("--port", type=int, default=0,
                        help="port to bind on 127.0.0.1 (default 0: a free port)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Serve until SIGINT or SIGTERM; return the exit status."""
    args = parse_args(argv)
    stop_requested = threading.Event()

    def request_stop(signum, frame):
        stop_requested.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    try:
        site = TestSite(root=args.root, port=args.port)
        site.start()
    except (ManifestError, OSError) as exc:
        print(f"cannot serve {args.root}: {exc}", file=sys.stderr)
        return 2
    print(f"serving {site.base_url} from {site.root}", flush=True)
    try:
        while not stop_requested.wait(0.2):
            pass
    finally:
        site.stop()
    print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
