"""QuickBooks Desktop through Intuit's Web Connector: the SOAP service, qbXML, and a practice Desktop.

The Web Connector inverts control — it calls qbdesk — so the service runs the
normal :class:`~qbdesk.sync.engine.SyncEngine` in a worker thread with a
:class:`~qbdesk.desktop.client.QbwcClient` that speaks qbXML instead of JSON over
HTTP: one engine, one write path, one journal, for both QuickBooks products.
Facts about the protocol, with their sources, are in ``qbwc.md``; docs/desktop.md
says what is unconfirmed.
"""
