# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'product_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ProductDialog(object):
    def setupUi(self, ProductDialog):
        if not ProductDialog.objectName():
            ProductDialog.setObjectName(u"ProductDialog")
        ProductDialog.resize(420, 330)
        self.verticalLayout = QVBoxLayout(ProductDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.skuEditLabel = QLabel(ProductDialog)
        self.skuEditLabel.setObjectName(u"skuEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.skuEditLabel)

        self.skuEdit = QLineEdit(ProductDialog)
        self.skuEdit.setObjectName(u"skuEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.skuEdit)

        self.skuError = QLabel(ProductDialog)
        self.skuError.setObjectName(u"skuError")
        self.skuError.setVisible(False)
        self.skuError.setStyleSheet(u"color: #c0392b;")
        self.skuError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.skuError)

        self.nameEditLabel = QLabel(ProductDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(ProductDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(ProductDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setVisible(False)
        self.nameError.setStyleSheet(u"color: #c0392b;")
        self.nameError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.unitEditLabel = QLabel(ProductDialog)
        self.unitEditLabel.setObjectName(u"unitEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unitEditLabel)

        self.unitEdit = QLineEdit(ProductDialog)
        self.unitEdit.setObjectName(u"unitEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.listPriceEditLabel = QLabel(ProductDialog)
        self.listPriceEditLabel.setObjectName(u"listPriceEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.listPriceEditLabel)

        self.listPriceEdit = QLineEdit(ProductDialog)
        self.listPriceEdit.setObjectName(u"listPriceEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.listPriceEdit)

        self.listPriceError = QLabel(ProductDialog)
        self.listPriceError.setObjectName(u"listPriceError")
        self.listPriceError.setVisible(False)
        self.listPriceError.setStyleSheet(u"color: #c0392b;")
        self.listPriceError.setWordWrap(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.listPriceError)

        self.currencyComboLabel = QLabel(ProductDialog)
        self.currencyComboLabel.setObjectName(u"currencyComboLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.currencyComboLabel)

        self.currencyCombo = QComboBox(ProductDialog)
        self.currencyCombo.setObjectName(u"currencyCombo")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.currencyCombo)

        self.currencyError = QLabel(ProductDialog)
        self.currencyError.setObjectName(u"currencyError")
        self.currencyError.setVisible(False)
        self.currencyError.setStyleSheet(u"color: #c0392b;")
        self.currencyError.setWordWrap(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.currencyError)

        self.stockEditLabel = QLabel(ProductDialog)
        self.stockEditLabel.setObjectName(u"stockEditLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.stockEditLabel)

        self.stockEdit = QLineEdit(ProductDialog)
        self.stockEdit.setObjectName(u"stockEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.stockEdit)

        self.stockOnHandError = QLabel(ProductDialog)
        self.stockOnHandError.setObjectName(u"stockOnHandError")
        self.stockOnHandError.setVisible(False)
        self.stockOnHandError.setStyleSheet(u"color: #c0392b;")
        self.stockOnHandError.setWordWrap(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.stockOnHandError)

        self.activeCheck = QCheckBox(ProductDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.verticalLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ProductDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.skuEditLabel.setBuddy(self.skuEdit)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.unitEditLabel.setBuddy(self.unitEdit)
        self.listPriceEditLabel.setBuddy(self.listPriceEdit)
        self.currencyComboLabel.setBuddy(self.currencyCombo)
        self.stockEditLabel.setBuddy(self.stockEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProductDialog)
        self.buttonBox.rejected.connect(ProductDialog.reject)
    # setupUi

    def retranslateUi(self, ProductDialog):
        ProductDialog.setWindowTitle(QCoreApplication.translate("ProductDialog", u"Product", None))
        self.skuEditLabel.setText(QCoreApplication.translate("ProductDialog", u"&SKU:", None))
        self.nameEditLabel.setText(QCoreApplication.translate("ProductDialog", u"&Name:", None))
        self.unitEditLabel.setText(QCoreApplication.translate("ProductDialog", u"&Unit:", None))
        self.listPriceEditLabel.setText(QCoreApplication.translate("ProductDialog", u"List &price:", None))
        self.currencyComboLabel.setText(QCoreApplication.translate("ProductDialog", u"&Currency:", None))
        self.stockEditLabel.setText(QCoreApplication.translate("ProductDialog", u"&Opening stock:", None))
        self.activeCheck.setText(QCoreApplication.translate("ProductDialog", u"&Active (can be added to new quotes and orders)", None))
    # retranslateUi

