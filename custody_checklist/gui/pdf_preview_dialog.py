"""Preview of a child's detention summary, with Print and Save as PDF.

The PDF comes from ``reports.pdf_summary`` (reportlab, no Qt) and is shown with QtPdf's
``QPdfView``. It is made once, just after the dialog appears (a 0 ms timer, with a
"Preparing…" line), and that same document is what is printed and saved, so the paper,
the file and the preview carry the same generated-at time and content hash.

Printing renders each page with ``QPdfDocument.render`` at the printer's resolution
(capped, see :data:`MAX_PRINT_DPI`) and paints it on the ``QPrinter`` page by page, so
the printout does not depend on a PDF reader being installed. Saving writes the bytes
atomically (temporary file in the same folder, then rename). Both are disclosures of
OFFICIAL-SENSITIVE data and are logged through ``services.records.log_disclosure``.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QRectF,
    QSettings,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from custody_checklist.domain.record import Record
from custody_checklist.domain.timeutil import format_local, utc_now
from custody_checklist.gui.forms.ui_pdf_preview_dialog import Ui_PdfPreviewDialog
from custody_checklist.gui.widgets_common import scaled_font

log = logging.getLogger(__name__)

#: Pages are rasterised for the printer at its resolution, but never above this: a
#: 1200 dpi A4 page would be a 550 MB image; 300 dpi prints text cleanly on a laser.
MAX_PRINT_DPI = 300
FOLDER_KEY = "pdf_preview/last_folder"
GEOMETRY_KEY = "pdf_preview/geometry"
ZOOM_STEP = 1.25


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename,
    so a full disk or a pulled USB stick never leaves half a PDF under the real name."""
    handle, temp_name = tempfile.mkstemp(prefix=".summary-", suffix=".pdf.part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


class PdfPreviewDialog(QDialog):
    """The summary of one record: preview, print, save. Logs each print and save."""

    prepared = Signal(int)  # page count, once the PDF is made and loaded
    printed = Signal(int)  # pages sent to the printer
    saved = Signal(str)  # path written

    def __init__(self, services: Any, record: Record, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)
        self.services = services
        self.record = record
        self.pdf_bytes: bytes | None = None
        self.generated_at = utc_now()
        self.error = ""
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self.ui.viewHost)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName("Summary pages")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocument(self.document)
        self.ui.viewLayout.addWidget(self.view)
        self.ui.headingLabel.setFont(scaled_font(self.ui.headingLabel, 1.25, bold=True))
        self.ui.headingLabel.setText(
            f"Detention summary: {record.custody_number} · {record.child.display_name}")
        self.ui.markingLabel.setFont(scaled_font(self.ui.markingLabel, 1.0, bold=True))
        self.setWindowTitle(f"Summary {record.custody_number} · Custody Child Checklist")
        self._connect_callbacks()
        self._restore_geometry()
        QTimer.singleShot(0, self.prepare)  # the dialog paints "Preparing…" first

    def _connect_callbacks(self) -> None:
        ui = self.ui
        ui.printButton.clicked.connect(self._on_print_clicked)
        ui.saveButton.clicked.connect(self._on_save_clicked)
        ui.closeButton.clicked.connect(self.close)
        ui.zoomInButton.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        ui.zoomOutButton.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        ui.fitWidthButton.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        for keys, factor in ((QKeySequence.StandardKey.ZoomIn, ZOOM_STEP),
                             (QKeySequence.StandardKey.ZoomOut, 1 / ZOOM_STEP)):
            QShortcut(QKeySequence(keys), self).activated.connect(
                lambda f=factor: self._zoom(f))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self).activated.connect(
            self._on_print_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(
            self._on_save_clicked)

    # ------------------------------------------------------------------ making the PDF

    def prepare(self) -> None:
        """Make the PDF (~0.3 s) and load it into the viewer; on failure say so in words."""
        if self.pdf_bytes is not None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.pdf_bytes = self._make_pdf()
            self._load(self.pdf_bytes)
        except Exception as exc:  # the editor stays usable; the user is told why
            log.exception("summary PDF not made for %s", self.record.id)
            self.pdf_bytes = None
            self.error = str(exc)
            self.ui.statusLabel.setText(
                f"✕ The summary could not be made: {exc}\n\nThe record itself is not "
                "affected. Try again, or tell the IT service desk.")
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        pages = self.page_count()
        self.ui.statusLabel.setText(
            f"{pages} page{'s' if pages != 1 else ''} · generated "
            f"{format_local(self.generated_at)} · content hash "
            f"{self.services.records.content_hash(self.record)[:16]}…")
        self.ui.printButton.setEnabled(pages > 0)
        self.ui.saveButton.setEnabled(True)
        self.view.setFocus()
        self.prepared.emit(pages)

    def _make_pdf(self) -> bytes:
        from custody_checklist.reports.pdf_summary import summary_pdf_bytes

        records, record = self.services.records, self.record
        definition = self.services.definitions.get(record.definition_id, record.definition_version)
        return summary_pdf_bytes(
            record,
            definition,
            records.evaluate(record, self.generated_at),
            force_name=self.services.force_name(record.suite),
            suite_name=records.suite_name(record.suite),
            generated_at=self.generated_at,
            content_hash=records.content_hash(record),
        )

    def _load(self, data: bytes) -> None:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer  # QPdfDocument reads from it for as long as it is shown
        self.document.load(buffer)
        if self.document.status() is QPdfDocument.Status.Error:
            raise RuntimeError(f"the PDF viewer could not read it ({self.document.error().name})")

    def page_count(self) -> int:
        return self.document.pageCount()

    def default_filename(self) -> str:
        from custody_checklist.reports.pdf_summary import summary_filename

        record = self.record
        return summary_filename(record.custody_number, record.arrival_at or record.created_at)

    # ------------------------------------------------------------------ print

    def _on_print_clicked(self) -> None:
        if not self.ui.printButton.isEnabled():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self.default_filename().removesuffix(".pdf"))
        printer.setFromTo(1, self.page_count())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Print detention summary")
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint the chosen pages on ``printer``; returns pages printed (0 if it failed)."""
        count = self.page_count()
        first, last = 1, count
        if printer.printRange() is QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
        if count == 0 or first > last:
            return 0
        painter = QPainter()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if not painter.begin(printer):
                QGuiApplication.restoreOverrideCursor()
                QMessageBox.warning(self, "Not printed", "The printer could not be started. "
                                    "Check it is switched on and has paper, then try again.")
                return 0
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                self._paint_page(painter, printer, number - 1)
            ok = painter.end()
        finally:
            if painter.isActive():
                painter.end()
            QGuiApplication.restoreOverrideCursor()
        if not ok:
            QMessageBox.warning(self, "Not printed", "The printer reported a problem; the "
                                "summary may not have printed. Check the printer.")
            return 0
        pages = last - first + 1
        where = printer.outputFileName() or printer.printerName() or "default printer"
        self._log_disclosure("print", {"printer": where, "pages": pages,
                                       "copies": printer.copyCount(),
                                       "generated_at": self.generated_at.isoformat()})
        self.ui.statusLabel.setText(f"✓ Sent {pages} page{'s' if pages != 1 else ''} to {where}"
                                    " (logged).")
        self.printed.emit(pages)
        return pages

    def _paint_page(self, painter: QPainter, printer: QPrinter, index: int) -> None:
        """One PDF page as an image, fitted into the printable area, centred."""
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        points = self.document.pagePointSize(index)
        if points.width() <= 0 or points.height() <= 0:
            return
        scale = min(area.width() / points.width(), area.height() / points.height())
        width, height = points.width() * scale, points.height() * scale
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        image = self.document.render(index, QSize(round(points.width() * dpi / 72),
                                                   round(points.height() * dpi / 72)))
        # painter coordinates start at the printable area's top-left corner
        target = QRectF(QPointF((area.width() - width) / 2, (area.height() - height) / 2),
                        QRectF(0, 0, width, height).size())
        painter.drawImage(target, image)

    # ------------------------------------------------------------------ save

    def _on_save_clicked(self) -> None:
        if not self.ui.saveButton.isEnabled():
            return
        settings = QSettings()
        folder = str(settings.value(FOLDER_KEY, "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation))
        path, _filter = QFileDialog.getSaveFileName(
            self, "Save detention summary as PDF", str(Path(folder) / self.default_filename()),
            "PDF files (*.pdf)")
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if self.save_to(target):
            settings.setValue(FOLDER_KEY, str(target.parent))

    def save_to(self, path: Path) -> bool:
        """Write the previewed PDF to ``path`` atomically and log it; False if it failed."""
        if self.pdf_bytes is None:
            return False
        try:
            write_atomically(path, self.pdf_bytes)
        except OSError as exc:
            QMessageBox.warning(self, "Not saved", f"The summary could not be saved to {path}: "
                                f"{exc.strerror or exc}.\n\nChoose another folder and try again.")
            return False
        self._log_disclosure("save_pdf", {"file": str(path), "pages": self.page_count(),
                                          "generated_at": self.generated_at.isoformat()})
        self.ui.statusLabel.setText(f"✓ Saved to {path} (logged).")
        self.saved.emit(str(path))
        return True

    def _log_disclosure(self, what: str, detail: dict[str, Any]) -> None:
        try:
            self.services.records.log_disclosure(self.record.id, what, detail)
        except Exception as exc:  # the paper or file exists now: say it is not logged
            log.exception("disclosure not logged: %s %s", what, detail)
            QMessageBox.critical(
                self, "Not logged",
                f"The summary was {'printed' if what == 'print' else 'saved'}, but this "
                f"could not be written to the audit log: {exc}\n\nTell your supervisor "
                "so the disclosure can be recorded.")

    # ------------------------------------------------------------------ view

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor() if self.view.zoomMode() is QPdfView.ZoomMode.Custom \
            else self._fit_width_factor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(current * factor, 0.25), 6.0))

    def _fit_width_factor(self) -> float:
        if self.page_count() == 0:
            return 1.0
        points = self.document.pagePointSize(0)
        pixels = points.width() * self.logicalDpiX() / 72
        return max(0.25, (self.view.viewport().width() - 24) / pixels) if pixels else 1.0

    def _restore_geometry(self) -> None:
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry() if self.screen() else None
            if screen is not None:
                self.resize(min(960, int(screen.width() * 0.9)), int(screen.height() * 0.9))

    def done(self, result: int) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

    def closeEvent(self, event: Any) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
