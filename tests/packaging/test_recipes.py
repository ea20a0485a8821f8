"""The packaging recipes that cannot run here, checked without building: what goes in, in which form.

Windows and macOS bundles are built by CI on their own runners; these fast tests keep
the inputs those builds depend on correct on every run: the version resource
PyInstaller embeds, the icon files, the Info.plist keys, the data-file list and
trimming rules of ``packaging/bundle.py``, the OAuth relay page, the CI workflow.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str) -> types.ModuleType:
    """packaging/NAME.py, loaded under a private name (packaging/ is not a package, nor on sys.path)."""
    spec = importlib.util.spec_from_file_location(f"_qbdesk_packaging_{name}", ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is being built
    spec.loader.exec_module(module)
    return module


bundle = _load("bundle")
icons = _load("icons")


def test_name_and_version_come_from_pyproject() -> None:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    project = bundle.project()
    assert (project.name, project.version) == (meta["name"], meta["version"])
    assert bundle.Project("qbdesk", "1.2.3rc1+local", "").numeric_version == (1, 2, 3, 1)
    assert bundle.Project("qbdesk", "2.0", "").numeric_version == (2, 0, 0, 0)
    assert bundle.Project("qbdesk", "2.0.1.7.9", "").short_version == "2.0.1"


def test_data_files_are_collected_from_the_tree(tmp_path: Path) -> None:
    """Everything under migrations/ and resources/ is found, whatever is added later."""
    package = tmp_path / "src" / "qbdesk"
    (package / "ui" / "i18n").mkdir(parents=True)
    for lang in bundle.LANGUAGES:
        (package / "ui" / "i18n" / f"qbdesk_{lang}.qm").write_bytes(b"qm")
    migrations = package / "store" / "migrations"
    (migrations / "versions" / "__pycache__").mkdir(parents=True)
    for name in ("env.py", "script.py.mako", "versions/0001_a.py", "versions/0002_b.py",
                 "versions/__pycache__/0001_a.cpython-311.pyc", "README"):
        (migrations / name).write_text("x")
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    (tmp_path / "resources" / "icons" / "new.svg").write_text("<svg/>")
    (tmp_path / "resources" / "oauth-relay.html").write_text("<html/>")
    (tmp_path / "resources" / ".DS_Store").write_text("junk")

    found = {(Path(src).relative_to(tmp_path).as_posix(), Path(dest).as_posix())
             for src, dest in bundle.datas(tmp_path)}
    assert found == {
        *((f"src/qbdesk/ui/i18n/qbdesk_{lang}.qm", "qbdesk/ui/i18n") for lang in bundle.LANGUAGES),
        ("src/qbdesk/store/migrations/env.py", "qbdesk/store/migrations"),
        ("src/qbdesk/store/migrations/script.py.mako", "qbdesk/store/migrations"),
        ("src/qbdesk/store/migrations/versions/0001_a.py", "qbdesk/store/migrations/versions"),
        ("src/qbdesk/store/migrations/versions/0002_b.py", "qbdesk/store/migrations/versions"),
        ("resources/icons/new.svg", "resources/icons"),
        ("resources/oauth-relay.html", "resources"),
    }


def test_a_build_without_translations_says_how_to_make_them(tmp_path: Path) -> None:
    (tmp_path / "src" / "qbdesk" / "ui" / "i18n").mkdir(parents=True)
    with pytest.raises(bundle.MissingBuildInput, match=r"scripts/i18n.py build"):
        bundle.datas(tmp_path)


def test_every_real_migration_and_resource_ships() -> None:
    if not (ROOT / "src/qbdesk/ui/i18n/qbdesk_fr.qm").exists():
        pytest.skip("translations not built (scripts/i18n.py build; scripts/dev.py test does it)")
    sources = {Path(src) for src, _ in bundle.datas()}
    for path in (ROOT / "src/qbdesk/store/migrations").rglob("*.py"):
        if "__pycache__" not in path.parts:
            assert path in sources, path
    assert ROOT / "src/qbdesk/store/migrations/script.py.mako" in sources
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file() and not path.name.startswith("."):
            assert path in sources, path


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/lib/libQt6OpenGL.so.6", True),  # the Wayland EGL client plugins link it
    ("PySide6/Qt/lib/libQt6DBus.so.6", True),
    ("libharfbuzz.so.0", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6\\plugins\\imageformats\\qpdf.dll", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("libQt6Network.so.6", False),
    ("PySide6/Qt6Pdf.dll", False),
    ("PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml", False),  # macOS: Qt libraries are frameworks
    ("PySide6/Qt/lib/QtPdf.framework/Resources/Info.plist", False),
    ("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui", True),
    ("libcairo.so.2", False),
    ("libgdk_pixbuf-2.0.so.0", False),
    ("libpango-1.0.so.0", False),
])
def test_qt_trimming(dest: str, kept: bool) -> None:
    assert bundle.keep_binary(dest) is kept


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_fr.qm", True),
    ("PySide6/Qt/translations/qtbase_es.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qt_fr.qm", False),
    ("PySide6/translations/qtbase_fr.qm", True),  # Windows and macOS wheels put them here
    ("qbdesk/ui/i18n/qbdesk_fr.qm", True),
    ("faker/providers/address/fr_FR/__init__.py", True),
    ("faker/providers/address/de_DE/__init__.py", False),
    ("faker.providers.person.en", True),
    ("faker.providers.person.fil_PH", False),
    ("faker.providers.lorem.la", False),      # only kept when a provider falls back to it (faker_locales)
    ("faker.providers.sbn.sbn", True),        # a module, not a locale
    ("faker.providers.color.color", True),
    ("faker.providers.isbn.rules", True),
])
def test_translation_and_faker_trimming(dest: str, kept: bool) -> None:
    assert bundle.keep_data(dest) is kept


def test_faker_fallback_locales_are_kept() -> None:
    locales = bundle.faker_locales()
    assert locales >= bundle.FAKER_LOCALES
    assert {"la", "en_GB"} <= locales  # lorem's and bank's defaults
    assert bundle.keep_module("faker.providers.lorem.la", locales)


# --- Windows -------------------------------------------------------------------------------------------------

def test_windows_version_resource_compiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The generated file goes through PyInstaller's own parser and serializer, as on Windows."""
    compat = pytest.importorskip("PyInstaller.compat")
    # versioninfo imports pefile and win32api (Windows only) at the top but needs them only to write an .exe.
    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(compat, "win32api", None, raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    from PyInstaller.utils.win32 import versioninfo  # type: ignore[import-untyped]

    try:
        meta = bundle.Project("qbdesk", "1.4.2", "Keep records in sync")
        path = bundle.write_windows_version_file(meta, "qbdesk-cli", tmp_path)
        info = versioninfo.load_version_info_from_text_file(str(path))
        raw = info.toRaw()
    finally:
        sys.modules.pop("PyInstaller.utils.win32.versioninfo", None)
    ms, ls = info.ffi.fileVersionMS, info.ffi.fileVersionLS
    assert (ms >> 16, ms & 0xFFFF, ls >> 16, ls & 0xFFFF) == (1, 4, 2, 0)
    text = raw.decode("utf-16-le", errors="replace")
    for value in ("1.4.2", "qbdesk-cli.exe", "Keep records in sync", "ProductName"):
        assert value in text


def test_inno_setup_script_installs_the_bundle() -> None:
    iss = (ROOT / "packaging/windows/qbdesk.iss").read_text(encoding="utf-8")
    for needle in ('#define AppVersion', "{#DistDir}\\*", "recursesubdirs", "qbdesk.exe", "qbdesk-cli.exe",
                   "PrivilegesRequired=lowest", "French.isl", "Spanish.isl", "AppId={{"):
        assert needle in iss, needle
    code = iss.split("[Code]", 1)[1]
    assert "{" not in code.replace("'{app}'", ""), "Pascal brace comments in [Code] end at the first }"


# --- macOS ---------------------------------------------------------------------------------------------------

def test_info_plist() -> None:
    plist = bundle.info_plist(bundle.Project("qbdesk", "0.3.0", ""))
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleShortVersionString"] == "0.3.0"
    assert re.fullmatch(r"[A-Za-z0-9.-]+", bundle.BUNDLE_IDENTIFIER)


def test_dmg_script_is_valid_shell() -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash")
    subprocess.run([bash, "-n", str(ROOT / "packaging/macos/make_dmg.sh")], check=True)


# --- icons ---------------------------------------------------------------------------------------------------

def test_icons_render_and_decode(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage, QImageReader

    written = icons.build(tmp_path)
    ico = written["ico"].read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    reader = QImageReader(str(written["ico"]))
    sizes = set()
    for _ in range(reader.imageCount()):
        image = reader.read().convertToFormat(QImage.Format.Format_ARGB32)
        assert image == icons.render(icons.SOURCE, image.width()), f"{image.width()} px differs (rows flipped?)"
        sizes.add(image.width())
        reader.jumpToNextImage()
    assert sizes == set(icons.ICO_SIZES)

    icns = written["icns"].read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    offset, kinds = 8, []
    while offset < len(icns):
        kinds.append(icns[offset:offset + 4].decode())
        assert icns[offset + 8:offset + 16] == b"\x89PNG\r\n\x1a\n"
        offset += struct.unpack(">I", icns[offset + 4:offset + 8])[0]
    assert offset == len(icns) and kinds == [kind for kind, _ in icons.ICNS_TYPES]

    png = QImageReader(str(written["png"])).read()
    assert (png.width(), png.height()) == (256, 256)
    assert png.pixelColor(128, 128).alpha() == 255 and png.pixelColor(0, 0).alpha() == 0  # drawn, transparent corners


# --- Linux ---------------------------------------------------------------------------------------------------

def test_desktop_entry() -> None:
    entry = (ROOT / "packaging/linux/qbdesk.desktop").read_text(encoding="utf-8")
    assert "Exec=@EXEC@\n" in entry  # no %f: qbdesk takes --company PATH, not a bare file
    assert "Icon=qbdesk" in entry and "Type=Application" in entry


# --- CI ------------------------------------------------------------------------------------------------------

def test_ci_workflow_is_installed_and_builds_everywhere() -> None:
    source = (ROOT / "packaging/ci/build.yml").read_text(encoding="utf-8")
    assert (ROOT / ".github/workflows/build.yml").read_text(encoding="utf-8") == source
    for needle in ("windows-latest", "macos-latest", "scripts/build_app.py --smoke --package",
                   "actions/upload-artifact"):
        assert needle in source, needle


# --- the OAuth relay page ------------------------------------------------------------------------------------

RELAY = ROOT / "resources" / "oauth-relay.html"


def _relay_script() -> str:
    match = re.search(r"<script>(.*?)</script>", RELAY.read_text(encoding="utf-8"), re.S)
    assert match is not None
    return match.group(1)


def test_relay_page_is_self_contained_and_its_policy_allows_only_its_script() -> None:
    page = RELAY.read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(_relay_script().encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in page, "update the CSP hash after editing the script"
    assert "default-src 'none'" in page and 'content="no-referrer"' in page
    assert page.count("<script") == 1 and " src=" not in page
    assert not re.search(r"https?://(?!127\.0\.0\.1)", page.split("-->", 1)[1]), "no external address"


@pytest.mark.parametrize(("query", "target"), [
    ("?code=abc&state=xyz.8765&realmId=123", "http://127.0.0.1:8765/callback?code=abc&state=xyz.8765&realmId=123"),
    ("?state=a.b.c.41234&code=c%2Bd&realmId=9&extra=no", "http://127.0.0.1:41234/callback?code=c%2Bd&state=a.b.c.41234&realmId=9"),
    ("?error=access_denied&state=s.9000", "http://127.0.0.1:9000/callback?state=s.9000&error=access_denied"),
    ("?code=abc&state=xyz.80a&realmId=1", None),
    ("?code=abc&state=xyz.99999&realmId=1", None),
    ("?code=abc&state=xyz.0&realmId=1", None),
    ("?code=abc&state=nodots&realmId=1", None),
    ("?code=abc&state=x.8765@evil.example&realmId=1", None),
    ("", None),
])
def test_relay_page_forwards_to_the_loopback_port_only(query: str, target: str | None) -> None:
    """Run the page's script in Node with a stand-in for the browser's window and document."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("needs node to run the page's script")
    harness = """
const vm = require('vm');
const [script, search] = [process.argv[1], process.argv[2]];
const elements = {message: {textContent: ''}, manual: {href: '', hidden: true}};
let replaced = null;
const context = {URLSearchParams, Number,
  window: {location: {search, replace: (url) => { replaced = url; }}},
  document: {getElementById: (id) => elements[id]}};
vm.runInNewContext(script, context);
console.log(JSON.stringify({replaced, link: elements.manual.href, message: elements.message.textContent}));
"""
    result = subprocess.run([node, "-e", harness, _relay_script(), query], capture_output=True, text=True,
                            timeout=30, check=True)
    outcome = json.loads(result.stdout)
    assert outcome["replaced"] == target
    if target is None:
        assert "does not come from one" in outcome["message"]
    else:
        assert outcome["link"] == target


def test_the_relay_container_installs_what_the_relay_needs_pinned_like_the_app() -> None:
    """packaging/relay: requests and cryptography (and theirs) at requirements/app.lock's versions; the image runs
    ``python -m qbdesk.relay serve`` without the desktop app's dependencies (tests/relay checks that it can)."""
    def pins(path: Path) -> dict[str, str]:
        found = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            match = re.match(r"^([A-Za-z0-9_.-]+)==([^\s;]+)", line)
            if match:
                found[match.group(1).lower()] = match.group(2)
        return found

    relay = pins(ROOT / "packaging" / "relay" / "requirements.txt")
    app = pins(ROOT / "requirements" / "app.lock")
    assert {"requests", "cryptography"} <= set(relay)
    assert {name: app.get(name) for name in relay} == relay
    dockerfile = (ROOT / "packaging" / "relay" / "Dockerfile").read_text(encoding="utf-8")
    assert "pip install --no-deps /src" in dockerfile and "packaging/relay/requirements.txt" in dockerfile
    assert '"-m", "qbdesk.relay", "serve"' in dockerfile and "USER relay" in dockerfile
    assert "CLIENT_SECRET" not in dockerfile.split("ENTRYPOINT")[1]  # the secret never on the command line
