"""The frozen app's entry point: the same ``qbdesk`` command the wheel installs.

PyInstaller needs a script, not a console-script entry point; this one only hands
over to :func:`qbdesk.cli.main.main`, so the bundle and ``pip install`` behave alike.
"""

import sys

from qbdesk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
