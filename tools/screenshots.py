"""Drive the real app offscreen on the demo data and save PNGs into docs/screenshots/.

    .venv/bin/python tools/screenshots.py [--out DIR] [--size 1366x768]

Uses a throw-away database and throw-away QSettings (never the user's), loads the demo
dataset through the services, opens the main window at a laptop size (1366x768) and a
large-monitor size, then opens a record in the editor and saves each checklist section,
the timeline, the findings panel and the PDF summary preview. Look at every picture after a UI change.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402


def settle(app: QApplication, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, out: Path, name: str, app: QApplication) -> Path:
    settle(app)
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return path


def busiest_suite(services) -> str | None:  # type: ignore[no-untyped-def]
    counts = {s.code: len(services.records.in_custody(s.code)) for s in services.records.suites()}
    return max(counts, key=counts.get) if counts else None  # type: ignore[arg-type]


def pick_record(services, suite: str):  # type: ignore[no-untyped-def]
    """The in-custody record with the most going on: most events, then most findings."""
    records = services.records.in_custody(suite)
    return max(records, key=lambda r: (len(r.events), len(services.records.evaluate(r).findings)))


def snap_dialog(dialog: QDialog, out: Path, name: str, app: QApplication) -> None:
    dialog.show()
    save(dialog, out, name, app)
    dialog.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1366x768", help="laptop window size (default 1366x768)")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    work = Path(tempfile.mkdtemp(prefix="custody-screenshots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))

    from custody_checklist.config import DeploymentConfig
    from custody_checklist.gui.app import create_application
    from custody_checklist.gui.main_window import RECORDS_TAB, MainWindow
    from custody_checklist.gui.new_record_dialog import NewRecordDialog
    from custody_checklist.gui.settings_dialog import SettingsDialog
    from custody_checklist.services.app_services import open_services

    app = create_application([sys.argv[0]])
    QCoreApplication.setApplicationName("custody-checklist-screenshots")
    services = open_services(
        database_url=f"sqlite:///{work / 'demo.db'}",
        config=DeploymentConfig(force_name="Demoshire Police (invented)"),
    )
    print(f"Loaded {services.load_demo()} demo records; saving to {args.out}")
    suite = busiest_suite(services)

    window = MainWindow(services)
    if suite:
        window.suite_combo.setCurrentIndex(window.suite_combo.findData(suite))
    window.resize(width, height)
    window.show()
    save(window, args.out, "board", app)
    window.ui.tabs.setCurrentIndex(RECORDS_TAB)
    save(window, args.out, "records", app)
    window.records.surname_edit.setText("a")
    window.records.search()
    save(window, args.out, "records-search", app)
    window.ui.tabs.setCurrentIndex(0)
    window.resize(1920, 1080)
    save(window, args.out, "board-large-monitor", app)
    window.resize(width, height)

    snap_dialog(NewRecordDialog(services, default_suite=suite, parent=window), args.out, "new-child", app)
    new_child = NewRecordDialog(services, default_suite=suite, parent=window)
    new_child.ui.custodyNumberEdit.setText("X-1")
    new_child.show()
    new_child._on_create_clicked()  # empty surname: the dialog says what to fix
    save(new_child, args.out, "new-child-problem", app)
    new_child.close()
    settings = SettingsDialog(services, window)
    snap_dialog(settings, args.out, "settings", app)

    if suite:
        record = pick_record(services, suite)
        editor = window.open_record(record.id)
        if editor is not None:
            editor.resize(width, height)
            settle(app)
            form = getattr(editor, "form", None)
            sections = list(getattr(getattr(editor, "definition", None), "sections", []) or [])
            for index, section in enumerate(sections):
                form.go_to_section(index)  # type: ignore[union-attr]
                save(editor, args.out, f"section-{index + 1:02d}-{section.id}", app)
            if sections:
                form.go_to_section(0)  # type: ignore[union-attr]
            timeline = editor.timeline  # type: ignore[attr-defined]
            if timeline.tree.topLevelItemCount():  # show the selected event's details line
                timeline.tree.setCurrentItem(timeline.tree.topLevelItem(min(3, timeline.tree.topLevelItemCount() - 1)))
            for name in ("timelineBox", "findingsBox"):
                box = getattr(editor.ui, name, None)  # type: ignore[attr-defined]
                if box is not None:
                    save(box, args.out, name.removesuffix("Box"), app)
            from custody_checklist.gui.pdf_preview_dialog import PdfPreviewDialog

            preview = PdfPreviewDialog(services, editor.record, editor)  # type: ignore[attr-defined]
            preview.resize(min(960, width), height)
            preview.show()
            preview.prepare()
            save(preview, args.out, "summary-preview", app)
            preview.close()
            editor.close()
    window.close()
    QTimer.singleShot(0, app.quit)
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
