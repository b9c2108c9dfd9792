"""The business cards the tests and the bench render: known field values, the lines printed, layout and font."""

from __future__ import annotations

from dataclasses import dataclass, field

# Fonts on the test machine (fc-list); a missing family falls back to Qt's default, which still renders.
SANS_CJK = "Noto Sans CJK SC"
SERIF_CJK = "Noto Serif CJK SC"
SANS = "DejaVu Sans"
SERIF = "DejaVu Serif"


@dataclass(frozen=True)
class Expected:
    """What a reader should take from the card (phones as stored: E.164, ";ext=" and the extension)."""

    name: str
    company: str = ""
    title: str = ""
    department: str = ""
    mobiles: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    fax: str = ""
    email: str = ""
    website: str = ""
    address: str = ""
    alias: str = ""


@dataclass(frozen=True)
class Card:
    key: str
    language: str  # zh | en | mixed
    layout: str  # centred | logo | columns | right
    font: str
    expected: Expected
    # What is printed: the name line, the lines under it (title, company...), and the contact lines.
    head: tuple[str, ...]
    contact: tuple[str, ...]
    noise: bool = False
    angle: float = 0.0  # degrees: a card photographed slightly askew
    photo: bool = False  # a large photo with the card on a desk (the reader must scale it down)
    accent: str = "#1f5fa8"
    dark: bool = False  # light text on a dark card
    lowres: bool = False  # a poor scan: half the pixels, a lossy JPEG
    font_scale: float = 1.0  # small print
    faint: bool = False  # grey ink on grey-white stock
    vertical_name: bool = False  # the name printed top to bottom, one character under the other
    extra: dict[str, str] = field(default_factory=dict)


