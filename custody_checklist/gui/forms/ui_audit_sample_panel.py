# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_sample_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDateEdit,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QVBoxLayout,
    QWidget)

class Ui_AuditSamplePanel(object):
    def setupUi(self, AuditSamplePanel):
        if not AuditSamplePanel.objectName():
            AuditSamplePanel.setObjectName(u"AuditSamplePanel")
        self.panelLayout = QHBoxLayout(AuditSamplePanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.drawGroup = QGroupBox(AuditSamplePanel)
        self.drawGroup.setObjectName(u"drawGroup")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(2)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.drawGroup.sizePolicy().hasHeightForWidth())
        self.drawGroup.setSizePolicy(sizePolicy)
        self.drawGroupLayout = QVBoxLayout(self.drawGroup)
        self.drawGroupLayout.setObjectName(u"drawGroupLayout")
        self.drawForm = QFormLayout()
        self.drawForm.setObjectName(u"drawForm")
        self.periodLabel = QLabel(self.drawGroup)
        self.periodLabel.setObjectName(u"periodLabel")

        self.drawForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodLayout = QGridLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.weekRadio = QRadioButton(self.drawGroup)
        self.weekRadio.setObjectName(u"weekRadio")
        self.weekRadio.setChecked(True)

        self.periodLayout.addWidget(self.weekRadio, 0, 0, 1, 1)

        self.weekDate = QDateEdit(self.drawGroup)
        self.weekDate.setObjectName(u"weekDate")
        self.weekDate.setCalendarPopup(True)

        self.periodLayout.addWidget(self.weekDate, 0, 1, 1, 1)

        self.previousWeekButton = QPushButton(self.drawGroup)
        self.previousWeekButton.setObjectName(u"previousWeekButton")

        self.periodLayout.addWidget(self.previousWeekButton, 0, 2, 1, 1)

        self.nextWeekButton = QPushButton(self.drawGroup)
        self.nextWeekButton.setObjectName(u"nextWeekButton")

        self.periodLayout.addWidget(self.nextWeekButton, 0, 3, 1, 1)

        self.weekLabel = QLabel(self.drawGroup)
        self.weekLabel.setObjectName(u"weekLabel")
        self.weekLabel.setWordWrap(True)

        self.periodLayout.addWidget(self.weekLabel, 1, 1, 1, 3)

        self.customRadio = QRadioButton(self.drawGroup)
        self.customRadio.setObjectName(u"customRadio")

        self.periodLayout.addWidget(self.customRadio, 2, 0, 1, 1)

        self.fromDate = QDateEdit(self.drawGroup)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.periodLayout.addWidget(self.fromDate, 2, 1, 1, 1)

        self.toLabel = QLabel(self.drawGroup)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel, 2, 2, 1, 1)

        self.toDate = QDateEdit(self.drawGroup)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.periodLayout.addWidget(self.toDate, 2, 3, 1, 1)


        self.drawForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.suitesLabel = QLabel(self.drawGroup)
        self.suitesLabel.setObjectName(u"suitesLabel")

        self.drawForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.suitesLabel)

        self.suitesList = QListWidget(self.drawGroup)
        self.suitesList.setObjectName(u"suitesList")

        self.drawForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.suitesList)

        self.sizeLabel = QLabel(self.drawGroup)
        self.sizeLabel.setObjectName(u"sizeLabel")

        self.drawForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sizeLabel)

        self.sizeLayout = QGridLayout()
        self.sizeLayout.setObjectName(u"sizeLayout")
        self.countRadio = QRadioButton(self.drawGroup)
        self.countRadio.setObjectName(u"countRadio")
        self.countRadio.setChecked(True)

        self.sizeLayout.addWidget(self.countRadio, 0, 0, 1, 1)

        self.countSpin = QSpinBox(self.drawGroup)
        self.countSpin.setObjectName(u"countSpin")
        self.countSpin.setMinimum(1)
        self.countSpin.setMaximum(10000)
        self.countSpin.setValue(10)

        self.sizeLayout.addWidget(self.countSpin, 0, 1, 1, 1)

        self.percentRadio = QRadioButton(self.drawGroup)
        self.percentRadio.setObjectName(u"percentRadio")

        self.sizeLayout.addWidget(self.percentRadio, 1, 0, 1, 1)

        self.percentSpin = QSpinBox(self.drawGroup)
        self.percentSpin.setObjectName(u"percentSpin")
        self.percentSpin.setMinimum(1)
        self.percentSpin.setMaximum(100)
        self.percentSpin.setValue(20)

        self.sizeLayout.addWidget(self.percentSpin, 1, 1, 1, 1)

        self.minimumLabel = QLabel(self.drawGroup)
        self.minimumLabel.setObjectName(u"minimumLabel")

        self.sizeLayout.addWidget(self.minimumLabel, 2, 0, 1, 1)

        self.minimumSpin = QSpinBox(self.drawGroup)
        self.minimumSpin.setObjectName(u"minimumSpin")
        self.minimumSpin.setMinimum(0)
        self.minimumSpin.setMaximum(10000)
        self.minimumSpin.setValue(5)

        self.sizeLayout.addWidget(self.minimumSpin, 2, 1, 1, 1)


        self.drawForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.sizeLayout)

        self.stratifyCheck = QCheckBox(self.drawGroup)
        self.stratifyCheck.setObjectName(u"stratifyCheck")

        self.drawForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.stratifyCheck)

        self.seedCheck = QCheckBox(self.drawGroup)
        self.seedCheck.setObjectName(u"seedCheck")

        self.drawForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.seedCheck)

        self.seedLabel = QLabel(self.drawGroup)
        self.seedLabel.setObjectName(u"seedLabel")

        self.drawForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.seedLabel)

        self.seedEdit = QLineEdit(self.drawGroup)
        self.seedEdit.setObjectName(u"seedEdit")

        self.drawForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.seedEdit)


        self.drawGroupLayout.addLayout(self.drawForm)

        self.populationLabel = QLabel(self.drawGroup)
        self.populationLabel.setObjectName(u"populationLabel")
        self.populationLabel.setWordWrap(True)

        self.drawGroupLayout.addWidget(self.populationLabel)

        self.drawButtons = QHBoxLayout()
        self.drawButtons.setObjectName(u"drawButtons")
        self.drawSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.drawButtons.addItem(self.drawSpacer)

        self.drawButton = QPushButton(self.drawGroup)
        self.drawButton.setObjectName(u"drawButton")

        self.drawButtons.addWidget(self.drawButton)


        self.drawGroupLayout.addLayout(self.drawButtons)

        self.drawErrorLabel = QLabel(self.drawGroup)
        self.drawErrorLabel.setObjectName(u"drawErrorLabel")
        self.drawErrorLabel.setWordWrap(True)

        self.drawGroupLayout.addWidget(self.drawErrorLabel)

        self.drawBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.drawGroupLayout.addItem(self.drawBottomSpacer)


        self.panelLayout.addWidget(self.drawGroup)

        self.rightColumn = QWidget(AuditSamplePanel)
        self.rightColumn.setObjectName(u"rightColumn")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.rightColumn.sizePolicy().hasHeightForWidth())
        self.rightColumn.setSizePolicy(sizePolicy1)
        self.rightLayout = QVBoxLayout(self.rightColumn)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.drawnGroup = QGroupBox(self.rightColumn)
        self.drawnGroup.setObjectName(u"drawnGroup")
        self.drawnLayout = QVBoxLayout(self.drawnGroup)
        self.drawnLayout.setObjectName(u"drawnLayout")
        self.drawnLabel = QLabel(self.drawnGroup)
        self.drawnLabel.setObjectName(u"drawnLabel")
        self.drawnLabel.setWordWrap(True)
        self.drawnLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.drawnLayout.addWidget(self.drawnLabel)

        self.sampledTable = QTableView(self.drawnGroup)
        self.sampledTable.setObjectName(u"sampledTable")
        self.sampledTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sampledTable.setTabKeyNavigation(False)
        self.sampledTable.setAlternatingRowColors(True)
        self.sampledTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sampledTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.drawnLayout.addWidget(self.sampledTable)

        self.drawnButtons = QHBoxLayout()
        self.drawnButtons.setObjectName(u"drawnButtons")
        self.checkButton = QPushButton(self.drawnGroup)
        self.checkButton.setObjectName(u"checkButton")

        self.drawnButtons.addWidget(self.checkButton)

        self.reuseSeedButton = QPushButton(self.drawnGroup)
        self.reuseSeedButton.setObjectName(u"reuseSeedButton")

        self.drawnButtons.addWidget(self.reuseSeedButton)

        self.drawnSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.drawnButtons.addItem(self.drawnSpacer)

        self.scoreButton = QPushButton(self.drawnGroup)
        self.scoreButton.setObjectName(u"scoreButton")

        self.drawnButtons.addWidget(self.scoreButton)


        self.drawnLayout.addLayout(self.drawnButtons)


        self.rightLayout.addWidget(self.drawnGroup)

        self.earlierGroup = QGroupBox(self.rightColumn)
        self.earlierGroup.setObjectName(u"earlierGroup")
        self.earlierLayout = QVBoxLayout(self.earlierGroup)
        self.earlierLayout.setObjectName(u"earlierLayout")
        self.earlierTable = QTableView(self.earlierGroup)
        self.earlierTable.setObjectName(u"earlierTable")
        self.earlierTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.earlierTable.setTabKeyNavigation(False)
        self.earlierTable.setAlternatingRowColors(True)
        self.earlierTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.earlierTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.earlierLayout.addWidget(self.earlierTable)

        self.earlierButtons = QHBoxLayout()
        self.earlierButtons.setObjectName(u"earlierButtons")
        self.refreshEarlierButton = QPushButton(self.earlierGroup)
        self.refreshEarlierButton.setObjectName(u"refreshEarlierButton")

        self.earlierButtons.addWidget(self.refreshEarlierButton)

        self.earlierSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.earlierButtons.addItem(self.earlierSpacer)

        self.openEarlierButton = QPushButton(self.earlierGroup)
        self.openEarlierButton.setObjectName(u"openEarlierButton")

        self.earlierButtons.addWidget(self.openEarlierButton)


        self.earlierLayout.addLayout(self.earlierButtons)


        self.rightLayout.addWidget(self.earlierGroup)


        self.panelLayout.addWidget(self.rightColumn)

