# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'opportunity_dialog.ui'
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
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_OpportunityDialog(object):
    def setupUi(self, OpportunityDialog):
        if not OpportunityDialog.objectName():
            OpportunityDialog.setObjectName(u"OpportunityDialog")
        OpportunityDialog.resize(720, 640)
        self.verticalLayout = QVBoxLayout(OpportunityDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameEditLabel = QLabel(OpportunityDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(OpportunityDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(OpportunityDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setVisible(False)
        self.nameError.setStyleSheet(u"color: #c0392b;")
        self.nameError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.accountComboLabel = QLabel(OpportunityDialog)
        self.accountComboLabel.setObjectName(u"accountComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.accountComboLabel)

        self.accountCombo = QComboBox(OpportunityDialog)
        self.accountCombo.setObjectName(u"accountCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.accountCombo)

        self.accountError = QLabel(OpportunityDialog)
        self.accountError.setObjectName(u"accountError")
        self.accountError.setVisible(False)
        self.accountError.setStyleSheet(u"color: #c0392b;")
        self.accountError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.accountError)

        self.contactComboLabel = QLabel(OpportunityDialog)
        self.contactComboLabel.setObjectName(u"contactComboLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contactComboLabel)

        self.contactCombo = QComboBox(OpportunityDialog)
        self.contactCombo.setObjectName(u"contactCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contactCombo)

        self.contactError = QLabel(OpportunityDialog)
        self.contactError.setObjectName(u"contactError")
        self.contactError.setVisible(False)
        self.contactError.setStyleSheet(u"color: #c0392b;")
        self.contactError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contactError)

        self.stageComboLabel = QLabel(OpportunityDialog)
        self.stageComboLabel.setObjectName(u"stageComboLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.stageComboLabel)

        self.stageCombo = QComboBox(OpportunityDialog)
        self.stageCombo.setObjectName(u"stageCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.stageCombo)

        self.stageError = QLabel(OpportunityDialog)
        self.stageError.setObjectName(u"stageError")
        self.stageError.setVisible(False)
        self.stageError.setStyleSheet(u"color: #c0392b;")
        self.stageError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.stageError)

        self.lostReasonComboLabel = QLabel(OpportunityDialog)
        self.lostReasonComboLabel.setObjectName(u"lostReasonComboLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.lostReasonComboLabel)

        self.lostReasonLayout = QHBoxLayout()
        self.lostReasonLayout.setObjectName(u"lostReasonLayout")
        self.lostReasonCombo = QComboBox(OpportunityDialog)
        self.lostReasonCombo.setObjectName(u"lostReasonCombo")

        self.lostReasonLayout.addWidget(self.lostReasonCombo)

        self.lostReasonEdit = QLineEdit(OpportunityDialog)
        self.lostReasonEdit.setObjectName(u"lostReasonEdit")

        self.lostReasonLayout.addWidget(self.lostReasonEdit)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.lostReasonLayout)

        self.lostReasonError = QLabel(OpportunityDialog)
        self.lostReasonError.setObjectName(u"lostReasonError")
        self.lostReasonError.setVisible(False)
        self.lostReasonError.setStyleSheet(u"color: #c0392b;")
        self.lostReasonError.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.lostReasonError)

        self.amountEditLabel = QLabel(OpportunityDialog)
        self.amountEditLabel.setObjectName(u"amountEditLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.amountEditLabel)

        self.amountLayout = QHBoxLayout()
        self.amountLayout.setObjectName(u"amountLayout")
        self.amountEdit = QLineEdit(OpportunityDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.amountLayout.addWidget(self.amountEdit)

        self.currencyCombo = QComboBox(OpportunityDialog)
        self.currencyCombo.setObjectName(u"currencyCombo")

        self.amountLayout.addWidget(self.currencyCombo)


        self.formLayout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.amountLayout)

        self.amountError = QLabel(OpportunityDialog)
        self.amountError.setObjectName(u"amountError")
        self.amountError.setVisible(False)
        self.amountError.setStyleSheet(u"color: #c0392b;")
        self.amountError.setWordWrap(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.amountError)

        self.currencyError = QLabel(OpportunityDialog)
        self.currencyError.setObjectName(u"currencyError")
        self.currencyError.setVisible(False)
        self.currencyError.setStyleSheet(u"color: #c0392b;")
        self.currencyError.setWordWrap(True)

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.currencyError)

        self.probabilitySpinLabel = QLabel(OpportunityDialog)
        self.probabilitySpinLabel.setObjectName(u"probabilitySpinLabel")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.probabilitySpinLabel)

        self.probabilitySpin = QSpinBox(OpportunityDialog)
        self.probabilitySpin.setObjectName(u"probabilitySpin")
        self.probabilitySpin.setMinimum(-1)
        self.probabilitySpin.setMaximum(100)
        self.probabilitySpin.setValue(-1)
        self.probabilitySpin.setSuffix(u" %")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.probabilitySpin)

        self.probabilityError = QLabel(OpportunityDialog)
        self.probabilityError.setObjectName(u"probabilityError")
        self.probabilityError.setVisible(False)
        self.probabilityError.setStyleSheet(u"color: #c0392b;")
        self.probabilityError.setWordWrap(True)

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.probabilityError)

        self.closeCheckLabel = QLabel(OpportunityDialog)
        self.closeCheckLabel.setObjectName(u"closeCheckLabel")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.closeCheckLabel)

        self.closeLayout = QHBoxLayout()
        self.closeLayout.setObjectName(u"closeLayout")
        self.closeCheck = QCheckBox(OpportunityDialog)
        self.closeCheck.setObjectName(u"closeCheck")

        self.closeLayout.addWidget(self.closeCheck)

        self.closeEdit = QDateEdit(OpportunityDialog)
        self.closeEdit.setObjectName(u"closeEdit")
        self.closeEdit.setCalendarPopup(True)
        self.closeEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.closeLayout.addWidget(self.closeEdit)

        self.closeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closeLayout.addItem(self.closeSpacer)


        self.formLayout.setLayout(15, QFormLayout.ItemRole.FieldRole, self.closeLayout)

        self.expectedCloseError = QLabel(OpportunityDialog)
        self.expectedCloseError.setObjectName(u"expectedCloseError")
        self.expectedCloseError.setVisible(False)
        self.expectedCloseError.setStyleSheet(u"color: #c0392b;")
        self.expectedCloseError.setWordWrap(True)

        self.formLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.expectedCloseError)

        self.sourceComboLabel = QLabel(OpportunityDialog)
        self.sourceComboLabel.setObjectName(u"sourceComboLabel")

        self.formLayout.setWidget(17, QFormLayout.ItemRole.LabelRole, self.sourceComboLabel)

        self.sourceCombo = QComboBox(OpportunityDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.formLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.campaignComboLabel = QLabel(OpportunityDialog)
        self.campaignComboLabel.setObjectName(u"campaignComboLabel")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.campaignComboLabel)

        self.campaignCombo = QComboBox(OpportunityDialog)
        self.campaignCombo.setObjectName(u"campaignCombo")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.campaignCombo)

        self.notesEditLabel = QLabel(OpportunityDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.formLayout.setWidget(19, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(OpportunityDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(19, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.linesGroup = QGroupBox(OpportunityDialog)
        self.linesGroup.setObjectName(u"linesGroup")
        self.linesLayout = QVBoxLayout(self.linesGroup)
        self.linesLayout.setObjectName(u"linesLayout")

        self.verticalLayout.addWidget(self.linesGroup)

        self.buttonBox = QDialogButtonBox(OpportunityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.accountComboLabel.setBuddy(self.accountCombo)
        self.contactComboLabel.setBuddy(self.contactCombo)
        self.stageComboLabel.setBuddy(self.stageCombo)
        self.lostReasonComboLabel.setBuddy(self.lostReasonCombo)
        self.amountEditLabel.setBuddy(self.amountEdit)
        self.probabilitySpinLabel.setBuddy(self.probabilitySpin)
        self.closeCheckLabel.setBuddy(self.closeCheck)
        self.sourceComboLabel.setBuddy(self.sourceCombo)
        self.campaignComboLabel.setBuddy(self.campaignCombo)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OpportunityDialog)
        self.buttonBox.rejected.connect(OpportunityDialog.reject)
    # setupUi

    def retranslateUi(self, OpportunityDialog):
        OpportunityDialog.setWindowTitle(QCoreApplication.translate("OpportunityDialog", u"Deal", None))
        self.nameEditLabel.setText(QCoreApplication.translate("OpportunityDialog", u"&Name:", None))
        self.accountComboLabel.setText(QCoreApplication.translate("OpportunityDialog", u"&Account:", None))
        self.contactComboLabel.setText(QCoreApplication.translate("OpportunityDialog", u"C&ontact:", None))
        self.stageComboLabel.setText(QCoreApplication.translate("OpportunityDialog", u"&Stage:", None))
        self.lostReasonComboLabel.setText(QCoreApplication.translate("OpportunityDialog", u"&Lost reason:", None))
        self.lostReasonEdit.setPlaceholderText(QCoreApplication.translate("OpportunityDialog", u"In a few words", None))
        self.amountEditLabel.setText(QCoreApplication.translate("OpportunityDialog", u"A&mount:", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("OpportunityDialog", u"Total of the product lines", None))
        self.probabilitySpinLabel.setText(QCoreApplication.translate("OpportunityDialog", u"&Probability:", None))
        self.probabilitySpin.setSpecialValueText(QCoreApplication.translate("OpportunityDialog", u"Follows the stage", None))
        self.closeCheckLabel.setText(QCoreApplication.translate("OpportunityDialog", u"E&xpected close:", None))
        self.closeCheck.setText(QCoreApplication.translate("OpportunityDialog", u"Known", None))
        self.sourceComboLabel.setText(QCoreApplication.translate("OpportunityDialog", u"So&urce:", None))
        self.campaignComboLabel.setText(QCoreApplication.translate("OpportunityDialog", u"Ca&mpaign:", None))
#if QT_CONFIG(tooltip)
        self.campaignCombo.setToolTip(QCoreApplication.translate("OpportunityDialog", u"The marketing campaign that brought this deal (counted in its effect)", None))
#endif // QT_CONFIG(tooltip)
        self.notesEditLabel.setText(QCoreApplication.translate("OpportunityDialog", u"No&tes:", None))
        self.linesGroup.setTitle(QCoreApplication.translate("OpportunityDialog", u"Products", None))
    # retranslateUi