CARDS: tuple[Card, ...] = (
    Card("zh-centred", "zh", "centred", SANS_CJK,
         Expected("张伟", "上海明达信息科技有限公司", "销售经理", "销售部", ("+8613800138000",),
                  ("+862150801234;ext=8002",), "+862150801235", "zhangwei@mingda-tech.cn", "www.mingda-tech.cn",
                  "上海市浦东新区张江路88号6楼"),
         ("张伟", "销售部 销售经理", "上海明达信息科技有限公司"),
         ("手机：138 0013 8000", "电话：021-5080 1234 转 8002", "传真：021-5080 1235",
          "邮箱：zhangwei@mingda-tech.cn", "网址：www.mingda-tech.cn", "地址：上海市浦东新区张江路88号6楼")),
    Card("zh-logo-serif", "zh", "logo", SERIF_CJK,
         Expected("王芳", "北京华信律师事务所", "合伙人律师", "", ("+8613911223344",), ("+861065528888",), "",
                  "wangfang@huaxinlaw.com", "", "北京市朝阳区建国路93号万达广场B座1508室"),
         ("王芳", "合伙人律师", "北京华信律师事务所"),
         ("M  139 1122 3344", "T  010-6552 8888", "E  wangfang@huaxinlaw.com",
          "北京市朝阳区建国路93号万达广场B座1508室")),
    Card("zh-columns", "zh", "columns", SANS_CJK,
         Expected("陈志强", "广州粤海建材集团", "技术总监", "研发中心", ("+8618620001234", "+8613602223333"),
                  ("+862038886699",), "+862038886698", "chenzq@yuehai-jc.com", "www.yuehai-jc.com",
                  "广东省广州市天河区天河北路233号"),
         ("陈志强", "研发中心", "技术总监", "广州粤海建材集团"),
         ("手机：186 2000 1234 / 136 0222 3333", "电话：020-3888 6699", "传真：020-3888 6698",
          "chenzq@yuehai-jc.com", "www.yuehai-jc.com", "地址：广东省广州市天河区天河北路233号")),
    Card("zh-right-noisy", "zh", "right", SERIF_CJK,
         Expected("刘洋", "杭州云栖网络股份有限公司", "高级工程师", "技术部", ("+8615857112345",), (), "",
                  "liuyang@yunqi.net", "http://www.yunqi.net", "浙江省杭州市西湖区文三路478号"),
         ("刘洋", "技术部 高级工程师", "杭州云栖网络股份有限公司"),
         ("手机 158 5711 2345", "liuyang@yunqi.net", "http://www.yunqi.net", "浙江省杭州市西湖区文三路478号"),
         noise=True, angle=2.0, accent="#8a1c1c"),
    Card("en-centred", "en", "centred", SANS,
         Expected("John Smith", "Brightwave Analytics Inc.", "Senior Account Manager", "Enterprise Sales Department",
                  ("+14155550132",), ("+14155550100;ext=204",), "+14155550101", "john.smith@brightwave.io",
                  "www.brightwave.io", "100 Market Street, Suite 300, San Francisco, CA 94105, USA"),
         ("John Smith", "Senior Account Manager", "Enterprise Sales Department", "Brightwave Analytics Inc."),
         ("Mobile: +1 415 555 0132", "Tel: +1 415 555 0100 ext. 204", "Fax: +1 415 555 0101",
          "john.smith@brightwave.io  |  www.brightwave.io", "100 Market Street, Suite 300",
          "San Francisco, CA 94105, USA")),
    Card("en-logo-serif", "en", "logo", SERIF,
         Expected("Emily Clarke", "Northgate Consulting LLC", "Project Director", "", ("+12125550143",), (), "",
                  "emily@northgate-consulting.com", "https://northgate-consulting.com",
                  "250 Park Avenue, New York, NY 10177"),
         ("Emily Clarke", "Project Director", "Northgate Consulting LLC"),
         ("M (212) 555-0143", "emily@northgate-consulting.com", "https://northgate-consulting.com",
          "250 Park Avenue, New York, NY 10177"), accent="#2d6a4f"),
    Card("en-columns-noisy", "en", "columns", SANS,
         Expected("David Miller", "Helix Robotics GmbH", "Chief Technology Officer", "", (),
                  ("+49897654321",), "+49897654322", "d.miller@helix-robotics.de", "www.helix-robotics.de",
                  "Leopoldstraße 12, 80802 München, Germany"),
         ("David Miller", "Chief Technology Officer", "Helix Robotics GmbH"),
         ("Phone +49 89 7654321", "Fax +49 89 7654322", "d.miller@helix-robotics.de", "www.helix-robotics.de",
          "Leopoldstraße 12, 80802 München, Germany"), noise=True, angle=-1.5),
    Card("en-right", "en", "right", SANS_CJK,
         Expected("Sarah Wong", "Pacific Harbour Trading Limited", "Regional Sales Manager", "", ("+85291234567",),
                  ("+85221234567",), "", "sarah.wong@pacificharbour.com.hk", "www.pacificharbour.com.hk",
                  "Unit 1203, 12/F, Harbour Centre, 25 Harbour Road, Wan Chai, Hong Kong"),
         ("Sarah Wong", "Regional Sales Manager", "Pacific Harbour Trading Limited"),
         ("Mobile +852 9123 4567", "Office +852 2123 4567", "sarah.wong@pacificharbour.com.hk",
          "www.pacificharbour.com.hk", "Unit 1203, 12/F, Harbour Centre,", "25 Harbour Road, Wan Chai, Hong Kong"),
         accent="#5a3e8c"),
    Card("mixed-centred", "mixed", "centred", SANS_CJK,
         Expected("李娜", "深圳华信电子股份有限公司", "市场总监", "市场部", ("+8613922334455",),
                  ("+8675588886666",), "", "lina@huaxin-elec.com", "www.huaxin-elec.com",
                  "广东省深圳市南山区科技园南路18号", alias="Lina Li"),
         ("李娜  Lina Li", "市场部 市场总监", "Marketing Director", "深圳华信电子股份有限公司",
          "Shenzhen Huaxin Electronics Co., Ltd."),
         ("手机 Mobile：139 2233 4455", "电话 Tel：0755-8888 6666", "邮箱 E-mail：lina@huaxin-elec.com",
          "www.huaxin-elec.com", "地址：广东省深圳市南山区科技园南路18号")),
    Card("mixed-logo", "mixed", "logo", SANS_CJK,
         Expected("赵磊", "苏州工业园区智造研究院", "项目主管", "", ("+8618912345678",), ("+8651262881234",),
                  "+8651262881235", "zhaolei@sz-imri.org", "www.sz-imri.org", "江苏省苏州市工业园区星湖街328号",
                  alias="Leo Zhao"),
         ("赵磊", "Leo Zhao", "项目主管 Project Supervisor", "苏州工业园区智造研究院"),
         ("M: 189 1234 5678", "T: 0512-6288 1234", "F: 0512-6288 1235", "zhaolei@sz-imri.org",
          "www.sz-imri.org", "江苏省苏州市工业园区星湖街328号"), noise=True, angle=1.0, accent="#0b6e69"),
    Card("mixed-columns-serif", "mixed", "columns", SERIF_CJK,
         Expected("孙丽华", "成都天府物流有限公司", "客户经理", "客户服务中心", ("+8613708001122",),
                  ("+862885551234",), "", "sunlh@tianfu-logistics.com", "", "四川省成都市高新区天府大道北段1700号",
                  alias="Lily Sun"),
         ("孙丽华", "Lily Sun", "客户服务中心", "客户经理", "成都天府物流有限公司"),
         ("手机 137 0800 1122", "电话 028-8555 1234", "sunlh@tianfu-logistics.com",
          "地址 四川省成都市高新区天府大道北段1700号")),
    Card("mixed-photo", "mixed", "right", SANS_CJK,
         Expected("周杰", "武汉长江软件有限公司", "总经理", "", ("+8613507161234",), ("+862787654321",), "",
                  "zhoujie@cjsoft.com.cn", "www.cjsoft.com.cn", "湖北省武汉市洪山区珞喻路1037号", alias="Jay Zhou"),
         ("周杰", "Jay Zhou", "总经理 General Manager", "武汉长江软件有限公司"),
         ("手机：135 0716 1234", "电话：027-8765 4321", "zhoujie@cjsoft.com.cn", "www.cjsoft.com.cn",
          "湖北省武汉市洪山区珞喻路1037号"), photo=True, angle=-2.5),
    Card("zh-dense-lowres", "zh", "logo", SANS_CJK,
         Expected("何静", "重庆山城文化传媒有限公司", "客户总监", "", ("+8617723456789",),
                  ("+864008208820", "+862363451234"), "", "hejing@sc-media.cn", "www.sc-media.cn",
                  "重庆市渝中区解放碑民族路188号环球金融中心20楼"),
         ("何静", "客户总监", "重庆山城文化传媒有限公司"),
         ("手机：177 2345 6789", "热线：400-820-8820", "座机：023-6345 1234", "微信：hejing_sc", "hejing@sc-media.cn",
          "www.sc-media.cn", "地址：重庆市渝中区解放碑民族路188号环球金融中心20楼"), lowres=True, accent="#b5651d"),
    Card("en-dark", "en", "centred", SERIF,
         Expected("Michael O'Brien", "Summit Peak Corp.", "VP, Business Development", "", ("+19175550164",),
                  ("+16465550187;ext=23",), "", "mobrien@summitpeak.com", "www.summitpeak.com",
                  "350 Fifth Avenue, 21st Floor, New York, NY 10118"),
         ("Michael O'Brien", "VP, Business Development", "Summit Peak Corp."),
         ("Cell +1 917 555 0164", "Direct (646) 555-0187 x 23", "mobrien@summitpeak.com", "www.summitpeak.com",
          "350 Fifth Avenue, 21st Floor", "New York, NY 10118"), dark=True, accent="#d4a017"),
    Card("mixed-right-dark", "mixed", "right", SERIF_CJK,
         Expected("黄晓明", "厦门海润贸易有限公司", "首席执行官", "", ("+8617750008899",), ("+865925123456",),
                  "+865925123457", "hxm@hairun-trade.com", "", "福建省厦门市思明区鹭江道8号国际银行大厦12层",
                  alias="Xiaoming Huang"),
         ("黄晓明", "Xiaoming Huang", "首席执行官 CEO", "厦门海润贸易有限公司"),
         ("手机 +86 177 5000 8899", "电话 0592-5123456  传真 0592-5123457", "hxm@hairun-trade.com",
          "福建省厦门市思明区鹭江道8号国际银行大厦12层"), dark=True, noise=True, angle=3.0, accent="#c9a227"),
    Card("zh-columns-lowres", "zh", "columns", SERIF_CJK,
         Expected("欧阳娜娜", "南京金陵医药集团有限公司", "区域销售经理", "华东区销售部", ("+8615005112233",),
                  ("+862584681234;ext=306",), "", "ouyang@jinling-pharma.com", "", "江苏省南京市鼓楼区中山北路200号"),
         ("欧阳娜娜", "华东区销售部", "区域销售经理", "南京金陵医药集团有限公司"),
         ("手机：150 0511 2233", "电话：025-8468 1234 分机 306", "邮箱：ouyang@jinling-pharma.com",
          "地址：江苏省南京市鼓楼区中山北路200号"), lowres=True, noise=True),
    # Harder ones: a badly tilted poor scan, small print, faint ink, a name set vertically.
    Card("zh-tilted-poor", "zh", "centred", SERIF_CJK,
         Expected("罗文斌", "西安秦川机电设备有限公司", "售后服务主管", "客户服务部", ("+8618629001234",),
                  ("+862988451234",), "+862988451235", "luowb@qinchuan-me.com", "www.qinchuan-me.com",
                  "陕西省西安市雁塔区科技路48号创业广场B座"),
         ("罗文斌", "客户服务部 售后服务主管", "西安秦川机电设备有限公司"),
         ("手机 186 2900 1234   电话 029-8845 1234", "传真 029-8845 1235", "luowb@qinchuan-me.com",
          "www.qinchuan-me.com", "陕西省西安市雁塔区科技路48号创业广场B座"),
         noise=True, lowres=True, angle=7.0, accent="#7a4e2d"),
    Card("en-small-print", "en", "columns", SANS,
         Expected("Rachel Greenberg", "Bluestone Capital Partners", "Vice President, Investments", "",
                  ("+16175550199",), ("+16175550100;ext=3310",), "+16175550101", "rgreenberg@bluestonecap.com",
                  "www.bluestonecap.com", "200 Clarendon Street, 52nd Floor, Boston, MA 02116"),
         ("Rachel Greenberg", "Vice President, Investments", "Bluestone Capital Partners"),
         ("Mobile  617.555.0199", "Office  617.555.0100 x3310", "Fax  617.555.0101", "rgreenberg@bluestonecap.com",
          "www.bluestonecap.com", "200 Clarendon Street, 52nd Floor", "Boston, MA 02116"),
         font_scale=0.62, lowres=True),
    Card("mixed-faint", "mixed", "logo", SANS_CJK,
         Expected("宋雨桐", "青岛蓝海海洋科技有限公司", "商务经理", "国际业务部", ("+8613806391234",),
                  ("+8653268881234",), "", "songyt@bluesea-tech.cn", "www.bluesea-tech.cn",
                  "山东省青岛市崂山区香港东路195号", alias="Grace Song"),
         ("宋雨桐", "Grace Song", "国际业务部 商务经理", "青岛蓝海海洋科技有限公司"),
         ("T: +86 532 6888 1234", "M: +86 138 0639 1234", "songyt@bluesea-tech.cn", "www.bluesea-tech.cn",
          "山东省青岛市崂山区香港东路195号"), faint=True, noise=True, accent="#9fb8c8"),
    Card("zh-vertical-name", "zh", "right", SERIF_CJK,
         Expected("郭敏", "长沙湘江文化旅游集团", "策划总监", "品牌中心", ("+8613974801234",), ("+8673184821234",), "",
                  "guomin@xjwl.com.cn", "", "湖南省长沙市岳麓区潇湘中路328号"),
         ("郭敏", "品牌中心 策划总监", "长沙湘江文化旅游集团"),
         ("手机 139 7480 1234", "电话 0731-8482 1234", "guomin@xjwl.com.cn", "湖南省长沙市岳麓区潇湘中路328号"),
         vertical_name=True, accent="#a32d2d"),
)
