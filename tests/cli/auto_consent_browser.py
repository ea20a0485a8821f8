"""A "browser" for ``$BROWSER``: opens the authorize URL with the practice QuickBooks' auto-consent and follows
every redirect (to the sign-in relay, then to qbdesk's loopback listener), like a user clicking Connect."""

import sys

import requests

if __name__ == "__main__":
    requests.get(sys.argv[1] + "&auto_consent=true", timeout=60, allow_redirects=True)
