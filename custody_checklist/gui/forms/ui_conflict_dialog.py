# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QGroupBox, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(860, 520)
        self.mainLayout = QVBoxLayout(ConflictDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(ConflictDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.explanationLabel = QLabel(ConflictDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.sideBySideLayout = QHBoxLayout()
        self.sideBySideLayout.setObjectName(u"sideBySideLayout")
        self.yoursGroup = QGroupBox(ConflictDialog)
        self.yoursGroup.setObjectName(u"yoursGroup")
        self.yoursLayout = QVBoxLayout(self.yoursGroup)
        self.yoursLayout.setObjectName(u"yoursLayout")
        self.yoursText = QPlainTextEdit(self.yoursGroup)
        self.yoursText.setObjectName(u"yoursText")
        self.yoursText.setReadOnly(True)
        self.yoursText.setTabChangesFocus(True)

        self.yoursLayout.addWidget(self.yoursText)


        self.sideBySideLayout.addWidget(self.yoursGroup)

        self.theirsGroup = QGroupBox(ConflictDialog)
        self.theirsGroup.setObjectName(u"theirsGroup")
        self.theirsLayout = QVBoxLayout(self.theirsGroup)
        self.theirsLayout.setObjectName(u"theirsLayout")
        self.theirsText = QPlainTextEdit(self.theirsGroup)
        self.theirsText.setObjectName(u"theirsText")
        self.theirsText.setReadOnly(True)
        self.theirsText.setTabChangesFocus(True)

        self.theirsLayout.addWidget(self.theirsText)


        self.sideBySideLayout.addWidget(self.theirsGroup)


        self.mainLayout.addLayout(self.sideBySideLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.reapplyButton = QPushButton(ConflictDialog)
        self.reapplyButton.setObjectName(u"reapplyButton")

        self.buttonsLayout.addWidget(self.reapplyButton)

        self.discardButton = QPushButton(ConflictDialog)
        self.discardButton.setObjectName(u"discardButton")

        self.buttonsLayout.addWidget(self.discardButton)


        self.mainLayout.addLayout(self.buttonsLayout)

        QWidget.setTabOrder(self.reapplyButton, self.discardButton)
        QWidget.setTabOrder(self.discardButton, self.yoursText)
        QWidget.setTabOrder(self.yoursText, self.theirsText)

        self.retranslateUi(ConflictDialog)

        self.reapplyButton.setDefault(True)


        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Changed on another terminal", None))
        self.headingLabel.setText(QCoreApplication.translate("ConflictDialog", u"This record was changed on another terminal", None))
        self.explanationLabel.setText(QCoreApplication.translate("ConflictDialog", u"Nothing has been overwritten. Compare the two versions, then choose what to do with your change.", None))
        self.yoursGroup.setTitle(QCoreApplication.translate("ConflictDialog", u"Yours (not saved yet)", None))
#if QT_CONFIG(accessibility)
        self.yoursText.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Your version", None))
#endif // QT_CONFIG(accessibility)
        self.theirsGroup.setTitle(QCoreApplication.translate("ConflictDialog", u"Theirs (saved on the other terminal)", None))
#if QT_CONFIG(accessibility)
        self.theirsText.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Their version", None))
#endif // QT_CONFIG(accessibility)
        self.reapplyButton.setText(QCoreApplication.translate("ConflictDialog", u"Keep theirs and &re-apply my change", None))
#if QT_CONFIG(accessibility)
        self.reapplyButton.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Keep their version and apply my change on top of it", None))
#endif // QT_CONFIG(accessibility)
        self.discardButton.setText(QCoreApplication.translate("ConflictDialog", u"Keep theirs and &discard my change", None))
#if QT_CONFIG(accessibility)
        self.discardButton.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Keep their version and discard my change", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

