"""Write data/import-template.xlsx: bilingual contact and account sheets with examples, and a help sheet."""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402
from openpyxl.worksheet.datavalidation import DataValidation  # noqa: E402
from openpyxl.xml.functions import tostring  # noqa: E402

from crm_desktop.interchange.cells import display_width  # noqa: E402
from crm_desktop.interchange.fields import ACCOUNT_EXPORT, CONTACT_EXPORT, field_spec  # noqa: E402
from crm_desktop.interchange.xlsx_writer import HEADER_FILL  # noqa: E402

OUT = ROOT / "data" / "import-template.xlsx"
FORMATTED_ROWS = 1000  # rows whose phone cells are text and date cells yyyy-mm-dd before anyone types
# Fixed, so that running the script again leaves the file byte for byte as it was.
STAMP = datetime(2024, 1, 1)
ZIP_STAMP = (2024, 1, 1, 0, 0, 0)
PHONES, DATES = {"mobile", "phone"}, {"birthday"}
# The app's own Chinese labels (gui/common/labels.py); the import also reads English and common synonyms.
CHOICES = {"level": "A,B,C,D", "status": "线索,意向客户,客户,休眠,流失",
           "source": "展会,转介绍,网站,陌生拜访,营销活动,其他"}

CONTACT_ROWS = [
    ["张伟", "上海华信科技有限公司", "销售经理", "销售部", "13800138000", "021-58881234", "zhangwei@example.com",
     "zhangwei_sh", date(1985, 6, 15), "VIP，展会", "2024 年上海展会认识"],
    ["欧阳娜娜", "北京远景贸易有限公司", "采购总监", "采购部", "13912345678", "010-62345678", "ouyang.nana@example.cn",
     None, date(1990, 11, 2), "转介绍", None],
    ["李静", "上海华信科技有限公司", "财务主管", "财务部", None, "010-62345678", "lijing@example.com", "lijing88",
     None, "", "只有座机也可以"],
]
ACCOUNT_ROWS = [
    ["上海华信科技有限公司", "华信科技", "软件", "A", "客户", "展会", "021-58881234", "www.example.com", "中国",
     "上海市", "上海市", "浦东新区", "张江路 88 号", "重点客户", "年度框架合同"],
    ["北京远景贸易有限公司", "远景贸易", "贸易", "B", "意向客户", "转介绍", "010-62345678", None, "中国",
     "北京市", "北京市", "海淀区", "中关村大街 1 号", None, "张伟介绍"],
]
HELP = [
    ("说明", "Instructions"),
    ("每行填写一位联系人（或一家客户）；第一行是表头，请保留。",
     "One row per contact (or account); keep the headers in the first row."),
    ("带 * 的列必须填写：联系人的“姓名”，客户的“客户名称”。其他列可以留空。",
     "Columns marked * are required: Name for contacts, Company for accounts. Others may stay empty."),
    ("手机和电话列是文本格式：直接输入 13800138000、010-62345678，Excel 会保留每一位数字。",
     "Mobile and Phone are text columns: type 13800138000 or 010-62345678 and Excel keeps every digit."),
    ("日期写成 年-月-日，例如 1985-06-15。", "Write dates as yyyy-mm-dd, for example 1985-06-15."),
    ("“公司”填写公司全称：导入时联系人会关联到这家客户，没有则新建。",
     "Company: the full company name; the contact is linked to that account, which is created if new."),
    ("多个标签用逗号分隔，例如：VIP，展会。", "Separate several tags with commas, for example: VIP, 展会."),
    ("客户级别填 A、B、C 或 D；客户状态和客户来源可从下拉列表中选择。",
     "Level is A, B, C or D; choose Status and Source from the drop-down lists."),
    ("示例行可以直接覆盖或删除。", "Overwrite or delete the example rows."),
]


def header(entity: str, key: str) -> str:
    spec = field_spec(entity, key)
    return f"{spec.zh} {spec.en}" + (" *" if key == "name" else "")


def add_sheet(wb: Workbook, title: str, entity: str, keys: tuple[str, ...], rows: list[list]) -> None:
    ws = wb.create_sheet(title)
    ws.append([header(entity, key) for key in keys])
    for row in rows:
        ws.append(row)
    fill = PatternFill("solid", fgColor=HEADER_FILL)
    for col, key in enumerate(keys, 1):
        cell = ws.cell(1, col)
        cell.font = Font(bold=True, color="C00000" if key == "name" else None)
        cell.fill = fill
        letter = get_column_letter(col)
        widest = max(display_width(v) for v in [cell.value, *(r[col - 1] for r in rows)] if v is not None)
        ws.column_dimensions[letter].width = min(max(widest + 2, 10), 40)
        number_format = "@" if key in PHONES else "yyyy-mm-dd" if key in DATES else None
        for row in range(2, FORMATTED_ROWS + 2) if number_format else ():
            ws.cell(row, col).number_format = number_format
        if key in CHOICES:
            rule = DataValidation(type="list", formula1=f'"{CHOICES[key]}"', allow_blank=True,
                                  showErrorMessage=True, errorStyle="warning",
                                  error=f"建议使用 Suggested: {CHOICES[key]}", errorTitle=header(entity, key))
            rule.add(f"{letter}2:{letter}{FORMATTED_ROWS + 1}")
            ws.add_data_validation(rule)
    ws.freeze_panes = "A2"


def build() -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    add_sheet(wb, "联系人 Contacts", "contact", CONTACT_EXPORT, CONTACT_ROWS)
    add_sheet(wb, "客户 Accounts", "account", ACCOUNT_EXPORT, ACCOUNT_ROWS)
    ws = wb.create_sheet("说明 Help")
    for row in HELP:
        ws.append(row)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    for letter, width in (("A", 70), ("B", 90)):
        ws.column_dimensions[letter].width = width
        for cell in ws[letter]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    wb.properties.title = "CRM import template / 导入模板"
    wb.properties.creator = "crm-desktop"
    wb.properties.created = STAMP
    return wb


def deterministic(wb: Workbook) -> bytes:
    """The saved workbook with fixed dates: openpyxl stamps `modified` and the zip entries with now."""
    raw = io.BytesIO()
    wb.save(raw)
    wb.properties.modified = STAMP
    core = tostring(wb.properties.to_tree())
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, ZIP_STAMP)
            entry.create_system = 0
            body = core if info.filename == "docProps/core.xml" else src.read(info)
            dst.writestr(entry, body, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def main() -> None:
    data = deterministic(build())
    if OUT.exists() and OUT.read_bytes() == data:
        print(f"{OUT.relative_to(ROOT)} is up to date")
        return
    OUT.write_bytes(data)
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
