"""``python -m qbdesk.relay serve``: the relay without the desktop app's command line (containers)."""

import sys

from qbdesk.relay.serve import main

if __name__ == "__main__":
    sys.exit(main())
