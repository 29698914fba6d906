"""``python -m actionplan``: the same command as the ``actionplan`` script."""

from __future__ import annotations

import sys

from actionplan.cli import main

sys.exit(main())
