# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QFrame, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_EventDialog(object):
    def setupUi(self, EventDialog):
        if not EventDialog.objectName():
            EventDialog.setObjectName(u"EventDialog")
        EventDialog.resize(640, 600)
        self.mainLayout = QVBoxLayout(EventDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(EventDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.guidanceFrame = QFrame(EventDialog)
        self.guidanceFrame.setObjectName(u"guidanceFrame")
        self.guidanceFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.guidanceLayout = QVBoxLayout(self.guidanceFrame)
        self.guidanceLayout.setObjectName(u"guidanceLayout")
        self.guidanceTitleLabel = QLabel(self.guidanceFrame)
        self.guidanceTitleLabel.setObjectName(u"guidanceTitleLabel")
        self.guidanceTitleLabel.setWordWrap(True)

        self.guidanceLayout.addWidget(self.guidanceTitleLabel)

        self.guidanceLabel = QLabel(self.guidanceFrame)
        self.guidanceLabel.setObjectName(u"guidanceLabel")
        self.guidanceLabel.setWordWrap(True)
        self.guidanceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.guidanceLayout.addWidget(self.guidanceLabel)


        self.mainLayout.addWidget(self.guidanceFrame)

        self.timeLayout = QHBoxLayout()
        self.timeLayout.setObjectName(u"timeLayout")
        self.timeLabel = QLabel(EventDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.timeLayout.addWidget(self.timeLabel)

        self.timeEdit = QDateTimeEdit(EventDialog)
        self.timeEdit.setObjectName(u"timeEdit")
        self.timeEdit.setCalendarPopup(True)

        self.timeLayout.addWidget(self.timeEdit)

        self.nowButton = QPushButton(EventDialog)
        self.nowButton.setObjectName(u"nowButton")
        self.nowButton.setAutoDefault(False)

        self.timeLayout.addWidget(self.nowButton)

        self.zoneLabel = QLabel(EventDialog)
        self.zoneLabel.setObjectName(u"zoneLabel")

        self.timeLayout.addWidget(self.zoneLabel)

        self.timeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeLayout.addItem(self.timeSpacer)


        self.mainLayout.addLayout(self.timeLayout)

        self.timeErrorLabel = QLabel(EventDialog)
        self.timeErrorLabel.setObjectName(u"timeErrorLabel")
        self.timeErrorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.timeErrorLabel)

        self.fieldsScroll = QScrollArea(EventDialog)
        self.fieldsScroll.setObjectName(u"fieldsScroll")
        self.fieldsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.fieldsScroll.setWidgetResizable(True)
        self.fieldsHost = QWidget()
        self.fieldsHost.setObjectName(u"fieldsHost")
        self.fieldsLayout = QVBoxLayout(self.fieldsHost)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setContentsMargins(0, -1, 8, -1)
        self.fieldsScroll.setWidget(self.fieldsHost)

        self.mainLayout.addWidget(self.fieldsScroll)

        self.nextStepLabel = QLabel(EventDialog)
        self.nextStepLabel.setObjectName(u"nextStepLabel")
        self.nextStepLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.nextStepLabel)

        self.errorLabel = QLabel(EventDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EventDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.timeLabel.setBuddy(self.timeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.timeEdit, self.nowButton)
        QWidget.setTabOrder(self.nowButton, self.fieldsScroll)

        self.retranslateUi(EventDialog)

        QMetaObject.connectSlotsByName(EventDialog)
    # setupUi

    def retranslateUi(self, EventDialog):
        EventDialog.setWindowTitle(QCoreApplication.translate("EventDialog", u"Timeline event", None))
        self.headingLabel.setText(QCoreApplication.translate("EventDialog", u"Event", None))
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("EventDialog", u"Event", None))
#endif // QT_CONFIG(accessibility)
        self.guidanceTitleLabel.setText(QCoreApplication.translate("EventDialog", u"Guidance", None))
        self.guidanceLabel.setText("")
#if QT_CONFIG(accessibility)
        self.guidanceLabel.setAccessibleName(QCoreApplication.translate("EventDialog", u"Guidance", None))
#endif // QT_CONFIG(accessibility)
        self.timeLabel.setText(QCoreApplication.translate("EventDialog", u"&Time (UK local):", None))
#if QT_CONFIG(accessibility)
        self.timeEdit.setAccessibleName(QCoreApplication.translate("EventDialog", u"Time of the event, UK local time", None))
#endif // QT_CONFIG(accessibility)
        self.timeEdit.setDisplayFormat(QCoreApplication.translate("EventDialog", u"dd/MM/yyyy HH:mm", None))
        self.nowButton.setText(QCoreApplication.translate("EventDialog", u"&Now", None))
#if QT_CONFIG(accessibility)
        self.nowButton.setAccessibleName(QCoreApplication.translate("EventDialog", u"Set the time to now", None))
#endif // QT_CONFIG(accessibility)
        self.zoneLabel.setText("")
        self.timeErrorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.timeErrorLabel.setAccessibleName(QCoreApplication.translate("EventDialog", u"Problem with the time", None))
#endif // QT_CONFIG(accessibility)
        self.nextStepLabel.setText("")
#if QT_CONFIG(accessibility)
        self.nextStepLabel.setAccessibleName(QCoreApplication.translate("EventDialog", u"What happens next", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("EventDialog", u"Problem saving", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

