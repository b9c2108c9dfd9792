"""The words a card's fields are known by: labels, company suffixes, titles, departments, address marks,
country hints. Matched on NFKC text; OCR often drops the spaces of Latin text, so suffixes and street
words are matched without word boundaries where that cannot mislead."""

from __future__ import annotations

import re

# Labels before a value, longest first inside each kind. Single Latin letters (M, T, F, E, W) only count at
# the start of a line or after a separator and before a digit, '+', '(' or a colon (see LABEL below).
LABELS: dict[str, tuple[str, ...]] = {
    "mobile": ("移动电话", "手机号码", "手机号", "手機", "手机", "mobile phone", "mobile", "cellphone", "cell",
               "mob", "m.p.", "h/p", "mp", "m"),
    "fax": ("传真号码", "传真", "傳真", "facsimile", "fax", "f"),
    "phone": ("办公电话", "联系电话", "固定电话", "电话号码", "电话", "電話", "座机", "总机", "直线", "热线",
              "telephone", "hotline", "direct",
              "office", "phone", "tel", "ph", "t", "o", "p"),
    "email": ("电子邮箱", "电子邮件", "邮箱", "郵箱", "邮件", "e-mail", "email", "mail", "e"),
    "website": ("公司网址", "网址", "網址", "网站", "主页", "website", "web", "url", "w"),
    "address": ("公司地址", "办公地址", "地址", "地點", "address", "addr", "add", "a"),
    "wechat": ("微信号", "微信", "wechat", "weixin"),
    "qq": ("qq",),
}
PHONE_KINDS = ("mobile", "fax", "phone")


def _label_pattern() -> re.Pattern[str]:
    words = sorted(((w, kind) for kind, ws in LABELS.items() for w in ws), key=lambda x: -len(x[0]))
    parts = []
    for word, _kind in words:
        escaped = re.escape(word).replace(r"\ ", r"\s*")
        if word.isascii() and len(word.replace(".", "").replace("/", "")) <= 2:
            # A letter label: before a digit, '+', '(', a colon, or spaces then one of those.
            parts.append(escaped + r"(?=\s*[:：.]|\s*[+(\d])")
        elif word.isascii():
            parts.append(escaped + r"(?![a-z])")
        else:
            parts.append(escaped)
    # A label starts a line, follows a separator or a Chinese character, or is Chinese itself
    # ("电话0592-5123456传真0592-5123457").
    start = r"(?:^|(?<=[\s|/,;\u4e00-\u9fff])|(?=[\u4e00-\u9fff]))"
    return re.compile(start + "(" + "|".join(parts) + r")\s*[:：.]?\s*", re.I)


LABEL = _label_pattern()
LABEL_KIND = {w.casefold(): kind for kind, ws in LABELS.items() for w in ws}

EMAIL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_TLD = r"(?:com|cn|net|org|io|co|hk|tw|sg|jp|de|uk|us|biz|info|gov|edu|top|xyz|ai|tech|me|cc|tv|asia)"
WEBSITE = re.compile(
    r"(?:https?://)?(?:www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\." + _TLD
    + r"(?![A-Za-z0-9]))(?:/[^\s,;|]*)?", re.I)

# Company suffixes: a line ending with one of these names a company (checked before anything but e-mail,
# website and phones: "苏州工业园区智造研究院" has address marks too).
COMPANY_HAN = ("股份有限公司", "有限责任公司", "有限公司", "集团有限公司", "集团公司", "集团", "公司", "事务所",
               "研究院", "研究所", "设计院", "工作室", "银行", "医院", "大学", "学院", "商行", "厂", "株式会社",
               "有限會社", "有限公司")
COMPANY_LATIN = re.compile(
    r"(?:co\.?\s*,?\s*ltd\.?|ltd\.?|limited|inc\.?|incorporated|llc|l\.l\.c\.|llp|gmbh|corp\.?|corporation|"
    r"company|\bgroup|\bholdings|\bplc|\bag|\bs\.a\.|\bsas|\bb\.v\.|\bpty\.?\s*ltd\.?|\bk\.k\.|\bsdn\.?\s*bhd\.?|"
    r"\bpte\.?\s*ltd\.?|\bpartners|\bassociates|\blaw\s*firm|\buniversity|\binstitute|\bbank)\s*$", re.I)

