# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signoff_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QPlainTextEdit, QScrollArea, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_SignOffDialog(object):
    def setupUi(self, SignOffDialog):
        if not SignOffDialog.objectName():
            SignOffDialog.setObjectName(u"SignOffDialog")
        SignOffDialog.resize(720, 560)
        self.verticalLayout = QVBoxLayout(SignOffDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.summaryLabel = QLabel(SignOffDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.summaryLabel)

        self.breachesBox = QGroupBox(SignOffDialog)
        self.breachesBox.setObjectName(u"breachesBox")
        self.breachesOuterLayout = QVBoxLayout(self.breachesBox)
        self.breachesOuterLayout.setObjectName(u"breachesOuterLayout")
        self.breachesScroll = QScrollArea(self.breachesBox)
        self.breachesScroll.setObjectName(u"breachesScroll")
        self.breachesScroll.setWidgetResizable(True)
        self.breachesHost = QWidget()
        self.breachesHost.setObjectName(u"breachesHost")
        self.breachesLayout = QVBoxLayout(self.breachesHost)
        self.breachesLayout.setObjectName(u"breachesLayout")
        self.breachesScroll.setWidget(self.breachesHost)

        self.breachesOuterLayout.addWidget(self.breachesScroll)


        self.verticalLayout.addWidget(self.breachesBox)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.commentLabel = QLabel(SignOffDialog)
        self.commentLabel.setObjectName(u"commentLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.commentLabel)

        self.commentEdit = QPlainTextEdit(SignOffDialog)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setTabChangesFocus(True)
        self.commentEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.commentEdit)

        self.passwordLabel = QLabel(SignOffDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(SignOffDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(SignOffDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SignOffDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.commentLabel.setBuddy(self.commentEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignOffDialog)

        QMetaObject.connectSlotsByName(SignOffDialog)
    # setupUi

    def retranslateUi(self, SignOffDialog):
        SignOffDialog.setWindowTitle(QCoreApplication.translate("SignOffDialog", u"Sign off the record", None))
        self.summaryLabel.setText("")
        self.breachesBox.setTitle(QCoreApplication.translate("SignOffDialog", u"Open breaches: acknowledge each one", None))
        self.commentLabel.setText(QCoreApplication.translate("SignOffDialog", u"&Comment:", None))
#if QT_CONFIG(accessibility)
        self.commentEdit.setAccessibleName(QCoreApplication.translate("SignOffDialog", u"Sign-off comment", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("SignOffDialog", u"Your &password:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("SignOffDialog", u"Your password, as your signature", None))
#endif // QT_CONFIG(accessibility)
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("SignOffDialog", u"Typing your password signs the record in your name", None))
        self.errorLabel.setText("")
    # retranslateUi

