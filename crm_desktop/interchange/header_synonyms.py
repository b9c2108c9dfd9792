"""The column headers that name each import field: common Chinese and English words, merged with vendor exports."""

from __future__ import annotations

from crm_desktop.interchange import vendor_headers as vendor

Table = dict[str, tuple[str, ...]]

_ADDRESS: Table = {
    "country": ("国家", "国家/地区", "国家地区", "所在国家", "Country", "Country/Region", "Country Name"),
    "province": ("省", "省份", "所在省份", "所在省", "省/市/自治区", "Province", "State", "State/Province",
                 "State/Region", "Region"),
    "city": ("市", "城市", "所在城市", "所在市", "市/县", "City", "Town", "City/Town"),
    "district": ("区", "区县", "县区", "区/县", "所在区县", "所在区", "District", "County"),
    "street": ("地址", "详细地址", "街道", "通讯地址", "联系地址", "街道地址", "办公地址", "邮寄地址", "Address",
               "Street", "Street Address", "Postal Address", "Full Address", "Mailing Address", "Address Line 1"),
    "postal_code": ("邮编", "邮政编码", "邮编号码", "Postal Code", "Postcode", "Post Code", "Zip", "Zip Code",
                    "Zip/Postal Code", "Postal/Zip Code"),
    "tags": ("标签", "类别", "分组", "客户标签", "个人标签", "企业标签", "Tags", "Tag", "Label", "Labels", "Categories",
             "Category", "Group Membership"),
    "notes": ("备注", "说明", "备注信息", "附注", "描述", "Notes", "Note", "Remarks", "Remark", "Comment", "Comments",
              "Description"),
    "owner": ("负责人", "客户负责人", "所属负责人", "负责人姓名", "所有人", "归属人", "业务员", "Owner",
              "Record Owner"),
    "created_at": ("创建时间", "创建日期", "录入时间", "录入日期", "Created", "Created At", "Created Date",
                   "Created On", "Created Time", "Create Date", "Creation Date", "Date Created", "Date Added"),
}
# Second address blocks (home, other, shipping): used only when the sheet has no main one.
_ADDRESS_WEAK: Table = {
    "street": ("Address Line 2",),
    "owner": ("跟进人", "客户经理", "Account Manager", "Assigned To", "Assigned User", "Sales Rep"),
}

_CONTACT: Table = {
    "name": ("姓名", "联系人", "名字", "客户姓名", "联系人姓名", "联系人名称", "全名", "Name", "Full Name",
             "Display Name", "Contact", "Contact Name", "Contact Person", "Contact Full Name"),
    "last_name": ("姓", "姓氏", "Last Name", "Family Name", "Surname"),
    "first_name": ("名", "Given Name", "First Name"),
    "middle_name": ("中间名", "Middle Name", "Additional Name"),
    "company": ("公司", "单位", "公司名称", "单位名称", "客户名称", "企业名称", "所属公司", "所属客户", "客户",
                "公司名", "客户名", "工作单位", "Company", "Organization", "Organisation", "Organization Name",
                "Account", "Account Name", "Company Name"),
    "title": ("职位", "职务", "岗位", "头衔", "职称", "Job Title", "Position", "Designation"),
    "department": ("部门", "Department"),
    "mobile": ("手机", "手机号", "手机号码", "移动电话", "电话(手机)", "联系手机", "其他手机", "备用手机", "Mobile",
               "Mobile Phone", "Mobile Number", "Mobile Phone Number", "Mobile No", "Other Mobile", "Cell",
               "Cell Phone", "Cellphone"),
    "phone": ("电话", "座机", "固话", "办公电话", "联系电话", "电话号码", "商务电话", "单位电话", "工作电话", "Phone",
              "Telephone", "Tel", "Phone Number", "Business Phone", "Work Phone", "Office Phone"),
    "home_phone": ("住宅电话", "家庭电话", "家庭号码", "Home Phone", "Home Telephone"),
    "fax": ("传真", "传真号", "传真号码", "商务传真", "住宅传真", "其他传真", "Fax", "Fax Number", "Business Fax",
            "Work Fax", "Home Fax", "Other Fax"),
    "other_phone": ("其他电话", "备用电话", "其他号码", "Other Phone", "Other Telephone", "Alternate Phone"),
    "email": ("邮箱", "电子邮件", "电子邮箱", "邮件", "电子邮件地址", "邮箱地址", "邮件地址", "Email地址", "其他邮箱",
              "备用邮箱", "E-mail", "Email", "Email Address", "E-mail Address", "Mail", "Email ID", "E-mail ID",
              "Primary Email", "Secondary Email", "Work Email", "Home Email", "Other Email"),
    "wechat": ("微信", "微信号", "微信号码", "微信ID", "WeChat", "WeChat ID", "Weixin"),
    "birthday": ("生日", "出生日期", "出生年月日", "Birthday", "Date of Birth", "DOB", "Birth Date", "Birthdate"),
    "source": ("来源", "客户来源", "联系人来源", "线索来源", "来源渠道", "获客渠道", "Source", "Lead Source",
               "Contact Source"),
    "lifecycle": ("生命周期", "生命周期阶段", "客户阶段", "客户生命周期", "Lifecycle Stage", "Lifecycle",
                  "Life Cycle Stage"),
    **_ADDRESS,
}
_CONTACT_WEAK: Table = {
    # Outlook's "Title" is the salutation (Mr., Ms.); it is the job only in sheets without "Job Title".
    "title": ("Title",),
    # A company's switchboard is a contact's work phone only when the sheet has nothing closer.
    "phone": ("主要电话", "单位主要电话", "公司电话", "总机", "Primary Phone", "Company Main Phone", "Main Phone"),
    # 纷享销客 and others write the owner's (internal) department as 所属部门 beside the contact's 部门.
    "department": ("所属部门",),
    "company": ("企业",),
    # In a contact sheet the account's owner stands in only for a missing contact owner.
    "owner": (*_ADDRESS_WEAK["owner"], "Account Owner"),
    "street": _ADDRESS_WEAK["street"],
}

