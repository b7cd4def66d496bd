"""Distributed mode: several workers share one frontier in Redis (see :mod:`.mode`)."""
from newscrawl.distributed.mode import DistributedMode

__all__ = ["DistributedMode"]
