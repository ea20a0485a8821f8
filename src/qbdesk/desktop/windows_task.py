"""Keeping the Web Connector service running on the office PC: a Windows Task Scheduler task.

The Web Connector calls the service on a schedule, whether or not anyone has qbdesk's window open, so the
service must start with the session and come back if it stops. A task "at log on" that restarts on
failure does that without a Windows service wrapper (which would need administrator rights and a separate
executable): the bookkeeper imports the file with ``schtasks /Create /XML FILE /TN NAME`` or Task
Scheduler's *Import Task…*. The document is Task Scheduler's own XML (schema 1.2, the format its *Export*
writes: UTF-16 with a byte-order mark), so it can be read, changed and re-imported with Windows' tools.
"""

from __future__ import annotations

import sys
from xml.etree import ElementTree as ET

NAMESPACE = "http://schemas.microsoft.com/windows/2004/02/mit/task"
TASK_NAME = "qbdesk Web Connector service"


def this_program() -> tuple[str, list[str]]:
    """How this qbdesk is started: the installed executable itself, or this Python with the module."""
    if getattr(sys, "frozen", False):
        return sys.executable, []
    return sys.executable, ["-m", "qbdesk.cli.main"]


def serve_task(company: str, port: int) -> bytes:
    """The task that runs ``qbdesk desktop serve`` for ``company`` on ``port`` (the .qwc file's address)."""
    program, first = this_program()
    return task_document(program, [*first, "desktop", "serve", "--company", company, "--port", str(port)],
                         description=f"Answers the QuickBooks Web Connector for {company} (qbdesk).")


def _quote(argument: str) -> str:
    """One argument as Windows' command-line parser reads it back (quotes around spaces; inner quotes doubled)."""
    if argument and not any(c in argument for c in ' \t"'):
        return argument
    return '"' + argument.replace('"', '""') + '"'


def task_document(program: str, arguments: list[str], *, description: str) -> bytes:
    """The task: run ``program arguments`` at log on of the user who imports it, never time-limited, restarted
    every minute (up to 999 times) when it stops with an error, not started twice."""
    ET.register_namespace("", NAMESPACE)

    def sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
        element = ET.SubElement(parent, f"{{{NAMESPACE}}}{tag}")
        if text is not None:
            element.text = text
        return element

    task = ET.Element(f"{{{NAMESPACE}}}Task", {"version": "1.2"})
    info = sub(task, "RegistrationInfo")
    sub(info, "Description", description)
    sub(info, "URI", "\\" + TASK_NAME)
    trigger = sub(sub(task, "Triggers"), "LogonTrigger")
    sub(trigger, "Enabled", "true")
    principal = sub(sub(task, "Principals"), "Principal", None)
    principal.set("id", "Author")
    sub(principal, "LogonType", "InteractiveToken")  # the user's session: its keychain holds the password
    sub(principal, "RunLevel", "LeastPrivilege")
    settings = sub(task, "Settings")
    sub(settings, "MultipleInstancesPolicy", "IgnoreNew")
    sub(settings, "DisallowStartIfOnBatteries", "false")
    sub(settings, "StopIfGoingOnBatteries", "false")
    sub(settings, "ExecutionTimeLimit", "PT0S")  # no limit: it is a service
    restart = sub(settings, "RestartOnFailure")
    sub(restart, "Interval", "PT1M")
    sub(restart, "Count", "999")
    sub(settings, "Enabled", "true")
    sub(settings, "Hidden", "false")
    action = sub(sub(task, "Actions", None), "Exec")
    task.find(f"{{{NAMESPACE}}}Actions").set("Context", "Author")  # type: ignore[union-attr]
    sub(action, "Command", program)
    sub(action, "Arguments", " ".join(_quote(a) for a in arguments))
    ET.indent(task)
    text = '<?xml version="1.0" encoding="UTF-16"?>\n' + ET.tostring(task, encoding="unicode") + "\n"
    return text.replace("\n", "\r\n").encode("utf-16")  # with its byte-order mark, as Task Scheduler writes it
