# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'account_edit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AccountEditDialog(object):
    def setupUi(self, AccountEditDialog):
        if not AccountEditDialog.objectName():
            AccountEditDialog.setObjectName(u"AccountEditDialog")
        AccountEditDialog.resize(460, 400)
        self.verticalLayout = QVBoxLayout(AccountEditDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameEditLabel = QLabel(AccountEditDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(AccountEditDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(AccountEditDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setVisible(False)
        self.nameError.setStyleSheet(u"color: #c0392b;")
        self.nameError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.shortNameEditLabel = QLabel(AccountEditDialog)
        self.shortNameEditLabel.setObjectName(u"shortNameEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shortNameEditLabel)

        self.shortNameEdit = QLineEdit(AccountEditDialog)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.industryEditLabel = QLabel(AccountEditDialog)
        self.industryEditLabel.setObjectName(u"industryEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.industryEditLabel)

        self.industryEdit = QLineEdit(AccountEditDialog)
        self.industryEdit.setObjectName(u"industryEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.industryEdit)

        self.levelComboLabel = QLabel(AccountEditDialog)
        self.levelComboLabel.setObjectName(u"levelComboLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.levelComboLabel)

        self.levelCombo = QComboBox(AccountEditDialog)
        self.levelCombo.setObjectName(u"levelCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.statusComboLabel = QLabel(AccountEditDialog)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(AccountEditDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusError = QLabel(AccountEditDialog)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setVisible(False)
        self.statusError.setStyleSheet(u"color: #c0392b;")
        self.statusError.setWordWrap(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.statusError)

        self.sourceComboLabel = QLabel(AccountEditDialog)
        self.sourceComboLabel.setObjectName(u"sourceComboLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.sourceComboLabel)

        self.sourceCombo = QComboBox(AccountEditDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.phoneEditLabel = QLabel(AccountEditDialog)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phoneEditLabel)

        self.phoneEdit = QLineEdit(AccountEditDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneError = QLabel(AccountEditDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setVisible(False)
        self.phoneError.setStyleSheet(u"color: #c0392b;")
        self.phoneError.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.websiteEditLabel = QLabel(AccountEditDialog)
        self.websiteEditLabel.setObjectName(u"websiteEditLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.websiteEditLabel)

        self.websiteEdit = QLineEdit(AccountEditDialog)
        self.websiteEdit.setObjectName(u"websiteEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.websiteEdit)

        self.countryEditLabel = QLabel(AccountEditDialog)
        self.countryEditLabel.setObjectName(u"countryEditLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.countryEditLabel)

        self.countryEdit = QLineEdit(AccountEditDialog)
        self.countryEdit.setObjectName(u"countryEdit")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.countryEdit)

        self.provinceEditLabel = QLabel(AccountEditDialog)
        self.provinceEditLabel.setObjectName(u"provinceEditLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.provinceEditLabel)

        self.provinceEdit = QLineEdit(AccountEditDialog)
        self.provinceEdit.setObjectName(u"provinceEdit")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.provinceEdit)

        self.cityEditLabel = QLabel(AccountEditDialog)
        self.cityEditLabel.setObjectName(u"cityEditLabel")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.cityEditLabel)

        self.cityEdit = QLineEdit(AccountEditDialog)
        self.cityEdit.setObjectName(u"cityEdit")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.districtEditLabel = QLabel(AccountEditDialog)
        self.districtEditLabel.setObjectName(u"districtEditLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.districtEditLabel)

        self.districtEdit = QLineEdit(AccountEditDialog)
        self.districtEdit.setObjectName(u"districtEdit")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.districtEdit)

        self.streetEditLabel = QLabel(AccountEditDialog)
        self.streetEditLabel.setObjectName(u"streetEditLabel")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.streetEditLabel)

        self.streetEdit = QLineEdit(AccountEditDialog)
        self.streetEdit.setObjectName(u"streetEdit")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.streetEdit)

        self.tagsEditLabel = QLabel(AccountEditDialog)
        self.tagsEditLabel.setObjectName(u"tagsEditLabel")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.tagsEditLabel)

        self.tagsEdit = QLineEdit(AccountEditDialog)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.tagsEdit)

        self.tagsError = QLabel(AccountEditDialog)
        self.tagsError.setObjectName(u"tagsError")
        self.tagsError.setVisible(False)
        self.tagsError.setStyleSheet(u"color: #c0392b;")
        self.tagsError.setWordWrap(True)

        self.formLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.tagsError)

        self.notesEditLabel = QLabel(AccountEditDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(AccountEditDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(AccountEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.shortNameEditLabel.setBuddy(self.shortNameEdit)
        self.industryEditLabel.setBuddy(self.industryEdit)
        self.levelComboLabel.setBuddy(self.levelCombo)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.sourceComboLabel.setBuddy(self.sourceCombo)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.websiteEditLabel.setBuddy(self.websiteEdit)
        self.countryEditLabel.setBuddy(self.countryEdit)
        self.provinceEditLabel.setBuddy(self.provinceEdit)
        self.cityEditLabel.setBuddy(self.cityEdit)
        self.districtEditLabel.setBuddy(self.districtEdit)
        self.streetEditLabel.setBuddy(self.streetEdit)
        self.tagsEditLabel.setBuddy(self.tagsEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AccountEditDialog)
        self.buttonBox.rejected.connect(AccountEditDialog.reject)
    # setupUi

    def retranslateUi(self, AccountEditDialog):
        AccountEditDialog.setWindowTitle(QCoreApplication.translate("AccountEditDialog", u"Account", None))
        self.nameEditLabel.setText(QCoreApplication.translate("AccountEditDialog", u"Company &name:", None))
        self.shortNameEditLabel.setText(QCoreApplication.translate("AccountEditDialog", u"&Short name:", None))
        self.industryEditLabel.setText(QCoreApplication.translate("AccountEditDialog", u"&Industry:", None))
        self.levelComboLabel.setText(QCoreApplication.translate("AccountEditDialog", u"&Level:", None))
        self.statusComboLabel.setText(QCoreApplication.translate("AccountEditDialog", u"S&tatus:", None))
        self.sourceComboLabel.setText(QCoreApplication.translate("AccountEditDialog", u"S&ource:", None))
        self.phoneEditLabel.setText(QCoreApplication.translate("AccountEditDialog", u"&Phone:", None))
        self.websiteEditLabel.setText(QCoreApplication.translate("AccountEditDialog", u"&Website:", None))
        self.countryEditLabel.setText(QCoreApplication.translate("AccountEditDialog", u"Co&untry:", None))
        self.provinceEditLabel.setText(QCoreApplication.translate("AccountEditDialog", u"Pro&vince:", None))
        self.cityEditLabel.setText(QCoreApplication.translate("AccountEditDialog", u"&City:", None))
        self.districtEditLabel.setText(QCoreApplication.translate("AccountEditDialog", u"&District:", None))
        self.streetEditLabel.setText(QCoreApplication.translate("AccountEditDialog", u"St&reet:", None))
        self.tagsEditLabel.setText(QCoreApplication.translate("AccountEditDialog", u"T&ags:", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("AccountEditDialog", u"Separate tags with commas", None))
        self.notesEditLabel.setText(QCoreApplication.translate("AccountEditDialog", u"N&otes:", None))
    # retranslateUi

