"""``qbdesk desktop``: the commands as a user runs them, in subprocesses with a throwaway keychain."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from qbdesk.desktop.practice.company import DesktopCompany
from qbdesk.desktop.practice.webconnector import WebConnector
from qbdesk.store import open_company
from qbdesk.store.lists import Customer
from tests.cli.clienv import qbdesk, user_env


def _company(tmp_path: Path) -> Path:
    path = tmp_path / "books.qbdesk"
    company = open_company(path, create=True)
    with company.session() as s:
        s.add(Customer(display_name="Ålesund Gardens"))
    company.close()
    return path


def test_password_goes_to_the_keychain_and_serve_prints_its_address_first(tmp_path: Path) -> None:
    env = user_env(tmp_path)
    company = _company(tmp_path)
    refused = qbdesk(env, "desktop", "serve", "--company", str(company))
    assert refused.returncode == 2 and "qbdesk desktop password" in refused.stderr
    short = subprocess.run([sys.executable, "-m", "qbdesk.cli.main", "desktop", "password", "--company", str(company)],
                           env=env, input="short\n", capture_output=True, text=True, timeout=120, check=False)
    assert short.returncode == 2 and "at least 8" in short.stderr
    kept = subprocess.run([sys.executable, "-m", "qbdesk.cli.main", "desktop", "password", "--company", str(company)],
                          env=env, input="garden-shed-42\n", capture_output=True, text=True, timeout=120, check=False)
    assert kept.returncode == 0, kept.stderr

    server = subprocess.Popen([sys.executable, "-m", "qbdesk.cli.main", "desktop", "serve", "--company", str(company)],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        first = json.loads(server.stdout.readline())
        assert first["url"].startswith("http://localhost:") and first["username"] == "qbdesk"
        desktop = DesktopCompany()
        assert WebConnector(first["url"], desktop, first["username"], "not it").run().status == "nvu"
        result = WebConnector(first["url"], desktop, first["username"], "garden-shed-42").run()
        assert result.status == "done", result.last_error
        assert desktop.find_by_name("Customer", "Ålesund Gardens") is not None
    finally:
        server.terminate()
        server.communicate(timeout=60)   # and closes the pipes
    assert server.returncode == 0


def test_qwc_is_stable_per_company_and_https_except_on_this_computer(tmp_path: Path) -> None:
    env = user_env(tmp_path)
    company = str(_company(tmp_path))
    other = tmp_path / "other"
    other.mkdir()
    second_company = str(_company(other))
    remote = qbdesk(env, "desktop", "qwc", "--company", company, "--url", "http://office-pc:8080/qbwc",
                    "--out", str(tmp_path / "a.qwc"))
    assert remote.returncode == 2 and "HTTPS" in remote.stderr
    files = []
    for n, (target, url) in enumerate(((company, "https://office-pc.example.com:8443/qbwc"),
                                       (company, "http://localhost:8080/qbwc"),
                                       (second_company, "http://localhost:8080/qbwc"))):
        out = tmp_path / f"{n}.qwc"
        done = qbdesk(env, "desktop", "qwc", "--company", target, "--url", url, "--out", str(out))
        assert done.returncode == 0, done.stderr
        files.append(ET.parse(out).getroot())
    first, again, other_company = files
    assert first.findtext("AppURL") == "https://office-pc.example.com:8443/qbwc"
    assert first.findtext("Scheduler/RunEveryNMinutes") == "15" and first.findtext("QBType") == "QBFS"
    for tag in ("AppID", "OwnerID", "FileID"):
        assert first.findtext(tag) == again.findtext(tag)
    assert first.findtext("OwnerID") == other_company.findtext("OwnerID")      # one per application
    assert first.findtext("FileID") != other_company.findtext("FileID")        # one per company file
    assert (first.findtext("FileID") or "").startswith("{")
    wrong = qbdesk(env, "desktop", "qwc", "--company", company, "--url", "http://localhost:1/qbwc", "--out",
                   str(tmp_path / "x.txt"))
    assert wrong.returncode == 2 and ".qwc" in wrong.stderr


def test_practice_runs_a_session_and_keeps_its_desktop(tmp_path: Path) -> None:
    env = user_env(tmp_path)
    company = str(_company(tmp_path))
    desktop = tmp_path / "desktop.xml"
    first = qbdesk(env, "desktop", "practice", "--company", company, "--desktop", str(desktop), "--size", "60",
                   "--seed", "2", "--json")
    assert first.returncode == 0, first.stderr
    doc = json.loads(first.stdout)
    assert doc["status"] == "done" and doc["writes"] >= 1 and doc["problems"] == 0
    assert "Ålesund Gardens".encode("ascii", "xmlcharrefreplace") in desktop.read_bytes()
    again = json.loads(qbdesk(env, "desktop", "practice", "--company", company, "--desktop", str(desktop),
                              "--json").stdout)
    assert again["status"] == "done" and again["writes"] == 0
    missing = qbdesk(env, "desktop", "practice", "--company", str(tmp_path / "nope.qbdesk"))
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


def test_task_keeps_the_service_running_at_log_on_and_restarts_it(tmp_path: Path) -> None:
    """The Task Scheduler file: parsed back as Windows reads it (UTF-16, its namespace), the command runs
    `desktop serve` for this company on the .qwc's port, at log on, without a time limit, restarted on failure."""
    env = user_env(tmp_path)
    folder = tmp_path / "Office Books"  # a space in the path: the argument must come back whole
    folder.mkdir()
    company = str(_company(folder))
    out = tmp_path / "qbdesk-task.xml"
    done = qbdesk(env, "desktop", "task", "--company", company, "--port", "8088", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "schtasks /Create /XML" in done.stdout
    raw = out.read_bytes()
    assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # UTF-16 with its byte-order mark, as Task Scheduler exports
    root = ET.fromstring(raw.decode("utf-16").split("?>", 1)[1])
    ns = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
    assert root.get("version") == "1.2"
    assert root.find("t:Triggers/t:LogonTrigger/t:Enabled", ns).text == "true"  # type: ignore[union-attr]
    settings = root.find("t:Settings", ns)
    assert settings is not None
    assert settings.findtext("t:ExecutionTimeLimit", namespaces=ns) == "PT0S"
    assert settings.findtext("t:RestartOnFailure/t:Interval", namespaces=ns) == "PT1M"
    assert settings.findtext("t:MultipleInstancesPolicy", namespaces=ns) == "IgnoreNew"
    assert root.findtext("t:Actions/t:Exec/t:Command", namespaces=ns) == sys.executable
    arguments = root.findtext("t:Actions/t:Exec/t:Arguments", namespaces=ns) or ""
    assert arguments.endswith(f'desktop serve --company "{company}" --port 8088'), arguments

    bad_port = qbdesk(env, "desktop", "task", "--company", company, "--port", "0", "--out", str(out))
    assert bad_port.returncode == 2 and ".qwc" in bad_port.stderr and "Traceback" not in bad_port.stderr
    not_xml = qbdesk(env, "desktop", "task", "--company", company, "--port", "8088",
                     "--out", str(tmp_path / "task.txt"))
    assert not_xml.returncode == 2 and ".xml" in not_xml.stderr and not (tmp_path / "task.txt").exists()