# Titles and departments.
TITLE_HAN = ("总经理", "副总经理", "董事长", "副董事长", "董事", "总裁", "副总裁", "总监", "经理", "主管", "主任",
             "工程师", "总工", "律师", "合伙人", "会计师", "设计师", "架构师", "顾问", "专员", "代表", "助理",
             "秘书", "厂长", "院长", "所长", "校长", "教授", "研究员", "负责人", "首席", "创始人", "销售", "店长",
             "组长", "部长", "行长", "总编", "编辑", "医生", "医师", "讲师", "分析师", "督导", "业务员")
TITLE_LATIN = re.compile(
    r"(?:manager|director|engineer|\bvp\b|vice\s*president|president|\bceo\b|\bcto\b|\bcfo\b|\bcoo\b|\bcmo\b|"
    r"\bcio\b|chief|officer|head\s*of|\blead\b|consultant|representative|specialist|partner|founder|owner|"
    r"supervisor|executive|analyst|architect|developer|designer|assistant|coordinator|advisor|adviser|attorney|"
    r"lawyer|accountant|professor|sales\s*rep|chairman|secretary|administrator|\bintern\b)", re.I)
DEPARTMENT_HAN = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:事业部|部门|部|中心|办公室|处|科室|组)")
DEPARTMENT_LATIN = re.compile(r"(?:department|\bdept\.?|division|\bteam\b|\bbureau\b|\boffice\s+of\b)", re.I)

# Addresses.
ADDRESS_MARKS = "省市区县镇乡村路街道巷弄号楼室座层栋幢园里"
ADDRESS_ENDS = re.compile(r"(?:号|室|楼|层|座|栋|幢|号院|大厦|广场|中心|[0-9]+)$")
STREET_LATIN = re.compile(
    r"(?:street|\bst\.|road|\brd\b\.?|avenue|\bave\b\.?|boulevard|blvd|\blane\b|\bln\b|drive|\bdr\b\.?|\bway\b|"
    r"\bplace\b|plaza|suite|floor|\d+/f|building|\bbldg|\bunit\b|\btower\b|centre|center|stra(?:ß|ss|b)e|str\.|"
    r"\bweg\b|\bplatz\b|\bpo\s*box\b|highway|\bparkway\b|\bcourt\b|\bsquare\b|\broom\b|\bno\.\s*\d)", re.I)
CITY_LINE_LATIN = re.compile(
    r"(?:\b[A-Z]{2}\s*\d{5}(?:-\d{4})?\b|\b\d{5}\s*[A-ZÄÖÜ][a-zäöüß]+|\b[A-Z]\d[A-Z]\s*\d[A-Z]\d\b|"
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|,\s*(?:usa|u\.s\.a\.|united states|germany|deutschland|hong kong|"
    r"singapore|united kingdom|uk|japan|china|p\.?\s*r\.?\s*china|taiwan|canada|australia|france)\.?\s*$)", re.I)

# The region local numbers are read in, from what the card says (the first that matches wins).
REGION_HINTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("HK", re.compile(r"hong\s*kong|香港|\bhk\b|九龍|九龙|kowloon", re.I)),
    ("MO", re.compile(r"\bmacau\b|\bmacao\b|澳门|澳門", re.I)),
    ("TW", re.compile(r"taiwan|台湾|台灣|台北|臺北|taipei", re.I)),
    ("SG", re.compile(r"singapore|新加坡", re.I)),
    ("US", re.compile(r"(?i:\busa\b|u\.s\.a\.|united states)|\b[A-Z]{2}\s*\d{5}(?:-\d{4})?\b")),
    ("CA", re.compile(r"(?i:\bcanada\b)|\b[A-Z]\d[A-Z]\s*\d[A-Z]\d\b")),
    ("GB", re.compile(r"(?i:united kingdom|\blondon\b)|\bU\.?K\.?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")),
    ("DE", re.compile(r"germany|deutschland|gmbh|münchen|munchen|berlin|hamburg|frankfurt", re.I)),
    ("JP", re.compile(r"\bjapan\b|日本|東京|tokyo|株式会社", re.I)),
    ("AU", re.compile(r"australia|\bpty\b", re.I)),
    ("CN", re.compile(r"中国|中華|china|\bprc\b|[\u4e00-\u9fff]{2,}(?:省|市)", re.I)),
)

# The commonest Chinese surnames (and the compound ones): a short Han line starting with one reads as a name.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
    "金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜"
    "倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲"
    "房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商"
    "刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
                     "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门")
