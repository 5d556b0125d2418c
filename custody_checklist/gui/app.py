"""Start the desktop app: QApplication, look and feel, services, first-run demo, main window.

Everything that can go wrong at start-up (the database cannot be opened, it was made by
a newer version of the app, the config file is broken) is shown as a plain message
box, never as a traceback; an unexpected error later is logged and shown in a dialog
by :func:`install_excepthook`, so a sergeant at 3 a.m. always gets words, not a crash.
"""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from custody_checklist.gui import icons

log = logging.getLogger("custody_checklist.gui")

APP_NAME = "custody-checklist"
APP_DISPLAY_NAME = "Custody Child Checklist"
ORGANISATION = "custody-checklist"
_BASE_FONT_PROPERTY = "custodyBaseFontPointSize"
# For the installer smoke test (installer/smoke_test.sh): start without the first-run
# demo question, and close the main window this many milliseconds after the board shows.
NO_DEMO_OFFER_ENV = "CUSTODY_CHECKLIST_NO_DEMO_OFFER"
QUIT_AFTER_ENV = "CUSTODY_CHECKLIST_QUIT_AFTER_MS"
# For benchmarks/bench_gui.py: "1" prints the wall-clock time of each start-up milestone
# on stderr ("custody-checklist: start-trace shown <seconds since the epoch>").
START_TRACE_ENV = "CUSTODY_CHECKLIST_START_TRACE"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names (for QSettings), style, stylesheet, icon and font scale."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setDesktopFileName(APP_NAME)
    app.setStyle("Fusion")
    app.setWindowIcon(icons.app_icon())
    app.setStyleSheet(load_stylesheet())
    if app.property(_BASE_FONT_PROPERTY) is None:
        app.setProperty(_BASE_FONT_PROPERTY, app.font().pointSizeF())
    apply_text_scale(float(QSettings().value("display/text_scale", 1.0)))
    return app


def load_stylesheet(name: str = "style.qss") -> str:
    """A stylesheet from resources/: ``style.qss`` (the application's) or ``toolbar.qss``."""
    try:
        from custody_checklist.paths import resource

        # url(@icons@/x.svg) in the stylesheet: QSS resolves paths from the working folder
        text = resource(name).read_text(encoding="utf-8")
        return text.replace("@icons@", resource("icons").as_posix())
    except (FileNotFoundError, OSError) as exc:  # the app works unstyled
        log.warning("stylesheet not loaded: %s", exc)
        return ""


def apply_text_scale(scale: float) -> None:
    """Scale every font relative to the *system* font (the stylesheet sets no sizes)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    base = app.property(_BASE_FONT_PROPERTY)
    if base is None or float(base) <= 0:
        return
    scale = min(max(scale, 0.8), 2.0)
    font = app.font()
    font.setPointSizeF(float(base) * scale)
    app.setFont(font)


# -- errors ---------------------------------------------------------------------------
def log_file() -> Path:
    try:
        from platformdirs import user_log_dir

        folder = Path(user_log_dir(APP_NAME, appauthor=False))
    except Exception:
        folder = Path.home() / f".{APP_NAME}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "gui.log"


def configure_logging() -> Path | None:
    try:
        path = log_file()
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("custody_checklist")
    if not any(isinstance(h, logging.FileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


_showing_error = False


def show_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log an unexpected error and tell the user in words, with details on request."""
    global _showing_error
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details)
    if _showing_error or QApplication.instance() is None:
        print(details, file=sys.stderr)
        return
    _showing_error = True
    try:
        box = QMessageBox(QMessageBox.Icon.Critical, "Something went wrong", "")
        box.setText(
            f"The app hit an unexpected problem: {exc}\n\n"
            "Answers already saved are kept. Check the last thing you entered, then carry on "
            "or restart the app. If it happens again, tell the IT service desk."
        )
        box.setInformativeText(f"Details were written to {log_file()}.")
        box.setDetailedText(details)
        box.setAccessibleName("Unexpected error")
        box.exec()
    finally:
        _showing_error = False


def install_excepthook() -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        show_exception(exc_type, exc, tb)

    sys.excepthook = hook


