"""Files odd in themselves: a German cp1252 semicolon CSV, GB18030 with rare characters, a workbook whose first
sheet is instructions, and a 50,000-row CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from tests.real_exports.expected import Fixture, Rows, person, write_sheet, write_text_csv

GERMAN = ["Anrede", "Vorname", "Nachname", "Firma", "Position", "Telefon geschäftlich", "Mobiltelefon",
          "Fax geschäftlich", "E-Mail-Adresse", "Straße geschäftlich", "Ort geschäftlich", "Postleitzahl geschäftlich",
          "Land/Region geschäftlich", "Geburtstag", "Kundennummer", "Erstellt am"]


def german_csv(folder: Path) -> Fixture:
    """A German CRM's (or German Excel's) "CSV (Trennzeichen-getrennt)": Windows-1252, semicolons, dd.mm.yyyy
    dates, national numbers with the country in German."""
    records = [
        (["Herr", "Thomas", "Weber", "Weber Maschinenbau AG", "Geschäftsführer", "089 12345670", "0170 1234567",
          "089 12345679", "thomas.weber@weber-maschinenbau.de", "Leopoldstraße 1", "München", "80802", "Deutschland",
          "01.03.1980", "K-10023", "15.03.2024"],
         dict(mobile="+491701234567", phone="+498912345670", phones=[("fax", "+498912345679")], country="DE")),
        (["Frau", "Anna", "Müller", "Schmidt & Partner GmbH", "Einkaufsleiterin", "0711 1234560", "0151 12345678",
          "0711 1234569", "anna.mueller@schmidt-partner.de", "Königstraße 28", "Stuttgart", "70173", "Deutschland",
          "12.07.1985", "K-10024", "22.04.2024"],
         dict(mobile="+4915112345678", phone="+497111234560", phones=[("fax", "+497111234569")], country="DE")),
        (["Herr", "Jürgen", "Groß", "Alpenblick Handels GmbH", "Vertrieb", "01 5125555", "+43 664 1234567", "",
          "j.gross@alpenblick.at", "Kärntner Straße 5", "Wien", "1010", "Österreich", "", "K-10025", "20.05.2024"],
         dict(mobile="+436641234567", phone="+4315125555", country="AT")),
        (["Frau", "Claudia", "Keller", "Keller Präzision AG", "Einkauf", "044 668 18 00", "079 123 45 67", "",
          "c.keller@keller-praezision.ch", "Bahnhofstrasse 10", "Zürich", "8001", "Schweiz", "", "K-10026",
          "14.06.2024"],
         dict(mobile="+41791234567", phone="+41446681800", country="CH")),
        (["Herr", "Stefan", "Schäfer", "Schäfer Logistik GmbH", "Disponent", "0711 12", "0160 9876543", "",
          "s.schaefer@schaefer-logistik.de", "Hauptstraße 5", "Esslingen", "73728", "Deutschland", "", "K-10027",
          "15.07.2024"],
         # Too short for a Stuttgart number: kept for review.
         dict(mobile="+491609876543", country="DE", review=[("phone", "0711 12")])),
        (["Mr", "James", "Whitfield", "Thames Components Ltd", "Buyer", "020 7946 0000", "07911 123458", "",
          "j.whitfield@thames-components.co.uk", "1 Fore Street", "London", "EC2Y 5EJ", "Vereinigtes Königreich", "",
          "K-10028", "27.08.2024"],
         dict(mobile="+447911123458", phone="+442079460000", country="GB")),
    ]
    rows = Rows(GERMAN)
    people = []
    for cells, extra in records:
        row = rows.add(cells)
        day, month, year = (int(p) for p in cells[15].split("."))
        people.append(person(f"{cells[1]} {cells[2]}", company=cells[3], email=cells[8], street=cells[9],
                             city=cells[10], postal_code=cells[11], created=date(year, month, day),
                             custom={"Kundennummer": cells[14]}, row=row, **extra))
    path = write_text_csv(folder / "Kontakte.csv", rows.rows, "cp1252", delimiter=";", quote_all=False)
    return Fixture(path, people, encoding="cp1252", delimiter=";")


IDEOGRAPHIC_SPACE = "\u3000"


def rare_chars_csv(folder: Path) -> Fixture:
    """A CSV saved by WPS in GB18030: characters outside the BMP (𠀀 𪚥 𡈼) and 䶮 in names and companies,
    and full-width spaces typed between family and given names."""
    records = [
        (f"张{IDEOGRAPHIC_SPACE}伟", "上海华信科技有限公司", "13800138000", "张伟", "+8613800138000"),
        (f"John{IDEOGRAPHIC_SPACE}Smith", "Acme Industrial Ltd", "+44 7911 123456", "John Smith", "+447911123456"),
        ("李𠀀", "𠀀源贸易有限公司", "13912345678", "李𠀀", "+8613912345678"),
        ("王𪚥", "深圳市腾达电子有限公司", "13700001111", "王𪚥", "+8613700001111"),
        ("刘䶮", "杭州云帆网络科技有限公司", "15867891234", "刘䶮", "+8615867891234"),
        ("陈𡈼", "𡈼业物流有限公司", "18620001234", "陈𡈼", "+8618620001234"),
        (f"欧阳{IDEOGRAPHIC_SPACE}娜娜", "南京金陵医药有限公司", "17705141234", "欧阳娜娜", "+8617705141234"),
    ]
    rows = Rows(["姓名", "单位", "手机", "城市"])
    people = []
    for written, company, mobile, name, e164 in records:
        row = rows.add([written, company, mobile, ""])
        people.append(person(name, company=company, mobile=e164, row=row))
    path = write_text_csv(folder / "通讯录.csv", rows.rows, "gb18030", quote_all=False)
    return Fixture(path, people, encoding="gb18030")


INSTRUCTIONS = ["客户联系人导入模板 填写说明", "1. 带 * 的列为必填项。",
                "2. 手机号码请填写 11 位数字，不要加空格或横线。", "3. 日期格式：2024-03-01。",
                "4. 请勿修改或删除第二个工作表的表头。", "5. 每个文件不超过 5000 行。"]
TEMPLATE = ["姓名*", "手机*", "公司名称", "职务", "电子邮箱", "省份", "城市", "详细地址"]


def instructions_xlsx(folder: Path) -> Fixture:
    """An import template filled in by a rep: the first sheet explains how to fill the second."""
    records = [
        ["张伟", "13800138000", "上海华信科技有限公司", "采购经理", "zhang.wei@huaxin-tech.cn", "上海市", "上海市",
         "浦东新区张江路88号"],
        ["李娜", "13912345678", "北京东方贸易有限公司", "销售总监", "li.na@dongfang-trade.cn", "北京市", "北京市",
         "朝阳区建国路93号"],
        ["王芳", "13700001111", "深圳市腾达电子有限公司", "财务经理", "wangfang@tengda-sz.com", "广东省", "深圳市",
         "南山区科技园南路16号"],
        ["刘洋", "15867891234", "杭州云帆网络科技有限公司", "技术总监", "liuyang@yunfan.net.cn", "浙江省", "杭州市",
         "西湖区文三路478号"],
        ["陈静", "18620001234", "广州南方物流有限公司", "运营主管", "chenjing@nanfang-log.com", "广东省", "广州市",
         "天河区天河路385号"],
        ["赵磊", "13980012345", "成都蜀信软件有限公司", "项目经理", "zhaolei@shuxin.com.cn", "四川省", "成都市",
         "武侯区天府大道1700号"],
    ]
    rows = Rows(TEMPLATE)
    people = []
    for cells in records:
        row = rows.add(cells)
        people.append(person(cells[0], mobile=f"+86{cells[1]}", company=cells[2], email=cells[4], province=cells[5],
                             city=cells[6], street=cells[7], row=row))
    book = openpyxl.Workbook()
    guide = write_sheet(book, "填写说明", [[line] for line in INSTRUCTIONS], first=True)
    guide.column_dimensions["A"].width = 60
    write_sheet(book, "客户联系人", rows.rows)
    path = folder / "客户导入模板.xlsx"
    book.save(path)
    return Fixture(path, people, sheet="客户联系人", data_rows=len(people))


BIG_ROWS = 50_000
_CITIES = ("上海", "北京", "深圳", "杭州", "广州", "成都", "南京", "武汉")


def big_csv(folder: Path, count: int = BIG_ROWS) -> Fixture:
    """count people in a CSV UTF-8 (with BOM, as Excel saves it), written in one go."""
    lines = ["姓名,手机,公司,邮箱,城市"]
    people = []
    for i in range(count):
        name, mobile, company, email, city = (f"客户{i:05d}", f"139{i:08d}", f"公司{i % 500:03d}",
                                              f"c{i:05d}@example.com", _CITIES[i % len(_CITIES)])
        lines.append(f"{name},{mobile},{company},{email},{city}")
        people.append(person(name, mobile=f"+86{mobile}", company=company, email=email, city=city, row=i + 2))
    path = folder / "客户5万.csv"
    path.write_bytes(b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return Fixture(path, people, encoding="utf-8-sig")
