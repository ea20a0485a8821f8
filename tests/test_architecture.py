"""The Qt-free core stays Qt-free: checked by importing it with PySide6 made unimportable."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ("qbdesk.store", "qbdesk.qbo", "qbdesk.sync", "qbdesk.sandbox", "qbdesk.relay", "qbdesk.desktop")


def test_core_packages_import_without_qt() -> None:
    script = textwrap.dedent(f"""
        import importlib, pkgutil, sys
        for blocked in ("PySide6", "shiboken6"):
            sys.modules[blocked] = None  # any import of it now raises ImportError
        imported = []
        for name in {CORE!r}:
            pkg = importlib.import_module(name)
            imported.append(name)
            for info in pkgutil.walk_packages(pkg.__path__, name + "."):
                importlib.import_module(info.name)
                imported.append(info.name)
        print(len(imported))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= len(CORE)


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: " in result.stdout and " broken" in result.stdout
