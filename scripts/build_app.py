#!/usr/bin/env python3
"""Build the installable app from a clean clone: translations, icons, the PyInstaller bundle.

    python3 scripts/build_app.py                 # dist/qbdesk (Linux, Windows) or dist/qbdesk.app (macOS)
    python3 scripts/build_app.py --smoke         # ... then run the frozen self-test and time the start-up
    python3 scripts/build_app.py --package       # ... then the installer: .tar.gz / Inno Setup .exe / .dmg

On Windows use ``py scripts\\build_app.py``. Stdlib only: run with any Python 3.11+;
it sets up ``.venv`` from ``requirements/dev.lock`` (``scripts/dev.py setup``) and
re-runs itself inside it, where PySide6 renders the icons and PyInstaller builds.
A bundle runs only on the OS it was built on: build each on its own OS (the CI
workflow ``.github/workflows/build.yml`` does Windows and macOS).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
VENV_PY = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
SPEC = ROOT / "packaging" / "qbdesk.spec"
WINDOW_SHOWN = re.compile(r"^(?P<stamp>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) INFO +qbdesk\.ui: window shown")


def say(message: str) -> None:
    print(f"[build] {message}", flush=True)


def run(*cmd: str | Path, env: dict[str, str] | None = None) -> None:
    result = subprocess.run([str(c) for c in cmd], cwd=ROOT, env=env, check=False)
    if result.returncode:
        sys.exit(f"[build] failed ({result.returncode}): {' '.join(str(c) for c in cmd)}")


def project() -> tuple[str, str]:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return meta["name"], meta["version"]


def platform_key() -> str:
    return "windows" if os.name == "nt" else "macos" if sys.platform == "darwin" else "linux"


def in_build_env() -> bool:
    return importlib.util.find_spec("PyInstaller") is not None and importlib.util.find_spec("PySide6") is not None


def ensure_env(args: argparse.Namespace, argv: list[str]) -> None:
    """Re-run inside .venv (made from the lock file by scripts/dev.py) unless already in a build env."""
    if in_build_env():
        return
    if args.no_setup:
        sys.exit("[build] PyInstaller or PySide6 is not importable here and --no-setup was given")
    run(sys.executable, ROOT / "scripts" / "dev.py", "setup")
    say(f"continuing in {VENV_PY}")
    sys.exit(subprocess.run([str(VENV_PY), str(Path(__file__).resolve()), *argv], check=False).returncode)


def bundle_path(distpath: Path, name: str) -> Path:
    return distpath / (f"{name}.app" if platform_key() == "macos" else name)


def executable(distpath: Path, name: str, console: bool = True) -> Path:
    if platform_key() == "macos":
        return distpath / f"{name}.app" / "Contents" / "MacOS" / name
    if platform_key() == "windows":
        return distpath / name / (f"{name}-cli.exe" if console else f"{name}.exe")
    return distpath / name / name


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and files, counting each file once (the bundle's library symlinks are not counted twice)."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


DISTRIBUTION = ROOT / "src" / "qbdesk" / "distribution.json"
DISTRIBUTION_ENV = {"relay_url": "QBDESK_BUILD_RELAY_URL", "client_id": "QBDESK_BUILD_CLIENT_ID"}


def write_distribution() -> None:
    """The build's sign-in relay and client ID (never a secret) into the bundle, from the build's environment.

    Without them the build is like a source checkout: it says it has no relay and offers own keys."""
    values = {key: os.environ[name] for key, name in DISTRIBUTION_ENV.items() if os.environ.get(name)}
    if set(values) == set(DISTRIBUTION_ENV):
        DISTRIBUTION.write_text(json.dumps(values, indent=2) + "\n", encoding="utf-8")
        say(f"sign-in relay: {values['relay_url']} (client ID {values['client_id']})")
    else:
        DISTRIBUTION.unlink(missing_ok=True)
        say("sign-in relay: none configured (set QBDESK_BUILD_RELAY_URL and QBDESK_BUILD_CLIENT_ID): the app "
            "offers the owner's own Intuit keys and the practice company")


def build(distpath: Path, workpath: Path, clean: bool, verbose: bool) -> Path:
    name, version = project()
    started = time.perf_counter()
    say(f"{name} {version} for {platform_key()} ({platform.machine()}), Python {platform.python_version()}")
    say("translations: scripts/i18n.py build")
    run(sys.executable, ROOT / "scripts" / "i18n.py", "build")
    write_distribution()
    icons = workpath / SPEC.stem / "icons"  # where the spec looks (bundle.ensure_icons)
    say(f"icons: rendering {ROOT / 'resources/icons/qbdesk.svg'} into {icons}")
    run(sys.executable, ROOT / "packaging" / "icons.py", icons)
    say("PyInstaller: packaging/qbdesk.spec")
    cmd: list[str | Path] = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", distpath,
                             "--workpath", workpath, "--log-level", "INFO" if verbose else "WARN"]
    if clean:
        cmd.append("--clean")
    run(*cmd, SPEC)
    target = bundle_path(distpath, name)
    size, files = folder_size(target)
    say(f"bundle: {target} — {size / 1e6:.0f} MB in {files} files (built in {time.perf_counter() - started:.0f} s)")
    return target


# --- after the build ----------------------------------------------------------------------------------------

def _evict(folder: Path) -> bool:
    """Drop the bundle's files from the page cache (Linux), so the next start reads them from disk."""
    if not hasattr(os, "posix_fadvise"):
        return False
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
    return True


