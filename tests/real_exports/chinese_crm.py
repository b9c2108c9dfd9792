"""Chinese CRMs' contact and customer lists as xlsx: 纷享销客, 销售易, 悟空CRM, 钉钉客户管理 and 企业微信."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl

from tests.real_exports.expected import ANY, Fixture, Rows, person, write_sheet

# Owners as the CRMs write them (display names); 郑浩 is also known by his login "zhengh"; 吴敏 has no user here.
USERS = [("sunli", "孙丽"), ("zhouqiang", "周强"), ("zhengh", "郑浩")]


def save(path: Path, title: str, rows: Rows, *, titles: int = 0) -> Path:
    """One sheet; the first `titles` rows (a report title, the export time) merged across the header's width."""
    book = openpyxl.Workbook()
    sheet = write_sheet(book, title, rows.rows, first=True)
    width = max(len(r) for r in rows.rows)
    for n in range(1, titles + 1):
        sheet.merge_cells(start_row=n, start_column=1, end_row=n, end_column=width)
    header = titles + 1
    for cell in sheet[header]:
        cell.font = openpyxl.styles.Font(bold=True)
    sheet.freeze_panes = sheet.cell(row=header + 1, column=1)
    book.save(path)
    return path


FXIAOKE = ["姓名", "客户名称", "手机", "电话", "邮箱", "职务", "部门", "负责人", "负责人主属部门", "联系人来源", "省",
           "市", "区", "详细地址", "创建人", "创建时间", "最后修改时间", "生命状态", "锁定状态"]


def fxiaoke_xlsx(folder: Path) -> Fixture:
    """纷享销客 联系人 export: the header on the first row, mobiles as number cells, 省/市/区 split."""
    records = [
        (["张伟", "上海华信科技有限公司", 13800138000, "021-50801234-8002", "zhang.wei@huaxin-tech.cn", "采购经理",
          "采购部", "孙丽", "销售一部", "展会", "上海市", "上海市", "浦东新区", "张江路88号", "孙丽",
          "2024-03-15 16:15"],
         dict(mobile="+8613800138000", phone="+862150801234;ext=8002")),
        (["李娜", "北京东方贸易有限公司", 13912345678, "010-12345678转8001", "li.na@dongfang-trade.cn", "销售总监", "",
          "周强", "销售二部", "官网", "北京市", "北京市", "朝阳区", "建国路93号", "周强", "2024-04-22 09:00"],
         dict(mobile="+8613912345678", phone="+861012345678;ext=8001")),
        (["王芳", "深圳市腾达电子有限公司", 13700001111, "0755-8888 8888 ext. 12", "wangfang@tengda-sz.com", "财务经理",
          "", "吴敏", "华南大区", "转介绍", "广东省", "深圳市", "南山区", "科技园南路16号", "吴敏", "2024-05-20 17:45"],
         dict(mobile="+8613700001111", phone="+8675588888888;ext=12")),
        (["刘洋", "杭州云帆网络科技有限公司", "1.58679E+10", "0571-87654321", "liuyang@yunfan.net.cn", "技术总监", "",
          "郑浩", "销售一部", "展会", "浙江省", "杭州市", "西湖区", "文三路478号", "郑浩", "2024-06-14 08:30"],
         # Excel's scientific notation lost the last digits of the mobile: kept as written, for review.
         dict(phone="+8657187654321", review=[("mobile", "1.58679E+10")])),
        (["欧阳娜娜", "南京金陵医药有限公司", 17705141234, "025-84561234", "ouyang.nana@jinling-med.cn", "采购专员", "",
          "孙丽", "销售一部", "电话营销", "江苏省", "南京市", "鼓楼区", "中山北路30号", "孙丽", "2024-07-15 12:00"],
         dict(mobile="+8617705141234", phone="+862584561234")),
    ]
    rows = Rows(FXIAOKE)
    people = []
    for cells, extra in records:
        created = cells[15]
        row = rows.add([*cells, created, "正常", "未锁定"])
        people.append(person(cells[0], company=cells[1], email=cells[4], owner=cells[7], source=cells[9],
                             province=cells[10], city=cells[11], district=cells[12], street=cells[13],
                             created=date.fromisoformat(created[:10]), custom={"负责人主属部门": cells[8]},
                             row=row, **extra))
    path = save(folder / "联系人_20250301100000.xlsx", "联系人", rows)
    return Fixture(path, people, users=USERS, sheet="联系人", data_rows=len(people))


