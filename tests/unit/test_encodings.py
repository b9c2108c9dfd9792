"""Text encodings of CSV files as real exports write them: detection, how sure it is, the choices it offers."""

import codecs

import pytest

from crm_desktop.interchange import encodings
from crm_desktop.interchange.delimited import checked_encoding
from crm_desktop.interchange.encodings import EncodingChoice, detect_encoding, encoding_choices
from crm_desktop.interchange.errors import InterchangeError
from crm_desktop.interchange.table import open_table

GERMAN = "Name;Straße;Ort;Notiz\nMüller;Hauptstraße 5;Köln;Bäckerei\nBöhm;Grüner Weg 1;München;Öl & Gas\n"
CHINESE = ("姓名,手机,公司,备注\n张伟,13800138000,北京东方贸易有限公司,老客户每年三月订货\n"
           "李娜,13900001111,上海华东医药,重要\n")


def _write(tmp_path, data: bytes, name="export.csv"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("text", "encoding", "detected"), [
    (GERMAN, "cp1252", "cp1252"),
    ("Nom;Ville;Notes\nFrançois Lefèvre;Besançon;Très intéressé – rappeler « lundi »\n"
     "Hélène Dupré;Genève;Réunion à côté, coût 30 €\n", "cp1252", "cp1252"),
    ("Nom;Rue;Ville\nNoël Côté;Rue de l'Église;Besançon\nAndré;Place d'Armes;Genève\n", "latin-1", "cp1252"),
    ("Imię;Miasto\nŁukasz Wiśniewski;Łódź\nZofia Kowalczyk;Kraków\nJędrzej Szczęsny;Gdańsk\n", "cp1250", "cp1250"),
    ("Jméno;Ulice;Město\nDvořák;Náměstí Míru 5;Praha\nŠťastný;Žižkova 1;Brno\n", "cp1250", "cp1250"),
    ("Имя;Улица;Город\nИванов;Ленина 5;Москва\nПетров;Мира 1;Санкт-Петербург\n", "cp1251", "cp1251"),
    (CHINESE, "gbk", "gb18030"),
    (CHINESE + "𠀀𪚥,13700000000,欧阳,生僻字\n", "gb18030", "gb18030"),
    ("姓名,手機,公司,備註\n陳美玲,0912345678,台灣貿易股份有限公司,老客戶\n林志明,0922333444,高雄港務,重要\n",
     "big5", "cp950"),
    ("氏名,携帯電話,会社\n山田太郎,090-1234-5678,株式会社テスト\n鈴木花子,080-2222-3333,東京商事\n",
     "shift_jis", "cp932"),
    ("이름,회사\n김철수,삼성전자\n이영희,LG전자 영업부\n", "euc-kr", "cp949"),
], ids=["cp1252-de", "cp1252-fr", "latin-1", "cp1250-pl", "cp1250-cz", "cp1251", "gbk", "gb18030-rare", "big5",
        "shift_jis", "euc-kr"])
def test_legacy_encodings_are_detected(tmp_path, text, encoding, detected):
    path = _write(tmp_path, text.encode(encoding))
    table = open_table(path)
    assert (table.encoding, table.encoding_sure, table.encoding_alternatives[0]) == (detected, True, detected)
    assert checked_encoding(table.encoding) == detected
    rows = list(table.rows())
    delimiter = ";" if ";" in text.split("\n")[0] else ","
    assert rows == [line.split(delimiter) for line in text.splitlines()]


def test_rare_characters_outside_the_bmp_stay_whole(tmp_path):
    path = _write(tmp_path, "姓名,备注\n𠀀𪚥,生僻字\n张𠮷,姓名\n".encode("gb18030"))
    rows = list(open_table(path).rows())
    assert rows[1] == ["𠀀𪚥", "生僻字"] and rows[2][0] == "张𠮷"
    assert [len(cell) for cell in rows[1]] == [2, 3]  # one code point each, no surrogate halves


def test_the_german_csv_that_used_to_be_refused(tmp_path):
    path = _write(tmp_path, "Müller;Straße\n".encode("cp1252"))
    assert list(open_table(path).rows()) == [["Müller", "Straße"]]


@pytest.mark.parametrize(("data", "encoding"), [
    ("姓名\t手机\r\n张伟\t13800138000\r\n".encode("utf-16"), "utf-16"),
    ("Name\tMobile\r\nMüller\t0170 1234567\r\n".encode("utf-16-le"), "utf-16-le"),
    ("Name\tMobile\r\n陈静\t13512345678\r\n".encode("utf-16-be"), "utf-16-be"),
    (codecs.BOM_UTF8 + "姓名\t手机\r\n张伟\t13800138000\r\n".encode(), "utf-8-sig"),
], ids=["utf-16-bom", "utf-16-le", "utf-16-be", "utf-8-bom"])
def test_excel_unicode_text_and_boms(tmp_path, data, encoding):
    table = open_table(_write(tmp_path, data, "unicode.txt"))
    assert (table.encoding, table.encoding_sure, table.delimiter) == (encoding, True, "\t")
    assert len(list(table.rows())) == 2


