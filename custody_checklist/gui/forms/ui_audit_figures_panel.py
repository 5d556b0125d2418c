# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_figures_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_AuditFiguresPanel(object):
    def setupUi(self, AuditFiguresPanel):
        if not AuditFiguresPanel.objectName():
            AuditFiguresPanel.setObjectName(u"AuditFiguresPanel")
        self.panelLayout = QVBoxLayout(AuditFiguresPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.fromLabel = QLabel(AuditFiguresPanel)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodLayout.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(AuditFiguresPanel)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.periodLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(AuditFiguresPanel)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(AuditFiguresPanel)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.periodLayout.addWidget(self.toDate)

        self.suiteLabel = QLabel(AuditFiguresPanel)
        self.suiteLabel.setObjectName(u"suiteLabel")

        self.periodLayout.addWidget(self.suiteLabel)

        self.suiteCombo = QComboBox(AuditFiguresPanel)
        self.suiteCombo.setObjectName(u"suiteCombo")

        self.periodLayout.addWidget(self.suiteCombo)

        self.showButton = QPushButton(AuditFiguresPanel)
        self.showButton.setObjectName(u"showButton")

        self.periodLayout.addWidget(self.showButton)

        self.periodSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)

        self.pdfButton = QPushButton(AuditFiguresPanel)
        self.pdfButton.setObjectName(u"pdfButton")

        self.periodLayout.addWidget(self.pdfButton)

        self.csvButton = QPushButton(AuditFiguresPanel)
        self.csvButton.setObjectName(u"csvButton")

        self.periodLayout.addWidget(self.csvButton)


        self.panelLayout.addLayout(self.periodLayout)

        self.figuresTitleLabel = QLabel(AuditFiguresPanel)
        self.figuresTitleLabel.setObjectName(u"figuresTitleLabel")
        self.figuresTitleLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.figuresTitleLabel)

        self.figuresTree = QTreeWidget(AuditFiguresPanel)
        self.figuresTree.setObjectName(u"figuresTree")
        self.figuresTree.setAlternatingRowColors(True)
        self.figuresTree.setUniformRowHeights(True)

        self.panelLayout.addWidget(self.figuresTree)

        self.definitionLabel = QLabel(AuditFiguresPanel)
        self.definitionLabel.setObjectName(u"definitionLabel")
        self.definitionLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.definitionLabel)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.suiteLabel.setBuddy(self.suiteCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.suiteCombo)
        QWidget.setTabOrder(self.suiteCombo, self.showButton)
        QWidget.setTabOrder(self.showButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.csvButton)
        QWidget.setTabOrder(self.csvButton, self.figuresTree)

        self.retranslateUi(AuditFiguresPanel)

        QMetaObject.connectSlotsByName(AuditFiguresPanel)
    # setupUi

    def retranslateUi(self, AuditFiguresPanel):
#if QT_CONFIG(accessibility)
        AuditFiguresPanel.setAccessibleName(QCoreApplication.translate("AuditFiguresPanel", u"Multi-agency figures", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("AuditFiguresPanel", u"&From", None))
#if QT_CONFIG(accessibility)
        self.fromLabel.setAccessibleName(QCoreApplication.translate("AuditFiguresPanel", u"From", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("AuditFiguresPanel", u"First day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("AuditFiguresPanel", u"dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("AuditFiguresPanel", u"&to", None))
#if QT_CONFIG(accessibility)
        self.toLabel.setAccessibleName(QCoreApplication.translate("AuditFiguresPanel", u"to", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("AuditFiguresPanel", u"Last day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.toDate.setDisplayFormat(QCoreApplication.translate("AuditFiguresPanel", u"dd/MM/yyyy", None))
        self.suiteLabel.setText(QCoreApplication.translate("AuditFiguresPanel", u"S&uite", None))
#if QT_CONFIG(accessibility)
        self.suiteLabel.setAccessibleName(QCoreApplication.translate("AuditFiguresPanel", u"Suite", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.suiteCombo.setAccessibleName(QCoreApplication.translate("AuditFiguresPanel", u"Suite for the figures", None))
#endif // QT_CONFIG(accessibility)
        self.showButton.setText(QCoreApplication.translate("AuditFiguresPanel", u"&Show figures", None))
#if QT_CONFIG(accessibility)
        self.showButton.setAccessibleName(QCoreApplication.translate("AuditFiguresPanel", u"Show the figures for the period", None))
#endif // QT_CONFIG(accessibility)
        self.pdfButton.setText(QCoreApplication.translate("AuditFiguresPanel", u"&PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.pdfButton.setAccessibleName(QCoreApplication.translate("AuditFiguresPanel", u"Save the figures as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.csvButton.setText(QCoreApplication.translate("AuditFiguresPanel", u"&CSV\u2026", None))
#if QT_CONFIG(accessibility)
        self.csvButton.setAccessibleName(QCoreApplication.translate("AuditFiguresPanel", u"Save the figures as CSV", None))
#endif // QT_CONFIG(accessibility)
        self.figuresTitleLabel.setText("")
#if QT_CONFIG(accessibility)
        self.figuresTitleLabel.setAccessibleName(QCoreApplication.translate("AuditFiguresPanel", u"Period of the figures", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.figuresTree.setAccessibleName(QCoreApplication.translate("AuditFiguresPanel", u"Multi-agency figures", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.figuresTree.setAccessibleDescription(QCoreApplication.translate("AuditFiguresPanel", u"Figures for the Concordat on Children in Custody; expand a row for its breakdown.", None))
#endif // QT_CONFIG(accessibility)
        self.definitionLabel.setText("")
#if QT_CONFIG(accessibility)
        self.definitionLabel.setAccessibleName(QCoreApplication.translate("AuditFiguresPanel", u"How overnight is defined", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