# -- start-up -------------------------------------------------------------------------
def trace_start(milestone: str) -> None:
    """Print when a start-up milestone was reached, if :data:`START_TRACE_ENV` asks for it."""
    if os.environ.get(START_TRACE_ENV) == "1":
        print(f"custody-checklist: start-trace {milestone} {time.time():.6f}", file=sys.stderr, flush=True)


def describe_open_error(exc: BaseException) -> tuple[str, str]:
    """Title and plain words for an error raised while opening the database."""
    name = type(exc).__name__.lower()
    text = str(exc)
    if "newer" in name or "newer" in text.lower():
        return (
            "Database made by a newer version",
            "This database was last used by a newer version of Custody Child Checklist, so "
            "this copy cannot open it safely.\n\nInstall the newer version, or ask the IT "
            f"service desk.\n\nDetails: {text}",
        )
    return (
        "Cannot open the database",
        "Custody Child Checklist could not open its database, so it cannot start.\n\n"
        "Check the network connection or the disk, then start the app again; if it still "
        f"fails, tell the IT service desk.\n\nDetails: {text}",
    )


def explain_open_error(exc: BaseException, parent: QWidget | None = None) -> None:
    """Log an error raised while opening the services and tell the user in words."""
    log.error("could not open services", exc_info=exc)
    title, text = describe_open_error(exc)
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Close, parent)
    box.setAccessibleName(title)
    box.exec()


def open_services_or_explain(context: Any, parent: QWidget | None = None) -> Any | None:
    """``context.services()``, or ``None`` after telling the user why not."""
    try:
        return context.services()
    except Exception as exc:  # every failure becomes words in a box
        explain_open_error(exc, parent)
        return None


DEMO_QUESTION = (
    "The database has no records yet.\n\nLoad the demo dataset of fictional children "
    "so you can try the app? Demo records are for training and evaluation only: do not "
    "load them into a live database used for real custody records.\n\nDemo users log in "
    "with the password demo-password-1: ps.rahman (sergeant), insp.adebayo (inspector), "
    "audit.okonjo (auditor), admin.whitlock (administrator)."
)


def ask_load_demo(parent: QWidget | None = None) -> bool:
    """The first-run question; "No" is the default, so Enter never loads demo data."""
    answer = QMessageBox.question(
        parent,
        "Load demo records?",
        DEMO_QUESTION,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def offer_demo(services: Any, parent: QWidget | None = None,
               ask: Callable[[QWidget | None], bool] = ask_load_demo) -> int:
    """On an empty database, offer the demo dataset; returns how many records were loaded.

    ``ask`` puts the question (tests pass their own answer instead of a modal box).
    """
    from custody_checklist.services.records import RecordFilter

    if services.records.count(RecordFilter()) > 0:
        return 0
    if services.demo_refusal() is not None:  # real accounts, or not an administrator
        return 0
    if not ask(parent):
        return 0
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        count = int(services.load_demo() or 0)
    except Exception as exc:
        QGuiApplication.restoreOverrideCursor()
        log.exception("demo load failed")
        QMessageBox.warning(parent, "Demo not loaded", f"The demo records could not be loaded.\n\nDetails: {exc}")
        return 0
    QGuiApplication.restoreOverrideCursor()
    log.info("loaded %d demo records", count)
    return count


def run_gui(context: Any) -> int:
    """Entry point used by ``custody-checklist`` with no subcommand.

    The first screen is shown at once and the database opened behind it (gui/startup.py).
    """
    app = create_application()
    configure_logging()
    install_excepthook()
    from custody_checklist.gui.startup import Startup, open_in_worker

    startup = Startup(lambda: open_in_worker(context), context.services,
                      unattended=os.environ.get(NO_DEMO_OFFER_ENV) == "1")
    startup.quit_requested.connect(app.exit)
    startup.shown.connect(lambda: trace_start("shown"))
    startup.ready.connect(lambda: trace_start("ready"))
    if os.environ.get(QUIT_AFTER_ENV, "").isdigit():  # smoke tests: close once the board shows
        startup.ready.connect(lambda: QTimer.singleShot(int(os.environ[QUIT_AFTER_ENV]), startup.window.close))
    startup.begin()
    code = int(app.exec())
    startup.wait()  # quit while the database was opening: let it finish (a migration too)
    return code