#if QT_CONFIG(shortcut)
        self.toLabel.setBuddy(self.toDate)
        self.suitesLabel.setBuddy(self.suitesList)
        self.minimumLabel.setBuddy(self.minimumSpin)
        self.seedLabel.setBuddy(self.seedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.weekRadio, self.weekDate)
        QWidget.setTabOrder(self.weekDate, self.previousWeekButton)
        QWidget.setTabOrder(self.previousWeekButton, self.nextWeekButton)
        QWidget.setTabOrder(self.nextWeekButton, self.customRadio)
        QWidget.setTabOrder(self.customRadio, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.suitesList)
        QWidget.setTabOrder(self.suitesList, self.countRadio)
        QWidget.setTabOrder(self.countRadio, self.countSpin)
        QWidget.setTabOrder(self.countSpin, self.percentRadio)
        QWidget.setTabOrder(self.percentRadio, self.percentSpin)
        QWidget.setTabOrder(self.percentSpin, self.minimumSpin)
        QWidget.setTabOrder(self.minimumSpin, self.stratifyCheck)
        QWidget.setTabOrder(self.stratifyCheck, self.seedCheck)
        QWidget.setTabOrder(self.seedCheck, self.seedEdit)
        QWidget.setTabOrder(self.seedEdit, self.drawButton)
        QWidget.setTabOrder(self.drawButton, self.sampledTable)
        QWidget.setTabOrder(self.sampledTable, self.checkButton)
        QWidget.setTabOrder(self.checkButton, self.reuseSeedButton)
        QWidget.setTabOrder(self.reuseSeedButton, self.scoreButton)
        QWidget.setTabOrder(self.scoreButton, self.earlierTable)
        QWidget.setTabOrder(self.earlierTable, self.refreshEarlierButton)
        QWidget.setTabOrder(self.refreshEarlierButton, self.openEarlierButton)

        self.retranslateUi(AuditSamplePanel)

        QMetaObject.connectSlotsByName(AuditSamplePanel)
    # setupUi

    def retranslateUi(self, AuditSamplePanel):
