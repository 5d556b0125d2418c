# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(720, 560)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.deploymentTab = QWidget()
        self.deploymentTab.setObjectName(u"deploymentTab")
        self.deploymentTabLayout = QVBoxLayout(self.deploymentTab)
        self.deploymentTabLayout.setObjectName(u"deploymentTabLayout")
        self.adminNoteLabel = QLabel(self.deploymentTab)
        self.adminNoteLabel.setObjectName(u"adminNoteLabel")
        self.adminNoteLabel.setWordWrap(True)

        self.deploymentTabLayout.addWidget(self.adminNoteLabel)

        self.deploymentForm = QFormLayout()
        self.deploymentForm.setObjectName(u"deploymentForm")
        self.configFileCaption = QLabel(self.deploymentTab)
        self.configFileCaption.setObjectName(u"configFileCaption")
        self.configFileCaption.setWordWrap(True)

        self.deploymentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.configFileCaption)

        self.configFileValue = QLabel(self.deploymentTab)
        self.configFileValue.setObjectName(u"configFileValue")
        self.configFileValue.setWordWrap(True)
        self.configFileValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.deploymentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.configFileValue)

        self.databaseCaption = QLabel(self.deploymentTab)
        self.databaseCaption.setObjectName(u"databaseCaption")
        self.databaseCaption.setWordWrap(True)

        self.deploymentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.databaseCaption)

        self.databaseValue = QLabel(self.deploymentTab)
        self.databaseValue.setObjectName(u"databaseValue")
        self.databaseValue.setWordWrap(True)
        self.databaseValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.deploymentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.databaseValue)

        self.forceCaption = QLabel(self.deploymentTab)
        self.forceCaption.setObjectName(u"forceCaption")
        self.forceCaption.setWordWrap(True)

        self.deploymentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.forceCaption)

        self.forceValue = QLabel(self.deploymentTab)
        self.forceValue.setObjectName(u"forceValue")
        self.forceValue.setWordWrap(True)
        self.forceValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.deploymentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.forceValue)


        self.deploymentTabLayout.addLayout(self.deploymentForm)

        self.suitesCaption = QLabel(self.deploymentTab)
        self.suitesCaption.setObjectName(u"suitesCaption")
        self.suitesCaption.setWordWrap(True)

        self.deploymentTabLayout.addWidget(self.suitesCaption)

        self.suitesTable = QTableWidget(self.deploymentTab)
        self.suitesTable.setObjectName(u"suitesTable")
        self.suitesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suitesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suitesTable.setTabKeyNavigation(False)
        self.suitesTable.setAlternatingRowColors(True)
        self.suitesTable.horizontalHeader().setStretchLastSection(True)
        self.suitesTable.verticalHeader().setVisible(False)

        self.deploymentTabLayout.addWidget(self.suitesTable)

        self.authoritiesCaption = QLabel(self.deploymentTab)
        self.authoritiesCaption.setObjectName(u"authoritiesCaption")
        self.authoritiesCaption.setWordWrap(True)

        self.deploymentTabLayout.addWidget(self.authoritiesCaption)

        self.authoritiesTable = QTableWidget(self.deploymentTab)
        self.authoritiesTable.setObjectName(u"authoritiesTable")
        self.authoritiesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.authoritiesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.authoritiesTable.setTabKeyNavigation(False)
        self.authoritiesTable.setAlternatingRowColors(True)
        self.authoritiesTable.horizontalHeader().setStretchLastSection(True)
        self.authoritiesTable.verticalHeader().setVisible(False)

        self.deploymentTabLayout.addWidget(self.authoritiesTable)

        self.tabs.addTab(self.deploymentTab, "")
        self.rulesTab = QWidget()
        self.rulesTab.setObjectName(u"rulesTab")
        self.rulesTabLayout = QVBoxLayout(self.rulesTab)
        self.rulesTabLayout.setObjectName(u"rulesTabLayout")
        self.rulesNoteLabel = QLabel(self.rulesTab)
        self.rulesNoteLabel.setObjectName(u"rulesNoteLabel")
        self.rulesNoteLabel.setWordWrap(True)

        self.rulesTabLayout.addWidget(self.rulesNoteLabel)

        self.thresholdsTable = QTableWidget(self.rulesTab)
        self.thresholdsTable.setObjectName(u"thresholdsTable")
        self.thresholdsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.thresholdsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.thresholdsTable.setTabKeyNavigation(False)
        self.thresholdsTable.setAlternatingRowColors(True)
        self.thresholdsTable.horizontalHeader().setStretchLastSection(True)
        self.thresholdsTable.verticalHeader().setVisible(False)

        self.rulesTabLayout.addWidget(self.thresholdsTable)

        self.tabs.addTab(self.rulesTab, "")
        self.displayTab = QWidget()
        self.displayTab.setObjectName(u"displayTab")
        self.displayTabLayout = QVBoxLayout(self.displayTab)
        self.displayTabLayout.setObjectName(u"displayTabLayout")
        self.displayNoteLabel = QLabel(self.displayTab)
        self.displayNoteLabel.setObjectName(u"displayNoteLabel")
        self.displayNoteLabel.setWordWrap(True)

        self.displayTabLayout.addWidget(self.displayNoteLabel)

        self.displayForm = QFormLayout()
        self.displayForm.setObjectName(u"displayForm")
        self.textSizeLabel = QLabel(self.displayTab)
        self.textSizeLabel.setObjectName(u"textSizeLabel")

        self.displayForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textSizeLabel)

        self.textSizeCombo = QComboBox(self.displayTab)
        self.textSizeCombo.setObjectName(u"textSizeCombo")

        self.displayForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.textSizeCombo)

        self.restoreSuiteCheck = QCheckBox(self.displayTab)
        self.restoreSuiteCheck.setObjectName(u"restoreSuiteCheck")

        self.displayForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.restoreSuiteCheck)

        self.resetLayoutButton = QPushButton(self.displayTab)
        self.resetLayoutButton.setObjectName(u"resetLayoutButton")

        self.displayForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.resetLayoutButton)


        self.displayTabLayout.addLayout(self.displayForm)

        self.displaySpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.displayTabLayout.addItem(self.displaySpacer)

        self.tabs.addTab(self.displayTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textSizeLabel.setBuddy(self.textSizeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
#if QT_CONFIG(accessibility)
        SettingsDialog.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Settings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Settings pages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deploymentTab.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Deployment settings", None))
#endif // QT_CONFIG(accessibility)
        self.adminNoteLabel.setText(QCoreApplication.translate("SettingsDialog", u"These settings belong to the administrator and are read from the deployment config file. To change them, ask your administrator to edit that file; they apply on the next start.", None))
#if QT_CONFIG(accessibility)
        self.adminNoteLabel.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Who can change these settings", None))
#endif // QT_CONFIG(accessibility)
        self.configFileCaption.setText(QCoreApplication.translate("SettingsDialog", u"Config file", None))
#if QT_CONFIG(accessibility)
        self.configFileCaption.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Config file caption", None))
#endif // QT_CONFIG(accessibility)
        self.configFileValue.setText("")
#if QT_CONFIG(accessibility)
        self.configFileValue.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Config file location", None))
#endif // QT_CONFIG(accessibility)
        self.databaseCaption.setText(QCoreApplication.translate("SettingsDialog", u"Database", None))
#if QT_CONFIG(accessibility)
        self.databaseCaption.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Database caption", None))
#endif // QT_CONFIG(accessibility)
        self.databaseValue.setText("")
#if QT_CONFIG(accessibility)
        self.databaseValue.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Database location", None))
#endif // QT_CONFIG(accessibility)
        self.forceCaption.setText(QCoreApplication.translate("SettingsDialog", u"Force", None))
#if QT_CONFIG(accessibility)
        self.forceCaption.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Force caption", None))
#endif // QT_CONFIG(accessibility)
        self.forceValue.setText("")
#if QT_CONFIG(accessibility)
        self.forceValue.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Force name", None))
#endif // QT_CONFIG(accessibility)
        self.suitesCaption.setText(QCoreApplication.translate("SettingsDialog", u"Custody suites", None))
#if QT_CONFIG(accessibility)
        self.suitesCaption.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Custody suites caption", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.suitesTable.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Custody suites", None))
