# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_preview_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PdfPreviewDialog(object):
    def setupUi(self, PdfPreviewDialog):
        if not PdfPreviewDialog.objectName():
            PdfPreviewDialog.setObjectName(u"PdfPreviewDialog")
        PdfPreviewDialog.resize(900, 720)
        self.mainLayout = QVBoxLayout(PdfPreviewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(PdfPreviewDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.markingLabel = QLabel(PdfPreviewDialog)
        self.markingLabel.setObjectName(u"markingLabel")
        self.markingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.markingLabel)

        self.statusLabel = QLabel(PdfPreviewDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.viewHost = QWidget(PdfPreviewDialog)
        self.viewHost.setObjectName(u"viewHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.viewHost.sizePolicy().hasHeightForWidth())
        self.viewHost.setSizePolicy(sizePolicy)
        self.viewLayout = QVBoxLayout(self.viewHost)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(0, 0, 0, 0)

        self.mainLayout.addWidget(self.viewHost)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.zoomOutButton = QPushButton(PdfPreviewDialog)
        self.zoomOutButton.setObjectName(u"zoomOutButton")
        self.zoomOutButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.zoomOutButton)

        self.fitWidthButton = QPushButton(PdfPreviewDialog)
        self.fitWidthButton.setObjectName(u"fitWidthButton")
        self.fitWidthButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.fitWidthButton)

        self.zoomInButton = QPushButton(PdfPreviewDialog)
        self.zoomInButton.setObjectName(u"zoomInButton")
        self.zoomInButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.zoomInButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.printButton = QPushButton(PdfPreviewDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setEnabled(False)
        self.printButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(PdfPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)
        self.saveButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(PdfPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(PdfPreviewDialog)

        QMetaObject.connectSlotsByName(PdfPreviewDialog)
    # setupUi

    def retranslateUi(self, PdfPreviewDialog):
        PdfPreviewDialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", u"Detention summary", None))
#if QT_CONFIG(accessibility)
        PdfPreviewDialog.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"Detention summary preview", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("PdfPreviewDialog", u"Detention summary", None))
        self.markingLabel.setText(QCoreApplication.translate("PdfPreviewDialog", u"OFFICIAL-SENSITIVE. Printing or saving this summary is a disclosure and is logged with your name.", None))
#if QT_CONFIG(accessibility)
        self.markingLabel.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"Protective marking", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("PdfPreviewDialog", u"Preparing\u2026", None))
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"Preview status", None))
#endif // QT_CONFIG(accessibility)
        self.zoomOutButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"Zoom &out", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Smaller (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
        self.fitWidthButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Fit width", None))
#if QT_CONFIG(tooltip)
        self.fitWidthButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Page as wide as the window", None))
#endif // QT_CONFIG(tooltip)
        self.zoomInButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"Zoom &in", None))
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Larger (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Print every page (logged as a disclosure)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Save as PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Save the summary as a PDF file (logged as a disclosure)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Close", None))
    # retranslateUi

