"""The frozen app's entry point: the same ``qbdesk`` command the wheel installs.

PyInstaller needs a script, not a console-script entry point; this one only hands
over to :func:`qbdesk.cli.main.main`, so the bundle and ``pip install`` behave alike.
"""

import multiprocessing
import sys

from qbdesk.cli.main import main

if __name__ == "__main__":
    # The sync engine runs in a process of its own (qbdesk.sync.remote), started with "spawn": in a bundle
    # that process is this executable again, and freeze_support() turns it into the engine, not a second app.
    multiprocessing.freeze_support()
    sys.exit(main())
