# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_edit_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ContactEditDialog(object):
    def setupUi(self, ContactEditDialog):
        if not ContactEditDialog.objectName():
            ContactEditDialog.setObjectName(u"ContactEditDialog")
        ContactEditDialog.resize(460, 400)
        self.verticalLayout = QVBoxLayout(ContactEditDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameEditLabel = QLabel(ContactEditDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(ContactEditDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(ContactEditDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setVisible(False)
        self.nameError.setStyleSheet(u"color: #c0392b;")
        self.nameError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.accountComboLabel = QLabel(ContactEditDialog)
        self.accountComboLabel.setObjectName(u"accountComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.accountComboLabel)

        self.accountCombo = QComboBox(ContactEditDialog)
        self.accountCombo.setObjectName(u"accountCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.accountCombo)

        self.accountError = QLabel(ContactEditDialog)
        self.accountError.setObjectName(u"accountError")
        self.accountError.setVisible(False)
        self.accountError.setStyleSheet(u"color: #c0392b;")
        self.accountError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.accountError)

        self.titleEditLabel = QLabel(ContactEditDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(ContactEditDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.departmentEditLabel = QLabel(ContactEditDialog)
        self.departmentEditLabel.setObjectName(u"departmentEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.departmentEditLabel)

        self.departmentEdit = QLineEdit(ContactEditDialog)
        self.departmentEdit.setObjectName(u"departmentEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.departmentEdit)

        self.mobileEditLabel = QLabel(ContactEditDialog)
        self.mobileEditLabel.setObjectName(u"mobileEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.mobileEditLabel)

        self.mobileEdit = QLineEdit(ContactEditDialog)
        self.mobileEdit.setObjectName(u"mobileEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.mobileEdit)

        self.mobileError = QLabel(ContactEditDialog)
        self.mobileError.setObjectName(u"mobileError")
        self.mobileError.setVisible(False)
        self.mobileError.setStyleSheet(u"color: #c0392b;")
        self.mobileError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.mobileError)

        self.phoneEditLabel = QLabel(ContactEditDialog)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phoneEditLabel)

        self.phoneEdit = QLineEdit(ContactEditDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneError = QLabel(ContactEditDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setVisible(False)
        self.phoneError.setStyleSheet(u"color: #c0392b;")
        self.phoneError.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.emailEditLabel = QLabel(ContactEditDialog)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.emailEditLabel)

        self.emailEdit = QLineEdit(ContactEditDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(ContactEditDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setVisible(False)
        self.emailError.setStyleSheet(u"color: #c0392b;")
        self.emailError.setWordWrap(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.wechatEditLabel = QLabel(ContactEditDialog)
        self.wechatEditLabel.setObjectName(u"wechatEditLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.wechatEditLabel)

        self.wechatEdit = QLineEdit(ContactEditDialog)
        self.wechatEdit.setObjectName(u"wechatEdit")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.wechatEdit)

        self.birthdayCheckLabel = QLabel(ContactEditDialog)
        self.birthdayCheckLabel.setObjectName(u"birthdayCheckLabel")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.birthdayCheckLabel)

        self.birthdayCheck = QCheckBox(ContactEditDialog)
        self.birthdayCheck.setObjectName(u"birthdayCheck")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.birthdayCheck)

        self.birthdayEdit = QDateEdit(ContactEditDialog)
        self.birthdayEdit.setObjectName(u"birthdayEdit")
        self.birthdayEdit.setCalendarPopup(True)
        self.birthdayEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.birthdayEdit)

        self.tagsEditLabel = QLabel(ContactEditDialog)
        self.tagsEditLabel.setObjectName(u"tagsEditLabel")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.tagsEditLabel)

        self.tagsEdit = QLineEdit(ContactEditDialog)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.tagsEdit)

        self.tagsError = QLabel(ContactEditDialog)
        self.tagsError.setObjectName(u"tagsError")
        self.tagsError.setVisible(False)
        self.tagsError.setStyleSheet(u"color: #c0392b;")
        self.tagsError.setWordWrap(True)

        self.formLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.tagsError)

        self.primaryCheck = QCheckBox(ContactEditDialog)
        self.primaryCheck.setObjectName(u"primaryCheck")

        self.formLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.primaryCheck)

        self.marketingLabel = QLabel(ContactEditDialog)
        self.marketingLabel.setObjectName(u"marketingLabel")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.marketingLabel)

        self.doNotContactCheck = QCheckBox(ContactEditDialog)
        self.doNotContactCheck.setObjectName(u"doNotContactCheck")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.doNotContactCheck)

        self.unsubscribedCheck = QCheckBox(ContactEditDialog)
        self.unsubscribedCheck.setObjectName(u"unsubscribedCheck")

        self.formLayout.setWidget(19, QFormLayout.ItemRole.FieldRole, self.unsubscribedCheck)

        self.notesEditLabel = QLabel(ContactEditDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.formLayout.setWidget(20, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(ContactEditDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(20, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(ContactEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.accountComboLabel.setBuddy(self.accountCombo)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.departmentEditLabel.setBuddy(self.departmentEdit)
        self.mobileEditLabel.setBuddy(self.mobileEdit)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
        self.wechatEditLabel.setBuddy(self.wechatEdit)
        self.birthdayCheckLabel.setBuddy(self.birthdayCheck)
        self.tagsEditLabel.setBuddy(self.tagsEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactEditDialog)
        self.buttonBox.rejected.connect(ContactEditDialog.reject)
    # setupUi

    def retranslateUi(self, ContactEditDialog):
        ContactEditDialog.setWindowTitle(QCoreApplication.translate("ContactEditDialog", u"Contact", None))
        self.nameEditLabel.setText(QCoreApplication.translate("ContactEditDialog", u"&Name:", None))
        self.accountComboLabel.setText(QCoreApplication.translate("ContactEditDialog", u"&Account:", None))
        self.titleEditLabel.setText(QCoreApplication.translate("ContactEditDialog", u"&Title:", None))
        self.departmentEditLabel.setText(QCoreApplication.translate("ContactEditDialog", u"&Department:", None))
        self.mobileEditLabel.setText(QCoreApplication.translate("ContactEditDialog", u"&Mobile:", None))
        self.phoneEditLabel.setText(QCoreApplication.translate("ContactEditDialog", u"&Phone:", None))
        self.emailEditLabel.setText(QCoreApplication.translate("ContactEditDialog", u"&E-mail:", None))
        self.wechatEditLabel.setText(QCoreApplication.translate("ContactEditDialog", u"&WeChat:", None))
        self.birthdayCheckLabel.setText(QCoreApplication.translate("ContactEditDialog", u"&Birthday:", None))
        self.birthdayCheck.setText(QCoreApplication.translate("ContactEditDialog", u"Known", None))
        self.tagsEditLabel.setText(QCoreApplication.translate("ContactEditDialog", u"T&ags:", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("ContactEditDialog", u"Separate tags with commas", None))
        self.primaryCheck.setText(QCoreApplication.translate("ContactEditDialog", u"&Primary contact of the account", None))
        self.marketingLabel.setText(QCoreApplication.translate("ContactEditDialog", u"Marketing:", None))
        self.doNotContactCheck.setText(QCoreApplication.translate("ContactEditDialog", u"Asked not to be conta&cted", None))
#if QT_CONFIG(tooltip)
        self.doNotContactCheck.setToolTip(QCoreApplication.translate("ContactEditDialog", u"Never sent marketing e-mail or included in campaign mailings", None))
#endif // QT_CONFIG(tooltip)
        self.unsubscribedCheck.setText(QCoreApplication.translate("ContactEditDialog", u"&Unsubscribed from marketing e-mail", None))
#if QT_CONFIG(tooltip)
        self.unsubscribedCheck.setToolTip(QCoreApplication.translate("ContactEditDialog", u"Opted out of campaign e-mail; calls and visits are still fine", None))
#endif // QT_CONFIG(tooltip)
        self.notesEditLabel.setText(QCoreApplication.translate("ContactEditDialog", u"N&otes:", None))
    # retranslateUi

