# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ticket_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout,
    QWidget)

class Ui_TicketDialog(object):
    def setupUi(self, TicketDialog):
        if not TicketDialog.objectName():
            TicketDialog.setObjectName(u"TicketDialog")
        TicketDialog.resize(980, 660)
        self.verticalLayout = QVBoxLayout(TicketDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.numberLabel = QLabel(TicketDialog)
        self.numberLabel.setObjectName(u"numberLabel")
        self.numberLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.numberLabel)

        self.statusLabel = QLabel(TicketDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.headerLayout.addWidget(self.statusLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")

        self.headerLayout.addLayout(self.actionsLayout)


        self.verticalLayout.addLayout(self.headerLayout)

        self.generalError = QLabel(TicketDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setVisible(False)
        self.generalError.setStyleSheet(u"color: #c0392b;")
        self.generalError.setWordWrap(True)

        self.verticalLayout.addWidget(self.generalError)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.subjectEditLabel = QLabel(TicketDialog)
        self.subjectEditLabel.setObjectName(u"subjectEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subjectEditLabel)

        self.subjectEdit = QLineEdit(TicketDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.subjectError = QLabel(TicketDialog)
        self.subjectError.setObjectName(u"subjectError")
        self.subjectError.setVisible(False)
        self.subjectError.setStyleSheet(u"color: #c0392b;")
        self.subjectError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subjectError)

        self.typeComboLabel = QLabel(TicketDialog)
        self.typeComboLabel.setObjectName(u"typeComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.typeComboLabel)

        self.typeCombo = QComboBox(TicketDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.typeError = QLabel(TicketDialog)
        self.typeError.setObjectName(u"typeError")
        self.typeError.setVisible(False)
        self.typeError.setStyleSheet(u"color: #c0392b;")
        self.typeError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.typeError)

        self.channelComboLabel = QLabel(TicketDialog)
        self.channelComboLabel.setObjectName(u"channelComboLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.channelComboLabel)

        self.channelCombo = QComboBox(TicketDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.channelError = QLabel(TicketDialog)
        self.channelError.setObjectName(u"channelError")
        self.channelError.setVisible(False)
        self.channelError.setStyleSheet(u"color: #c0392b;")
        self.channelError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.channelError)

        self.priorityComboLabel = QLabel(TicketDialog)
        self.priorityComboLabel.setObjectName(u"priorityComboLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.priorityComboLabel)

        self.priorityCombo = QComboBox(TicketDialog)
        self.priorityCombo.setObjectName(u"priorityCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.priorityCombo)

        self.priorityError = QLabel(TicketDialog)
        self.priorityError.setObjectName(u"priorityError")
        self.priorityError.setVisible(False)
        self.priorityError.setStyleSheet(u"color: #c0392b;")
        self.priorityError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.priorityError)

        self.accountComboLabel = QLabel(TicketDialog)
        self.accountComboLabel.setObjectName(u"accountComboLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.accountComboLabel)

        self.accountCombo = QComboBox(TicketDialog)
        self.accountCombo.setObjectName(u"accountCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.accountCombo)

        self.accountError = QLabel(TicketDialog)
        self.accountError.setObjectName(u"accountError")
        self.accountError.setVisible(False)
        self.accountError.setStyleSheet(u"color: #c0392b;")
        self.accountError.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.accountError)

        self.contactComboLabel = QLabel(TicketDialog)
        self.contactComboLabel.setObjectName(u"contactComboLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.contactComboLabel)

        self.contactCombo = QComboBox(TicketDialog)
        self.contactCombo.setObjectName(u"contactCombo")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.contactCombo)

        self.contactError = QLabel(TicketDialog)
        self.contactError.setObjectName(u"contactError")
        self.contactError.setVisible(False)
        self.contactError.setStyleSheet(u"color: #c0392b;")
        self.contactError.setWordWrap(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.contactError)

        self.assigneeComboLabel = QLabel(TicketDialog)
        self.assigneeComboLabel.setObjectName(u"assigneeComboLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.assigneeComboLabel)

        self.assigneeCombo = QComboBox(TicketDialog)
        self.assigneeCombo.setObjectName(u"assigneeCombo")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.assigneeCombo)

        self.assigneeError = QLabel(TicketDialog)
        self.assigneeError.setObjectName(u"assigneeError")
        self.assigneeError.setVisible(False)
        self.assigneeError.setStyleSheet(u"color: #c0392b;")
        self.assigneeError.setWordWrap(True)

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.assigneeError)

        self.descriptionEditLabel = QLabel(TicketDialog)
        self.descriptionEditLabel.setObjectName(u"descriptionEditLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.descriptionEditLabel)

        self.descriptionEdit = QPlainTextEdit(TicketDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.leftLayout.addLayout(self.formLayout)

        self.slaGroup = QGroupBox(TicketDialog)
        self.slaGroup.setObjectName(u"slaGroup")
        self.slaLayout = QFormLayout(self.slaGroup)
        self.slaLayout.setObjectName(u"slaLayout")
        self.firstDueCaption = QLabel(self.slaGroup)
        self.firstDueCaption.setObjectName(u"firstDueCaption")

        self.slaLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstDueCaption)

        self.firstDueValue = QLabel(self.slaGroup)
        self.firstDueValue.setObjectName(u"firstDueValue")

        self.slaLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstDueValue)

        self.firstAtCaption = QLabel(self.slaGroup)
        self.firstAtCaption.setObjectName(u"firstAtCaption")

        self.slaLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.firstAtCaption)

        self.firstAtValue = QLabel(self.slaGroup)
        self.firstAtValue.setObjectName(u"firstAtValue")

        self.slaLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstAtValue)

        self.resolutionDueCaption = QLabel(self.slaGroup)
        self.resolutionDueCaption.setObjectName(u"resolutionDueCaption")

        self.slaLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.resolutionDueCaption)

        self.resolutionDueValue = QLabel(self.slaGroup)
        self.resolutionDueValue.setObjectName(u"resolutionDueValue")

        self.slaLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.resolutionDueValue)

        self.resolvedAtCaption = QLabel(self.slaGroup)
        self.resolvedAtCaption.setObjectName(u"resolvedAtCaption")

        self.slaLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.resolvedAtCaption)

        self.resolvedAtValue = QLabel(self.slaGroup)
        self.resolvedAtValue.setObjectName(u"resolvedAtValue")

        self.slaLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.resolvedAtValue)

        self.slaStateCaption = QLabel(self.slaGroup)
        self.slaStateCaption.setObjectName(u"slaStateCaption")

        self.slaLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.slaStateCaption)

        self.slaStateValue = QLabel(self.slaGroup)
        self.slaStateValue.setObjectName(u"slaStateValue")

        self.slaLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.slaStateValue)

        self.slaNoteLabel = QLabel(self.slaGroup)
        self.slaNoteLabel.setObjectName(u"slaNoteLabel")
        self.slaNoteLabel.setStyleSheet(u"color: #7f8c8d;")
        self.slaNoteLabel.setWordWrap(True)

        self.slaLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.slaNoteLabel)


        self.leftLayout.addWidget(self.slaGroup)


        self.bodyLayout.addLayout(self.leftLayout)

        self.activityPanel = QWidget(TicketDialog)
        self.activityPanel.setObjectName(u"activityPanel")
        self.activityLayout = QVBoxLayout(self.activityPanel)
        self.activityLayout.setObjectName(u"activityLayout")
        self.activityLayout.setContentsMargins(0, 0, 0, 0)
        self.historyGroup = QGroupBox(self.activityPanel)
        self.historyGroup.setObjectName(u"historyGroup")
        self.historyLayout = QVBoxLayout(self.historyGroup)
        self.historyLayout.setObjectName(u"historyLayout")
        self.commentEdit = QPlainTextEdit(self.historyGroup)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setMaximumSize(QSize(16777215, 64))
        self.commentEdit.setTabChangesFocus(True)

        self.historyLayout.addWidget(self.commentEdit)

        self.commentLayout = QHBoxLayout()
        self.commentLayout.setObjectName(u"commentLayout")
        self.commentError = QLabel(self.historyGroup)
        self.commentError.setObjectName(u"commentError")
        self.commentError.setVisible(False)
        self.commentError.setStyleSheet(u"color: #c0392b;")
        self.commentError.setWordWrap(True)

        self.commentLayout.addWidget(self.commentError)

        self.commentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.commentLayout.addItem(self.commentSpacer)

        self.addCommentButton = QPushButton(self.historyGroup)
        self.addCommentButton.setObjectName(u"addCommentButton")
        self.addCommentButton.setAutoDefault(False)

        self.commentLayout.addWidget(self.addCommentButton)


        self.historyLayout.addLayout(self.commentLayout)


        self.activityLayout.addWidget(self.historyGroup)

        self.satisfactionGroup = QGroupBox(self.activityPanel)
        self.satisfactionGroup.setObjectName(u"satisfactionGroup")
        self.satisfactionLayout = QVBoxLayout(self.satisfactionGroup)
        self.satisfactionLayout.setObjectName(u"satisfactionLayout")
        self.scoreLayout = QHBoxLayout()
        self.scoreLayout.setObjectName(u"scoreLayout")
        self.scoreCaption = QLabel(self.satisfactionGroup)
        self.scoreCaption.setObjectName(u"scoreCaption")

        self.scoreLayout.addWidget(self.scoreCaption)

        self.scoreButton1 = QToolButton(self.satisfactionGroup)
        self.scoreButton1.setObjectName(u"scoreButton1")
        self.scoreButton1.setText(u"\u2606")
        self.scoreButton1.setAutoRaise(True)

        self.scoreLayout.addWidget(self.scoreButton1)

        self.scoreButton2 = QToolButton(self.satisfactionGroup)
        self.scoreButton2.setObjectName(u"scoreButton2")
        self.scoreButton2.setText(u"\u2606")
        self.scoreButton2.setAutoRaise(True)

        self.scoreLayout.addWidget(self.scoreButton2)

        self.scoreButton3 = QToolButton(self.satisfactionGroup)
        self.scoreButton3.setObjectName(u"scoreButton3")
        self.scoreButton3.setText(u"\u2606")
        self.scoreButton3.setAutoRaise(True)

        self.scoreLayout.addWidget(self.scoreButton3)

        self.scoreButton4 = QToolButton(self.satisfactionGroup)
        self.scoreButton4.setObjectName(u"scoreButton4")
        self.scoreButton4.setText(u"\u2606")
        self.scoreButton4.setAutoRaise(True)

        self.scoreLayout.addWidget(self.scoreButton4)

        self.scoreButton5 = QToolButton(self.satisfactionGroup)
        self.scoreButton5.setObjectName(u"scoreButton5")
        self.scoreButton5.setText(u"\u2606")
        self.scoreButton5.setAutoRaise(True)

        self.scoreLayout.addWidget(self.scoreButton5)

        self.scoreSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scoreLayout.addItem(self.scoreSpacer)


        self.satisfactionLayout.addLayout(self.scoreLayout)

        self.recordLayout = QHBoxLayout()
        self.recordLayout.setObjectName(u"recordLayout")
        self.satisfactionCommentEdit = QLineEdit(self.satisfactionGroup)
        self.satisfactionCommentEdit.setObjectName(u"satisfactionCommentEdit")

        self.recordLayout.addWidget(self.satisfactionCommentEdit)

        self.recordButton = QPushButton(self.satisfactionGroup)
        self.recordButton.setObjectName(u"recordButton")
        self.recordButton.setAutoDefault(False)

        self.recordLayout.addWidget(self.recordButton)


        self.satisfactionLayout.addLayout(self.recordLayout)

        self.satisfactionScoreError = QLabel(self.satisfactionGroup)
        self.satisfactionScoreError.setObjectName(u"satisfactionScoreError")
        self.satisfactionScoreError.setVisible(False)
        self.satisfactionScoreError.setStyleSheet(u"color: #c0392b;")
        self.satisfactionScoreError.setWordWrap(True)

        self.satisfactionLayout.addWidget(self.satisfactionScoreError)

        self.satisfactionHint = QLabel(self.satisfactionGroup)
        self.satisfactionHint.setObjectName(u"satisfactionHint")
        self.satisfactionHint.setStyleSheet(u"color: #7f8c8d;")
        self.satisfactionHint.setWordWrap(True)

        self.satisfactionLayout.addWidget(self.satisfactionHint)


        self.activityLayout.addWidget(self.satisfactionGroup)


        self.bodyLayout.addWidget(self.activityPanel)

        self.bodyLayout.setStretch(0, 5)
        self.bodyLayout.setStretch(1, 6)

        self.verticalLayout.addLayout(self.bodyLayout)

        self.buttonBox = QDialogButtonBox(TicketDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.subjectEditLabel.setBuddy(self.subjectEdit)
        self.typeComboLabel.setBuddy(self.typeCombo)
        self.channelComboLabel.setBuddy(self.channelCombo)
        self.priorityComboLabel.setBuddy(self.priorityCombo)
        self.accountComboLabel.setBuddy(self.accountCombo)
        self.contactComboLabel.setBuddy(self.contactCombo)
        self.assigneeComboLabel.setBuddy(self.assigneeCombo)
        self.descriptionEditLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.subjectEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.priorityCombo)
        QWidget.setTabOrder(self.priorityCombo, self.accountCombo)
        QWidget.setTabOrder(self.accountCombo, self.contactCombo)
        QWidget.setTabOrder(self.contactCombo, self.assigneeCombo)
        QWidget.setTabOrder(self.assigneeCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.commentEdit)
        QWidget.setTabOrder(self.commentEdit, self.addCommentButton)
        QWidget.setTabOrder(self.addCommentButton, self.scoreButton1)
        QWidget.setTabOrder(self.scoreButton1, self.scoreButton2)
        QWidget.setTabOrder(self.scoreButton2, self.scoreButton3)
        QWidget.setTabOrder(self.scoreButton3, self.scoreButton4)
        QWidget.setTabOrder(self.scoreButton4, self.scoreButton5)
        QWidget.setTabOrder(self.scoreButton5, self.satisfactionCommentEdit)
        QWidget.setTabOrder(self.satisfactionCommentEdit, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.buttonBox)

        self.retranslateUi(TicketDialog)
    # setupUi

    def retranslateUi(self, TicketDialog):
        TicketDialog.setWindowTitle(QCoreApplication.translate("TicketDialog", u"Ticket", None))
        self.subjectEditLabel.setText(QCoreApplication.translate("TicketDialog", u"Su&bject:", None))
        self.subjectEdit.setPlaceholderText(QCoreApplication.translate("TicketDialog", u"What is the problem, in a few words?", None))
        self.typeComboLabel.setText(QCoreApplication.translate("TicketDialog", u"&Type:", None))
        self.channelComboLabel.setText(QCoreApplication.translate("TicketDialog", u"C&hannel:", None))
        self.priorityComboLabel.setText(QCoreApplication.translate("TicketDialog", u"&Priority:", None))
        self.accountComboLabel.setText(QCoreApplication.translate("TicketDialog", u"&Account:", None))
        self.contactComboLabel.setText(QCoreApplication.translate("TicketDialog", u"C&ontact:", None))
        self.assigneeComboLabel.setText(QCoreApplication.translate("TicketDialog", u"Ass&ignee:", None))
        self.descriptionEditLabel.setText(QCoreApplication.translate("TicketDialog", u"&Description:", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("TicketDialog", u"What the customer reported, model, serial number\u2026", None))
        self.slaGroup.setTitle(QCoreApplication.translate("TicketDialog", u"Service level", None))
        self.firstDueCaption.setText(QCoreApplication.translate("TicketDialog", u"First response due:", None))
        self.firstAtCaption.setText(QCoreApplication.translate("TicketDialog", u"Answered:", None))
        self.resolutionDueCaption.setText(QCoreApplication.translate("TicketDialog", u"Resolution due:", None))
        self.resolvedAtCaption.setText(QCoreApplication.translate("TicketDialog", u"Resolved:", None))
        self.slaStateCaption.setText(QCoreApplication.translate("TicketDialog", u"SLA:", None))
        self.historyGroup.setTitle(QCoreApplication.translate("TicketDialog", u"History", None))
        self.commentEdit.setPlaceholderText(QCoreApplication.translate("TicketDialog", u"Write a comment; Ctrl+Enter adds it", None))
        self.addCommentButton.setText(QCoreApplication.translate("TicketDialog", u"Add co&mment", None))
        self.satisfactionGroup.setTitle(QCoreApplication.translate("TicketDialog", u"Customer satisfaction", None))
        self.scoreCaption.setText(QCoreApplication.translate("TicketDialog", u"Score:", None))
        self.satisfactionCommentEdit.setPlaceholderText(QCoreApplication.translate("TicketDialog", u"What did the customer say?", None))
        self.recordButton.setText(QCoreApplication.translate("TicketDialog", u"&Record", None))
    # retranslateUi

