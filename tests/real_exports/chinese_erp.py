"""Chinese ERPs' customer lists: 金蝶 (Kingdee) 客户列表 and 用友 U8 客户档案, as xlsx and as an old .xls (BIFF8)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import xlwt

from tests.real_exports.chinese_crm import USERS, save
from tests.real_exports.expected import ANY, Fixture, Rows, person

KINGDEE = ["客户编码", "客户名称", "客户类别", "联系人", "手机", "联系电话", "传真", "邮箱", "省", "市", "区",
           "详细地址", "邮编", "销售员", "客户来源", "创建日期", "备注"]


def kingdee_xlsx(folder: Path) -> Fixture:
    """金蝶 客户列表 引出: customer codes with leading zeros (text), fax numbers, 合计 under the data."""
    records = [
        (["0001203", "上海华信科技有限公司", "重点客户", "张伟", "13800138000", "021-50801234-8002", "021-50801299",
          "zhang.wei@huaxin-tech.cn", "上海市", "上海市", "浦东新区", "张江路88号", "201203", "孙丽", "展会", date(2024,
                                                                                                 3, 15),
          ""],
         dict(mobile="+8613800138000", phone="+862150801234;ext=8002", phones=[("fax", "+862150801299")])),
        (["0001204", "北京东方贸易有限公司", "普通客户", "李娜", "13912345678", "010-12345678转8001", "010-12345679",
          "li.na@dongfang-trade.cn", "北京市", "北京市", "朝阳区", "建国路93号", "100022", "周强", "官网", date(2024, 4,
                                                                                               22), ""],
         dict(mobile="+8613912345678", phone="+861012345678;ext=8001", phones=[("fax", "+861012345679")])),
        (["0001205", "深圳市腾达电子有限公司", "重点客户", "王芳", "13700001111", "0755-8888 8888 ext. 12",
          "0755-88888889", "wangfang@tengda-sz.com", "广东省", "深圳市", "南山区", "科技园南路16号", "518057", "吴敏",
          "转介绍", date(2024, 5, 20), "月结60天"],
         dict(mobile="+8613700001111", phone="+8675588888888;ext=12", phones=[("fax", "+8675588888889")])),
        (["0001206", "成都蜀信软件有限公司", "普通客户", "赵磊", "13980012345", "028-85123456", "028-8512345",
          "zhaolei@shuxin.com.cn", "四川省", "成都市", "武侯区", "天府大道1700号", "610041", "郑浩", "电话营销",
          date(2024, 6, 14), ""],
         # Chengdu numbers have eight digits: the fax is kept for review.
         dict(mobile="+8613980012345", phone="+862885123456", review=[("fax", "028-8512345")])),
        (["0001207", "广州南方物流有限公司", "普通客户", "陈静", "18620001234", "020-38765432", "",
          "chenjing@nanfang-log.com", "广东省", "广州市", "天河区", "天河路385号", "510620", "孙丽", "展会",
          date(2024, 7, 15), ""],
         dict(mobile="+8618620001234", phone="+862038765432")),
    ]
    rows = Rows(["客户列表"], ["导出时间：2025-03-01 10:00"], KINGDEE)
    people = []
    for cells, extra in records:
        row = rows.add(cells)
        people.append(person(cells[3], company=cells[1], email=cells[7], province=cells[8], city=cells[9],
                             district=cells[10], street=cells[11], postal_code=cells[12], owner=cells[13],
                             source=cells[14], created=cells[15],
                             custom={"客户编码": cells[0], "客户类别": cells[2]}, row=row, **extra))
    # A row that names no one: only the category and the salesman survived a half-finished entry.
    rows.add(["", "", "普通客户", "", "", "", "", "", "", "", "", "", "", "周强", "", "", ""])
    footer = rows.add(["合计", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""])
    path = save(folder / "客户列表.xlsx", "客户", rows, titles=2)
    return Fixture(path, people, skipped_rows=[footer], errors=1, users=USERS, sheet="客户", data_rows=len(people) + 1)


U8 = ["客户编码", "客户名称", "客户简称", "所属分类", "所属地区", "所属行业", "联系人", "电话", "传真", "手机",
      "Email地址", "地址", "邮政编码", "专管部门", "专管业务员", "发展日期", "备注"]


def u8_xlsx(folder: Path) -> Fixture:
    """用友 U8 客户档案 output to Excel: the address in one cell, class codes such as "01" that must stay text,
    the salesman sometimes by his login."""
    records = [
        (["01001", "武汉长江汽车配件有限公司", "长江汽配", "01", "华中", "制造业", "周杰", "027-85761234",
          "027-85761239", "13307161234", "zhoujie@cjqp.cn", "湖北省武汉市江汉区解放大道690号", "430022", "销售部",
          "孙丽", date(2024, 3,
                                                                                             15), ""],
         dict(mobile="+8613307161234", phone="+862785761234", phones=[("fax", "+862785761239")])),
        (["01002", "南京金陵医药有限公司", "金陵医药", "01", "华东", "医药", "欧阳娜娜", "025-84561234", "",
          "17705141234", "ouyang.nana@jinling-med.cn", "江苏省南京市鼓楼区中山北路30号", "210008", "销售部", "周强",
          date(2024, 4, 22),
                                                                                        ""],
         dict(mobile="+8617705141234", phone="+862584561234")),
        (["02001", "Schmidt & Partner GmbH", "Schmidt", "03", "海外", "贸易", "Anna Müller", "+49 711 1234560", "",
          "+49 151 12345678", "anna.mueller@schmidt-partner.de", "Königstraße 28, 70173 Stuttgart", "70173", "外贸部",
          "吴敏", date(2024, 5, 20), "欧元结算"],
         dict(mobile="+4915112345678", phone="+497111234560")),
        (["02002", "青岛海润食品有限公司", "海润食品", "02", "华北", "食品", "吴刚", "0532-85912345", "", "13953212345",
          "wugang@hairun-food.cn", "山东省青岛市市南区香港中路10号", "266071", "销售部", "zhengh", date(2024, 6, 14),
                                                                                       ""],
         dict(mobile="+8613953212345", phone="+8653285912345")),
        (["01003", "苏州工业园区华兴电子有限公司", "华兴电子", "01", "华东", "电子", "黄磊", "0512-62881234", "",
          "1361616123", "huanglei@huaxing-sz.com", "江苏省苏州市工业园区星湖街328号", "215021", "销售部", "孙丽",
          date(2024, 7, 15),
                                                                                      ""],
         # Ten digits: one lost when the number was typed; kept for review.
         dict(phone="+8651262881234", review=[("mobile", "1361616123")])),
    ]
    rows = Rows(["客户档案"], ["导出时间：2025-03-01 10:00"], U8)
    people = []
    for cells, extra in records:
        row = rows.add(cells)
        people.append(person(cells[6], company=cells[1], email=cells[10], postal_code=cells[12], owner=cells[14],
                             created=cells[15], country=ANY, province=ANY, city=ANY, district=ANY, street=ANY,
                             custom={"客户编码": cells[0], "客户简称": cells[2], "所属分类": cells[3]}, row=row,
                                     **extra))
    footer = rows.add(["合计"])
    path = save(folder / "客户档案.xlsx", "客户档案", rows, titles=2)
    return Fixture(path, people, skipped_rows=[footer], users=USERS, sheet="客户档案", data_rows=len(people))


_CHINESE_DATES = {"2024年7月15日": date(2024, 7, 15)}
U8_XLS = ["客户编码", "客户名称", "联系人", "电话", "手机", "传真", "地址", "专管业务员", "发展日期"]


def u8_xls(folder: Path) -> Fixture:
    """An older U8's 客户档案 saved as Excel 97-2003 (.xls): the header repeated where a printed page would
    break, numbers typed into number cells (floats in BIFF), dates as date cells or as Chinese text."""
    records = [
        (["00101", "上海华信科技有限公司", "张伟", "021-50801234-8002", "13800138000", "021-50801299",
          "上海市浦东新区张江路88号", "孙丽", datetime(2024, 3, 15)],
         dict(mobile="+8613800138000", phone="+862150801234;ext=8002", phones=[("fax", "+862150801299")])),
        (["00102", "北京东方贸易有限公司", "李娜", "010-12345678转8001", "13912345678", "", "北京市朝阳区建国路93号",
          "周强", datetime(2024, 4, 22)],
         dict(mobile="+8613912345678", phone="+861012345678;ext=8001")),
        (["00103", "深圳市腾达电子有限公司", "王芳", "0755-8888 8888 ext. 12", 13700001111.0, "",
          "广东省深圳市南山区科技园南路16号", "吴敏", datetime(2024, 5, 20)],
         dict(mobile="+8613700001111", phone="+8675588888888;ext=12")),
        (["00104", "杭州云帆网络科技有限公司", "刘洋", "0571-87654321", 15867891234.0, "",
          "浙江省杭州市西湖区文三路478号", "郑浩", datetime(2024, 6, 14)],
         dict(mobile="+8615867891234", phone="+8657187654321")),
        (["00105", "广州南方物流有限公司", "陈静", "020-38765432", "18620001234", "", "广东省广州市天河区天河路385号",
          "孙丽", "2024年7月15日"],
         dict(mobile="+8618620001234", phone="+862038765432")),
    ]
    rows = Rows(["客户档案"], ["打印日期：2025-03-01"], U8_XLS)
    people, repeated = [], []
    for n, (cells, extra) in enumerate(records):
        if n == 3:
            repeated.append(rows.add(U8_XLS))  # the next printed page starts with the header again
        row = rows.add(cells)
        written = cells[8]
        created = written.date() if isinstance(written, datetime) else _CHINESE_DATES[written]
        people.append(person(cells[2], company=cells[1], owner=cells[7], created=created, country=ANY, province=ANY,
                      city=ANY, district=ANY, street=ANY,
                             custom={"客户编码": cells[0]}, row=row, **extra))
    footer = rows.add(["合计"])
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("客户档案")
    day = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    sheet.write_merge(0, 0, 0, len(U8_XLS) - 1, "客户档案")
    for r, cells in enumerate(rows.rows[1:], 1):
        for c, value in enumerate(cells):
            if isinstance(value, datetime):
                sheet.write(r, c, value, day)
            elif value != "":
                sheet.write(r, c, value)
    path = folder / "客户档案.xls"
    book.save(str(path))
    return Fixture(path, people, skipped_rows=[*repeated, footer], users=USERS, sheet="客户档案",
                   data_rows=len(people))
