"""Offline-first desktop CRM: domain rules, local store, controllers and the Qt window."""

__version__ = "0.1.0"
APP_NAME = "FieldCRM"
APP_ORG = "FieldCRM"
