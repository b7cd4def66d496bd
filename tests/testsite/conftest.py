"""Test-site tests: make the project importable when it is not installed into the venv.

``pytest`` run from the checkout does not put the project folder on ``sys.path`` by
itself (``python -m pytest`` does); this keeps ``.venv/bin/pytest tests/testsite`` working
either way.
"""

import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))
