# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_record_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_NewRecordDialog(object):
    def setupUi(self, NewRecordDialog):
        if not NewRecordDialog.objectName():
            NewRecordDialog.setObjectName(u"NewRecordDialog")
        NewRecordDialog.resize(460, 380)
        NewRecordDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(NewRecordDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(NewRecordDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.custodyNumberLabel = QLabel(NewRecordDialog)
        self.custodyNumberLabel.setObjectName(u"custodyNumberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.custodyNumberLabel)

        self.custodyNumberEdit = QLineEdit(NewRecordDialog)
        self.custodyNumberEdit.setObjectName(u"custodyNumberEdit")
        self.custodyNumberEdit.setMaxLength(40)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.custodyNumberEdit)

        self.suiteLabel = QLabel(NewRecordDialog)
        self.suiteLabel.setObjectName(u"suiteLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.suiteLabel)

        self.suiteCombo = QComboBox(NewRecordDialog)
        self.suiteCombo.setObjectName(u"suiteCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.suiteCombo)

        self.surnameLabel = QLabel(NewRecordDialog)
        self.surnameLabel.setObjectName(u"surnameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.surnameLabel)

        self.surnameEdit = QLineEdit(NewRecordDialog)
        self.surnameEdit.setObjectName(u"surnameEdit")
        self.surnameEdit.setMaxLength(100)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.surnameEdit)

        self.forenamesLabel = QLabel(NewRecordDialog)
        self.forenamesLabel.setObjectName(u"forenamesLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.forenamesLabel)

        self.forenamesEdit = QLineEdit(NewRecordDialog)
        self.forenamesEdit.setObjectName(u"forenamesEdit")
        self.forenamesEdit.setMaxLength(150)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.forenamesEdit)

        self.dobStatusLabel = QLabel(NewRecordDialog)
        self.dobStatusLabel.setObjectName(u"dobStatusLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dobStatusLabel)

        self.dobStatusCombo = QComboBox(NewRecordDialog)
        self.dobStatusCombo.setObjectName(u"dobStatusCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dobStatusCombo)

        self.dobLabel = QLabel(NewRecordDialog)
        self.dobLabel.setObjectName(u"dobLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dobLabel)

        self.dobEdit = QDateEdit(NewRecordDialog)
        self.dobEdit.setObjectName(u"dobEdit")
        self.dobEdit.setCalendarPopup(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dobEdit)

        self.genderLabel = QLabel(NewRecordDialog)
        self.genderLabel.setObjectName(u"genderLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(NewRecordDialog)
        self.genderCombo.setObjectName(u"genderCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.genderCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(NewRecordDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(NewRecordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.custodyNumberLabel.setBuddy(self.custodyNumberEdit)
        self.suiteLabel.setBuddy(self.suiteCombo)
        self.surnameLabel.setBuddy(self.surnameEdit)
        self.forenamesLabel.setBuddy(self.forenamesEdit)
        self.dobStatusLabel.setBuddy(self.dobStatusCombo)
        self.dobLabel.setBuddy(self.dobEdit)
        self.genderLabel.setBuddy(self.genderCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.custodyNumberEdit, self.suiteCombo)
        QWidget.setTabOrder(self.suiteCombo, self.surnameEdit)
        QWidget.setTabOrder(self.surnameEdit, self.forenamesEdit)
        QWidget.setTabOrder(self.forenamesEdit, self.dobStatusCombo)
        QWidget.setTabOrder(self.dobStatusCombo, self.dobEdit)
        QWidget.setTabOrder(self.dobEdit, self.genderCombo)

        self.retranslateUi(NewRecordDialog)

        QMetaObject.connectSlotsByName(NewRecordDialog)
    # setupUi

    def retranslateUi(self, NewRecordDialog):
        NewRecordDialog.setWindowTitle(QCoreApplication.translate("NewRecordDialog", u"New child in custody", None))
#if QT_CONFIG(accessibility)
        NewRecordDialog.setAccessibleName(QCoreApplication.translate("NewRecordDialog", u"New child in custody", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("NewRecordDialog", u"Book in a child: the record opens straight away and saves as you type. Anyone who appears to be under 18 is treated as a child (PACE Code C 1.5).", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("NewRecordDialog", u"About this form", None))
#endif // QT_CONFIG(accessibility)
        self.custodyNumberLabel.setText(QCoreApplication.translate("NewRecordDialog", u"&Custody number", None))
#if QT_CONFIG(accessibility)
        self.custodyNumberEdit.setAccessibleName(QCoreApplication.translate("NewRecordDialog", u"Custody number", None))
#endif // QT_CONFIG(accessibility)
        self.custodyNumberEdit.setPlaceholderText(QCoreApplication.translate("NewRecordDialog", u"e.g. NC-26-001234", None))
        self.suiteLabel.setText(QCoreApplication.translate("NewRecordDialog", u"S&uite", None))
#if QT_CONFIG(accessibility)
        self.suiteCombo.setAccessibleName(QCoreApplication.translate("NewRecordDialog", u"Custody suite", None))
#endif // QT_CONFIG(accessibility)
        self.surnameLabel.setText(QCoreApplication.translate("NewRecordDialog", u"&Surname", None))
#if QT_CONFIG(accessibility)
        self.surnameEdit.setAccessibleName(QCoreApplication.translate("NewRecordDialog", u"Surname", None))
#endif // QT_CONFIG(accessibility)
        self.forenamesLabel.setText(QCoreApplication.translate("NewRecordDialog", u"&Forenames", None))
#if QT_CONFIG(accessibility)
        self.forenamesEdit.setAccessibleName(QCoreApplication.translate("NewRecordDialog", u"Forenames", None))
#endif // QT_CONFIG(accessibility)
        self.dobStatusLabel.setText(QCoreApplication.translate("NewRecordDialog", u"Date of birth &is", None))
#if QT_CONFIG(accessibility)
        self.dobStatusCombo.setAccessibleName(QCoreApplication.translate("NewRecordDialog", u"Date of birth status", None))
#endif // QT_CONFIG(accessibility)
        self.dobLabel.setText(QCoreApplication.translate("NewRecordDialog", u"&Date of birth", None))
#if QT_CONFIG(accessibility)
        self.dobEdit.setAccessibleName(QCoreApplication.translate("NewRecordDialog", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.dobEdit.setDisplayFormat(QCoreApplication.translate("NewRecordDialog", u"dd/MM/yyyy", None))
        self.genderLabel.setText(QCoreApplication.translate("NewRecordDialog", u"&Gender", None))
#if QT_CONFIG(accessibility)
        self.genderCombo.setAccessibleName(QCoreApplication.translate("NewRecordDialog", u"Gender", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("NewRecordDialog", u"Problems with the form", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("NewRecordDialog", u"Create or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

