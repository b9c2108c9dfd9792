"""Files as other programs write them import with the right counts: Google Contacts, Outlook (zh,
GBK), WPS/Excel 97 xls, LibreOffice ods, Excel "Unicode text", Android and iPhone vCards."""

import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

from crm_desktop.domain.exchange.imports import ImportOptions

GOOGLE = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Nickname,Birthday,Notes,Labels,"
    "E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,"
    "Organization Name,Organization Title,Organization Department\r\n"
    "Wei,,Zhang,,,1985-03-12,Met at Canton Fair,* myContacts ::: VIP,* Work,zhang.wei@huaxin.cn,Mobile,"
    "+86 138 0013 8000,Work,010-6234 5678,上海华信科技有限公司,Purchasing Manager,Purchasing\r\n"
    "John,,Smith,,,,,* myContacts,* Home,john@example.com,Mobile,+1 415-555-0100 ::: +1 415-555-0199,,,"
    "Acme Inc.,CEO,\r\n"
    ",,,,,,,* myContacts,,,,,,,,,\r\n"  # an empty contact: skipped silently
)

OUTLOOK_ZH = (
    '"名","中间名","姓","称谓","公司","部门","职务","商务电话","住宅电话","移动电话","电子邮件地址","备注","生日"\r\n'
    '"伟","","张","先生","上海华信科技有限公司","采购部","采购经理","(010) 62345678","","13800138000",'
    '"zhang.wei@huaxin.cn","","1985/3/12"\r\n'
    '"娜","","李","女士","北京东方贸易有限公司","","","","","13912345678","li.na@dongfang.cn","老客户","0/0/00"\r\n'
)


def test_google_contacts_csv(crm, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text(GOOGLE, encoding="utf-8")
    result = crm.imports.run(path, ImportOptions())
    assert (result.created, result.errors) == (2, 0)
    zhang = crm.customers.get_contact(crm.search.search("zhang.wei")[0].id)
    assert (zhang.name, zhang.mobile, zhang.phone, zhang.title) == (
        "Wei Zhang", "+8613800138000", "+861062345678", "Purchasing Manager")
    john = crm.customers.get_contact(crm.search.search("john@example.com")[0].id)
    assert john.mobile == "+14155550100" and john.account_name == "Acme Inc."


def test_outlook_chinese_csv_in_gbk(crm, tmp_path):
    path = tmp_path / "outlook.csv"
    path.write_bytes(OUTLOOK_ZH.encode("gbk"))
    result = crm.imports.run(path, ImportOptions())
    assert (result.created, result.errors) == (2, 0)
    zhang = crm.customers.get_contact(crm.search.search("张伟")[0].id)
    assert (zhang.title, zhang.department, zhang.birthday.isoformat()) == ("采购经理", "采购部", "1985-03-12")
    assert crm.customers.get_contact(crm.search.search("李娜")[0].id).birthday is None


def test_excel_unicode_text(crm, tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_text("姓名\t手机\t公司\n张伟\t13800138000\t华信\n王芳\t1.38001E+10\t华信\n", encoding="utf-16")
    result = crm.imports.run(path, ImportOptions())
    assert (result.created, result.errors, result.warnings) == (2, 0, 1)  # 王芳 kept, her number for review


def test_xls_from_wps_with_a_hidden_first_sheet(crm, tmp_path):
    book = xlwt.Workbook(encoding="utf-8")
    hidden = book.add_sheet("旧数据")
    hidden.write(0, 0, "姓名")
    hidden.visibility = 1
    sheet = book.add_sheet("客户名单")
    for col, title in enumerate(["姓名", "手机号码", "单位名称", "职务"]):
        sheet.write(0, col, title)
    sheet.write(1, 0, "张伟")
    sheet.write(1, 1, 13800138000)  # a number cell, as Excel keeps typed phones
    sheet.write(1, 2, "上海华信科技有限公司")
    sheet.write(2, 0, "王芳")
    sheet.write(2, 1, "137-0000-1111")
    path = tmp_path / "wps.xls"
    book.save(str(path))
    overview = crm.imports.inspect(path)
    assert overview.sheet == "客户名单" and ("旧数据", True) in overview.sheets
    result = crm.imports.run(path, ImportOptions())
    assert (result.created, result.accounts_created) == (2, 1)
    assert crm.search.search("13800138000")[0].name == "张伟"


def test_libreoffice_ods(crm, tmp_path):
    doc = OpenDocumentSpreadsheet()
    table = Table(name="Sheet1")
    for values in (["Name", "Mobile", "Company"], ["赵磊", "13600002222", "杭州云帆网络"]):
        row = TableRow()
        for value in values:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    doc.spreadsheet.addElement(table)
    path = tmp_path / "calc.ods"
    doc.save(str(path))
    assert crm.imports.run(path, ImportOptions()).created == 1
    assert crm.search.search("赵磊")[0].name == "赵磊"


def test_phone_vcards(crm, tmp_path):
    android = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0;=E4=BC=9F;;;\r\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0=E4=BC=9F\r\nTEL;CELL:138-0013-8000\r\n"
        "TEL;WORK:010-62345678\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李娜\r\nN:李;娜;;;\r\nORG:北京东方贸易有限公司;销售部\r\n"
        "item1.TEL;type=CELL:+86 139 1234 5678\r\nEMAIL;type=INTERNET:li.na@dongfang.cn\r\n"
        "NOTE:见面聊过\\, 很有兴趣\r\nEND:VCARD\r\n"
    )
    path = tmp_path / "contacts.vcf"
    path.write_text(android, encoding="utf-8")
    result = crm.imports.run(path, ImportOptions())
    assert (result.created, result.errors) == (2, 0)
    li = crm.customers.get_contact(crm.search.search("李娜")[0].id)
    assert (li.account_name, li.department, li.notes) == ("北京东方贸易有限公司", "销售部", "见面聊过, 很有兴趣")
