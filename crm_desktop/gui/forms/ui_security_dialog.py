# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'security_dialog.ui'
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
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SecurityDialog(object):
    def setupUi(self, SecurityDialog):
        if not SecurityDialog.objectName():
            SecurityDialog.setObjectName(u"SecurityDialog")
        SecurityDialog.resize(560, 420)
        self.verticalLayout = QVBoxLayout(SecurityDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.encryptionGroup = QGroupBox(SecurityDialog)
        self.encryptionGroup.setObjectName(u"encryptionGroup")
        self.encryptionLayout = QVBoxLayout(self.encryptionGroup)
        self.encryptionLayout.setObjectName(u"encryptionLayout")
        self.encryptionLabel = QLabel(self.encryptionGroup)
        self.encryptionLabel.setObjectName(u"encryptionLabel")
        self.encryptionLabel.setWordWrap(True)

        self.encryptionLayout.addWidget(self.encryptionLabel)

        self.encryptionRow = QHBoxLayout()
        self.encryptionRow.setObjectName(u"encryptionRow")
        self.encryptButton = QPushButton(self.encryptionGroup)
        self.encryptButton.setObjectName(u"encryptButton")

        self.encryptionRow.addWidget(self.encryptButton)

        self.recoveryButton = QPushButton(self.encryptionGroup)
        self.recoveryButton.setObjectName(u"recoveryButton")

        self.encryptionRow.addWidget(self.recoveryButton)

        self.encryptionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.encryptionRow.addItem(self.encryptionSpacer)


        self.encryptionLayout.addLayout(self.encryptionRow)


        self.verticalLayout.addWidget(self.encryptionGroup)

        self.backupGroup = QGroupBox(SecurityDialog)
        self.backupGroup.setObjectName(u"backupGroup")
        self.backupLayout = QFormLayout(self.backupGroup)
        self.backupLayout.setObjectName(u"backupLayout")
        self.keepSpinLabel = QLabel(self.backupGroup)
        self.keepSpinLabel.setObjectName(u"keepSpinLabel")

        self.backupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.keepSpinLabel)

        self.keepSpin = QSpinBox(self.backupGroup)
        self.keepSpin.setObjectName(u"keepSpin")

        self.backupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.keepSpin)

        self.folderLabelLabel = QLabel(self.backupGroup)
        self.folderLabelLabel.setObjectName(u"folderLabelLabel")

        self.backupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.folderLabelLabel)

        self.folderLabel = QLabel(self.backupGroup)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folderLabel.setWordWrap(True)

        self.backupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.folderLabel)

        self.lastBackupLabelLabel = QLabel(self.backupGroup)
        self.lastBackupLabelLabel.setObjectName(u"lastBackupLabelLabel")

        self.backupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastBackupLabelLabel)

        self.lastBackupLabel = QLabel(self.backupGroup)
        self.lastBackupLabel.setObjectName(u"lastBackupLabel")

        self.backupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastBackupLabel)


        self.verticalLayout.addWidget(self.backupGroup)

        self.lockGroup = QGroupBox(SecurityDialog)
        self.lockGroup.setObjectName(u"lockGroup")
        self.lockLayout = QFormLayout(self.lockGroup)
        self.lockLayout.setObjectName(u"lockLayout")
        self.lockSpinLabel = QLabel(self.lockGroup)
        self.lockSpinLabel.setObjectName(u"lockSpinLabel")

        self.lockLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lockSpinLabel)

        self.lockSpin = QSpinBox(self.lockGroup)
        self.lockSpin.setObjectName(u"lockSpin")

        self.lockLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lockSpin)

        self.pinEditLabel = QLabel(self.lockGroup)
        self.pinEditLabel.setObjectName(u"pinEditLabel")

        self.lockLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pinEditLabel)

        self.pinEdit = QLineEdit(self.lockGroup)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.lockLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pinEdit)

        self.pinRepeatEditLabel = QLabel(self.lockGroup)
        self.pinRepeatEditLabel.setObjectName(u"pinRepeatEditLabel")

        self.lockLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pinRepeatEditLabel)

        self.pinRepeatEdit = QLineEdit(self.lockGroup)
        self.pinRepeatEdit.setObjectName(u"pinRepeatEdit")
        self.pinRepeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.lockLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pinRepeatEdit)

        self.pinStateLabel = QLabel(self.lockGroup)
        self.pinStateLabel.setObjectName(u"pinStateLabel")
        self.pinStateLabel.setWordWrap(True)

        self.lockLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pinStateLabel)


        self.verticalLayout.addWidget(self.lockGroup)

        self.messageLabel = QLabel(SecurityDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setVisible(False)
        self.messageLabel.setStyleSheet(u"color: #c0392b;")
        self.messageLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(SecurityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.keepSpinLabel.setBuddy(self.keepSpin)
        self.lockSpinLabel.setBuddy(self.lockSpin)
        self.pinEditLabel.setBuddy(self.pinEdit)
        self.pinRepeatEditLabel.setBuddy(self.pinRepeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SecurityDialog)
        self.buttonBox.rejected.connect(SecurityDialog.reject)
    # setupUi

    def retranslateUi(self, SecurityDialog):
        SecurityDialog.setWindowTitle(QCoreApplication.translate("SecurityDialog", u"Security and backups", None))
        self.encryptionGroup.setTitle(QCoreApplication.translate("SecurityDialog", u"Encryption", None))
        self.encryptButton.setText(QCoreApplication.translate("SecurityDialog", u"&Encrypt now\u2026", None))
        self.recoveryButton.setText(QCoreApplication.translate("SecurityDialog", u"Show &recovery key\u2026", None))
#if QT_CONFIG(tooltip)
        self.recoveryButton.setToolTip(QCoreApplication.translate("SecurityDialog", u"The key that opens the database if the system keyring loses it: write it down and keep it somewhere safe", None))
#endif // QT_CONFIG(tooltip)
        self.backupGroup.setTitle(QCoreApplication.translate("SecurityDialog", u"Backups", None))
        self.keepSpinLabel.setText(QCoreApplication.translate("SecurityDialog", u"&Daily backups to keep:", None))
#if QT_CONFIG(tooltip)
        self.keepSpin.setToolTip(QCoreApplication.translate("SecurityDialog", u"A backup is made once a day while the CRM runs; older ones beyond this number are deleted. 0 turns daily backups off.", None))
#endif // QT_CONFIG(tooltip)
        self.folderLabelLabel.setText(QCoreApplication.translate("SecurityDialog", u"Folder:", None))
        self.lastBackupLabelLabel.setText(QCoreApplication.translate("SecurityDialog", u"Newest backup:", None))
        self.lockGroup.setTitle(QCoreApplication.translate("SecurityDialog", u"App lock", None))
        self.lockSpinLabel.setText(QCoreApplication.translate("SecurityDialog", u"&Lock after idle minutes:", None))
#if QT_CONFIG(tooltip)
        self.lockSpin.setToolTip(QCoreApplication.translate("SecurityDialog", u"The window hides your data after this many minutes without a key press or mouse move, and when the CRM starts. 0 never locks.", None))
#endif // QT_CONFIG(tooltip)
        self.pinEditLabel.setText(QCoreApplication.translate("SecurityDialog", u"New &PIN or passphrase:", None))
        self.pinRepeatEditLabel.setText(QCoreApplication.translate("SecurityDialog", u"Repeat &it:", None))
    # retranslateUi