XIAOSHOUYI = ["联系人姓名", "所属客户", "手机", "电话", "邮箱", "职务", "部门", "国家/地区", "省份", "城市", "区县",
              "地址", "邮编", "所有人", "所属部门", "联系人来源", "创建人", "创建日期", "最新修改日"]


def xiaoshouyi_xlsx(folder: Path) -> Fixture:
    """销售易 (Neocrm) 联系人: a title and the export time above the header, a country column in Chinese,
    "共 n 条" under the data."""
    records = [
        (["张伟", "上海华信科技有限公司", "13800138000", "021-50801234-8002", "zhang.wei@huaxin-tech.cn", "采购经理",
          "采购部", "中国", "上海市", "上海市", "浦东新区", "张江路88号", "201203", "孙丽", "销售一部", "展会", "孙丽",
          date(2024,
                                                                                         3, 15)],
         dict(mobile="+8613800138000", phone="+862150801234;ext=8002", country="CN")),
        (["Anna Müller", "Schmidt & Partner GmbH", "0151 12345678", "0711 1234560", "anna.mueller@schmidt-partner.de",
          "Einkaufsleiterin", "", "德国", "Baden-Württemberg", "Stuttgart", "", "Königstraße 28", "70173", "孙丽",
          "海外部", "官网", "孙丽", date(2024, 4, 22)],
         # 德国 in the country column: the national numbers are German.
         dict(mobile="+4915112345678", phone="+497111234560", country="DE")),
        (["John Smith", "Acme Industrial Ltd", "07911 123456", "020 7946 000", "john.smith@acme-industrial.co.uk",
          "Purchasing Manager", "", "英国", "", "London", "", "1 King Street", "EC2V 8AU", "周强", "海外部", "展会",
          "周强", date(2024, 5, 20)],
         dict(mobile="+447911123456", country="GB", review=[("phone", "020 7946 000")])),
        (["Michael Johnson", "Pacific Components Inc.", "(415) 326-4100", "(650) 253-0000",
          "m.johnson@pacific-components.com", "VP Sales", "", "美国", "CA", "Mountain View", "",
          "1600 Amphitheatre Pkwy", "94043", "吴敏", "海外部", "转介绍", "吴敏", date(2024, 6, 14)],
         dict(mobile="+14153264100", phone="+16502530000", country="US")),
        (["陈静", "广州南方物流有限公司", "18620001234", "020-38765432", "chenjing@nanfang-log.com", "运营主管", "",
          "中国", "广东省", "广州市", "天河区", "天河路385号", "510620", "郑浩", "销售二部", "电话营销", "郑浩",
          date(2024, 7, 15)],
         dict(mobile="+8618620001234", phone="+862038765432", country="CN")),
    ]
    rows = Rows(["联系人"], ["导出时间：2025-03-01 10:00"], XIAOSHOUYI)
    people = []
    for cells, extra in records:
        row = rows.add([*cells, datetime(2025, 2, 27, 9, 12)])
        people.append(person(cells[0], company=cells[1], email=cells[4], province=cells[8] or None, city=cells[9],
                             district=cells[10] or None, street=cells[11], postal_code=cells[12], owner=cells[13],
                             source=cells[15], created=cells[17], custom={"所属部门": cells[14]}, row=row, **extra))
    rows.add([])
    footer = rows.add([f"共 {len(people)} 条"])
    path = save(folder / "联系人列表.xlsx", "联系人", rows, titles=2)
    return Fixture(path, people, skipped_rows=[footer], users=USERS, sheet="联系人", data_rows=len(people))


WUKONG = ["姓名", "客户名称", "手机", "电话", "电子邮箱", "职务", "是否关键决策人", "地址", "下次联系时间", "备注",
          "负责人", "创建人", "创建时间", "更新时间", "最后跟进时间"]


