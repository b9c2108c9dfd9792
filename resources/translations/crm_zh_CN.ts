<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>This customer database is already open in another CRM window. Switch to that window, or close it and try again.</source>
        <translation>该客户数据库已在另一个 CRM 窗口中打开。请切换到该窗口，或关闭它后重试。</translation>
    </message>
    <message>
        <source>The customer database or its folder is read-only, so changes could not be saved. Check the file permissions or choose another location with --db.</source>
        <translation>客户数据库或其所在文件夹为只读，无法保存修改。请检查文件权限，或用 --db 指定其他位置。</translation>
    </message>
    <message>
        <source>The customer database is damaged and cannot be opened.</source>
        <translation>客户数据库已损坏，无法打开。</translation>
    </message>
    <message>
        <source>This customer database was saved by a newer version of the CRM. Please update the app.</source>
        <translation>该客户数据库由更新版本的 CRM 保存，请升级应用。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Open the newest backup</source>
        <translation>打开最新备份</translation>
    </message>
    <message>
        <source>Newest backup: %1</source>
        <translation>最新备份：%1</translation>
    </message>
</context>
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>Edit account</source>
        <translation>编辑客户单位</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建客户单位</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户单位</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>客户等级(&amp;L)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>国家(&amp;U)：</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>省份(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>区县(&amp;D)：</translation>
    </message>
    <message>
        <source>St&amp;reet:</source>
        <translation>街道(&amp;R)：</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Log activity</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>详情(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Place (visits):</source>
        <translation>地点（拜访）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Next follow-up:</source>
        <translation>下次跟进(&amp;N)：</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>（已逾期）</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Mark task done</source>
        <translation>标记任务完成</translation>
    </message>
    <message>
        <source>%1 due today, %2 overdue</source>
        <translation>今日到期 %1 项，逾期 %2 项</translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>输入以查找公司</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>所属公司(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职位(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;WeChat:</source>
        <translation>微信(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>生日(&amp;B)：</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Primary contact of the account</source>
        <translation>公司主要联系人(&amp;P)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户单位</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 位联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个客户单位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>记录跟进…</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>新建联系人…</translation>
    </message>
    <message>
        <source>Activity timeline</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>What happened? (Enter to log)</source>
        <translation>发生了什么？（回车记录）</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <source>Pick a row in the list, or search with Ctrl+K.</source>
        <translation>在列表中选择一行，或按 Ctrl+K 搜索。</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>%1 级客户</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Same mobile number</source>
        <translation>手机号相同</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>Same e-mail address</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>Same company name</source>
        <translation>公司名称相同</translation>
    </message>
    <message>
        <source>Similar name at the same account</source>
        <translation>同一公司下姓名相近</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>This looks like a record you already have:</source>
        <translation>这条记录可能已经存在：</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>打开已有记录</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>意向客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>陌生拜访</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Field CRM</source>
        <translation>外勤 CRM</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户管理</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>我的日程</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New &amp;contact…</source>
        <translation>新建联系人(&amp;C)…</translation>
    </message>
    <message>
        <source>New &amp;account…</source>
        <translation>新建客户单位(&amp;A)…</translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation>加载演示数据(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation>编辑所选(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>删除所选(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Merge two selected…</source>
        <translation>合并所选两条(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>“%1” could not be undone or redone: the record has changed since. The step was removed from the undo history.</source>
        <translation>“%1”无法撤销或重做：记录已被更改。该步骤已从撤销历史中移除。</translation>
    </message>
    <message>
        <source>Deleted %1. Undo with Ctrl+Z.</source>
        <translation>已删除 %1。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Select exactly two rows to merge.</source>
        <translation>请选择两行进行合并。</translation>
    </message>
    <message>
        <source>Keep which record? The other one&apos;s activities, contacts and empty fields move to it, and it is removed. This cannot be undone.</source>
        <translation>保留哪一条？另一条的跟进记录、联系人和空白字段将并入保留的记录，然后被删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The language changes the next time the CRM starts.</source>
        <translation>界面语言将在下次启动 CRM 时生效。</translation>
    </message>
    <message>
        <source>Your customer database is empty. Load %1 demo customers to try the CRM? You can delete them later.</source>
        <translation>客户数据库为空。要加载 %1 条演示客户来试用吗？之后可以删除。</translation>
    </message>
    <message>
        <source>Add %1 demo customers to this database?</source>
        <translation>向当前数据库添加 %1 条演示客户？</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Creating demo customers…</source>
        <translation>正在生成演示客户…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search name, pinyin, phone, e-mail, company…  (Ctrl+K)</source>
        <translation>搜索姓名、拼音、电话、邮箱、公司…（Ctrl+K）</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>默认电话地区</translation>
    </message>
    <message>
        <source>Demo data size</source>
        <translation>演示数据条数</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Default phone &amp;region:</source>
        <translation>默认电话区号地区(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Demo data size:</source>
        <translation>演示数据条数(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Open task, due %1</source>
        <translation>未完成任务，截止 %1</translation>
    </message>
    <message>
        <source>Next follow-up: %1</source>
        <translation>下次跟进：%1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Create %1</source>
        <translation>新建 %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This value is not one of the choices.</source>
        <translation>该值不在可选范围内。</translation>
    </message>
    <message>
        <source>Tags are at most 40 characters.</source>
        <translation>标签最多 40 个字符。</translation>
    </message>
    <message>
        <source>An activity belongs to an account or a contact.</source>
        <translation>跟进记录必须关联客户单位或联系人。</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>邮箱地址格式不正确。</translation>
    </message>
    <message>
        <source>This name is too long (at most 120 characters).</source>
        <translation>名称过长（最多 120 个字符）。</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>电话号码无效。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>Pick the company from the list, or leave the field empty.</source>
        <translation>请从列表中选择公司，或留空。</translation>
    </message>
</context>
</TS>