#endif // QT_CONFIG(accessibility)
        self.authoritiesCaption.setText(QCoreApplication.translate("SettingsDialog", u"Local authorities", None))
#if QT_CONFIG(accessibility)
        self.authoritiesCaption.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Local authorities caption", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.authoritiesTable.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Local authorities", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.deploymentTab), QCoreApplication.translate("SettingsDialog", u"&Deployment", None))
#if QT_CONFIG(accessibility)
        self.rulesTab.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Rule thresholds", None))
#endif // QT_CONFIG(accessibility)
        self.rulesNoteLabel.setText(QCoreApplication.translate("SettingsDialog", u"Thresholds the rules engine uses. Where no national figure exists (for example the appropriate adult's arrival time) the value is a local standard set by the administrator.", None))
#if QT_CONFIG(accessibility)
        self.rulesNoteLabel.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"About rule thresholds", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.thresholdsTable.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Rule thresholds", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.rulesTab), QCoreApplication.translate("SettingsDialog", u"Rule &thresholds", None))
#if QT_CONFIG(accessibility)
        self.displayTab.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Display preferences", None))
#endif // QT_CONFIG(accessibility)
        self.displayNoteLabel.setText(QCoreApplication.translate("SettingsDialog", u"These preferences are kept for you on this computer only.", None))
#if QT_CONFIG(accessibility)
        self.displayNoteLabel.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"About display preferences", None))
#endif // QT_CONFIG(accessibility)
        self.textSizeLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Text size", None))
#if QT_CONFIG(accessibility)
        self.textSizeCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Text size", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.textSizeCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"Relative to the system font; applies at once", None))
#endif // QT_CONFIG(tooltip)
        self.restoreSuiteCheck.setText(QCoreApplication.translate("SettingsDialog", u"&Open the board at the suite I used last", None))
#if QT_CONFIG(accessibility)
        self.restoreSuiteCheck.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Open the board at the last suite used", None))
#endif // QT_CONFIG(accessibility)
        self.resetLayoutButton.setText(QCoreApplication.translate("SettingsDialog", u"&Reset window size and layout", None))
#if QT_CONFIG(accessibility)
        self.resetLayoutButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Reset window size and layout", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.displayTab), QCoreApplication.translate("SettingsDialog", u"Dis&play", None))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Close settings", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

