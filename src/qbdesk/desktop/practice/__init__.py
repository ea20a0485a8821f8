"""The practice QuickBooks Desktop: a company answering qbXML with Desktop's rules, and a Web Connector.

For tests and rehearsals on a machine without Windows or QuickBooks:
:mod:`.company` answers qbXML requests as a Desktop company file would (its
codes and messages, qbwc.md §3.6), :mod:`.seed` fills it from the same business
generator as the QuickBooks Online sandbox's practice company, and
:mod:`.webconnector` drives a session against the service the way the Web
Connector does (qbwc.md §1.4). docs/desktop.md says what it covers and what not.
"""
