# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_scoring_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_AuditScoringPanel(object):
    def setupUi(self, AuditScoringPanel):
        if not AuditScoringPanel.objectName():
            AuditScoringPanel.setObjectName(u"AuditScoringPanel")
        self.panelLayout = QVBoxLayout(AuditScoringPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(AuditScoringPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.recordsHost = QWidget(self.splitter)
        self.recordsHost.setObjectName(u"recordsHost")
        self.recordsLayout = QVBoxLayout(self.recordsHost)
        self.recordsLayout.setObjectName(u"recordsLayout")
        self.recordsLayout.setContentsMargins(0, 0, 0, 0)
        self.recordsLabel = QLabel(self.recordsHost)
        self.recordsLabel.setObjectName(u"recordsLabel")

        self.recordsLayout.addWidget(self.recordsLabel)

        self.recordsTable = QTableView(self.recordsHost)
        self.recordsTable.setObjectName(u"recordsTable")
        self.recordsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recordsTable.setTabKeyNavigation(False)
        self.recordsTable.setAlternatingRowColors(True)
        self.recordsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recordsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.recordsLayout.addWidget(self.recordsTable)

        self.progressLabel = QLabel(self.recordsHost)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setWordWrap(True)

        self.recordsLayout.addWidget(self.progressLabel)

        self.splitter.addWidget(self.recordsHost)
        self.detailHost = QWidget(self.splitter)
        self.detailHost.setObjectName(u"detailHost")
        self.detailLayout = QVBoxLayout(self.detailHost)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.recordHeaderLayout = QHBoxLayout()
        self.recordHeaderLayout.setObjectName(u"recordHeaderLayout")
        self.recordTitleLabel = QLabel(self.detailHost)
        self.recordTitleLabel.setObjectName(u"recordTitleLabel")
        self.recordTitleLabel.setWordWrap(True)

        self.recordHeaderLayout.addWidget(self.recordTitleLabel)

        self.recordHeaderSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recordHeaderLayout.addItem(self.recordHeaderSpacer)

        self.openRecordButton = QPushButton(self.detailHost)
        self.openRecordButton.setObjectName(u"openRecordButton")

        self.recordHeaderLayout.addWidget(self.openRecordButton)


        self.detailLayout.addLayout(self.recordHeaderLayout)

        self.criteriaLabel = QLabel(self.detailHost)
        self.criteriaLabel.setObjectName(u"criteriaLabel")

        self.detailLayout.addWidget(self.criteriaLabel)

        self.criteriaTable = QTableView(self.detailHost)
        self.criteriaTable.setObjectName(u"criteriaTable")
        self.criteriaTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.criteriaTable.setTabKeyNavigation(False)
        self.criteriaTable.setAlternatingRowColors(True)
        self.criteriaTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.criteriaTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.detailLayout.addWidget(self.criteriaTable)

        self.decisionGroup = QGroupBox(self.detailHost)
        self.decisionGroup.setObjectName(u"decisionGroup")
        self.decisionLayout = QVBoxLayout(self.decisionGroup)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.criterionLabel = QLabel(self.decisionGroup)
        self.criterionLabel.setObjectName(u"criterionLabel")
        self.criterionLabel.setWordWrap(True)
        self.criterionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.decisionLayout.addWidget(self.criterionLabel)

        self.outcomeLayout = QHBoxLayout()
        self.outcomeLayout.setObjectName(u"outcomeLayout")
        self.outcomeLabel = QLabel(self.decisionGroup)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.outcomeLayout.addWidget(self.outcomeLabel)

        self.metRadio = QRadioButton(self.decisionGroup)
        self.metRadio.setObjectName(u"metRadio")

        self.outcomeLayout.addWidget(self.metRadio)

        self.notMetRadio = QRadioButton(self.decisionGroup)
        self.notMetRadio.setObjectName(u"notMetRadio")

        self.outcomeLayout.addWidget(self.notMetRadio)

        self.naRadio = QRadioButton(self.decisionGroup)
        self.naRadio.setObjectName(u"naRadio")

        self.outcomeLayout.addWidget(self.naRadio)

        self.outcomeSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outcomeLayout.addItem(self.outcomeSpacer)


        self.decisionLayout.addLayout(self.outcomeLayout)

        self.commentLayout = QHBoxLayout()
        self.commentLayout.setObjectName(u"commentLayout")
        self.commentLabel = QLabel(self.decisionGroup)
        self.commentLabel.setObjectName(u"commentLabel")

        self.commentLayout.addWidget(self.commentLabel)

        self.commentEdit = QLineEdit(self.decisionGroup)
        self.commentEdit.setObjectName(u"commentEdit")

        self.commentLayout.addWidget(self.commentEdit)

        self.saveScoreButton = QPushButton(self.decisionGroup)
        self.saveScoreButton.setObjectName(u"saveScoreButton")

        self.commentLayout.addWidget(self.saveScoreButton)

        self.confirmAllButton = QPushButton(self.decisionGroup)
        self.confirmAllButton.setObjectName(u"confirmAllButton")

        self.commentLayout.addWidget(self.confirmAllButton)


        self.decisionLayout.addLayout(self.commentLayout)

        self.scoreMessageLabel = QLabel(self.decisionGroup)
        self.scoreMessageLabel.setObjectName(u"scoreMessageLabel")
        self.scoreMessageLabel.setWordWrap(True)

        self.decisionLayout.addWidget(self.scoreMessageLabel)


        self.detailLayout.addWidget(self.decisionGroup)

        self.gradeGroup = QGroupBox(self.detailHost)
        self.gradeGroup.setObjectName(u"gradeGroup")
        self.gradeLayout = QHBoxLayout(self.gradeGroup)
        self.gradeLayout.setObjectName(u"gradeLayout")
        self.gradeLabel = QLabel(self.gradeGroup)
        self.gradeLabel.setObjectName(u"gradeLabel")

        self.gradeLayout.addWidget(self.gradeLabel)

        self.gradeCombo = QComboBox(self.gradeGroup)
        self.gradeCombo.setObjectName(u"gradeCombo")

        self.gradeLayout.addWidget(self.gradeCombo)

        self.gradeCommentLabel = QLabel(self.gradeGroup)
        self.gradeCommentLabel.setObjectName(u"gradeCommentLabel")

        self.gradeLayout.addWidget(self.gradeCommentLabel)

        self.gradeCommentEdit = QLineEdit(self.gradeGroup)
        self.gradeCommentEdit.setObjectName(u"gradeCommentEdit")

        self.gradeLayout.addWidget(self.gradeCommentEdit)

        self.saveGradeButton = QPushButton(self.gradeGroup)
        self.saveGradeButton.setObjectName(u"saveGradeButton")

        self.gradeLayout.addWidget(self.saveGradeButton)


        self.detailLayout.addWidget(self.gradeGroup)

        self.splitter.addWidget(self.detailHost)

        self.panelLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.recordsLabel.setBuddy(self.recordsTable)
        self.criteriaLabel.setBuddy(self.criteriaTable)
        self.commentLabel.setBuddy(self.commentEdit)
        self.gradeLabel.setBuddy(self.gradeCombo)
        self.gradeCommentLabel.setBuddy(self.gradeCommentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recordsTable, self.openRecordButton)
        QWidget.setTabOrder(self.openRecordButton, self.criteriaTable)
        QWidget.setTabOrder(self.criteriaTable, self.metRadio)
        QWidget.setTabOrder(self.metRadio, self.notMetRadio)
        QWidget.setTabOrder(self.notMetRadio, self.naRadio)
        QWidget.setTabOrder(self.naRadio, self.commentEdit)
        QWidget.setTabOrder(self.commentEdit, self.saveScoreButton)
        QWidget.setTabOrder(self.saveScoreButton, self.confirmAllButton)
        QWidget.setTabOrder(self.confirmAllButton, self.gradeCombo)
        QWidget.setTabOrder(self.gradeCombo, self.gradeCommentEdit)
        QWidget.setTabOrder(self.gradeCommentEdit, self.saveGradeButton)

        self.retranslateUi(AuditScoringPanel)

        QMetaObject.connectSlotsByName(AuditScoringPanel)
    # setupUi

    def retranslateUi(self, AuditScoringPanel):
#if QT_CONFIG(accessibility)
        AuditScoringPanel.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Score the sampled records", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recordsHost.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Sampled records", None))
