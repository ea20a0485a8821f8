"""A local QuickBooks Online: the v3 Accounting API, OAuth 2.0 and a practice company.

It is the ground truth for qbdesk's tests and a feature for users (rehearse a
migration before touching real books). Clients talk to it exactly as to
QuickBooks — same URLs, JSON, rules, faults and throttles — so code that works
here works against production. Start it with ``qbdesk sandbox serve`` or, in
process, with :class:`SandboxServer`.
"""

from qbdesk.sandbox.chaos import FaultPlan, Injector
from qbdesk.sandbox.clock import Clock
from qbdesk.sandbox.core import Sandbox, UnknownRealmError
from qbdesk.sandbox.server import SandboxServer
from qbdesk.sandbox.throttle import Limits

__all__ = ["Clock", "FaultPlan", "Injector", "Limits", "Sandbox", "SandboxServer", "UnknownRealmError"]
