# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_login_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SyncLoginDialog(object):
    def setupUi(self, SyncLoginDialog):
        if not SyncLoginDialog.objectName():
            SyncLoginDialog.setObjectName(u"SyncLoginDialog")
        SyncLoginDialog.resize(460, 300)
        self.verticalLayout = QVBoxLayout(SyncLoginDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(SyncLoginDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.serverEditLabel = QLabel(SyncLoginDialog)
        self.serverEditLabel.setObjectName(u"serverEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverEditLabel)

        self.serverEdit = QLineEdit(SyncLoginDialog)
        self.serverEdit.setObjectName(u"serverEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serverEdit)

        self.caBundleEditLabel = QLabel(SyncLoginDialog)
        self.caBundleEditLabel.setObjectName(u"caBundleEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.caBundleEditLabel)

        self.caBundleRow = QHBoxLayout()
        self.caBundleRow.setObjectName(u"caBundleRow")
        self.caBundleEdit = QLineEdit(SyncLoginDialog)
        self.caBundleEdit.setObjectName(u"caBundleEdit")

        self.caBundleRow.addWidget(self.caBundleEdit)

        self.caBundleButton = QPushButton(SyncLoginDialog)
        self.caBundleButton.setObjectName(u"caBundleButton")

        self.caBundleRow.addWidget(self.caBundleButton)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.caBundleRow)

        self.usernameEditLabel = QLabel(SyncLoginDialog)
        self.usernameEditLabel.setObjectName(u"usernameEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.usernameEditLabel)

        self.usernameEdit = QLineEdit(SyncLoginDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordEditLabel = QLabel(SyncLoginDialog)
        self.passwordEditLabel.setObjectName(u"passwordEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordEditLabel)

        self.passwordEdit = QLineEdit(SyncLoginDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(SyncLoginDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setVisible(False)
        self.messageLabel.setStyleSheet(u"color: #c0392b;")
        self.messageLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SyncLoginDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.serverEditLabel.setBuddy(self.serverEdit)
        self.caBundleEditLabel.setBuddy(self.caBundleEdit)
        self.usernameEditLabel.setBuddy(self.usernameEdit)
        self.passwordEditLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SyncLoginDialog)
        self.buttonBox.rejected.connect(SyncLoginDialog.reject)
    # setupUi

    def retranslateUi(self, SyncLoginDialog):
        SyncLoginDialog.setWindowTitle(QCoreApplication.translate("SyncLoginDialog", u"Connect to the company server", None))
        self.introLabel.setText(QCoreApplication.translate("SyncLoginDialog", u"Your changes stay on this computer and are sent whenever the server can be reached. The password is exchanged for a login that is kept in the system keyring; the password itself is never saved.", None))
        self.serverEditLabel.setText(QCoreApplication.translate("SyncLoginDialog", u"&Server:", None))
        self.serverEdit.setPlaceholderText(QCoreApplication.translate("SyncLoginDialog", u"https://crm.example.com", None))
        self.caBundleEditLabel.setText(QCoreApplication.translate("SyncLoginDialog", u"Company &CA:", None))
        self.caBundleEdit.setPlaceholderText(QCoreApplication.translate("SyncLoginDialog", u"Only if your company runs its own certificate authority", None))
        self.caBundleButton.setText(QCoreApplication.translate("SyncLoginDialog", u"C&hoose\u2026", None))
        self.usernameEditLabel.setText(QCoreApplication.translate("SyncLoginDialog", u"&Username:", None))
        self.passwordEditLabel.setText(QCoreApplication.translate("SyncLoginDialog", u"&Password:", None))
    # retranslateUi