#endif // QT_CONFIG(accessibility)
        self.recordsLabel.setText(QCoreApplication.translate("AuditScoringPanel", u"Sampled &records", None))
#if QT_CONFIG(accessibility)
        self.recordsLabel.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Sampled records", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recordsTable.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Sampled records to score", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recordsTable.setAccessibleDescription(QCoreApplication.translate("AuditScoringPanel", u"Each row shows the grade and how many criteria are scored.", None))
#endif // QT_CONFIG(accessibility)
        self.progressLabel.setText("")
#if QT_CONFIG(accessibility)
        self.progressLabel.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Scoring progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailHost.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Scoring of the selected record", None))
#endif // QT_CONFIG(accessibility)
        self.recordTitleLabel.setText(QCoreApplication.translate("AuditScoringPanel", u"Select a sampled record.", None))
#if QT_CONFIG(accessibility)
        self.recordTitleLabel.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Selected record", None))
#endif // QT_CONFIG(accessibility)
        self.openRecordButton.setText(QCoreApplication.translate("AuditScoringPanel", u"&Open record (read-only)", None))
#if QT_CONFIG(accessibility)
        self.openRecordButton.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Open the record read-only", None))
#endif // QT_CONFIG(accessibility)
        self.criteriaLabel.setText(QCoreApplication.translate("AuditScoringPanel", u"&Criteria", None))
