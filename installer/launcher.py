"""Entry script for the frozen build: the same ``main`` as the ``custody-checklist`` command.

PyInstaller needs a script, not an entry point; keeping it this small means the frozen
app and the pip-installed command cannot drift apart.
"""

import sys

from custody_checklist.cli import main

if __name__ == "__main__":
    sys.exit(main())