def test_valid_utf8_wins_without_the_detector(tmp_path, monkeypatch):
    import charset_normalizer

    def refuse(*args, **kwargs):
        raise AssertionError("the detector was asked")

    monkeypatch.setattr(charset_normalizer, "from_bytes", refuse)
    for text in (CHINESE, GERMAN, "name,mobile\nZhang,138\n"):
        path = _write(tmp_path, text.encode("utf-8"))
        assert encoding_choices(path) == [EncodingChoice("utf-8", True, encoding_choices(path)[0].preview)]
        assert open_table(path).encoding == "utf-8"


def test_several_languages_in_one_file_still_read_right(tmp_path):
    path = _write(tmp_path, "Nom;Ville\nFrançois;Besançon\nJosé Núñez;Logroño\nJürgen;Köln\n".encode("cp1252"))
    assert detect_encoding(path) == "cp1252"


def test_an_unsure_guess_offers_two_previews(tmp_path):
    # ñ or ń: Spanish in Windows-1252 or Polish in Windows-1250 read the same bytes; both read without error.
    path = _write(tmp_path, "Nombre;Ciudad\nPeña;España\n".encode("cp1252"))
    choices = encoding_choices(path)
    assert choices[0] == EncodingChoice("cp1252", False, ("Peña;España",))
    assert "cp1250" in [c.encoding for c in choices]
    assert next(c for c in choices if c.encoding == "cp1250").preview == ("Peńa;Espańa",)
    assert not any(c.sure for c in choices)
    table = open_table(path)
    assert (table.encoding, table.encoding_sure) == ("cp1252", False)
    assert table.encoding_alternatives == [c.encoding for c in choices[:2]]
    assert table.encoding_choices == choices
    for choice in choices:  # every name opens the file
        assert open_table(path, encoding=choice.encoding).encoding_sure


def test_identical_readings_are_one_choice(tmp_path):
    # ü, ö and ß are the same bytes in Windows-1252, -1250 and Latin-1: nothing to ask.
    path = _write(tmp_path, "Müller;Öl;Straße\n".encode("cp1252"))
    choices = encoding_choices(path)
    assert (choices[0].encoding, choices[0].sure) == ("cp1252", True)
    assert len({c.preview for c in choices}) == len(choices)


def test_a_cut_off_file_is_unsure_and_names_the_bad_line(tmp_path):
    data = CHINESE.encode("gbk") + "王芳".encode("gbk")[:3]
    table = open_table(_write(tmp_path, data))
    assert (table.encoding, table.encoding_sure) == ("gb18030", False)
    with pytest.raises(InterchangeError) as caught:
        list(table.rows())
    assert caught.value.params == {"line": 4, "encoding": "GB18030"}


def test_a_foreign_tail_after_a_long_ascii_head(tmp_path):
    path = tmp_path / "late.csv"
    with open(path, "wb") as f:
        f.write(b"name,city\n" * 100_000)  # 1 MB
        f.write("Jürgen Müller,Köln\n".encode("cp1252"))
    assert detect_encoding(path) == "cp1252"
    *_, last = open_table(path).rows()
    assert last == ["Jürgen Müller", "Köln"]


def test_the_detector_sees_a_bounded_sample(tmp_path, monkeypatch):
    import charset_normalizer

    seen = []
    real = charset_normalizer.from_bytes

    def spy(data, **kwargs):
        seen.append(len(data))
        return real(data, **kwargs)

    monkeypatch.setattr(charset_normalizer, "from_bytes", spy)
    path = _write(tmp_path, CHINESE.encode("gbk") * 50_000)  # 7 MB
    assert detect_encoding(path) == "gb18030"
    assert seen and max(seen) <= encodings.SAMPLE_BYTES + 200


def test_mixed_files_read_as_utf8_up_to_the_foreign_line(tmp_path):
    data = CHINESE.encode("utf-8") + b"a,b,c,d\n" * 1000 + "王芳,139,公司,备注\n".encode("gbk")
    path = _write(tmp_path, data)
    choices = encoding_choices(path)
    assert (choices[0].encoding, choices[0].sure) == ("utf-8", False)
    assert choices[1].encoding == "gb18030"
    with pytest.raises(InterchangeError) as caught:
        list(open_table(path).rows())
    assert caught.value.params["line"] == 1004


def test_an_explicit_encoding_is_sure_and_kept(tmp_path):
    path = _write(tmp_path, GERMAN.encode("cp1252"))
    table = open_table(path, encoding="latin-1")
    assert (table.encoding, table.encoding_sure, table.encoding_alternatives) == ("latin-1", True, ["latin-1"])
    assert list(table.rows())[1][0] == "Müller"
    with pytest.raises(InterchangeError) as caught:
        list(open_table(path, encoding="utf-8").rows())
    assert str(caught.value) == "Line 1 cannot be read as UTF-8 text. Choose another encoding and import again."