def wukong_xlsx(folder: Path) -> Fixture:
    """悟空CRM 联系人 export: the address in one cell (whose split is left to the importer)."""
    records = [
        (["王芳", "深圳市腾达电子有限公司", "13700001111", "0755-88888888", "wangfang@tengda-sz.com", "财务经理", "是",
          "广东省深圳市南山区科技园南路16号", "2025-03-05 10:00:00", "", "孙丽", "孙丽", "2024-03-15 16:15:00"],
         dict(mobile="+8613700001111", phone="+8675588888888")),
        (["赵磊", "成都蜀信软件有限公司", "13980012345", "028-85123456", "zhaolei@shuxin.com.cn", "项目经理", "否",
          "四川省成都市武侯区天府大道1700号", "", "年底有预算", "周强", "周强", "2024-04-22 09:00:00"],
         dict(mobile="+8613980012345", phone="+862885123456")),
        (["周杰", "武汉长江汽车配件有限公司", "133 0716 1234", "027-85761234", "zhoujie@cjqp.cn", "总经理", "是",
          "湖北省武汉市江汉区解放大道690号", "", "", "吴敏", "吴敏", "2024-05-20 17:45:00"],
         dict(mobile="+8613307161234", phone="+862785761234")),
        (["黄磊", "苏州工业园区华兴电子有限公司", "13616161234", "0512-62881234", "huanglei#huaxing-sz.com", "采购经理",
          "否", "江苏省苏州市工业园区星湖街328号", "", "", "郑浩", "郑浩", "2024-06-14 08:30:00"],
         # "#" for "@": kept for review.
         dict(mobile="+8613616161234", phone="+8651262881234", review=[("email", "huanglei#huaxing-sz.com")])),
        (["吴刚", "青岛海润食品有限公司", "13953212345", "0532-85912345", "wugang@hairun-food.cn", "销售经理", "否",
          "山东省青岛市市南区香港中路10号", "", "", "孙丽", "孙丽", "2024-07-15 12:00:00"],
         dict(mobile="+8613953212345", phone="+8653285912345")),
    ]
    rows = Rows(WUKONG)
    people = []
    for cells, extra in records:
        row = rows.add([*cells, cells[12], cells[12]])
        reviewed = {field for field, _ in extra.get("review", ())}
        people.append(person(cells[0], company=cells[1], email=None if "email" in reviewed else cells[4],
                             owner=cells[10], created=date.fromisoformat(cells[12][:10]), country=ANY, province=ANY,
                             city=ANY, district=ANY, street=ANY, custom={"是否关键决策人": cells[6]}, row=row, **extra))
    path = save(folder / "联系人信息.xlsx", "联系人信息", rows)
    return Fixture(path, people, users=USERS, sheet="联系人信息", data_rows=len(people))


DINGTALK = ["客户名称", "联系人", "手机号", "固定电话", "邮箱", "国家", "省份", "城市", "区县", "详细地址", "客户来源",
            "客户状态", "负责人", "协同人", "创建人", "创建时间", "标签"]


