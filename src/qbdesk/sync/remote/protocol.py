"""What crosses the pipe between the window's process and the engine's, and how exceptions survive it.

Every message is a tuple whose first item says what it is. Window → engine:
``("job", Request)``, ``("cancel",)``, ``("answer", ok, value)`` (to an ``ask``),
``("close",)``. Engine → window: ``("ask", method, argument)`` (the access token,
or a refresh), ``("log", fields)``, ``("event", name, payload)`` (phase, progress,
problem, planned), ``("done", result)``, ``("failed", PackedError)``, and
``("part", operations)`` ahead of a plan's event or result.

A plan of 10,000 records is 2 MB pickled and took 36 ms to unpickle in one piece —
36 ms the window could not paint, since unpickling never lets go of the GIL. So a
plan crosses in parts of :data:`PART` operations (a few milliseconds each; the
window gets its turn between them), then its head with no operations; the
receiver joins them (:func:`split`, :func:`join`).

Only plain data crosses: settings, plans, progress, summaries (dataclasses of
str, int, Decimal and dates). An exception crosses *by its state*, not by its
constructor, because several of ours take other arguments than they pass to
``Exception`` (``SyncBusy(holder)``, ``NotSyncHost(host)``…) and pickle would call
them wrongly on the way back; the window then still recognises ``SyncBusy`` and
says who holds the lock.
"""

from __future__ import annotations

import dataclasses
import pickle
import traceback
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qbdesk.qbo.governor import Limits
    from qbdesk.sync.settings import SyncSettings

PLAN = "plan"
RUN = "run"
UNDO = "undo"
PART = 500  # operations per message of a plan in parts


@dataclass(frozen=True)
class ClientSpec:
    """Enough to build, in the engine's process, a client like the window's — without its secrets."""

    realm_id: str
    api_base: str
    time_scale: float
    limits: Limits
    max_attempts: int
    backoff: float


@dataclass(frozen=True)
class Request:
    """One job for the engine process (the worker thread's :class:`~qbdesk.ui.sync.worker.Job`, minus
    what cannot cross: the live client becomes a :class:`ClientSpec`, the cancel flag a message)."""

    kind: str
    client: ClientSpec | None
    settings: SyncSettings | None = None
    refresh: bool = False
    resume: bool = False
    run_id: str | None = None


class RemoteTraceback(Exception):
    """The engine process's traceback, chained under the exception it raised (as concurrent.futures does)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class EngineStopped(Exception):
    """The engine process ended in the middle of a job (killed, crashed, out of memory).

    A sync it was running is an interrupted run, like after a crash of the app:
    resuming it settles what the journal holds, so nothing is sent twice.
    """


@dataclass(frozen=True)
class PackedError:
    """An exception as bytes: its class, ``args`` and ``__dict__``; or, if those cannot cross, its words."""

    module: str
    name: str
    state: bytes | None     # pickle of (args, __dict__), None when that failed
    text: str               # str(exc), for the fallback
    trace: str              # the formatted traceback in the engine's process


def pack_error(exc: BaseException) -> PackedError:
    cls = type(exc)
    trace = "".join(traceback.format_exception(cls, exc, exc.__traceback__))
    state: bytes | None
    try:
        state = pickle.dumps((exc.args, dict(vars(exc))))
        pickle.loads(state)  # what cannot come back must not be sent
    except Exception:
        state = None
    return PackedError(cls.__module__, cls.__qualname__, state, str(exc), trace)


def unpack_error(packed: PackedError) -> BaseException:
    """The exception again, of its own class when that class can be found, its traceback chained under it."""
    exc: BaseException | None = None
    if packed.state is not None:
        try:
            cls = _find_class(packed.module, packed.name)
            args, state = pickle.loads(packed.state)
            exc = cls.__new__(cls)
            exc.args = args
            vars(exc).update(state)
        except Exception:
            exc = None
    if exc is None:
        exc = RuntimeError(f"{packed.name}: {packed.text}")
    exc.__cause__ = RemoteTraceback(packed.trace)
    return exc


def _find_class(module: str, name: str) -> type[BaseException]:
    import importlib
    import sys

    # Our own modules may be imported for it; anything else only if this process already has it.
    target: Any = importlib.import_module(module) if module.split(".")[0] == "qbdesk" else sys.modules[module]
    for part in name.split("."):
        target = getattr(target, part)
    if not (isinstance(target, type) and issubclass(target, BaseException)):
        raise TypeError(f"{module}.{name} is not an exception")
    return target


def split(value: Any) -> tuple[list[list[Any]], Any]:
    """A plan's operations in parts, and the plan without them; anything else as it is (no parts)."""
    from qbdesk.sync.plan import Plan

    if isinstance(value, Plan) and len(value.operations) > PART:
        ops = value.operations
        return [ops[i:i + PART] for i in range(0, len(ops), PART)], dataclasses.replace(value, operations=[])
    return [], value


def join(head: Any, parts: list[list[Any]]) -> Any:
    """The plan again from its head and parts (``head`` itself when nothing came in parts)."""
    if not parts:
        return head
    return dataclasses.replace(head, operations=[op for part in parts for op in part])