#if QT_CONFIG(accessibility)
        AuditSamplePanel.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Draw a sample", None))
#endif // QT_CONFIG(accessibility)
        self.drawGroup.setTitle(QCoreApplication.translate("AuditSamplePanel", u"Draw a new sample", None))
#if QT_CONFIG(accessibility)
        self.drawGroup.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Draw a new sample", None))
#endif // QT_CONFIG(accessibility)
        self.periodLabel.setText(QCoreApplication.translate("AuditSamplePanel", u"Period", None))
#if QT_CONFIG(accessibility)
        self.periodLabel.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Period", None))
#endif // QT_CONFIG(accessibility)
        self.weekRadio.setText(QCoreApplication.translate("AuditSamplePanel", u"ISO &week containing", None))
#if QT_CONFIG(accessibility)
        self.weekRadio.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Period is the ISO week containing a date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.weekDate.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Any day in the week to sample", None))
#endif // QT_CONFIG(accessibility)
        self.weekDate.setDisplayFormat(QCoreApplication.translate("AuditSamplePanel", u"dd/MM/yyyy", None))
        self.previousWeekButton.setText(QCoreApplication.translate("AuditSamplePanel", u"\u25c0 Pre&vious", None))
#if QT_CONFIG(accessibility)
        self.previousWeekButton.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Previous week", None))
