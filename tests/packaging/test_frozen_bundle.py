"""The installable app: build the bundle with the real spec, then use it as a user would.

The build is the one ``scripts/build_app.py`` runs (translations, icons, PyInstaller
with ``packaging/qbdesk.spec``), into a temporary folder, once per test session
(about a minute): the Linux bundle here and in CI, the macOS or Windows one on those.
The frozen program then runs its own ``--self-test`` headless, command-line commands
and ``--help``. The same self-test also runs unfrozen, fast, so a broken step shows
up without waiting for a build.

Keychain: the tests never touch the developer's keychain. ``PYTHON_KEYRING_BACKEND``
selects keyring's "fail" backend, so the self-test reports that no OS keychain is
available and (with ``QBDESK_SELFTEST_MEMORY_KEYRING=1``) checks the token round trip
with an in-memory keyring instead; it still checks that the OS backend is bundled.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEADLESS = {
    "QT_QPA_PLATFORM": "offscreen",
    "QBDESK_SELFTEST_MEMORY_KEYRING": "1",
    "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
}
STEPS = ("bundle", "company", "sandbox", "connect", "sync", "window", "languages", "keychain")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(HEADLESS)
    env.pop("QBDESK_AUTOQUIT_MS", None)
    return env


def _check_self_test(result: subprocess.CompletedProcess[str]) -> None:
    report = f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert result.returncode == 0, report
    lines = result.stdout.splitlines()
    for step in STEPS:
        assert any(line.startswith(f"ok   {step} ") for line in lines), f"step {step} not passed\n{report}"
    assert lines[-1].startswith("self-test passed"), report
    assert "Traceback" not in result.stderr, report


def test_self_test_unfrozen(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "qbdesk.cli.main", "--self-test", "--basedir", str(tmp_path)],
                            capture_output=True, text=True, env=_env(), timeout=180, check=False)
    _check_self_test(result)
    assert "checked with the in-memory keyring" in result.stdout  # said plainly, never silently


def test_self_test_fails_clearly_without_a_keychain(tmp_path: Path) -> None:
    env = _env()
    env.pop("QBDESK_SELFTEST_MEMORY_KEYRING")
    result = subprocess.run([sys.executable, "-m", "qbdesk.cli.main", "--self-test", "--basedir", str(tmp_path)],
                            capture_output=True, text=True, env=env, timeout=180, check=False)
    assert result.returncode == 1, result.stdout + result.stderr
    fail = next(line for line in result.stdout.splitlines() if line.startswith("FAIL"))
    assert fail.split()[1] == "keychain"
    assert "no OS keychain is available" in fail and "QBDESK_SELFTEST_MEMORY_KEYRING=1" in fail
    assert "self-test FAILED at step 'keychain'" in result.stdout


# --- the frozen bundle ------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build once per session with the real build command; the path of the frozen ``qbdesk``."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -r requirements/dev.lock)")
    base = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_app.py"), "--no-setup",
         "--distpath", str(base / "dist"), "--workpath", str(base / "work")],
        capture_output=True, text=True, timeout=600, check=False, cwd=ROOT,
    )
    assert result.returncode == 0, f"build failed\nstdout:\n{result.stdout[-5000:]}\nstderr:\n{result.stderr[-5000:]}"
    if sys.platform == "darwin":
        exe = base / "dist" / "qbdesk.app" / "Contents" / "MacOS" / "qbdesk"
    elif os.name == "nt":
        exe = base / "dist" / "qbdesk" / "qbdesk-cli.exe"  # the console twin: its output can be read
    else:
        exe = base / "dist" / "qbdesk" / "qbdesk"
    assert exe.is_file() and os.access(exe, os.X_OK)
    return exe


def _run(exe: Path, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=_env(), timeout=timeout,
                          check=False)


@pytest.mark.slow
def test_frozen_self_test(frozen: Path, tmp_path: Path) -> None:
    result = _run(frozen, "--self-test", "--basedir", str(tmp_path))
    _check_self_test(result)
    assert f"({sys.platform}, frozen," in result.stdout
    # The Secret Service backend is in the bundle (keyring finds it through its entry points):
    # the keychain step fails when the OS backend is missing, so passing proves it.


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
                    reason="needs dbus-run-session and gnome-keyring-daemon (apt-get install gnome-keyring dbus-x11)")
def test_frozen_self_test_with_a_real_secret_service(frozen: Path, tmp_path: Path) -> None:
    """The bundled SecretService backend talks to GNOME Keyring in a private D-Bus session."""
    home = tmp_path / "home"
    (home / ".cache").mkdir(parents=True)
    env = _env()
    for name in ("QBDESK_SELFTEST_MEMORY_KEYRING", "PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS",
                 "XDG_RUNTIME_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env.pop(name, None)
    env["HOME"] = str(home)  # the throwaway keyring lives here, never in the developer's own
    script = 'echo selftest | gnome-keyring-daemon --unlock >/dev/null && "$0" --self-test --basedir "$1"'
    result = subprocess.run(["dbus-run-session", "--", "sh", "-c", script, str(frozen), str(tmp_path / "base")],
                            capture_output=True, text=True, env=env, timeout=180, check=False)
    _check_self_test(result)
    assert "with keyring.backends.SecretService.Keyring" in result.stdout, result.stdout


@pytest.mark.slow
def test_frozen_command_line(frozen: Path, tmp_path: Path) -> None:
    help_text = _run(frozen, "--help")
    assert help_text.returncode == 0, help_text.stderr
    for command in ("demo-data", "sync", "sandbox", "--self-test"):
        assert command in help_text.stdout
    version = _run(frozen, "--version")
    assert version.stdout.strip() == f"qbdesk {_project_version()}"

    company = tmp_path / "demo.qbdesk"
    made = _run(frozen, "demo-data", "--company", str(company), "--size", "150", "--seed", "4", "--json")
    assert made.returncode == 0, made.stderr
    report = json.loads(made.stdout)
    assert report["records"] > 100 and company.is_file()
    summary = _run(frozen, "summary", "--company", str(company), "--json")
    assert summary.returncode == 0, summary.stderr
    assert json.loads(summary.stdout)["records"] == report["records"]


@pytest.mark.slow
def test_frozen_window_starts_and_quits(frozen: Path, tmp_path: Path) -> None:
    env = _env()
    env["QBDESK_AUTOQUIT_MS"] = "0"
    result = subprocess.run([str(frozen), "--basedir", str(tmp_path), "--lang", "fr"], capture_output=True,
                            text=True, env=env, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    log = (tmp_path / "logs" / "qbdesk.log").read_text(encoding="utf-8")
    assert "window shown" in log
    assert "qtbase_fr, qbdesk_fr" in log  # both catalogues found inside the bundle
    assert " WARNING " not in log and " ERROR " not in log, log


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="checks the Linux layout (.so names, menu entry)")
def test_bundle_contents(frozen: Path) -> None:
    """What the spec promises: data where the code looks, Qt trimmed, dev tools left out, extras at the top."""
    folder = frozen.parent
    internal = folder / "_internal"
    for relative in ("qbdesk/ui/i18n/qbdesk_fr.qm", "qbdesk/ui/i18n/qbdesk_es.qm",
                     "qbdesk/store/migrations/env.py", "qbdesk/store/migrations/script.py.mako",
                     "resources/icons/qbdesk.svg", "resources/csv-templates/invoices.csv",
                     "resources/oauth-relay.html", "PySide6/Qt/translations/qtbase_fr.qm",
                     "PySide6/Qt/translations/qtbase_es.qm", "PySide6/Qt/plugins/platforms/libqxcb.so",
                     "PySide6/Qt/plugins/iconengines/libqsvgicon.so"):
        assert (internal / relative).is_file(), relative
    assert sorted(p.name for p in (internal / "PySide6/Qt/translations").iterdir()) == [
        "qtbase_en.qm", "qtbase_es.qm", "qtbase_fr.qm"]
    names = {p.name for p in internal.rglob("*")}
    for unwanted in ("libQt6Pdf.so.6", "libQt6Qml.so.6", "libQt6Quick.so.6", "libqgtk3.so", "libqpdf.so",
                     "pytest", "hypothesis", "keyrings", "mypy", "tkinter"):
        assert unwanted not in names, unwanted
    assert not (internal / "faker/providers/address/de_DE").exists()
    assert (internal / "faker/providers/address/fr_FR").is_dir()
    assert not [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()], "dangling symlinks"
    for extra in ("qbdesk.desktop", "qbdesk.png", "install-desktop-entry.sh"):
        assert (folder / extra).is_file(), extra
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 200e6, f"the bundle grew to {size / 1e6:.0f} MB"


def _project_version() -> str:
    import tomllib

    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])
