# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_results_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_AuditResultsPanel(object):
    def setupUi(self, AuditResultsPanel):
        if not AuditResultsPanel.objectName():
            AuditResultsPanel.setObjectName(u"AuditResultsPanel")
        self.panelLayout = QVBoxLayout(AuditResultsPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.resultsTitleLabel = QLabel(AuditResultsPanel)
        self.resultsTitleLabel.setObjectName(u"resultsTitleLabel")
        self.resultsTitleLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.resultsTitleLabel.sizePolicy().hasHeightForWidth())
        self.resultsTitleLabel.setSizePolicy(sizePolicy)

        self.actionsLayout.addWidget(self.resultsTitleLabel)

        self.refreshButton = QPushButton(AuditResultsPanel)
        self.refreshButton.setObjectName(u"refreshButton")

        self.actionsLayout.addWidget(self.refreshButton)

        self.pdfButton = QPushButton(AuditResultsPanel)
        self.pdfButton.setObjectName(u"pdfButton")

        self.actionsLayout.addWidget(self.pdfButton)

        self.csvButton = QPushButton(AuditResultsPanel)
        self.csvButton.setObjectName(u"csvButton")

        self.actionsLayout.addWidget(self.csvButton)


        self.panelLayout.addLayout(self.actionsLayout)

        self.splitter = QSplitter(AuditResultsPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tablesHost = QWidget(self.splitter)
        self.tablesHost.setObjectName(u"tablesHost")
        self.tablesLayout = QVBoxLayout(self.tablesHost)
        self.tablesLayout.setObjectName(u"tablesLayout")
        self.tablesLayout.setContentsMargins(0, 0, 0, 0)
        self.complianceLabel = QLabel(self.tablesHost)
        self.complianceLabel.setObjectName(u"complianceLabel")

        self.tablesLayout.addWidget(self.complianceLabel)

        self.complianceTable = QTableView(self.tablesHost)
        self.complianceTable.setObjectName(u"complianceTable")
        self.complianceTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.complianceTable.setTabKeyNavigation(False)
        self.complianceTable.setAlternatingRowColors(True)
        self.complianceTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.complianceTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.tablesLayout.addWidget(self.complianceTable)

        self.failingsLabel = QLabel(self.tablesHost)
        self.failingsLabel.setObjectName(u"failingsLabel")

        self.tablesLayout.addWidget(self.failingsLabel)

        self.failingsTable = QTableView(self.tablesHost)
        self.failingsTable.setObjectName(u"failingsTable")
        self.failingsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.failingsTable.setTabKeyNavigation(False)
        self.failingsTable.setAlternatingRowColors(True)
        self.failingsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.failingsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.tablesLayout.addWidget(self.failingsTable)

        self.splitter.addWidget(self.tablesHost)
        self.chartTabs = QTabWidget(self.splitter)
        self.chartTabs.setObjectName(u"chartTabs")
        self.trendTab = QWidget()
        self.trendTab.setObjectName(u"trendTab")
        self.trendLayout = QVBoxLayout(self.trendTab)
        self.trendLayout.setObjectName(u"trendLayout")
        self.trendLayout.setContentsMargins(4, 4, 4, 4)
        self.trendPickerLayout = QHBoxLayout()
        self.trendPickerLayout.setObjectName(u"trendPickerLayout")
        self.trendCriterionLabel = QLabel(self.trendTab)
        self.trendCriterionLabel.setObjectName(u"trendCriterionLabel")

        self.trendPickerLayout.addWidget(self.trendCriterionLabel)

        self.trendCombo = QComboBox(self.trendTab)
        self.trendCombo.setObjectName(u"trendCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.trendCombo.sizePolicy().hasHeightForWidth())
        self.trendCombo.setSizePolicy(sizePolicy1)

        self.trendPickerLayout.addWidget(self.trendCombo)


        self.trendLayout.addLayout(self.trendPickerLayout)

        self.chartTabs.addTab(self.trendTab, "")
        self.suiteTab = QWidget()
        self.suiteTab.setObjectName(u"suiteTab")
        self.suiteLayout = QVBoxLayout(self.suiteTab)
        self.suiteLayout.setObjectName(u"suiteLayout")
        self.suiteLayout.setContentsMargins(4, 4, 4, 4)
        self.chartTabs.addTab(self.suiteTab, "")
        self.splitter.addWidget(self.chartTabs)

        self.panelLayout.addWidget(self.splitter)

        self.exportLayout = QHBoxLayout()
        self.exportLayout.setObjectName(u"exportLayout")
        self.exportNoteLabel = QLabel(AuditResultsPanel)
        self.exportNoteLabel.setObjectName(u"exportNoteLabel")
        self.exportNoteLabel.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.exportNoteLabel.sizePolicy().hasHeightForWidth())
        self.exportNoteLabel.setSizePolicy(sizePolicy)

        self.exportLayout.addWidget(self.exportNoteLabel)

        self.freeTextCheck = QCheckBox(AuditResultsPanel)
        self.freeTextCheck.setObjectName(u"freeTextCheck")

        self.exportLayout.addWidget(self.freeTextCheck)

        self.exportButton = QPushButton(AuditResultsPanel)
        self.exportButton.setObjectName(u"exportButton")

        self.exportLayout.addWidget(self.exportButton)


        self.panelLayout.addLayout(self.exportLayout)

#if QT_CONFIG(shortcut)
        self.complianceLabel.setBuddy(self.complianceTable)
        self.failingsLabel.setBuddy(self.failingsTable)
        self.trendCriterionLabel.setBuddy(self.trendCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.refreshButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.csvButton)
        QWidget.setTabOrder(self.csvButton, self.complianceTable)
        QWidget.setTabOrder(self.complianceTable, self.failingsTable)
        QWidget.setTabOrder(self.failingsTable, self.chartTabs)
        QWidget.setTabOrder(self.chartTabs, self.trendCombo)
        QWidget.setTabOrder(self.trendCombo, self.freeTextCheck)
        QWidget.setTabOrder(self.freeTextCheck, self.exportButton)

        self.retranslateUi(AuditResultsPanel)

        self.chartTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AuditResultsPanel)
    # setupUi

    def retranslateUi(self, AuditResultsPanel):
