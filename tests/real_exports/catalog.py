"""Every fixture generator by name (the 50,000-row CSV apart: tests of its own)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.real_exports import (
    chinese_crm,
    chinese_erp,
    dynamics,
    google_outlook,
    hubspot,
    odd_files,
    salesforce,
    vcards,
    zoho_pipedrive,
)
from tests.real_exports.expected import Fixture

GENERATORS: dict[str, Callable[[Path], Fixture]] = {
    "salesforce_report_xlsx": salesforce.report_xlsx,
    "salesforce_report_csv": salesforce.report_csv,
    "salesforce_data_export": salesforce.data_export_csv,
    "hubspot_csv": hubspot.contacts_csv,
    "hubspot_xlsx": hubspot.contacts_xlsx,
    "zoho_csv": zoho_pipedrive.zoho_csv,
    "pipedrive_csv": zoho_pipedrive.pipedrive_csv,
    "dynamics_xlsx": dynamics.active_contacts_xlsx,
    "google_csv": google_outlook.google_csv,
    "outlook_csv": google_outlook.outlook_csv,
    "outlook_zh_csv": google_outlook.outlook_zh_csv,
    "icloud_vcf": vcards.icloud_vcf,
    "android_vcf": vcards.android_vcf,
    "fxiaoke_xlsx": chinese_crm.fxiaoke_xlsx,
    "xiaoshouyi_xlsx": chinese_crm.xiaoshouyi_xlsx,
    "wukong_xlsx": chinese_crm.wukong_xlsx,
    "dingtalk_xlsx": chinese_crm.dingtalk_xlsx,
    "wecom_xlsx": chinese_crm.wecom_xlsx,
    "kingdee_xlsx": chinese_erp.kingdee_xlsx,
    "u8_xlsx": chinese_erp.u8_xlsx,
    "u8_xls": chinese_erp.u8_xls,
    "german_csv": odd_files.german_csv,
    "rare_chars_csv": odd_files.rare_chars_csv,
    "instructions_xlsx": odd_files.instructions_xlsx,
}


def make(name: str, folder: Path) -> Fixture:
    """The fixture written into its own folder under `folder`."""
    target = folder / name
    target.mkdir(parents=True, exist_ok=True)
    return GENERATORS[name](target)
