# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ActivityDialog(object):
    def setupUi(self, ActivityDialog):
        if not ActivityDialog.objectName():
            ActivityDialog.setObjectName(u"ActivityDialog")
        ActivityDialog.resize(460, 400)
        self.verticalLayout = QVBoxLayout(ActivityDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindComboLabel = QLabel(ActivityDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(ActivityDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindError = QLabel(ActivityDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setVisible(False)
        self.kindError.setStyleSheet(u"color: #c0392b;")
        self.kindError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.subjectEditLabel = QLabel(ActivityDialog)
        self.subjectEditLabel.setObjectName(u"subjectEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.subjectEditLabel)

        self.subjectEdit = QLineEdit(ActivityDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.subjectError = QLabel(ActivityDialog)
        self.subjectError.setObjectName(u"subjectError")
        self.subjectError.setVisible(False)
        self.subjectError.setStyleSheet(u"color: #c0392b;")
        self.subjectError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.subjectError)

        self.bodyEditLabel = QLabel(ActivityDialog)
        self.bodyEditLabel.setObjectName(u"bodyEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bodyEditLabel)

        self.bodyEdit = QPlainTextEdit(ActivityDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.bodyEdit)

        self.occurredEditLabel = QLabel(ActivityDialog)
        self.occurredEditLabel.setObjectName(u"occurredEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.occurredEditLabel)

        self.occurredEdit = QDateTimeEdit(ActivityDialog)
        self.occurredEdit.setObjectName(u"occurredEdit")
        self.occurredEdit.setCalendarPopup(True)
        self.occurredEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.occurredEdit)

        self.outcomeEditLabel = QLabel(ActivityDialog)
        self.outcomeEditLabel.setObjectName(u"outcomeEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.outcomeEditLabel)

        self.outcomeEdit = QLineEdit(ActivityDialog)
        self.outcomeEdit.setObjectName(u"outcomeEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.outcomeEdit)

        self.placeEditLabel = QLabel(ActivityDialog)
        self.placeEditLabel.setObjectName(u"placeEditLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.placeEditLabel)

        self.placeEdit = QLineEdit(ActivityDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.followupCheckLabel = QLabel(ActivityDialog)
        self.followupCheckLabel.setObjectName(u"followupCheckLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.followupCheckLabel)

        self.followupCheck = QCheckBox(ActivityDialog)
        self.followupCheck.setObjectName(u"followupCheck")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.followupCheck)

        self.followupEdit = QDateEdit(ActivityDialog)
        self.followupEdit.setObjectName(u"followupEdit")
        self.followupEdit.setCalendarPopup(True)
        self.followupEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.followupEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(ActivityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.subjectEditLabel.setBuddy(self.subjectEdit)
        self.bodyEditLabel.setBuddy(self.bodyEdit)
        self.occurredEditLabel.setBuddy(self.occurredEdit)
        self.outcomeEditLabel.setBuddy(self.outcomeEdit)
        self.placeEditLabel.setBuddy(self.placeEdit)
        self.followupCheckLabel.setBuddy(self.followupCheck)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActivityDialog)
        self.buttonBox.rejected.connect(ActivityDialog.reject)
    # setupUi

    def retranslateUi(self, ActivityDialog):
        ActivityDialog.setWindowTitle(QCoreApplication.translate("ActivityDialog", u"Log activity", None))
        self.kindComboLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Kind:", None))
        self.subjectEditLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Subject:", None))
        self.bodyEditLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Details:", None))
        self.occurredEditLabel.setText(QCoreApplication.translate("ActivityDialog", u"&When:", None))
        self.outcomeEditLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Outcome:", None))
        self.placeEditLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Place (visits):", None))
        self.followupCheckLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Next follow-up:", None))
        self.followupCheck.setText(QCoreApplication.translate("ActivityDialog", u"Planned", None))
    # retranslateUi