#if QT_CONFIG(accessibility)
        self.criteriaLabel.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Criteria", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.criteriaTable.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Audit criteria for the selected record", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.criteriaTable.setAccessibleDescription(QCoreApplication.translate("AuditScoringPanel", u"Pre-assessment from the rules, and the auditor's decision.", None))
#endif // QT_CONFIG(accessibility)
        self.decisionGroup.setTitle(QCoreApplication.translate("AuditScoringPanel", u"Auditor's decision on the selected criterion", None))
#if QT_CONFIG(accessibility)
        self.decisionGroup.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Auditor's decision on the selected criterion", None))
#endif // QT_CONFIG(accessibility)
        self.criterionLabel.setText(QCoreApplication.translate("AuditScoringPanel", u"Select a criterion above.", None))
#if QT_CONFIG(accessibility)
        self.criterionLabel.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Selected criterion and the rule finding", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("AuditScoringPanel", u"Outcome:", None))
#if QT_CONFIG(accessibility)
        self.outcomeLabel.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.metRadio.setText(QCoreApplication.translate("AuditScoringPanel", u"&Met", None))
#if QT_CONFIG(accessibility)
        self.metRadio.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Criterion met", None))
#endif // QT_CONFIG(accessibility)
        self.notMetRadio.setText(QCoreApplication.translate("AuditScoringPanel", u"&Not met", None))
#if QT_CONFIG(accessibility)
        self.notMetRadio.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Criterion not met", None))
#endif // QT_CONFIG(accessibility)
        self.naRadio.setText(QCoreApplication.translate("AuditScoringPanel", u"Not app&licable", None))
#if QT_CONFIG(accessibility)
        self.naRadio.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Criterion not applicable", None))
#endif // QT_CONFIG(accessibility)
        self.commentLabel.setText(QCoreApplication.translate("AuditScoringPanel", u"Co&mment", None))
#if QT_CONFIG(accessibility)
        self.commentLabel.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Comment", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.commentEdit.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Comment (required when overriding the pre-assessment)", None))
#endif // QT_CONFIG(accessibility)
        self.commentEdit.setPlaceholderText(QCoreApplication.translate("AuditScoringPanel", u"Required when you override the pre-assessment", None))
        self.saveScoreButton.setText(QCoreApplication.translate("AuditScoringPanel", u"&Save decision", None))
#if QT_CONFIG(accessibility)
        self.saveScoreButton.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Save the decision on this criterion", None))
#endif // QT_CONFIG(accessibility)
        self.confirmAllButton.setText(QCoreApplication.translate("AuditScoringPanel", u"Confirm &all remaining", None))
#if QT_CONFIG(accessibility)
        self.confirmAllButton.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Confirm every criterion not yet scored", None))
#endif // QT_CONFIG(accessibility)
        self.scoreMessageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.scoreMessageLabel.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Message about the decision", None))
#endif // QT_CONFIG(accessibility)
        self.gradeGroup.setTitle(QCoreApplication.translate("AuditScoringPanel", u"Overall grade for this record", None))
#if QT_CONFIG(accessibility)
        self.gradeGroup.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Overall grade for this record", None))
#endif // QT_CONFIG(accessibility)
        self.gradeLabel.setText(QCoreApplication.translate("AuditScoringPanel", u"&Grade", None))
#if QT_CONFIG(accessibility)
        self.gradeLabel.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Grade", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.gradeCombo.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Overall grade", None))
#endif // QT_CONFIG(accessibility)
        self.gradeCommentLabel.setText(QCoreApplication.translate("AuditScoringPanel", u"Commen&t", None))
#if QT_CONFIG(accessibility)
        self.gradeCommentLabel.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Grade comment", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.gradeCommentEdit.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Grade comment (required when it differs from the suggestion)", None))
#endif // QT_CONFIG(accessibility)
        self.gradeCommentEdit.setPlaceholderText(QCoreApplication.translate("AuditScoringPanel", u"Required when the grade differs from the suggestion", None))
        self.saveGradeButton.setText(QCoreApplication.translate("AuditScoringPanel", u"Save g&rade", None))
#if QT_CONFIG(accessibility)
        self.saveGradeButton.setAccessibleName(QCoreApplication.translate("AuditScoringPanel", u"Save the overall grade", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