#endif // QT_CONFIG(accessibility)
        self.nextWeekButton.setText(QCoreApplication.translate("AuditSamplePanel", u"Ne&xt \u25b6", None))
#if QT_CONFIG(accessibility)
        self.nextWeekButton.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Next week", None))
#endif // QT_CONFIG(accessibility)
        self.weekLabel.setText("")
#if QT_CONFIG(accessibility)
        self.weekLabel.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"The week chosen", None))
#endif // QT_CONFIG(accessibility)
        self.customRadio.setText(QCoreApplication.translate("AuditSamplePanel", u"&Dates from", None))
#if QT_CONFIG(accessibility)
        self.customRadio.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Period is a range of dates", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"First day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("AuditSamplePanel", u"dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("AuditSamplePanel", u"&to", None))
#if QT_CONFIG(accessibility)
        self.toLabel.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"to", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Last day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.toDate.setDisplayFormat(QCoreApplication.translate("AuditSamplePanel", u"dd/MM/yyyy", None))
        self.suitesLabel.setText(QCoreApplication.translate("AuditSamplePanel", u"S&uites", None))
#if QT_CONFIG(accessibility)
        self.suitesLabel.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Suites", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.suitesList.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Suites to sample from", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.suitesList.setAccessibleDescription(QCoreApplication.translate("AuditSamplePanel", u"Tick the suites; Space ticks the selected one.", None))
#endif // QT_CONFIG(accessibility)
        self.sizeLabel.setText(QCoreApplication.translate("AuditSamplePanel", u"Sample size", None))
#if QT_CONFIG(accessibility)
        self.sizeLabel.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Sample size", None))
#endif // QT_CONFIG(accessibility)
        self.countRadio.setText(QCoreApplication.translate("AuditSamplePanel", u"&Number of records", None))
#if QT_CONFIG(accessibility)
        self.countRadio.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Sample a number of records", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countSpin.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Number of records to sample", None))
#endif // QT_CONFIG(accessibility)
        self.percentRadio.setText(QCoreApplication.translate("AuditSamplePanel", u"P&ercentage", None))
#if QT_CONFIG(accessibility)
        self.percentRadio.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Sample a percentage of the records", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.percentSpin.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Percentage of records to sample", None))
#endif // QT_CONFIG(accessibility)
        self.percentSpin.setSuffix(QCoreApplication.translate("AuditSamplePanel", u" %", None))
        self.minimumLabel.setText(QCoreApplication.translate("AuditSamplePanel", u"Mi&nimum", None))
#if QT_CONFIG(accessibility)
        self.minimumLabel.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Minimum", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.minimumSpin.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Minimum number of records in the sample", None))
