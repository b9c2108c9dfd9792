"""`crm --self-test`: check an installation headless and exit 0 only when every part works."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from crm_desktop import __version__

# What a fresh store gets, written the way reps write it: Chinese and English names, phones, e-mails.
_ACCOUNTS = (("上海华信科技有限公司", "上海"), ("北京东方贸易有限公司", "北京"), ("Acme Trading Co., Ltd.", "Shenzhen"))
_CONTACTS = (("张伟", 0, "13800138000", "zhang.wei@huaxin.cn"), ("李娜", 0, "13912345678", "li.na@example.com"),
             ("欧阳娜娜", 1, "+86 137 0000 1111", None), ("John Smith", 2, "+1 415 555 0100", "john@example.com"))
_IMPORTED = (("王芳", "13700003333", "wang.fang@example.cn", "北京东方贸易有限公司"),
             ("曾小明", "13600002222", None, "上海华信科技有限公司"))


@dataclass
class Context:
    """What the checks share: a scratch folder (removed at the end) and the store opened in it."""

    folder: Path
    crm: object | None = None
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def app(self):
        if self.crm is None:
            raise RuntimeError("no store (the store check failed)")
        return self.crm


def check_resources(ctx: Context) -> str:
    from crm_desktop.paths import DATA_DIR, RESOURCES_DIR, TRANSLATIONS_DIR

    wanted = [DATA_DIR / "sales" / "pipeline_stages.json", DATA_DIR / "sales" / "loss_reasons.json",
              DATA_DIR / "service" / "sla_policies.json",
              DATA_DIR / "import-template.xlsx", DATA_DIR / "demo" / "people_zh.json", RESOURCES_DIR / "theme.qss",
              TRANSLATIONS_DIR / "crm_zh_CN.qm"]
    missing = [str(p) for p in wanted if not p.is_file()]
    if missing:
        raise FileNotFoundError(", ".join(missing))
    return str(DATA_DIR.parent)


def check_store(ctx: Context) -> str:
    from crm_desktop.controllers.shell.app import CrmApp
    from crm_desktop.store.migrate import HEAD_REVISION, current_revision

    ctx.crm = CrmApp.open(ctx.folder / "crm.db")  # a new file: every migration runs (Alembic, from files)
    revision = current_revision(ctx.crm.store.engine)
    if revision != HEAD_REVISION:
        raise RuntimeError(f"schema at {revision}, expected {HEAD_REVISION}")
    return f"schema {revision}"


def check_records(ctx: Context) -> str:
    from crm_desktop.domain.customers.entities import AccountInput, ContactInput

    customers = ctx.app.customers
    accounts = [customers.create_account(AccountInput(name=name, city=city)) for name, city in _ACCOUNTS]
    for name, account, mobile, email in _CONTACTS:
        customers.create_contact(ContactInput(name=name, account_id=accounts[account].id, mobile=mobile, email=email))
    stored = customers.get_contact(ctx.app.search.search("张伟")[0].id)
    if stored.mobile != "+8613800138000":  # phonenumbers' metadata
        raise RuntimeError(f"mobile stored as {stored.mobile!r}")
    # Traditional characters fold to simplified (OpenCC's dictionaries) when looking for duplicates.
    if not customers.account_duplicates(AccountInput(name="上海華信科技有限公司")):
        raise RuntimeError("traditional company name not matched")
    return f"{len(accounts)} accounts, {len(_CONTACTS)} contacts"


def check_search(ctx: Context) -> str:
    search = ctx.app.search.search
    expected = {"张伟": "张伟", "zw": "张伟", "zhangwei": "张伟", "oyn": "欧阳娜娜", "0013": "张伟",
                "example.com": "李娜", "华信": "上海华信科技有限公司"}
    found = {query: [hit.name for hit in search(query, 5)] for query in expected}
    wrong = {query: names for query, names in found.items() if expected[query] not in names}
    if wrong:
        raise RuntimeError(f"not found: {wrong}")
    return f"{len(expected)} queries (name, pinyin, initials, phone, e-mail, company)"


def check_import(ctx: Context) -> str:
    import openpyxl

    from crm_desktop.domain.exchange.imports import ImportOptions

    path = ctx.folder / "import.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["姓名", "手机", "邮箱", "公司"])
    for row in _IMPORTED:
        sheet.append(list(row))
    book.save(path)
    result = ctx.app.imports.run(path, ImportOptions())
    if (result.created, result.errors) != (len(_IMPORTED), 0):
        raise RuntimeError(f"created {result.created}, errors {result.errors}")
    if not ctx.app.search.search("zxm"):  # 曾 read as zeng: the imported contact is indexed
        raise RuntimeError("imported contact not found by its initials")
    return f"{result.created} contacts from xlsx"


def check_export(ctx: Context) -> str:
    from python_calamine import CalamineWorkbook

    from crm_desktop.domain.customers.entities import ListFilter

    path = ctx.folder / "export.xlsx"
    count = ctx.app.exports.export_records("contact", path)
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    names = [row[0] for row in rows[1:]]
    stored = ctx.app.customers.count("contact", ListFilter())
    if not count == len(names) == stored or not {c[0] for c in _CONTACTS} <= set(names):
        raise RuntimeError(f"exported {count} of {stored}, read back {names}")
    return f"{count} contacts to xlsx, read back"


def check_chart(ctx: Context) -> str:
    from crm_desktop.charts.fonts import cjk_family
    from crm_desktop.charts.render import is_blank
    from crm_desktop.charts.report import save_chart
    from crm_desktop.charts.texts import ChartTexts
    from crm_desktop.charts.theme import Theme
    from crm_desktop.domain.analytics.dashboard import DashboardFilter

    charts = ctx.app.analytics.dashboard(DashboardFilter())
    chart = next((c for c in charts if not is_blank(c)), charts[0])
    path = save_chart(ctx.folder / "chart.png", chart, ChartTexts.english(chart), Theme.light(), dpi=60)
    if path.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
        raise RuntimeError("not a PNG")
    font = cjk_family() or "no CJK font installed: Chinese labels show as boxes"
    return f"{len(charts)} charts computed, '{chart.key}' drawn ({font})"


def check_encryption(ctx: Context) -> str:
    """The store as reps get it: SQLCipher with a random key, search (FTS5) on top, no name in the bytes."""
    from crm_desktop.controllers.shell.app import CrmApp
    from crm_desktop.domain.customers.entities import ContactInput
    from crm_desktop.store import cipher

    path = ctx.folder / "encrypted.db"
    key = cipher.new_key()
    crm = CrmApp.open(path, key=key)
    try:
        crm.customers.create_contact(ContactInput(name="欧阳娜娜", mobile="13912345678"))
        found = [h.name for h in crm.search.search("oynn")]
        version = crm.store.engine.connect().exec_driver_sql("PRAGMA cipher_version").scalar()
    finally:
        crm.close()
    if found != ["欧阳娜娜"]:
        raise RuntimeError(f"search on the encrypted store found {found!r}")
    if "欧阳".encode() in path.read_bytes() or cipher.file_kind(path) is not cipher.FileKind.ENCRYPTED:
        raise RuntimeError("the file holds plain text")
    if not cipher.opens_with(path, key) or cipher.opens_with(path, cipher.new_key()):
        raise RuntimeError("the key does not decide who reads the file")
    return f"SQLCipher {version}"


def check_network_stack(ctx: Context) -> str:
    from importlib.metadata import entry_points

    import httpx
    import keyring

    from crm_desktop.domain.customers.emails import normalize_email
    from crm_desktop.sync.transport import Transport

    # The sync client as the app builds it (TLS context, CA certificates, connection pool); nothing is sent.
    transport = Transport("https://crm.example.com")
    try:
        request = transport.http.build_request("GET", "/healthz")
    finally:
        transport.close()
    if request.url.host != "crm.example.com":
        raise RuntimeError(f"request built for {request.url}")
    # An internationalised address: past the app's ASCII fast path, so email-validator (and idna) check it.
    if normalize_email("张伟@华信.中国") != "张伟@华信.中国":
        raise RuntimeError("internationalised e-mail address refused")
    # keyring finds its backends through package metadata (entry points): the OS's one must be there and load,
    # even where it is not usable right now (no Secret Service on a headless Linux).
    native = {"win32": "Windows", "darwin": "macOS"}.get(sys.platform, "SecretService")
    backends = {entry.name: entry for entry in entry_points(group="keyring.backends")}
    if native not in backends:
        raise RuntimeError(f"keyring backend {native} not found (package metadata missing?)")
    backends[native].load()
    backend = keyring.get_keyring()
    return f"httpx {httpx.__version__}, keyring {type(backend).__module__}.{type(backend).__name__}"


def _qt_check(name: str) -> Callable[[Context], str]:
    """A check that needs Qt, imported when it runs (the GUI package is the one that imports Qt)."""

    def run(ctx: Context) -> str:
        from crm_desktop.gui.shell import self_test_checks

        return getattr(self_test_checks, name)(ctx)

    return run


check_translations, check_window, check_dashboard_card = (
    _qt_check("check_translations"), _qt_check("check_window"), _qt_check("check_dashboard_card"))

CHECKS: list[tuple[str, Callable[[Context], str]]] = [
    ("resources", check_resources), ("store", check_store), ("records", check_records), ("search", check_search),
    ("import", check_import), ("export", check_export), ("chart", check_chart), ("encryption", check_encryption),
    ("network", check_network_stack), ("translations", check_translations), ("window", check_window),
    ("dashboard", check_dashboard_card),
]


def run_checks(checks: list[tuple[str, Callable[[Context], str]]], out=None) -> int:
    """Run `checks` in a scratch folder, one line each; the number that failed."""
    out = out or sys.stdout
    failed = 0
    ctx = Context(Path(tempfile.mkdtemp(prefix="fieldcrm-self-test-")))
    try:
        for name, check in checks:
            started = time.perf_counter()
            try:
                detail = check(ctx)
            except Exception as error:  # a self-test reports every failure and goes on
                failed += 1
                print(f"FAILED  {name}: {type(error).__name__}: {error}", file=out, flush=True)
                if os.environ.get("CRM_SELF_TEST_TRACEBACK"):
                    traceback.print_exc(file=out)
                continue
            print(f"ok      {name}: {detail} ({(time.perf_counter() - started) * 1000:.0f} ms)", file=out, flush=True)
    finally:
        if ctx.crm is not None:
            ctx.crm.close()
        shutil.rmtree(ctx.folder, ignore_errors=True)
    return failed


def run_self_test() -> int:
    """Every check, headless; 0 only when all of them passed."""
    # Headless even on a desktop: the check must not flash a window at a rep, and runs over SSH and in CI.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    frozen = "bundle" if getattr(sys, "frozen", False) else "source"
    print(f"Field CRM {__version__} self-test ({frozen}, Python {sys.version.split()[0]}, {sys.platform})", flush=True)
    failed = run_checks(CHECKS)
    if failed:
        print(f"self-test FAILED: {failed} of {len(CHECKS)} checks", flush=True)
        return 1
    print(f"self-test passed: {len(CHECKS)} checks", flush=True)
    return 0