def time_to_window(exe: Path, basedir: Path) -> float:
    """Seconds from launching the frozen app to its "window shown" log line (it quits right after)."""
    env = dict(os.environ, QBDESK_AUTOQUIT_MS="0")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    log = basedir / "logs" / "qbdesk.log"
    log.unlink(missing_ok=True)
    launched = time.time()
    subprocess.run([str(exe), "--basedir", str(basedir)], env=env, check=True, timeout=120,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for line in log.read_text(encoding="utf-8").splitlines():
        match = WINDOW_SHOWN.match(line)
        if match:
            shown = dt.datetime.strptime(match["stamp"], "%Y-%m-%d %H:%M:%S,%f").astimezone().timestamp()  # local time
            return shown - launched
    raise RuntimeError(f"no 'window shown' line in {log}")


def smoke(distpath: Path) -> None:
    """The frozen self-test, then start-up to the window: cold (bundle evicted from cache) and warm."""
    name, _ = project()
    exe = executable(distpath, name)
    with tempfile.TemporaryDirectory(prefix="qbdesk-smoke-") as tmp:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        began = time.perf_counter()
        result = subprocess.run([str(exe), "--self-test", "--basedir", str(Path(tmp) / "selftest")], env=env,
                                check=False, timeout=300)
        say(f"self-test: exit {result.returncode} in {time.perf_counter() - began:.1f} s (process wall time)")
        if result.returncode:
            sys.exit(result.returncode)
        basedir = Path(tmp) / "startup"
        colds = []
        for _ in range(3):
            evicted = _evict(bundle_path(distpath, name))
            colds.append(time_to_window(exe, basedir))
        warm = sorted(time_to_window(exe, basedir) for _ in range(3))[1]
        label = "cold (bundle evicted from the page cache)" if evicted else "first runs"
        say(f"start-up to window: {sorted(colds)[1]:.2f} s {label}, {warm:.2f} s warm (medians of 3; "
            f"target < 2.5 s)")


def package(distpath: Path, workpath: Path) -> None:
    """The end user's download: a .tar.gz (Linux), the Inno Setup installer (Windows) or a .dmg (macOS)."""
    name, version = project()
    key = platform_key()
    if key == "linux":
        arch = platform.machine().lower()
        archive = distpath / f"{name}-{version}-linux-{arch}.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(distpath / name, arcname=f"{name}-{version}")
        say(f"archive: {archive} ({archive.stat().st_size / 1e6:.0f} MB)")
    elif key == "windows":
        iscc = shutil.which("iscc") or shutil.which("ISCC") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
        if not Path(iscc).exists():
            sys.exit("[build] Inno Setup not found: install it (choco install innosetup) or put ISCC on PATH")
        run(iscc, f"/DAppVersion={version}", f"/DDistDir={distpath / name}",
            f"/DIconFile={workpath / SPEC.stem / 'icons' / 'qbdesk.ico'}", f"/O{distpath}",
            ROOT / "packaging" / "windows" / "qbdesk.iss")
    else:
        run("bash", ROOT / "packaging" / "macos" / "make_dmg.sh", bundle_path(distpath, name), version, distpath)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--distpath", type=Path, default=ROOT / "dist", help="where the bundle goes (dist/)")
    parser.add_argument("--workpath", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder (build/pyinstaller/)")
    parser.add_argument("--clean", action="store_true", help="discard PyInstaller's cache first")
    parser.add_argument("--smoke", action="store_true",
                        help="run the frozen self-test and time the start-up to the window")
    parser.add_argument("--package", action="store_true", help="also make the installer / archive / disk image")
    parser.add_argument("--no-setup", action="store_true", help="use this Python as is (no .venv set-up)")
    parser.add_argument("--verbose", action="store_true", help="PyInstaller's full log")
    args = parser.parse_args(argv)
    ensure_env(args, argv)
    distpath, workpath = args.distpath.resolve(), args.workpath.resolve()
    build(distpath, workpath, args.clean, args.verbose)
    if args.smoke:
        smoke(distpath)
    if args.package:
        package(distpath, workpath)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
