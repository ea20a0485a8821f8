"""What goes into the qbdesk bundle, as plain functions the spec calls and the tests check.

The spec (``packaging/qbdesk.spec``) only wires PyInstaller's objects together;
every decision — name and version, data files, hidden imports, what to leave
out, the Windows version resource, the macOS Info.plist — lives here, where it
is typed, linted and unit-tested without running a 60-second build.

Stdlib only (PyInstaller itself is imported by the spec, not here), so the
tests can import this module on any machine.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
PACKAGE = SRC / "qbdesk"
RESOURCES = ROOT / "resources"
APP_SVG = RESOURCES / "icons" / "qbdesk.svg"  # the app's own icon (qbdesk.ui.base.icons.APP_ICON)
LANGUAGES = ("en", "fr", "es")                # qbdesk.ui.base.i18n.LANGUAGES
BUNDLE_IDENTIFIER = "com.qbdesk.desktop"      # macOS; also the Windows AppUserModelID prefix
WINDOWS_CLI_NAME = "qbdesk-cli"               # the console twin of the windowed qbdesk.exe


@dataclass(frozen=True)
class Project:
    """Name, version and description, read from ``pyproject.toml`` so they are written once."""

    name: str
    version: str
    description: str

    @property
    def numeric_version(self) -> tuple[int, int, int, int]:
        """The version as Windows and macOS want it: four (Windows) or three numbers, no suffix."""
        numbers = [int(n) for n in re.findall(r"\d+", self.version.split("+")[0])[:4]]
        padded = [*numbers, 0, 0, 0, 0][:4]
        return padded[0], padded[1], padded[2], padded[3]

    @property
    def short_version(self) -> str:
        major, minor, patch, _ = self.numeric_version
        return f"{major}.{minor}.{patch}"


def project(root: Path = ROOT) -> Project:
    meta = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return Project(meta["name"], meta["version"], meta.get("description", ""))


def platform_key(platform: str = sys.platform) -> str:
    """``windows``, ``macos`` or ``linux``: the three ways the spec differs."""
    if platform.startswith("win"):
        return "windows"
    if platform == "darwin":
        return "macos"
    return "linux"


# --- data files ---------------------------------------------------------------------------------------

class MissingBuildInput(SystemExit):
    """A build input is missing; the message says which command makes it."""


def _tree(folder: Path, dest: str, suffixes: Iterable[str] | None = None) -> Iterator[tuple[str, str]]:
    """(source, destination folder) pairs for every file under ``folder``, layout kept."""
    wanted = set(suffixes) if suffixes is not None else None
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.name.startswith("."):
            continue
        if wanted is not None and path.suffix not in wanted:
            continue
        relative = path.parent.relative_to(folder)
        yield str(path), str(Path(dest) / relative)


def datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """Every non-Python file the app reads at run time, placed where the code looks in a bundle.

    - our ``.qm`` catalogues at ``qbdesk/ui/i18n`` (:func:`qbdesk.ui.base.i18n.translations_dir`);
    - the Alembic environment at ``qbdesk/store/migrations`` (``MIGRATIONS_DIR`` is next to
      ``database.py``; Alembic reads the revision files from disk, so they ship as source);
    - ``resources/`` as is (icons for :func:`qbdesk.ui.base.icons.icons_dir`, CSV templates, the OAuth
      relay page, Intuit's button logo);
    - ``qbdesk/distribution.json`` when the build has a sign-in relay (:mod:`qbdesk.qbo.distribution`).

    Qt's own catalogues come with PySide6's hooks and are trimmed by :func:`keep_data`.
    """
    package = root / "src" / "qbdesk"
    qm_dir = package / "ui" / "i18n"
    missing = [f"qbdesk_{lang}.qm" for lang in LANGUAGES if not (qm_dir / f"qbdesk_{lang}.qm").is_file()]
    if missing:
        raise MissingBuildInput(f"{', '.join(missing)} not built in {qm_dir}: run `python scripts/i18n.py build` "
                                "(scripts/build_app.py does it for you)")
    found = [(str(qm_dir / f"qbdesk_{lang}.qm"), "qbdesk/ui/i18n") for lang in LANGUAGES]
    migrations = package / "store" / "migrations"
    found += _tree(migrations, "qbdesk/store/migrations", (".py", ".mako", ".ini"))
    found += _tree(root / "resources", "resources")
    distribution = package / "distribution.json"  # the build's sign-in relay (scripts/build_app.py writes it)
    if distribution.is_file():
        found.append((str(distribution), "qbdesk"))
    return found


def hidden_import_filter(name: str) -> bool:
    """Which ``qbdesk`` modules to force in: all but the migrations (data, loaded from disk by Alembic)."""
    return ".migrations" not in name


# Imported by name only, so PyInstaller's analysis cannot see them:
# - the migration scripts (shipped as data files) import these;
# - SQLAlchemy imports a database driver only when a URL asks for it (PostgreSQL for office mode).
EXTRA_HIDDEN_IMPORTS = ("alembic.op", "alembic.context", "alembic.runtime.environment", "alembic.ddl.sqlite",
                        "alembic.ddl.postgresql", "sqlalchemy.dialects.sqlite.pysqlite")
OPTIONAL_HIDDEN_IMPORTS = ("psycopg", "psycopg_binary")  # office mode (PostgreSQL), when installed

# Never needed at run time; listed so that a stray import cannot drag them (and their size) in.
EXCLUDES = (
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data", "test",
    "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "mypyc", "ruff", "importlinter", "grimp",
    "keyrings.alt", "IPython", "numpy", "PIL", "setuptools", "pkg_resources", "pip",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtDesigner", "PySide6.QtUiTools",
    "PySide6.QtHelp", "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtDBus", "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtMultimedia", "PySide6.QtCharts",
    "PySide6.Qt3DCore",
)

# Qt plugins that only serve modules or platforms a desktop app does not use. Platforms: a desktop
# needs xcb / wayland (Linux), windows, cocoa, plus offscreen and minimal for headless runs. The GTK
# platform theme is left out on purpose: it would load the user's GTK against the older GLib, Cairo
# and Pango copied from the build machine (a classic frozen-app crash); Qt's own look is used instead.
_DROP_PLUGINS = re.compile(
    r"plugins[/\\]("
    r"platforms[/\\][^/\\]*q(eglfs|linuxfb|minimalegl|vnc|vkkhrdisplay|direct2d)"
    r"|imageformats[/\\][^/\\]*q(pdf|tiff|webp|tga|wbmp|icns)"
    r"|platformthemes[/\\][^/\\]*qgtk3"
    r"|egldeviceintegrations|sqldrivers|qmltooling|qmllint|designer|printsupport|networkinformation|tls"
    r"|vectorimageformats|generic|wayland-graphics-integration-server"
    r")"
)
# Libraries only those plugins (or unused Qt modules) load: Qt's, and the GTK stack the GTK theme drags in.
_UNUSED_QT = (r"(Pdf|Quick|Qml|QmlModels|QmlMeta|QmlWorkerScript|VirtualKeyboard|Network|EglFSDeviceIntegration"
              r"|EglFsKmsSupport|EglFsKmsGbmSupport|KmsSupport|Designer)")
_DROP_LIBRARIES = re.compile(
    r"(^|[/\\])(lib)?("
    rf"Qt6?{_UNUSED_QT}"
    r"|gtk-3|gdk-3|atk-1\.0|atk-bridge-2\.0|atspi|gdk_pixbuf-2\.0|pango-1\.0|pangocairo-1\.0|pangoft2-1\.0"
    r"|cairo|cairo-gobject|pixman-1|fribidi|thai|datrie|epoxy"
    r")\b[^/\\]*$"
    rf"|[/\\]Qt{_UNUSED_QT}\.framework([/\\]|$)"  # macOS wheels ship Qt as frameworks
)


def keep_binary(dest: str) -> bool:
    """Drop the Qt plugins and libraries a widgets app never loads (see the patterns above)."""
    return not (_DROP_PLUGINS.search(dest) or _DROP_LIBRARIES.search(dest))


_QT_TRANSLATION = re.compile(r"(^|[/\\])translations[/\\](?P<name>[^/\\]+)\.qm$")
# A locale package: "en", "la" (language only) or "en_US", "fil_PH"; not a module such as "sbn" or "rules".
_FAKER_LOCALE = re.compile(r"^faker[/\\.]providers[/\\.][a-z_]+[/\\.](?P<locale>[a-z]{2}|[a-z]{2,3}_[A-Z]{2})"
                           r"([/\\.]|$)")
# qbdesk.store.demo.LOCALES and their language-only bases; faker_locales() adds the providers' fallbacks.
FAKER_LOCALES = frozenset({"en", "en_US", "fr", "fr_FR", "es", "es_ES"})


def faker_locales() -> frozenset[str]:
    """Our locales plus each provider's ``default_locale``, which Faker falls back to.

    A provider without our locale uses its default one (``bank`` falls back to en_GB,
    ``lorem`` to la), so those must ship too.
    """
    import importlib
    import pkgutil

    import faker.providers

    fallbacks = set()
    for info in pkgutil.iter_modules(faker.providers.__path__):
        module = importlib.import_module(f"faker.providers.{info.name}")
        if getattr(module, "localized", False):
            fallbacks.add(getattr(module, "default_locale", "en_US"))
    return FAKER_LOCALES | fallbacks


def keep_data(dest: str, locales: frozenset[str] = FAKER_LOCALES) -> bool:
    """Qt's catalogues: only ``qtbase`` in our languages; Faker's locale data: only ``locales``."""
    match = _QT_TRANSLATION.search(dest)
    if match and "PySide6" in dest:
        return match["name"] in {f"qtbase_{lang}" for lang in LANGUAGES}
    return keep_module(dest, locales)


def keep_module(name: str, locales: frozenset[str] = FAKER_LOCALES) -> bool:
    """Faker ships ~70 locales per provider; the demo data uses three (the rest is ~20 MB)."""
    match = _FAKER_LOCALE.match(name)
    return match is None or match["locale"] in locales


# --- icons ---------------------------------------------------------------------------------------------

def icon_paths(workdir: Path) -> dict[str, Path]:
    return {"ico": workdir / "qbdesk.ico", "icns": workdir / "qbdesk.icns", "png": workdir / "qbdesk.png"}


def ensure_icons(workdir: Path, python: str = sys.executable) -> dict[str, Path]:
    """Render the icons from the SVG unless they are already newer than it (packaging/icons.py)."""
    paths = icon_paths(workdir)
    source_time = APP_SVG.stat().st_mtime
    if all(p.is_file() and p.stat().st_mtime >= source_time for p in paths.values()):
        return paths
    subprocess.run([python, str(Path(__file__).with_name("icons.py")), str(workdir)], check=True)
    return paths


def add_linux_desktop_files(folder: Path, png: Path) -> None:
    """The menu entry, its icon and ``install-desktop-entry.sh`` beside the ``qbdesk`` binary."""
    import shutil

    linux = Path(__file__).with_name("linux")
    shutil.copy2(png, folder / "qbdesk.png")
    shutil.copy2(linux / "qbdesk.desktop", folder / "qbdesk.desktop")
    shutil.copy2(linux / "install-desktop-entry.sh", folder / "install-desktop-entry.sh")


# --- Windows version resource ----------------------------------------------------------------------------

def windows_version_file(meta: Project, exe_name: str) -> str:
    """The text form of a VSVersionInfo (as ``pyi-grab_version`` writes it) for ``EXE(version=...)``."""
    numbers = meta.numeric_version
    strings = [
        ("CompanyName", "qbdesk developers"),
        ("FileDescription", meta.description or meta.name),
        ("FileVersion", meta.version),
        ("InternalName", exe_name),
        ("LegalCopyright", "qbdesk developers"),
        ("OriginalFilename", f"{exe_name}.exe"),
        ("ProductName", meta.name),
        ("ProductVersion", meta.version),
    ]
    table = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings)
    return f"""# UTF-8
# Generated by packaging/bundle.py from pyproject.toml; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo(
      [
        StringTable(
          '040904B0',
          [
{table}
          ])
      ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_windows_version_file(meta: Project, exe_name: str, workdir: Path) -> Path:
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / f"version-{exe_name}.txt"
    path.write_text(windows_version_file(meta, exe_name), encoding="utf-8")
    return path


# --- macOS Info.plist -----------------------------------------------------------------------------------

def info_plist(meta: Project) -> dict[str, Any]:
    """Keys added to the bundle's Info.plist (PyInstaller writes the executable and icon keys)."""
    return {
        "CFBundleName": meta.name,
        "CFBundleDisplayName": meta.name,
        "CFBundleShortVersionString": meta.short_version,
        "CFBundleVersion": meta.version,
        "LSMinimumSystemVersion": "13.0",          # Qt 6.10 and 6.11 support macOS 13 and later
        "NSHighResolutionCapable": True,           # sharp text and icons on Retina screens
        "NSRequiresAquaSystemAppearance": False,   # follow the system's dark mode
        "NSPrincipalClass": "NSApplication",
        "LSApplicationCategoryType": "public.app-category.business",
        "NSHumanReadableCopyright": "qbdesk developers",
    }