_ACCOUNT: Table = {
    "name": ("客户名称", "公司", "公司名称", "企业名称", "单位", "单位名称", "客户", "客户名", "公司名", "Company",
             "Account", "Account Name", "Company Name", "Organization", "Organisation", "Organization Name"),
    "short_name": ("简称", "客户简称", "公司简称", "Short Name", "Abbreviation"),
    "industry": ("行业", "所属行业", "客户行业", "Industry"),
    "level": ("级别", "客户级别", "等级", "客户等级", "Level", "Rating", "Tier"),
    "status": ("状态", "客户状态", "Status"),
    "source": ("来源", "客户来源", "Source", "Lead Source", "Account Source"),
    "phone": ("电话", "座机", "公司电话", "总机", "单位电话", "联系电话", "电话号码", "Phone", "Telephone", "Tel",
              "Phone Number", "Main Phone", "Company Main Phone", "Business Phone", "Company Phone"),
    "website": ("网址", "网站", "官网", "网页", "网站地址", "主页", "Website", "Web Page", "Web Site", "URL",
                "Homepage", "Website URL"),
    **_ADDRESS,
    "owner": (*_ADDRESS["owner"], "Account Owner", "Company Owner"),
}
_ACCOUNT_WEAK: Table = {
    # A bare "Name" in an address book is the person's; it names the company only in sheets without one.
    "name": ("名称", "Name"),
    # A customer list with only a mobile column: it is the number to call the customer on.
    "phone": ("单位主要电话", "商务电话", "Primary Phone", "手机", "手机号", "手机号码", "移动电话", "Mobile"),
    **_ADDRESS_WEAK,
}


def _merge(*tables: Table) -> Table:
    merged: dict[str, tuple[str, ...]] = {}
    for table in tables:
        for field, headers in table.items():
            merged[field] = (*merged.get(field, ()), *headers)
    return merged


CONTACT = _merge(_CONTACT, *vendor.ADDRESS, *vendor.CONTACT)
CONTACT_WEAK = _merge(_CONTACT_WEAK, *vendor.ADDRESS_WEAK, *vendor.CONTACT_WEAK)
ACCOUNT = _merge(_ACCOUNT, *vendor.ADDRESS, *vendor.ACCOUNT)
ACCOUNT_WEAK = _merge(_ACCOUNT_WEAK, *vendor.ADDRESS_WEAK, *vendor.ACCOUNT_WEAK)