def dingtalk_xlsx(folder: Path) -> Fixture:
    """钉钉 客户管理 customer list: one customer per row with its contact person; countries in Chinese."""
    records = [
        (["上海华信科技有限公司", "张伟", "13800138000", "021-50801234-8002", "zhang.wei@huaxin-tech.cn", "中国",
          "上海市", "上海市", "浦东新区", "张江路88号", "展会", "跟进中", "孙丽", "周强", "孙丽", "2024-03-15 16:15",
          "VIP"],
         dict(mobile="+8613800138000", phone="+862150801234;ext=8002", country="CN")),
        (["Weber Maschinenbau AG", "Thomas Weber", "0170 1234567", "089 12345670", "thomas.weber@weber-maschinenbau.de",
          "德国", "巴伐利亚州", "慕尼黑", "", "Leopoldstraße 1", "官网", "初步接触", "周强", "", "周强",
          "2024-04-22 09:00", ""],
         dict(mobile="+491701234567", phone="+498912345670", country="DE")),
        (["Northwind Traders Ltd", "Emily Brown", "07911 123457", "0161 234 5678",
          "emily.brown@northwind-traders.co.uk", "英国", "", "曼彻斯特", "", "", "转介绍", "初步接触", "郑浩", "",
          "郑浩", "2024-05-20 17:45", ""],
         dict(mobile="+447911123457", phone="+441612345678", country="GB")),
        (["Pacific Components Inc.", "Michael Johnson", "+1 415 326 4100", "+1 650 253 0000",
          "m.johnson@pacific-components.com", "美国", "加利福尼亚州", "山景城", "", "1600 Amphitheatre Pkwy", "展会",
          "成交客户", "吴敏", "", "吴敏", "2024-06-14 08:30", ""],
         dict(mobile="+14153264100", phone="+16502530000", country="US")),
        (["南京金陵医药有限公司", "欧阳娜娜", "17705141234", "025-84561234", "ouyang.nana@jinling-med.cn", "中国",
          "江苏省", "南京市", "鼓楼区", "中山北路30号", "电话营销", "跟进中", "孙丽", "", "孙丽", "2024-07-15 12:00",
          ""],
         dict(mobile="+8617705141234", phone="+862584561234", country="CN")),
    ]
    rows = Rows(["客户"], ["导出时间：2025-03-01 10:00:00"], DINGTALK)
    people = []
    for cells, extra in records:
        row = rows.add(cells)
        people.append(person(cells[1], company=cells[0], email=cells[4], province=cells[6] or None, city=cells[7],
                             district=cells[8] or None, street=cells[9] or None, source=cells[10], owner=cells[12],
                             created=date.fromisoformat(cells[15][:10]), custom={"客户状态": cells[11]}, row=row,
                             **extra))
    rows.add([])
    footer = rows.add([f"共 {len(people)} 条"])
    path = save(folder / "客户_20250301.xlsx", "客户", rows, titles=2)
    return Fixture(path, people, skipped_rows=[footer], users=USERS, sheet="客户", data_rows=len(people))


WECOM = ["客户名称", "备注名", "性别", "企业", "添加人", "所属部门", "添加时间", "添加渠道", "标签", "描述", "手机号"]


def wecom_xlsx(folder: Path) -> Fixture:
    """企业微信 客户联系 customer list: 客户名称 is the WeChat nickname, 备注名 the name the rep gave it,
    企业 the company."""
    records = [
        (["Wei🌊", "张伟", "男", "上海华信科技有限公司", "孙丽", "销售一部", "2024-03-15 16:15", "扫描渠道二维码",
          "展会客户", "华信采购负责人", "13800138000"],
         dict(mobile="+8613800138000")),
        (["娜娜Nana", "欧阳娜娜", "女", "南京金陵医药有限公司", "周强", "销售二部", "2024-04-22 09:00",
          "通过搜索手机号添加", "", "", "17705141234"],
         dict(mobile="+8617705141234")),
        (["A刘洋-云帆", "刘洋", "男", "杭州云帆网络科技有限公司", "吴敏", "华东大区", "2024-05-20 17:45", "名片分享",
          "", "", "15867891234,13512345678"],
         # Two numbers in the one 手机号 cell: both kept.
         dict(mobile="+8615867891234", phones=[("mobile", "+8613512345678")])),
        (["🍀", "周杰", "男", "武汉长江汽车配件有限公司", "郑浩", "销售一部", "2024-06-14 08:30", "扫描渠道二维码", "",
          "", "133 0716 1234"],
         dict(mobile="+8613307161234")),
    ]
    rows = Rows(WECOM)
    people = []
    for cells, extra in records:
        row = rows.add(cells)
        people.append(person(cells[1], company=cells[3], owner=cells[4], source=cells[7],
                             created=date.fromisoformat(cells[6][:10]), custom={"所属部门": cells[5]}, row=row,
                                                        **extra))
    path = save(folder / "客户列表.xlsx", "客户列表", rows)
    return Fixture(path, people, users=USERS, sheet="客户列表", data_rows=len(people))
