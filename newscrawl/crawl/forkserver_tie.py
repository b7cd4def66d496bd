"""Imported by the extraction pool's forkserver, and by nothing else: importing it ties
the importing process to its parent, the crawl (see :mod:`newscrawl.crawl.lifeline`).

The forkserver only runs imports before it starts forking workers, so the tie is made
as a side effect of this module's import, which is all this module does.
"""

from newscrawl.crawl.lifeline import bind_forkserver

bind_forkserver()