#if QT_CONFIG(accessibility)
        AuditResultsPanel.setAccessibleName(QCoreApplication.translate("AuditResultsPanel", u"Results", None))
#endif // QT_CONFIG(accessibility)
        self.resultsTitleLabel.setText(QCoreApplication.translate("AuditResultsPanel", u"No sample open.", None))
#if QT_CONFIG(accessibility)
        self.resultsTitleLabel.setAccessibleName(QCoreApplication.translate("AuditResultsPanel", u"Results shown for", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("AuditResultsPanel", u"Re&fresh", None))
#if QT_CONFIG(accessibility)
        self.refreshButton.setAccessibleName(QCoreApplication.translate("AuditResultsPanel", u"Refresh the results", None))
#endif // QT_CONFIG(accessibility)
        self.pdfButton.setText(QCoreApplication.translate("AuditResultsPanel", u"&PDF report\u2026", None))
#if QT_CONFIG(accessibility)
        self.pdfButton.setAccessibleName(QCoreApplication.translate("AuditResultsPanel", u"Save the PDF report", None))
#endif // QT_CONFIG(accessibility)
        self.csvButton.setText(QCoreApplication.translate("AuditResultsPanel", u"&CSV\u2026", None))
#if QT_CONFIG(accessibility)
        self.csvButton.setAccessibleName(QCoreApplication.translate("AuditResultsPanel", u"Save the results as CSV", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tablesHost.setAccessibleName(QCoreApplication.translate("AuditResultsPanel", u"Compliance and failings", None))
#endif // QT_CONFIG(accessibility)
        self.complianceLabel.setText(QCoreApplication.translate("AuditResultsPanel", u"Co&mpliance per criterion", None))
#if QT_CONFIG(accessibility)
        self.complianceLabel.setAccessibleName(QCoreApplication.translate("AuditResultsPanel", u"Compliance per criterion", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.complianceTable.setAccessibleName(QCoreApplication.translate("AuditResultsPanel", u"Compliance per criterion", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.complianceTable.setAccessibleDescription(QCoreApplication.translate("AuditResultsPanel", u"Met out of applicable records; not applicable records are left out of the denominator.", None))
#endif // QT_CONFIG(accessibility)
        self.failingsLabel.setText(QCoreApplication.translate("AuditResultsPanel", u"F&ailings (double-click or Enter opens the record)", None))
#if QT_CONFIG(accessibility)
        self.failingsLabel.setAccessibleName(QCoreApplication.translate("AuditResultsPanel", u"Failings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.failingsTable.setAccessibleName(QCoreApplication.translate("AuditResultsPanel", u"Failings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.failingsTable.setAccessibleDescription(QCoreApplication.translate("AuditResultsPanel", u"Press Enter or double-click to open the record read-only.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chartTabs.setAccessibleName(QCoreApplication.translate("AuditResultsPanel", u"Charts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.trendTab.setAccessibleName(QCoreApplication.translate("AuditResultsPanel", u"Trend over 12 weeks", None))
#endif // QT_CONFIG(accessibility)
        self.trendCriterionLabel.setText(QCoreApplication.translate("AuditResultsPanel", u"Criteri&on", None))
#if QT_CONFIG(accessibility)
        self.trendCriterionLabel.setAccessibleName(QCoreApplication.translate("AuditResultsPanel", u"Criterion", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.trendCombo.setAccessibleName(QCoreApplication.translate("AuditResultsPanel", u"Criterion shown in the trend chart", None))
#endif // QT_CONFIG(accessibility)
        self.chartTabs.setTabText(self.chartTabs.indexOf(self.trendTab), QCoreApplication.translate("AuditResultsPanel", u"&Trend (12 weeks)", None))
#if QT_CONFIG(accessibility)
        self.suiteTab.setAccessibleName(QCoreApplication.translate("AuditResultsPanel", u"Comparison by suite", None))
#endif // QT_CONFIG(accessibility)
        self.chartTabs.setTabText(self.chartTabs.indexOf(self.suiteTab), QCoreApplication.translate("AuditResultsPanel", u"&By suite", None))
        self.exportNoteLabel.setText(QCoreApplication.translate("AuditResultsPanel", u"Pseudonymised export for partner agencies (no names, no dates of birth, custody numbers hashed).", None))
#if QT_CONFIG(accessibility)
        self.exportNoteLabel.setAccessibleName(QCoreApplication.translate("AuditResultsPanel", u"About the pseudonymised export", None))
#endif // QT_CONFIG(accessibility)
        self.freeTextCheck.setText(QCoreApplication.translate("AuditResultsPanel", u"Include free te&xt", None))
#if QT_CONFIG(accessibility)
        self.freeTextCheck.setAccessibleName(QCoreApplication.translate("AuditResultsPanel", u"Include free text in the pseudonymised export", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("AuditResultsPanel", u"Pseudonymised &export\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("AuditResultsPanel", u"Save the pseudonymised export", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