#endif // QT_CONFIG(accessibility)
        self.stratifyCheck.setText(QCoreApplication.translate("AuditSamplePanel", u"Stratify by &suite (each suite sampled in proportion)", None))
#if QT_CONFIG(accessibility)
        self.stratifyCheck.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Stratify by suite", None))
#endif // QT_CONFIG(accessibility)
        self.seedCheck.setText(QCoreApplication.translate("AuditSamplePanel", u"Use a &given seed (repeats an earlier draw)", None))
#if QT_CONFIG(accessibility)
        self.seedCheck.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Use a given seed", None))
#endif // QT_CONFIG(accessibility)
        self.seedLabel.setText(QCoreApplication.translate("AuditSamplePanel", u"See&d", None))
#if QT_CONFIG(accessibility)
        self.seedLabel.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Seed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.seedEdit.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Seed for the random draw", None))
#endif // QT_CONFIG(accessibility)
        self.seedEdit.setPlaceholderText(QCoreApplication.translate("AuditSamplePanel", u"Chosen at random and shown after drawing", None))
        self.populationLabel.setText("")
#if QT_CONFIG(accessibility)
        self.populationLabel.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Eligible records", None))
#endif // QT_CONFIG(accessibility)
        self.drawButton.setText(QCoreApplication.translate("AuditSamplePanel", u"&Draw sample", None))
#if QT_CONFIG(accessibility)
        self.drawButton.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Draw the sample", None))
#endif // QT_CONFIG(accessibility)
        self.drawErrorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.drawErrorLabel.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Problem with the draw", None))
#endif // QT_CONFIG(accessibility)
        self.drawnGroup.setTitle(QCoreApplication.translate("AuditSamplePanel", u"Sample", None))
#if QT_CONFIG(accessibility)
        self.drawnGroup.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"The sample drawn or opened", None))
#endif // QT_CONFIG(accessibility)
        self.drawnLabel.setText(QCoreApplication.translate("AuditSamplePanel", u"No sample drawn yet.", None))
#if QT_CONFIG(accessibility)
        self.drawnLabel.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Sample seed and population", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sampledTable.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Sampled records", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sampledTable.setAccessibleDescription(QCoreApplication.translate("AuditSamplePanel", u"Press Enter to score the record", None))
#endif // QT_CONFIG(accessibility)
        self.checkButton.setText(QCoreApplication.translate("AuditSamplePanel", u"Check the draw &repeats", None))
#if QT_CONFIG(accessibility)
        self.checkButton.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Check the sample can be drawn again from its seed", None))
#endif // QT_CONFIG(accessibility)
        self.reuseSeedButton.setText(QCoreApplication.translate("AuditSamplePanel", u"Use this seed a&gain", None))
#if QT_CONFIG(accessibility)
        self.reuseSeedButton.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Put this sample's period, suites and seed into the form", None))
#endif // QT_CONFIG(accessibility)
        self.scoreButton.setText(QCoreApplication.translate("AuditSamplePanel", u"Sc&ore this sample \u25b6", None))
#if QT_CONFIG(accessibility)
        self.scoreButton.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Go to scoring", None))
#endif // QT_CONFIG(accessibility)
        self.earlierGroup.setTitle(QCoreApplication.translate("AuditSamplePanel", u"Earlier samples", None))
#if QT_CONFIG(accessibility)
        self.earlierGroup.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Earlier samples", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.earlierTable.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Earlier samples", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.earlierTable.setAccessibleDescription(QCoreApplication.translate("AuditSamplePanel", u"Newest first. Press Enter to open a sample.", None))
#endif // QT_CONFIG(accessibility)
        self.refreshEarlierButton.setText(QCoreApplication.translate("AuditSamplePanel", u"Re&fresh list", None))
#if QT_CONFIG(accessibility)
        self.refreshEarlierButton.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Refresh the list of earlier samples", None))
#endif // QT_CONFIG(accessibility)
        self.openEarlierButton.setText(QCoreApplication.translate("AuditSamplePanel", u"O&pen selected sample", None))
#if QT_CONFIG(accessibility)
        self.openEarlierButton.setAccessibleName(QCoreApplication.translate("AuditSamplePanel", u"Open the selected earlier sample", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

