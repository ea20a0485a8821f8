"""qbdesk's sign-in relay: the small, stateless web service that holds the app's client secret.

Intuit issues tokens only to an app that shows its client secret, and the secret
must never ship inside an app a user can unpack (qbo-api.md Part 2 §6); Intuit's
production redirect must also be an HTTPS address on the vendor's domain. The
relay is both: the registered redirect URI, and the only holder of the secret.
It exchanges an authorization code the moment the browser brings it back and
sends the tokens on to the desktop sealed for the one app instance that started
the sign-in (:mod:`qbdesk.qbo.sealing`); it refreshes and revokes tokens the desktop
sends it, answering with QuickBooks' own status and body. It stores nothing — no
database, no file, no token in memory beyond the request — logs no token, and
limits each address's rate.

Qt-free and small on purpose: it needs only the standard library, ``requests`` and
``cryptography``, so a container runs it without the desktop app
(``packaging/relay/``). Run it with ``qbdesk relay serve`` or ``python -m qbdesk.relay``.
"""
