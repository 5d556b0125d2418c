"""Record > Print summary…: the QtPdf preview, Print (pages painted on a QPrinter) and
Save as PDF, each logged as a disclosure in the audit trail. Real services, offscreen."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from sqlalchemy import select

from custody_checklist.domain.record import Record
from custody_checklist.domain.timeutil import to_local
from custody_checklist.gui.pdf_preview_dialog import PdfPreviewDialog
from custody_checklist.storage.models import AuditEntryRow
from tests.gui import editor_fixtures
from tests.gui.editor_fixtures import book_in

open_editor = editor_fixtures.open_editor


@pytest.fixture
def record(services: Any) -> Record:
    booked = book_in(services)
    return services.records.save_answer(booked.id, "voc_own_words",
                                        "I want my mum. Ŵyn said it was fine.", booked.version)


def disclosures(services: Any, record_id: str) -> list[tuple[str, dict[str, Any]]]:
    with services.database.reading() as session:
        rows = session.scalars(select(AuditEntryRow).where(AuditEntryRow.record_id == record_id)
                               .order_by(AuditEntryRow.id)).all()
        return [(row.action, dict(row.detail)) for row in rows
                if row.action in ("print", "save_pdf")]


@pytest.fixture
def preview(qtbot: Any, services: Any, record: Record) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(services, record)
    qtbot.addWidget(dialog)
    assert dialog.ui.statusLabel.text() == "Preparing…"  # the PDF is made after showing
    assert not dialog.ui.printButton.isEnabled()
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pdf_bytes is not None or bool(dialog.error), timeout=15_000)
    assert not dialog.error
    return dialog


def pypdf_pages(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def test_preview_shows_every_page_of_the_summary(preview: PdfPreviewDialog) -> None:
    pages = pypdf_pages(preview.pdf_bytes or b"")
    assert pages >= 2
    assert preview.page_count() == pages
    assert preview.view.document() is preview.document
    assert f"{pages} pages" in preview.ui.statusLabel.text()
    assert preview.ui.printButton.isEnabled() and preview.ui.saveButton.isEnabled()


def test_save_as_pdf_writes_the_previewed_summary_and_logs_it(
        preview: PdfPreviewDialog, services: Any, record: Record, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    offered: list[str] = []

    def choose(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(tmp_path / "summary"), "PDF files (*.pdf)"  # no suffix typed

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    preview.ui.saveButton.click()

    day = to_local(record.arrival_at).date().isoformat()  # type: ignore[arg-type]
    assert Path(offered[0]).name == f"TSTA-000101-26_{day}.pdf"
    saved = tmp_path / "summary.pdf"
    assert saved.read_bytes() == preview.pdf_bytes
    text = "".join(page.extract_text() for page in pypdf.PdfReader(saved).pages)
    assert record.custody_number in text
    assert "I want my mum. Ŵyn said it was fine." in text
    assert not list(tmp_path.glob(".summary-*"))  # the temporary file was renamed
    assert disclosures(services, record.id) == [
        ("save_pdf", {"file": str(saved), "pages": preview.page_count(),
                      "generated_at": preview.generated_at.isoformat()})]


def test_print_paints_every_page_on_the_printer_and_logs_it(
        preview: PdfPreviewDialog, services: Any, record: Record, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    output = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    preview.ui.printButton.click()

    printed = pypdf.PdfReader(output)
    assert len(printed.pages) == preview.page_count()
    width, height = (float(v) for v in printed.pages[0].mediabox[2:])
    assert round(width) == 595 and round(height) == 842  # A4 in points
    assert printed.pages[0].images, "each page is painted as an image"
    [(action, detail)] = disclosures(services, record.id)
    assert action == "print"
    assert detail["printer"] == str(output) and detail["pages"] == preview.page_count()


def test_cancelled_print_is_not_logged(preview: PdfPreviewDialog, services: Any,
                                       record: Record, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    preview.ui.printButton.click()
    assert disclosures(services, record.id) == []


def test_a_page_range_prints_only_those_pages(preview: PdfPreviewDialog, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert preview.print_to(printer) == 1
    assert len(pypdf.PdfReader(tmp_path / "two.pdf").pages) == 1


def test_print_summary_from_the_record_menu(qtbot: Any, open_editor: Any,
                                            record: Record) -> None:
    editor = open_editor(record.id)
    action = editor.ui.actionPrintSummary
    assert action.shortcut().toString() == "Ctrl+P"
    assert action in editor.ui.menuRecord.actions()
    action.trigger()
    dialog = editor.pdf_preview
    assert isinstance(dialog, PdfPreviewDialog)
    qtbot.waitUntil(lambda: dialog.page_count() > 0, timeout=15_000)
    assert record.custody_number in dialog.ui.headingLabel.text()
    dialog.close()
