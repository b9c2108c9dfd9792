"""The business card reader's field extraction on OCR-like lines (text, box, confidence), no OCR involved."""

from __future__ import annotations

from crm_desktop.domain.cards.entities import CardFields, OcrLine
from crm_desktop.domain.cards.extract import extract_fields


def card(*rows: str | tuple[str, float]) -> list[OcrLine]:
    """Lines stacked top-down at the left margin; a row is its text, or (text, font height in px)."""
    out, y = [], 40.0
    for row in rows:
        text, height = (row, 24.0) if isinstance(row, str) else row
        out.append(OcrLine(text, (60.0, y, 60.0 + 14 * len(text), y + height), 0.97))
        y += height + 10
    return out


def test_a_chinese_card_with_labels():
    fields = extract_fields(card(
        ("张伟", 60), "销售部销售经理", "上海明达信息科技有限公司", "手机:138 0013 8000", "电话:021-5080 1234转8002",
        "传真:021-5080 1235", "邮箱:zhangwei@mingda-tech.cn", "网址:www.mingda-tech.cn",
        "地址:上海市浦东新区张江路88号6楼"))
    assert fields == CardFields(
        name="张伟", company="上海明达信息科技有限公司", title="销售经理", department="销售部",
        mobiles=("+8613800138000",), phones=("+862150801234;ext=8002",), fax="+862150801235",
        email="zhangwei@mingda-tech.cn", website="www.mingda-tech.cn", address="上海市浦东新区张江路88号6楼")


def test_the_library_tells_a_mobile_from_a_landline_whatever_the_label_says():
    fields = extract_fields(card(("王芳", 50), "电话:139 1122 3344", "手机:010-6552 8888"))
    assert fields.mobiles == ("+8613911223344",)
    assert fields.phones == ("+861065528888",)


def test_several_numbers_extensions_and_two_labels_on_one_line():
    fields = extract_fields(card(
        ("陈志强", 50), "手机:186 2000 1234 / 136 0222 3333", "电话0592-5123456传真0592-5123457",
        "T 021-50801234-8002"))
    assert fields.mobiles == ("+8618620001234", "+8613602223333")
    assert fields.phones == ("+865925123456", "+862150801234;ext=8002")
    assert fields.fax == "+865925123457"


def test_a_label_in_a_box_of_its_own_joins_the_number_beside_it():
    lines = [OcrLine("Emily Clarke", (60, 40, 400, 100), 0.99),
             OcrLine("Fax:", (60, 200, 120, 224), 0.99), OcrLine("+1 415 555 0101", (140, 201, 400, 225), 0.98),
             OcrLine("Tel", (60, 240, 100, 264), 0.99), OcrLine("+1 415 555 0100 ext. 204", (130, 240, 480, 265))]
    fields = extract_fields(lines)
    assert fields.fax == "+14155550101"
    assert fields.phones == ("+14155550100;ext=204",)


def test_local_numbers_are_read_in_the_region_the_card_names():
    us = extract_fields(card(("Emily Clarke", 50), "Northgate Consulting LLC", "M (212) 555-0143",
                             "250 Park Avenue, New York, NY 10177"))
    assert us.region == "US"
    assert us.mobiles == ("+12125550143",)  # US numbers have no type of their own: the label's "M" decides
    assert us.company == "Northgate Consulting LLC"
    hong_kong = extract_fields(card(("Sarah Wong", 50), "Mobile 9123 4567", "Office 2123 4567", "Wan Chai, Hong Kong"))
    assert (hong_kong.region, hong_kong.mobiles, hong_kong.phones) == ("HK", ("+85291234567",), ("+85221234567",))
    plain = extract_fields(card(("李娜", 50), "手机 139 2233 4455"), default_region="CN")
    assert plain.region == "CN"


def test_english_card_title_department_company_and_a_two_line_address():
    fields = extract_fields(card(
        ("John Smith", 56), "Sales Director, Marketing Department", "Brightwave Analytics Inc.",
        "john.smith@brightwave.io | https://brightwave.io/contact", "100 Market Street, Suite 300",
        "San Francisco, CA 94105, USA"))
    assert fields.name == "John Smith"
    assert (fields.title, fields.department) == ("Sales Director", "Marketing Department")
    assert fields.company == "Brightwave Analytics Inc."
    assert fields.email == "john.smith@brightwave.io"
    assert fields.website == "https://brightwave.io/contact"  # the e-mail's domain is not taken for a website
    assert fields.address == "100 Market Street, Suite 300, San Francisco, CA 94105, USA"


def test_company_suffixes_win_over_address_marks():
    fields = extract_fields(card(("赵磊", 50), "苏州工业园区智造研究院", "江苏省苏州市工业园区星湖街328号",
                                 "北京华信律师事务所", "Helix Robotics GmbH"))
    assert fields.company in ("苏州工业园区智造研究院", "北京华信律师事务所")
    assert fields.address == "江苏省苏州市工业园区星湖街328号"
    assert "Helix Robotics GmbH" in fields.other


def test_bilingual_card_keeps_the_chinese_name_and_the_english_one_as_alias():
    fields = extract_fields(card(("李娜 Lina Li", 58), ("总经理General Manager", 30),
                                 "深圳华信电子股份有限公司", "Shenzhen Huaxin Electronics Co., Ltd."))
    assert (fields.name, fields.alias) == ("李娜", "Lina Li")
    assert fields.title == "总经理"
    assert fields.company == "深圳华信电子股份有限公司"
    assert {"General Manager", "Shenzhen Huaxin Electronics Co., Ltd."} <= set(fields.other)


def test_the_largest_plausible_name_wins_and_logo_letters_and_doubtful_text_are_dropped():
    lines = card(("N", 120), ("王芳", 60), ("北京", 20), ("刘洋", 30), "合伙人律师")
    lines.append(OcrLine("周杰伦", (600, 40, 700, 140), 0.2))  # a large line OCR hardly believed
    fields = extract_fields(lines)
    assert fields.name == "王芳"
    assert "N" not in fields.other


def test_letter_labels_and_compound_surnames():
    fields = extract_fields(card(("欧阳娜娜", 50), "M13911223344", "E ouyang@jinling-pharma.com",
                                 "W www.jinling-pharma.com", "微信: ouyang_nn"))
    assert fields.name == "欧阳娜娜"
    assert fields.mobiles == ("+8613911223344",)
    assert fields.email == "ouyang@jinling-pharma.com"
    assert fields.website == "www.jinling-pharma.com"
    assert fields.wechat == "ouyang_nn"


def test_nothing_recognised():
    assert not extract_fields([]).found_anything()
    noise = extract_fields([OcrLine("~~", (0, 0, 30, 10), 0.9), OcrLine("#", (0, 20, 10, 30), 0.9)])
    assert not noise.found_anything()
    assert CardFields(phones=("+861065528888",)).found_anything()


def test_json_names_every_field():
    document = extract_fields(card(("张伟", 50), "手机 138 0013 8000")).as_json()
    assert {"name", "company", "title", "department", "mobiles", "phones", "fax", "email", "website",
            "address"} <= document.keys()
    assert document["mobiles"] == ["+8613800138000"]
