"""Archive files served like a web archive does: byte ranges, and connections that break.

:func:`archive_routes` serves the files under a directory at their relative path (for
a CC-NEWS-shaped tree: ``/crawl-data/CC-NEWS/YYYY/MM/warc.paths.gz`` and the WARC files
it lists), for ``TestSite(..., extra_routes=...)``. A ``Range: bytes=N-`` (or ``N-M``)
request gets 206 with that slice; ``break_after`` cuts the first full download of each
file after that many bytes while announcing the whole length, as a dropped connection
does, so a reader has to resume with a Range request.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

from newscrawl.testsite.routes import Request, Response, Route

_RANGE = re.compile(r"bytes=(\d+)-(\d*)$")
OCTETS = "application/octet-stream"


def archive_routes(directory: str | Path, *, break_after: int | None = None) -> list[Route]:
    """Routes serving every file under ``directory`` (with Range support)."""
    root = Path(directory).resolve()
    broken: set[Path] = set()
    guard = threading.Lock()

    def respond(request: Request) -> Response | None:
        candidate = (root / request.path.lstrip("/")).resolve()
        if not candidate.is_relative_to(root) or not candidate.is_file():
            return None
        data = candidate.read_bytes()
        wanted = _RANGE.match(request.headers.get("range", "").strip())
        if wanted:
            first = int(wanted.group(1))
            last = int(wanted.group(2)) if wanted.group(2) else len(data) - 1
            if first >= len(data):
                return Response(status=416, body=b"", content_type=OCTETS,
                                headers=(("Content-Range", f"bytes */{len(data)}"),),
                                role="archive")
            last = min(last, len(data) - 1)
            return Response(status=206, body=data[first:last + 1], content_type=OCTETS,
                            headers=(("Accept-Ranges", "bytes"),
                                     ("Content-Range", f"bytes {first}-{last}/{len(data)}")),
                            role="archive")
        cut = None
        with guard:
            if break_after is not None and candidate not in broken and len(data) > break_after:
                broken.add(candidate)
                cut = break_after
        return Response(status=200, body=data, content_type=OCTETS, truncate_to=cut,
                        headers=(("Accept-Ranges", "bytes"),), role="archive",
                        fault="broken-connection" if cut is not None else None)

    return [Route("archive files", re.compile(r"/.+"), respond)]
