# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QMainWindow, QMenu, QMenuBar,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStatusBar, QVBoxLayout, QWidget)

class Ui_RecordEditor(object):
    def setupUi(self, RecordEditor):
        if not RecordEditor.objectName():
            RecordEditor.setObjectName(u"RecordEditor")
        RecordEditor.resize(1340, 740)
        self.actionPrintSummary = QAction(RecordEditor)
        self.actionPrintSummary.setObjectName(u"actionPrintSummary")
        self.actionClose = QAction(RecordEditor)
        self.actionClose.setObjectName(u"actionClose")
        self.actionNextSection = QAction(RecordEditor)
        self.actionNextSection.setObjectName(u"actionNextSection")
        self.actionPreviousSection = QAction(RecordEditor)
        self.actionPreviousSection.setObjectName(u"actionPreviousSection")
        self.actionGoChecklist = QAction(RecordEditor)
        self.actionGoChecklist.setObjectName(u"actionGoChecklist")
        self.actionGoFindings = QAction(RecordEditor)
        self.actionGoFindings.setObjectName(u"actionGoFindings")
        self.actionGoTimeline = QAction(RecordEditor)
        self.actionGoTimeline.setObjectName(u"actionGoTimeline")
        self.actionQuestionHelp = QAction(RecordEditor)
        self.actionQuestionHelp.setObjectName(u"actionQuestionHelp")
        self.centralwidget = QWidget(RecordEditor)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 2)
        self.headerFrame = QFrame(self.centralwidget)
        self.headerFrame.setObjectName(u"headerFrame")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.headerFrame.sizePolicy().hasHeightForWidth())
        self.headerFrame.setSizePolicy(sizePolicy)
        self.headerFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.headerLayout = QHBoxLayout(self.headerFrame)
        self.headerLayout.setSpacing(18)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(-1, 4, -1, 4)
        self.nameLabel = QLabel(self.headerFrame)
        self.nameLabel.setObjectName(u"nameLabel")

        self.headerLayout.addWidget(self.nameLabel)

        self.ageLabel = QLabel(self.headerFrame)
        self.ageLabel.setObjectName(u"ageLabel")

        self.headerLayout.addWidget(self.ageLabel)

        self.custodyNumberLabel = QLabel(self.headerFrame)
        self.custodyNumberLabel.setObjectName(u"custodyNumberLabel")
        self.custodyNumberLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.custodyNumberLabel)

        self.statusLabel = QLabel(self.headerFrame)
        self.statusLabel.setObjectName(u"statusLabel")

        self.headerLayout.addWidget(self.statusLabel)

        self.timeInCustodyLabel = QLabel(self.headerFrame)
        self.timeInCustodyLabel.setObjectName(u"timeInCustodyLabel")

        self.headerLayout.addWidget(self.timeInCustodyLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.centralLayout.addWidget(self.headerFrame)

        self.mainSplitter = QSplitter(self.centralwidget)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.navigatorHost = QWidget(self.mainSplitter)
        self.navigatorHost.setObjectName(u"navigatorHost")
        self.navigatorLayout = QVBoxLayout(self.navigatorHost)
        self.navigatorLayout.setObjectName(u"navigatorLayout")
        self.navigatorLayout.setContentsMargins(0, 0, 0, 0)
        self.sectionsLabel = QLabel(self.navigatorHost)
        self.sectionsLabel.setObjectName(u"sectionsLabel")

        self.navigatorLayout.addWidget(self.sectionsLabel)

        self.mainSplitter.addWidget(self.navigatorHost)
        self.formHost = QWidget(self.mainSplitter)
        self.formHost.setObjectName(u"formHost")
        self.formLayout = QVBoxLayout(self.formHost)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.sectionButtonsLayout = QHBoxLayout()
        self.sectionButtonsLayout.setObjectName(u"sectionButtonsLayout")
        self.previousButton = QPushButton(self.formHost)
        self.previousButton.setObjectName(u"previousButton")

        self.sectionButtonsLayout.addWidget(self.previousButton)

        self.sectionButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sectionButtonsLayout.addItem(self.sectionButtonsSpacer)

        self.nextButton = QPushButton(self.formHost)
        self.nextButton.setObjectName(u"nextButton")

        self.sectionButtonsLayout.addWidget(self.nextButton)


        self.formLayout.addLayout(self.sectionButtonsLayout)

        self.mainSplitter.addWidget(self.formHost)
        self.sideSplitter = QSplitter(self.mainSplitter)
        self.sideSplitter.setObjectName(u"sideSplitter")
        self.sideSplitter.setOrientation(Qt.Orientation.Vertical)
        self.sideSplitter.setChildrenCollapsible(False)
        self.findingsBox = QGroupBox(self.sideSplitter)
        self.findingsBox.setObjectName(u"findingsBox")
        self.findingsLayout = QVBoxLayout(self.findingsBox)
        self.findingsLayout.setObjectName(u"findingsLayout")
        self.sideSplitter.addWidget(self.findingsBox)
        self.timelineBox = QGroupBox(self.sideSplitter)
        self.timelineBox.setObjectName(u"timelineBox")
        self.timelineLayout = QVBoxLayout(self.timelineBox)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.sideSplitter.addWidget(self.timelineBox)
        self.mainSplitter.addWidget(self.sideSplitter)

        self.centralLayout.addWidget(self.mainSplitter)

        RecordEditor.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(RecordEditor)
        self.menubar.setObjectName(u"menubar")
        self.menuRecord = QMenu(self.menubar)
        self.menuRecord.setObjectName(u"menuRecord")
        self.menuGo = QMenu(self.menubar)
        self.menuGo.setObjectName(u"menuGo")
        self.menuEvents = QMenu(self.menubar)
        self.menuEvents.setObjectName(u"menuEvents")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        RecordEditor.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(RecordEditor)
        self.statusbar.setObjectName(u"statusbar")
        RecordEditor.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuRecord.menuAction())
        self.menubar.addAction(self.menuGo.menuAction())
        self.menubar.addAction(self.menuEvents.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuRecord.addAction(self.actionPrintSummary)
        self.menuRecord.addSeparator()
        self.menuRecord.addAction(self.actionClose)
        self.menuGo.addAction(self.actionNextSection)
        self.menuGo.addAction(self.actionPreviousSection)
        self.menuGo.addSeparator()
        self.menuGo.addAction(self.actionGoChecklist)
        self.menuGo.addAction(self.actionGoFindings)
        self.menuGo.addAction(self.actionGoTimeline)
        self.menuHelp.addAction(self.actionQuestionHelp)

        self.retranslateUi(RecordEditor)

        QMetaObject.connectSlotsByName(RecordEditor)
    # setupUi

    def retranslateUi(self, RecordEditor):
        RecordEditor.setWindowTitle(QCoreApplication.translate("RecordEditor", u"Child in custody", None))
        self.actionPrintSummary.setText(QCoreApplication.translate("RecordEditor", u"&Print summary\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionPrintSummary.setToolTip(QCoreApplication.translate("RecordEditor", u"Preview the detention summary, then print it or save it as PDF", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionPrintSummary.setShortcut(QCoreApplication.translate("RecordEditor", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.actionClose.setText(QCoreApplication.translate("RecordEditor", u"&Close record", None))
#if QT_CONFIG(shortcut)
        self.actionClose.setShortcut(QCoreApplication.translate("RecordEditor", u"Ctrl+W", None))
#endif // QT_CONFIG(shortcut)
        self.actionNextSection.setText(QCoreApplication.translate("RecordEditor", u"&Next section", None))
#if QT_CONFIG(shortcut)
        self.actionNextSection.setShortcut(QCoreApplication.translate("RecordEditor", u"Ctrl+PgDown", None))
#endif // QT_CONFIG(shortcut)
        self.actionPreviousSection.setText(QCoreApplication.translate("RecordEditor", u"&Previous section", None))
#if QT_CONFIG(shortcut)
        self.actionPreviousSection.setShortcut(QCoreApplication.translate("RecordEditor", u"Ctrl+PgUp", None))
#endif // QT_CONFIG(shortcut)
        self.actionGoChecklist.setText(QCoreApplication.translate("RecordEditor", u"&Checklist", None))
#if QT_CONFIG(shortcut)
        self.actionGoChecklist.setShortcut(QCoreApplication.translate("RecordEditor", u"Ctrl+1", None))
#endif // QT_CONFIG(shortcut)
        self.actionGoFindings.setText(QCoreApplication.translate("RecordEditor", u"&Findings", None))
#if QT_CONFIG(shortcut)
        self.actionGoFindings.setShortcut(QCoreApplication.translate("RecordEditor", u"Ctrl+2", None))
#endif // QT_CONFIG(shortcut)
        self.actionGoTimeline.setText(QCoreApplication.translate("RecordEditor", u"&Timeline", None))
#if QT_CONFIG(shortcut)
        self.actionGoTimeline.setShortcut(QCoreApplication.translate("RecordEditor", u"Ctrl+3", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuestionHelp.setText(QCoreApplication.translate("RecordEditor", u"&Help for this question	F1", None))
        self.nameLabel.setText(QCoreApplication.translate("RecordEditor", u"Child", None))
#if QT_CONFIG(accessibility)
        self.nameLabel.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Child's name", None))
#endif // QT_CONFIG(accessibility)
        self.ageLabel.setText(QCoreApplication.translate("RecordEditor", u"Age", None))
#if QT_CONFIG(accessibility)
        self.ageLabel.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Age", None))
#endif // QT_CONFIG(accessibility)
        self.custodyNumberLabel.setText(QCoreApplication.translate("RecordEditor", u"Custody number", None))
#if QT_CONFIG(accessibility)
        self.custodyNumberLabel.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Custody number", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("RecordEditor", u"Status", None))
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Record status", None))
#endif // QT_CONFIG(accessibility)
        self.timeInCustodyLabel.setText(QCoreApplication.translate("RecordEditor", u"Time in custody", None))
#if QT_CONFIG(accessibility)
        self.timeInCustodyLabel.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Time in custody", None))
#endif // QT_CONFIG(accessibility)
        self.sectionsLabel.setText(QCoreApplication.translate("RecordEditor", u"&Sections", None))
        self.previousButton.setText(QCoreApplication.translate("RecordEditor", u"\u25c0 Previous section", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("RecordEditor", u"Previous section (Ctrl+Page Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previousButton.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Previous section", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("RecordEditor", u"Next section \u25b6", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("RecordEditor", u"Next section (Ctrl+Page Down)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Next section", None))
#endif // QT_CONFIG(accessibility)
        self.findingsBox.setTitle(QCoreApplication.translate("RecordEditor", u"Findings and deadlines", None))
        self.timelineBox.setTitle(QCoreApplication.translate("RecordEditor", u"Timeline", None))
        self.menuRecord.setTitle(QCoreApplication.translate("RecordEditor", u"&Record", None))
        self.menuGo.setTitle(QCoreApplication.translate("RecordEditor", u"&Go", None))
        self.menuEvents.setTitle(QCoreApplication.translate("RecordEditor", u"&Events", None))
        self.menuHelp.setTitle(QCoreApplication.translate("RecordEditor", u"&Help", None))
    # retranslateUi

