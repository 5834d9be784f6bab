"""``python -m phancong.cli``: the same as the ``phancong`` command."""

import sys

from . import main

sys.exit(main())
