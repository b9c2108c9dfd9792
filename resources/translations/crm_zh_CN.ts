<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>AccountPickerDialog</name>
    <message>
        <source>Choose the account</source>
        <translation>选择客户单位</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>输入以查找公司</translation>
    </message>
</context>
<context>
    <name>ActivityCommands</name>
    <message>
        <source>Follow-up: %1</source>
        <translation>跟进：%1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>已删除“%1”。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Overdue: %1 · Today: %2 · Next 7 days: %3</source>
        <translation>逾期：%1 · 今天：%2 · 未来 7 天：%3</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>“%1” could not be undone or redone: the activity has changed since. The step was removed from the undo history.</source>
        <translation>“%1”无法撤销或重做：该跟进记录已被更改。此步骤已从撤销历史中移除。</translation>
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
    <message>
        <source>Log the follow-up</source>
        <translation>记录跟进结果</translation>
    </message>
    <message>
        <source>Plan the next one</source>
        <translation>安排下次跟进</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>编辑跟进记录</translation>
    </message>
</context>
<context>
    <name>ActivityTimeline</name>
    <message>
        <source>Edit activity…</source>
        <translation>编辑跟进记录…</translation>
    </message>
    <message>
        <source>Correct the selected activity (double-click it, or F2)</source>
        <translation>修改选中的跟进记录（双击或按 F2）</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>删除跟进记录</translation>
    </message>
    <message>
        <source>Delete the selected activity (Delete); Ctrl+Z brings it back</source>
        <translation>删除选中的跟进记录（Delete 键）；按 Ctrl+Z 可恢复</translation>
    </message>
</context>
<context>
    <name>ActivityUndo</name>
    <message>
        <source>Log “%1”</source>
        <translation>记录“%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
</context>
<context>
    <name>AddContactsDialog</name>
    <message>
        <source>Add contacts to the campaign</source>
        <translation>添加联系人到营销活动</translation>
    </message>
    <message>
        <source>Type a name, company or phone</source>
        <translation>输入姓名、公司或电话</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>从列表移除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AdjustStockDialog</name>
    <message>
        <source>Adjust stock</source>
        <translation>调整库存</translation>
    </message>
    <message>
        <source>&amp;Receive goods (+)</source>
        <translation>收货入库（+）(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Write off (−)</source>
        <translation>报损出库（−）(&amp;W)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>e.g. delivery PO-2026-031, stocktake</source>
        <translation>如：采购入库 PO-2026-031、盘点</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>On hand / reserved:</source>
        <translation>库存 / 已预留：</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>变动：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
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
        <source>the latest %1 shown</source>
        <translation>显示最近的 %1 条</translation>
    </message>
    <message>
        <source>the first %1 shown</source>
        <translation>显示前 %1 条</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Nothing is due. Follow-ups you plan when you log an activity, and open tasks, show here.</source>
        <translation>暂无待办。记录跟进时安排的下次跟进和未完成的任务会显示在这里。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Tick the selected tasks off; for a follow-up, log what came of it (that settles it, and you can plan the next one)</source>
        <translation>将选中的任务标为完成；对于跟进，记录跟进结果（跟进随之完成，并可安排下一次）</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>签到…</translation>
    </message>
    <message>
        <source>Check in at the selected customer: records when and where you are</source>
        <translation>在所选客户处签到：记录时间和位置</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 项逾期</translation>
    </message>
    <message>
        <source>%1 due today</source>
        <translation>今天 %1 项</translation>
    </message>
    <message>
        <source>%1 in the next 7 days</source>
        <translation>未来 7 天 %1 项</translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation>以后 %1 项</translation>
    </message>
    <message>
        <source>Tomorrow (%1)</source>
        <translation>明天（%1）</translation>
    </message>
    <message>
        <source>Next week (%1)</source>
        <translation>下周（%1）</translation>
    </message>
    <message>
        <source>Clear follow-up (none needed)</source>
        <translation>取消跟进（无需跟进）</translation>
    </message>
</context>
<context>
    <name>AllDayBar</name>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Opening the customer database…</source>
        <translation>正在打开客户数据库…</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Open the newest good backup</source>
        <translation>打开最新的完好备份</translation>
    </message>
    <message>
        <source>The damaged file is kept in the backups folder.</source>
        <translation>损坏的文件会保存在备份文件夹中。</translation>
    </message>
    <message>
        <source>Restoring the newest good backup…</source>
        <translation>正在恢复最新的完好备份…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>No backup could be restored: %1</source>
        <translation>没有可恢复的备份：%1</translation>
    </message>
    <message>
        <source>None of the backups opens and passes the check.</source>
        <translation>没有任何备份能打开并通过检查。</translation>
    </message>
    <message>
        <source>The CRM did not close properly last time. Checking the database…</source>
        <translation>CRM 上次未正常关闭。正在检查数据库…</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>SQLite found damage in the customer database:
%1

Restore the newest good backup? The damaged database is kept in the backups folder.</source>
        <translation>SQLite 在客户数据库中发现损坏：
%1

是否恢复最新的完好备份？损坏的数据库会保存在备份文件夹中。</translation>
    </message>
    <message>
        <source>Looking for the newest good backup…</source>
        <translation>正在查找最新的完好备份…</translation>
    </message>
    <message>
        <source>Your customer database is not encrypted: anyone who gets hold of this computer&apos;s disk can read it. Encrypt it now? This computer has no system keyring to keep the key in, so you will choose a passphrase and type it each time the CRM starts.</source>
        <translation>您的客户数据库未加密：任何拿到这台电脑硬盘的人都能读取。现在加密吗？这台电脑没有可保存密钥的系统钥匙串，因此您需要设置一个密码短语，并在每次启动 CRM 时输入。</translation>
    </message>
    <message>
        <source>Encrypt the customer database</source>
        <translation>加密客户数据库</translation>
    </message>
    <message>
        <source>&amp;Keep it unencrypted</source>
        <translation>保持不加密(&amp;K)</translation>
    </message>
    <message>
        <source>Saving your choice…</source>
        <translation>正在保存您的选择…</translation>
    </message>
    <message>
        <source>Your customer database is not encrypted: anyone who gets hold of this computer&apos;s disk can read it. Encrypt it now? Its key is kept in the system keyring, so you will not have to type anything.</source>
        <translation>您的客户数据库未加密：任何拿到这台电脑硬盘的人都能读取。现在加密吗？密钥会保存在系统钥匙串中，您无需输入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Encrypt now</source>
        <translation>立即加密(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>以后再说(&amp;N)</translation>
    </message>
    <message>
        <source>Encrypting the customer database…</source>
        <translation>正在加密客户数据库…</translation>
    </message>
    <message>
        <source>The database could not be encrypted and is unchanged: %1</source>
        <translation>数据库未能加密，且保持不变：%1</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>The backup is restored. The database it replaced is kept as %1.</source>
        <translation>备份已恢复。被替换的数据库保存为 %1。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>未恢复任何内容：%1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>Select a file to see it here.</source>
        <translation>选择一个文件即可在此预览。</translation>
    </message>
    <message>
        <source>Not downloaded yet: the file arrives with the next sync.</source>
        <translation>尚未下载：文件将在下次同步时到达。</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>正在加载预览…</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Use Open to view it.</source>
        <translation>此类文件无法预览。请用“打开”查看。</translation>
    </message>
    <message>
        <source>This file is too large to preview. Use Open to view it.</source>
        <translation>文件太大，无法预览。请用“打开”查看。</translation>
    </message>
    <message>
        <source>This image cannot be shown. Use Open to view it with another program.</source>
        <translation>无法显示此图片。请用“打开”以其他程序查看。</translation>
    </message>
    <message>
        <source>This PDF cannot be shown. Use Open to view it with another program.</source>
        <translation>无法显示此 PDF。请用“打开”以其他程序查看。</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>无法生成预览：%1</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>No customer, contact, deal, order, ticket or visit has the id {id}.</source>
        <translation>没有编号为 {id} 的客户、联系人、商机、订单、工单或拜访。</translation>
    </message>
    <message>
        <source>Attached {name} ({size}) as {id}.</source>
        <translation>已附加 {name}（{size}），编号 {id}。</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>没有附件。</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>在本机</translation>
    </message>
    <message>
        <source>not downloaded yet</source>
        <translation>尚未下载</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>文件 {name} 不存在。</translation>
    </message>
    <message>
        <source>The file {name} cannot be read.</source>
        <translation>无法读取文件 {name}。</translation>
    </message>
    <message>
        <source>The file {name} is {size}; files larger than {limit} cannot be attached.</source>
        <translation>文件 {name} 大小为 {size}；超过 {limit} 的文件不能附加。</translation>
    </message>
    <message>
        <source>The file {name} ({size}) does not fit: your attachments may take {limit} in all and {used} is used.</source>
        <translation>文件 {name}（{size}）放不下：您的附件总共最多 {limit}，已用 {used}。</translation>
    </message>
    <message>
        <source>The file {name} is not downloaded yet; it arrives with the next sync.</source>
        <translation>文件 {name} 尚未下载，将在下次同步时到达。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>名片</translation>
    </message>
    <message>
        <source>The record was deleted meanwhile: no files can be added to it.</source>
        <translation>该记录已被删除，不能再添加文件。</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Drop files here, or use Add…</source>
        <translation>把文件拖到这里，或点“添加…”</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Attach files (you can also drop them on the list)</source>
        <translation>附加文件（也可以把文件拖到列表上）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save the record first, then attach files to it.</source>
        <translation>请先保存记录，再附加文件。</translation>
    </message>
    <message>
        <source>Not downloaded yet: the file arrives with the next sync.</source>
        <translation>尚未下载：文件将在下次同步时到达。</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>保存附件</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n file(s) from this record? This cannot be undone.</source>
        <translation>
            <numerusform>从此记录中删除 %n 个文件？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete files</source>
        <translation>删除文件</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Account</source>
        <translation>客户单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Deal line</source>
        <translation>商机明细</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quote or order</source>
        <translation>报价单或订单</translation>
    </message>
    <message>
        <source>Quote or order line</source>
        <translation>报价单或订单明细</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Ticket history</source>
        <translation>工单处理记录</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>销售管道阶段</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Campaign member</source>
        <translation>活动成员</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>E-mail template</source>
        <translation>邮件模板</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Stock moved</source>
        <translation>库存变动</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Part of a name</source>
        <translation>名称中的部分文字</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Only this record; type to look for others</source>
        <translation>仅此记录；输入文字可查找其他记录</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>正在查找…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 条变更</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>正在导出审计日志…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条变更导出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>it was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <source>no passphrase was given.</source>
        <translation>未输入密码短语。</translation>
    </message>
    <message>
        <source>the disk is full. Free some space or choose another drive.</source>
        <translation>磁盘已满。请释放空间或选择其他磁盘。</translation>
    </message>
    <message>
        <source>the file could not be written (%1).</source>
        <translation>文件无法写入（%1）。</translation>
    </message>
    <message>
        <source>this backup does not open with this database&apos;s key: it was made by another installation or with another passphrase.</source>
        <translation>此备份无法用本数据库的密钥打开：它由另一台电脑上的安装或用另一个密码短语创建。</translation>
    </message>
    <message>
        <source>this backup was made by a newer version of the CRM.</source>
        <translation>此备份由更新版本的 CRM 创建。</translation>
    </message>
    <message>
        <source>this backup is damaged or is not a CRM database.</source>
        <translation>此备份已损坏，或不是 CRM 数据库。</translation>
    </message>
    <message>
        <source>the backup file is gone.</source>
        <translation>备份文件已不存在。</translation>
    </message>
</context>
<context>
    <name>BulkAssignDialog</name>
    <message>
        <source>Assign tickets</source>
        <translation>分派工单</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1（我）</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分派</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>分派给：</translation>
    </message>
    <message numerus="yes">
        <source>%n selected ticket(s)</source>
        <translation>
            <numerusform>已选 %n 张工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>it has no start time</source>
        <translation>没有开始时间</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>a follow-up or deal date exported by this app</source>
        <translation>这是本应用导出的跟进或商机日期</translation>
    </message>
    <message>
        <source>its repeat rule could not be read: the first occurrence was imported</source>
        <translation>无法识别其重复规则：只导入了第一次</translation>
    </message>
    <message>
        <source>it repeats too often: the first 500 occurrences were imported</source>
        <translation>重复次数过多：只导入了前 500 次</translation>
    </message>
    <message>
        <source>it was deleted here</source>
        <translation>已在本机删除</translation>
    </message>
    <message>
        <source>the file is not an iCalendar (.ics) file or is damaged. Nothing was imported.</source>
        <translation>该文件不是 iCalendar (.ics) 文件或已损坏。未导入任何内容。</translation>
    </message>
    <message>
        <source>the file is larger than 20 MB. Nothing was imported.</source>
        <translation>文件大于 20 MB。未导入任何内容。</translation>
    </message>
    <message>
        <source>Cannot import {file}: {reason}</source>
        <translation>无法导入 {file}：{reason}</translation>
    </message>
    <message>
        <source>the file cannot be read ({error}). Nothing was imported.</source>
        <translation>无法读取该文件（{error}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation>无法写入 {file}：{error}</translation>
    </message>
    <message>
        <source>{created} meetings created, {updated} updated, {unchanged} unchanged, {matched} matched to contacts by e-mail, {skipped} skipped.</source>
        <translation>新建会议 {created} 个，更新 {updated} 个，未变 {unchanged} 个，按邮箱匹配联系人 {matched} 个，跳过 {skipped} 个。</translation>
    </message>
    <message>
        <source>Skipped “{event}”: {reason}</source>
        <translation>已跳过“{event}”：{reason}</translation>
    </message>
    <message>
        <source>Exported {count} calendar entries to {file}</source>
        <translation>已将 {count} 条日程导出到 {file}</translation>
    </message>
    <message>
        <source>No user named {name} whose calendar you may see.</source>
        <translation>没有名为 {name} 且你有权查看其日历的用户。</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>{value} 不是日期（格式 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>另有 %1 项</translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>导出日历(&amp;C)…</translation>
    </message>
    <message>
        <source>Visits, meetings, tasks, follow-ups and deals&apos; closes as an .ics file for Outlook, Google or DingTalk</source>
        <translation>将拜访、会议、任务、跟进和商机预计成交日期导出为 .ics 文件，供 Outlook、Google 或钉钉使用</translation>
    </message>
    <message>
        <source>Import calen&amp;dar…</source>
        <translation>导入日历(&amp;D)…</translation>
    </message>
    <message>
        <source>Meetings of an .ics file as activities, matched to contacts by e-mail</source>
        <translation>将 .ics 文件中的会议导入为跟进记录，并按邮箱匹配联系人</translation>
    </message>
    <message>
        <source>Calendar &amp;subscription link…</source>
        <translation>日历订阅链接(&amp;S)…</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>改期“%1”</translation>
    </message>
    <message>
        <source>A deal&apos;s expected close date is changed on the deal.</source>
        <translation>商机的预计成交日期请在商机中修改。</translation>
    </message>
    <message>
        <source>Plan visit “%1”</source>
        <translation>安排拜访“%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar 文件 (*.ics);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Connect to your company&apos;s server first (File, Connect to server…): the subscription link comes from there.</source>
        <translation>请先连接公司服务器（文件 → 连接服务器…）：订阅链接由服务器提供。</translation>
    </message>
    <message>
        <source>The server cannot give a subscription link now (offline, or a server without calendar feeds). Try again when you are connected.</source>
        <translation>服务器暂时无法提供订阅链接（离线，或服务器不支持日历订阅）。请在联网后重试。</translation>
    </message>
    <message>
        <source>Calendar subscription</source>
        <translation>日历订阅</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>“%1” could not be undone or redone: the activity has changed since. The step was removed from the undo history.</source>
        <translation>无法撤销或重做“%1”：该跟进记录此后已被修改。此步骤已从撤销历史中移除。</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Drag an entry to move it; drag over free time to plan a visit; double-click to open. Ctrl+Z undoes a move.</source>
        <translation>拖动日程可改期；在空闲时段上拖动可安排拜访；双击打开。Ctrl+Z 撤销改期。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Calendar of</source>
        <translation>查看谁的日历</translation>
    </message>
    <message>
        <source>Subscribe…</source>
        <translation>订阅…</translation>
    </message>
    <message>
        <source>A link that shows this calendar in Outlook, Google Calendar, DingTalk or your phone</source>
        <translation>在 Outlook、Google 日历、钉钉或手机上显示此日历的链接</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>我的团队</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Photograph the card</source>
        <translation>拍摄名片</translation>
    </message>
    <message>
        <source>Hold the card flat, filling most of the picture, and take the photo.</source>
        <translation>将名片放平，让它占满大部分画面，然后拍照。</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>The photo could not be saved in %1.</source>
        <translation>照片无法保存到 %1。</translation>
    </message>
    <message>
        <source>The camera did not take the photo: %1</source>
        <translation>摄像头未能拍照：%1</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Edit campaign</source>
        <translation>编辑营销活动</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>e.g. 20000</source>
        <translation>例如 20000</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <source>Launching the campaign adds this segment&apos;s contacts as members</source>
        <translation>启动活动时，该客户分群中的联系人将成为活动成员</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S):</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>开始日期:</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>结束日期:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>预算(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Actual cost:</source>
        <translation>实际费用(&amp;A):</translation>
    </message>
    <message>
        <source>E&amp;xpected revenue:</source>
        <translation>预期收入(&amp;X):</translation>
    </message>
    <message>
        <source>Target se&amp;gment:</source>
        <translation>目标分群(&amp;G):</translation>
    </message>
    <message>
        <source>E-mail te&amp;mplate:</source>
        <translation>邮件模板(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D):</translation>
    </message>
</context>
<context>
    <name>CampaignSender</name>
    <message>
        <source>Send e-mails</source>
        <translation>发送邮件</translation>
    </message>
    <message>
        <source>This version of the CRM cannot send e-mail.</source>
        <translation>此版本的 CRM 无法发送邮件。</translation>
    </message>
    <message>
        <source>No mail server is set up on this computer yet. Set one up now?</source>
        <translation>这台电脑尚未设置邮件服务器。现在设置吗？</translation>
    </message>
    <message>
        <source>Preparing the e-mails of “%1”…</source>
        <translation>正在准备“%1”的邮件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sending the e-mails of “%1”…</source>
        <translation>正在发送“%1”的邮件…</translation>
    </message>
    <message>
        <source>The e-mails could not be sent: %1</source>
        <translation>邮件未能发送：%1</translation>
    </message>
    <message>
        <source>Mail server settings…</source>
        <translation>邮件服务器设置…</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>已发送：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may have gone out when the last run stopped: they are not sent again until you decide.</source>
        <translation>
            <numerusform>上次发送中断时可能已发出 %n 封邮件：在您决定之前不会重发。</numerusform>
        </translation>
    </message>
    <message>
        <source>Still queued: %1 (will be sent when online)</source>
        <translation>仍在队列中：%1（联网后发送）</translation>
    </message>
    <message>
        <source>Not sent: %1 asked not to be contacted or unsubscribed; %2 without an e-mail address.</source>
        <translation>未发送：%1 位要求勿扰或已退订；%2 位没有邮箱地址。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) had been queued before and were not queued again.</source>
        <translation>
            <numerusform>%n 位成员此前已排队，未重复排队。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending was stopped.</source>
        <translation>发送已停止。</translation>
    </message>
    <message>
        <source>The mail server cannot be reached: the e-mails wait until you are online.</source>
        <translation>无法连接邮件服务器：邮件将在联网后发送。</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation>邮件服务器拒绝了用户名或密码。</translation>
    </message>
    <message>
        <source>A secure connection to the mail server could not be made.</source>
        <translation>无法与邮件服务器建立安全连接。</translation>
    </message>
    <message>
        <source>E-mails are already being sent; these wait their turn.</source>
        <translation>已有邮件正在发送；这些邮件将排队等候。</translation>
    </message>
    <message>
        <source>Sending stopped early.</source>
        <translation>发送提前停止。</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>实际费用</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <source>No campaigns yet. A campaign reaches the contacts of a segment by e-mail, at an event or through ads, and counts the replies, deals and revenue that came of it.</source>
        <translation>还没有营销活动。营销活动通过邮件、活动会议或广告触达某个分群中的联系人，并统计由此带来的回复、商机和收入。</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>启动(&amp;L)</translation>
    </message>
    <message>
        <source>Add the target segment&apos;s contacts as members and make the campaign active</source>
        <translation>将目标分群的联系人加为成员，并将活动设为进行中</translation>
    </message>
    <message>
        <source>Send e-ma&amp;ils…</source>
        <translation>发送邮件(&amp;I)…</translation>
    </message>
    <message>
        <source>Queue the campaign&apos;s e-mail for its members who may be e-mailed, and send it</source>
        <translation>为可发送邮件的成员生成活动邮件并发送</translation>
    </message>
    <message>
        <source>Mail server…</source>
        <translation>邮件服务器…</translation>
    </message>
    <message>
        <source>The mail server this computer sends campaign e-mail through</source>
        <translation>这台电脑发送活动邮件所用的邮件服务器</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>删除营销活动</translation>
    </message>
    <message>
        <source>Delete the campaign “%1” and its member list? Deals that came from it keep their records.</source>
        <translation>删除营销活动“%1”及其成员名单？由它带来的商机记录会保留。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” launched: %n contact(s) added as members.</source>
        <translation>
            <numerusform>“%1”已启动：%n 位联系人加为成员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an e-mail template for the campaign first (Edit…).</source>
        <translation>请先为活动选择邮件模板（编辑…）。</translation>
    </message>
</context>
<context>
    <name>CardContactDialog</name>
    <message>
        <source>New contact from business card</source>
        <translation>从名片新建联系人</translation>
    </message>
    <message>
        <source>“%1” is not among your companies yet: create it, or pick another.</source>
        <translation>“%1”尚未建档：可新建该客户单位，或选择其他单位。</translation>
    </message>
    <message>
        <source>Also from the card</source>
        <translation>名片上的其他信息</translation>
    </message>
    <message>
        <source>Kept on the company when it has no website yet</source>
        <translation>公司尚无网址时保存到公司</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>传真：</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>网址：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Other numbers:</source>
        <translation>其他号码：</translation>
    </message>
    <message>
        <source>Also printed:</source>
        <translation>名片上还有：</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>New contact from business card</source>
        <translation>从名片新建联系人</translation>
    </message>
    <message>
        <source>Drop a photo or scan of a business card here</source>
        <translation>把名片的照片或扫描件拖放到这里</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <source>Take photo…</source>
        <translation>拍照…</translation>
    </message>
    <message>
        <source>Photograph the card with this computer&apos;s camera</source>
        <translation>用这台电脑的摄像头拍摄名片</translation>
    </message>
    <message>
        <source>Text is read on this computer; the image goes nowhere else. Chinese and English cards are read.</source>
        <translation>文字在这台电脑上识别，图片不会发送到别处。可识别中文和英文名片。</translation>
    </message>
    <message>
        <source>Choose the card&apos;s image</source>
        <translation>选择名片图片</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图片（%1）</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>正在识别名片…</translation>
    </message>
    <message>
        <source>Looking for the company…</source>
        <translation>正在查找公司…</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
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
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Also on the card</source>
        <translation>名片上的其他内容</translation>
    </message>
    <message>
        <source>Not saved: the card looks like a contact you already have. Add --force to save it all the same.</source>
        <translation>未保存：这张名片看起来是已有的联系人。如仍要保存，请加上 --force。</translation>
    </message>
    <message>
        <source>Saved the contact {name} ({id}).</source>
        <translation>已保存联系人 {name}（{id}）。</translation>
    </message>
    <message>
        <source>Created the company {name}.</source>
        <translation>已创建公司 {name}。</translation>
    </message>
    <message>
        <source>The card image is attached to the contact.</source>
        <translation>名片图片已作为附件保存到该联系人。</translation>
    </message>
    <message>
        <source>The contact is saved, but the card image could not be attached: {reason}</source>
        <translation>联系人已保存，但名片图片未能添加为附件：{reason}</translation>
    </message>
    <message>
        <source>The contact is saved; this copy of the app keeps no attachments, so the card image was not kept.</source>
        <translation>联系人已保存；此安装不支持附件，名片图片未保存。</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>文件 {file} 不存在。</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>无法读取文件 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file} is not an image this app can read (use a JPEG, PNG, BMP, TIFF or WebP photo or scan of the card).</source>
        <translation>{file} 不是本软件能读取的图片（请使用名片的 JPEG、PNG、BMP、TIFF 或 WebP 照片或扫描件）。</translation>
    </message>
    <message>
        <source>{file} is too large for a card image ({size} MB; at most {limit} MB).</source>
        <translation>{file} 太大，不像名片图片（{size} MB；最大 {limit} MB）。</translation>
    </message>
    <message>
        <source>No text was recognised on this image. Try a sharper photo, taken straight on, with the card filling most of it.</source>
        <translation>这张图片上没有识别出文字。请换一张更清晰的照片：正对名片拍摄，让名片占满大部分画面。</translation>
    </message>
    <message>
        <source>Text was found, but nothing on it reads as a name, company, phone or e-mail address.</source>
        <translation>识别出了文字，但其中没有可作为姓名、公司、电话或电子邮箱的内容。</translation>
    </message>
    <message>
        <source>The image {file} is damaged or incomplete (perhaps it was not copied in full).</source>
        <translation>图片 {file} 已损坏或不完整（可能没有完整复制）。</translation>
    </message>
    <message>
        <source>Card reading is not installed with this copy of the app (rapidocr-onnxruntime is missing).</source>
        <translation>此安装未包含名片识别功能（缺少 rapidocr-onnxruntime）。</translation>
    </message>
    <message>
        <source>English name: {name}</source>
        <translation>英文名：{name}</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save this chart or its data</source>
        <translation>保存此图表或其数据</translation>
    </message>
    <message>
        <source>Save as PNG image…</source>
        <translation>另存为 PNG 图片…</translation>
    </message>
    <message>
        <source>Save as SVG image…</source>
        <translation>另存为 SVG 图片…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Export data to Excel…</source>
        <translation>导出数据到 Excel…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>No data for this period</source>
        <translation>该期间没有数据</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>预计成交月份</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Won revenue and orders by month</source>
        <translation>每月赢单金额与订单数</translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation>各阶段销售管道</translation>
    </message>
    <message>
        <source>Win rate by month</source>
        <translation>每月赢单率</translation>
    </message>
    <message>
        <source>Forecast by close month</source>
        <translation>按预计成交月份的销售预测</translation>
    </message>
    <message>
        <source>Deals lost by reason</source>
        <translation>各原因输单商机数</translation>
    </message>
    <message>
        <source>Won revenue by owner</source>
        <translation>各负责人赢单金额</translation>
    </message>
    <message>
        <source>Won revenue by region</source>
        <translation>各地区赢单金额</translation>
    </message>
    <message>
        <source>Won revenue by industry</source>
        <translation>各行业赢单金额</translation>
    </message>
    <message>
        <source>Activities by kind and month</source>
        <translation>每月各类跟进记录</translation>
    </message>
    <message>
        <source>Activities by rep</source>
        <translation>各销售代表跟进记录</translation>
    </message>
    <message>
        <source>Tickets opened and resolved</source>
        <translation>工单新建与解决</translation>
    </message>
    <message>
        <source>SLA compliance and satisfaction</source>
        <translation>SLA 达标率与满意度</translation>
    </message>
    <message>
        <source>Customers by source</source>
        <translation>客户来源分布</translation>
    </message>
    <message>
        <source>Customers by level</source>
        <translation>客户级别分布</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>最佳情况</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Resolved within SLA</source>
        <translation>SLA 内解决</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>Sales and service dashboard</source>
        <translation>销售与服务仪表盘</translation>
    </message>
</context>
<context>
    <name>CheckInCommands</name>
    <message>
        <source>Checked out at %1 after %2.</source>
        <translation>已于 %1 签退，拜访时长 %2。</translation>
    </message>
    <message>
        <source>Checked in at %1.</source>
        <translation>已于 %1 签到。</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation>正在获取您的位置…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>No photo (optional)</source>
        <translation>无照片（可选）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>What happened (optional); added to the visit&apos;s details</source>
        <translation>拜访情况（可选），将添加到拜访详情中</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>拜访：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Accuracy:</source>
        <translation>精度：</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>A new visit, starting now</source>
        <translation>新拜访，从现在开始</translation>
    </message>
    <message>
        <source>Visit: %1</source>
        <translation>拜访：%1</translation>
    </message>
    <message>
        <source>%1 (checked in %2)</source>
        <translation>%1（%2 已签到）</translation>
    </message>
    <message>
        <source>Measured: %1 (WGS-84, from the device)</source>
        <translation>已定位：%1（WGS-84，来自本机）</translation>
    </message>
    <message>
        <source>±%1 m</source>
        <translation>±%1 米</translation>
    </message>
    <message>
        <source>Not given by the device</source>
        <translation>设备未提供</translation>
    </message>
    <message>
        <source>Not measured: %1. The customer&apos;s address is recorded instead: %2</source>
        <translation>未定位：%1。改为记录客户地址：%2</translation>
    </message>
    <message>
        <source>Not measured: %1. The customer has no address; the check-in is recorded without a place.</source>
        <translation>未定位：%1。客户没有地址，本次签到不记录地点。</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图片（%1）</translation>
    </message>
    <message>
        <source>The visit no longer exists (deleted meanwhile).</source>
        <translation>该拜访已不存在（已被删除）。</translation>
    </message>
</context>
<context>
    <name>CheckIns</name>
    <message>
        <source>No location service on this computer</source>
        <translation>本机没有定位服务</translation>
    </message>
    <message>
        <source>Location service is off</source>
        <translation>定位服务已关闭</translation>
    </message>
    <message>
        <source>This app may not use your location (see the system&apos;s privacy settings)</source>
        <translation>本应用无权使用您的位置（请查看系统的隐私设置）</translation>
    </message>
    <message>
        <source>No position found in time (indoors, or no signal)</source>
        <translation>未能及时获取位置（在室内或无信号）</translation>
    </message>
    <message>
        <source>The location service failed</source>
        <translation>定位服务出错</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Device clock %1 ahead of the server&apos;s</source>
        <translation>设备时钟比服务器快 %1</translation>
    </message>
    <message>
        <source>Device clock %1 ahead of the server&apos;s when it sent this check-in</source>
        <translation>发送此签到时，设备时钟比服务器快 %1</translation>
    </message>
    <message>
        <source>Arrived %1 after its time (offline, or the device clock is behind)</source>
        <translation>签到 %1 后才送达（曾离线，或设备时钟偏慢）</translation>
    </message>
    <message>
        <source>%1 earlier than the check-in before it (the clock went back)</source>
        <translation>比上一次签到早 %1（时钟被回拨）</translation>
    </message>
    <message>
        <source>Implausible journey since the previous check-in: %1 km/h</source>
        <translation>与上一次签到之间的移动速度不合理：%1 公里/小时</translation>
    </message>
    <message>
        <source>Checked out %1 before checking in</source>
        <translation>签退时间比签到早 %1</translation>
    </message>
    <message>
        <source>%1 km from where this customer was measured before</source>
        <translation>距此前在该客户处定位的位置 %1 公里</translation>
    </message>
    <message>
        <source>Device clock %1 behind the server&apos;s when it sent this check-in</source>
        <translation>发送此签到时，设备时钟比服务器慢 %1</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>Changed after it was made</source>
        <translation>记录后被修改</translation>
    </message>
    <message>
        <source>The check-in before it is missing or was changed</source>
        <translation>上一条签到缺失或被修改</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>已定位</translation>
    </message>
    <message>
        <source>Measured (±%1 m)</source>
        <translation>已定位（±%1 米）</translation>
    </message>
    <message>
        <source>Not measured: the customer&apos;s address</source>
        <translation>未定位：使用客户地址</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>未定位</translation>
    </message>
    <message>
        <source>Coordinates are WGS-84, from the device. Chinese maps (高德 Amap, 百度 Baidu) use GCJ-02 or BD-09: there a point may look about 500 m off.</source>
        <translation>坐标为本机提供的 WGS-84 坐标。国内地图（高德、百度）使用 GCJ-02 或 BD-09 坐标，在这些地图上该点可能偏移约 500 米。</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>签到…</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>签退…</translation>
    </message>
</context>
<context>
    <name>CheckInsPage</name>
    <message>
        <source>Only doubtful or changed ones</source>
        <translation>只看存疑或被修改的</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>签退…</translation>
    </message>
    <message>
        <source>Check out of the selected visit: records when you left</source>
        <translation>签退所选拜访：记录离开时间</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>By</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Coordinates (WGS-84)</source>
        <translation>坐标（WGS-84）</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>链校验</translation>
    </message>
    <message>
        <source>Doubts</source>
        <translation>疑点</translation>
    </message>
    <message>
        <source>%1 check-ins</source>
        <translation>%1 条签到</translation>
    </message>
    <message>
        <source>%1 doubtful</source>
        <translation>%1 条存疑</translation>
    </message>
    <message>
        <source>chain intact</source>
        <translation>签到链完整</translation>
    </message>
    <message>
        <source>%1 changed after they were made</source>
        <translation>%1 条记录后被修改</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>签退</translation>
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
        <source>No company is called “%1”. Pick one from the list, or create it.</source>
        <translation>没有名为“%1”的客户单位。请从列表中选择，或新建该单位。</translation>
    </message>
    <message>
        <source>Create company “%1”</source>
        <translation>新建客户单位“%1”</translation>
    </message>
    <message>
        <source>“%1” is already a company: it is picked.</source>
        <translation>“%1”已是客户单位，已为您选中。</translation>
    </message>
    <message>
        <source>Companies of that name exist: pick one.</source>
        <translation>已有同名客户单位，请从中选择一个。</translation>
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
        <source>Marketing:</source>
        <translation>营销:</translation>
    </message>
    <message>
        <source>Asked not to be conta&amp;cted</source>
        <translation>要求勿扰(&amp;C)</translation>
    </message>
    <message>
        <source>Never sent marketing e-mail or included in campaign mailings</source>
        <translation>不发送营销邮件，也不纳入活动群发</translation>
    </message>
    <message>
        <source>&amp;Unsubscribed from marketing e-mail</source>
        <translation>已退订营销邮件(&amp;U)</translation>
    </message>
    <message>
        <source>Opted out of campaign e-mail; calls and visits are still fine</source>
        <translation>已退订活动邮件；电话和拜访仍可进行</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>CustomFieldsTable</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>CustomerCommands</name>
    <message>
        <source>New &amp;contact…</source>
        <translation>新建联系人(&amp;C)…</translation>
    </message>
    <message>
        <source>New &amp;account…</source>
        <translation>新建客户单位(&amp;A)…</translation>
    </message>
    <message>
        <source>New contact from business ca&amp;rd…</source>
        <translation>从名片新建联系人(&amp;R)…</translation>
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
        <source>Keep which record? The other one&apos;s activities, contacts, deals, orders, tickets and empty fields move to it, and it is removed. This cannot be undone.</source>
        <translation>保留哪一条记录？另一条的跟进记录、联系人、商机、订单、工单以及空白字段都会并入保留的记录，然后删除另一条。此操作无法撤销。</translation>
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
    <message>
        <source>Account name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
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
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Show or hide the selected customer&apos;s details</source>
        <translation>显示或隐藏所选客户的详情</translation>
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
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Has import warnings</source>
        <translation>有导入警告</translation>
    </message>
    <message>
        <source>Only records with values an import could not read</source>
        <translation>只显示含有导入时无法识别的值的记录</translation>
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
    <name>DashboardFilterBar</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>所有团队</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Compute the charts again from the current data</source>
        <translation>根据当前数据重新计算图表</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>导出 PDF 报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Computing the charts…</source>
        <translation>正在计算图表…</translation>
    </message>
    <message>
        <source>Amounts in %1, other currencies at reference rates. Click a bar or slice to list its records.</source>
        <translation>金额以 %1 计，其他币种按参考汇率换算。点击柱形或扇形可列出对应记录。</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>正在生成 PDF 报告…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>Move the selected items to:</source>
        <translation>将选中的事项改到：</translation>
    </message>
</context>
<context>
    <name>DealLabels</name>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>初步接洽</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Your customer database is empty. Load %1 demo customers to try the CRM? You can delete them later (File → Delete demo data).</source>
        <translation>您的客户数据库是空的。要加载 %1 条演示客户来试用 CRM 吗？之后可以删除它们（文件 → 删除演示数据）。</translation>
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
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Quotes and orders</source>
        <translation>报价单和订单</translation>
    </message>
    <message>
        <source>Service tickets</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Delete demo data</source>
        <translation>删除演示数据</translation>
    </message>
    <message>
        <source>Delete all demo data? Every record the demo made goes:</source>
        <translation>删除全部演示数据？演示生成的每条记录都会被删除：</translation>
    </message>
    <message>
        <source>%1

Records you made yourself stay, and so do demo records they refer to (a demo company you added a contact to). Demo data was never synced, so nothing changes on the server.

This cannot be undone, and the undo history is cleared.</source>
        <translation>%1

您自己创建的记录会保留，被这些记录引用的演示记录也会保留（例如您在某个演示公司下添加了联系人）。演示数据从未同步，因此服务器上不会有任何变化。

此操作无法撤销，撤销历史也会被清空。</translation>
    </message>
    <message>
        <source>&amp;Delete demo data</source>
        <translation>删除演示数据(&amp;D)</translation>
    </message>
    <message>
        <source>Deleted %1 demo records.</source>
        <translation>已删除 %1 条演示记录。</translation>
    </message>
    <message>
        <source>Kept %1 demo records that your own records refer to.</source>
        <translation>保留了 %1 条被您自己的记录引用的演示记录。</translation>
    </message>
    <message>
        <source>The demo data could not be deleted; nothing was changed: %1</source>
        <translation>无法删除演示数据，未做任何更改：%1</translation>
    </message>
    <message>
        <source>Deleting demo data…</source>
        <translation>正在删除演示数据…</translation>
    </message>
    <message>
        <source>crm demo: say how many with --customers N, or --delete to delete the demo data.</source>
        <translation>crm demo：请用 --customers N 指定数量，或用 --delete 删除演示数据。</translation>
    </message>
    <message>
        <source>Deleted {n} demo records; your own records were not touched.</source>
        <translation>已删除 {n} 条演示记录；您自己的记录未受影响。</translation>
    </message>
    <message>
        <source>Kept {n} demo records that your own records refer to.</source>
        <translation>保留了 {n} 条被您自己的记录引用的演示记录。</translation>
    </message>
    <message>
        <source>There is no demo data in this database.</source>
        <translation>此数据库中没有演示数据。</translation>
    </message>
    <message>
        <source>crm demo: there is no database at {path}.</source>
        <translation>crm demo：{path} 处没有数据库。</translation>
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
        <source>New deal…</source>
        <translation>新建商机…</translation>
    </message>
    <message>
        <source>New ticket…</source>
        <translation>新建工单…</translation>
    </message>
    <message>
        <source>Log a complaint or service request for this customer</source>
        <translation>为该客户登记投诉或服务请求</translation>
    </message>
    <message>
        <source>Activity timeline</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
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
    <message numerus="yes">
        <source>%n change(s) to this record need your decision. &lt;a href=&quot;issues&quot;&gt;Review sync issues&lt;/a&gt;</source>
        <translation>
            <numerusform>此记录有 %n 处修改需要您决定。&lt;a href=&quot;issues&quot;&gt;查看同步问题&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <source>Pick a row in the list, or search with Ctrl+K.</source>
        <translation>在列表中选择一行，或按 Ctrl+K 搜索。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) from an import could not be read and need review. &lt;a href=&quot;review&quot;&gt;Show them&lt;/a&gt;</source>
        <translation>
            <numerusform>导入时有 %n 个值无法识别，需要核对。&lt;a href=&quot;review&quot;&gt;查看&lt;/a&gt;</numerusform>
        </translation>
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
        <source>Other phones</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Other e-mails</source>
        <translation>其他邮箱</translation>
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
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Created in the source system</source>
        <translation>原系统中的创建时间</translation>
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
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Quotes and orders</source>
        <translation>报价单和订单</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>待核对</translation>
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
    <name>DiskFull</name>
    <message>
        <source>The disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space on {folder} and try again.</source>
        <translation>磁盘已满：未做任何更改。请在 {folder} 所在的磁盘上释放一些空间，然后重试。</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space and try again.</source>
        <translation>磁盘已满：未做任何更改。请释放一些磁盘空间，然后重试。</translation>
    </message>
    <message>
        <source>The disk is full, so the customer database cannot be opened. It is not damaged and nothing in it was changed. Free some space on {folder} and try again.</source>
        <translation>磁盘已满，无法打开客户数据库。数据库没有损坏，其中的数据也没有任何更改。请在 {folder} 所在的磁盘上释放一些空间，然后重试。</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>More records match: the first %1 are shown.</source>
        <translation>匹配的记录更多：仅显示前 %1 条。</translation>
    </message>
    <message>
        <source>Double-click a record to open it.</source>
        <translation>双击记录即可打开。</translation>
    </message>
</context>
<context>
    <name>DropStrip</name>
    <message>
        <source>Drop here: %1</source>
        <translation>拖放到此处：%1</translation>
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
    <message>
        <source>Same name, no company, nothing that tells them apart</source>
        <translation>同名、无公司，没有可区分的信息</translation>
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
    <name>EffectTab</name>
    <message>
        <source>No campaigns to compare yet. Once a campaign has members, its replies, deals, revenue and cost are compared here.</source>
        <translation>还没有可比较的营销活动。营销活动有了成员后，会在这里比较其回复、商机、收入和费用。</translation>
    </message>
    <message>
        <source>Leads are members who replied or converted. Deals count when their “Campaign” field names the campaign.</source>
        <translation>线索指已回复或已转化的成员。商机的“营销活动”字段为该活动时计入。</translation>
    </message>
    <message>
        <source>No revenue or cost recorded yet</source>
        <translation>尚无收入或费用记录</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>赢单收入</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>实际费用</translation>
    </message>
</context>
<context>
    <name>EffectTableModel</name>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Cost/lead</source>
        <translation>线索成本</translation>
    </message>
    <message>
        <source>Resp. rate</source>
        <translation>回复率</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <source>Members the campaign reached (past “targeted”)</source>
        <translation>活动已触达的成员（已超过“目标”状态）</translation>
    </message>
    <message>
        <source>Members who replied or converted (the campaign&apos;s leads)</source>
        <translation>已回复或已转化的成员（活动线索）</translation>
    </message>
    <message>
        <source>Deals whose “Campaign” field names this campaign</source>
        <translation>“营销活动”字段为本活动的商机</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>赢单商机</translation>
    </message>
    <message>
        <source>Won revenue (deals in other currencies converted)</source>
        <translation>赢单收入（其他币种已折算）</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>实际费用</translation>
    </message>
    <message>
        <source>Actual cost divided by the leads</source>
        <translation>实际费用除以线索数</translation>
    </message>
    <message>
        <source>Response rate: leads among the members reached</source>
        <translation>回复率：已触达成员中的线索比例</translation>
    </message>
    <message>
        <source>Return on investment: (won revenue − actual cost) ÷ actual cost</source>
        <translation>投资回报率：（赢单收入 − 实际费用）÷ 实际费用</translation>
    </message>
</context>
<context>
    <name>EmailPreviewDialog</name>
    <message>
        <source>E-mail preview</source>
        <translation>邮件预览</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题:</translation>
    </message>
</context>
<context>
    <name>EncodingChooser</name>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8（Unicode）</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode)</source>
        <translation>UTF-16（Unicode）</translation>
    </message>
    <message>
        <source>GBK / GB18030 (Simplified Chinese)</source>
        <translation>GBK / GB18030（简体中文）</translation>
    </message>
    <message>
        <source>Big5 (Traditional Chinese)</source>
        <translation>Big5（繁体中文）</translation>
    </message>
    <message>
        <source>Shift_JIS (Japanese)</source>
        <translation>Shift_JIS（日文）</translation>
    </message>
    <message>
        <source>EUC-KR (Korean)</source>
        <translation>EUC-KR（韩文）</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252（西欧语言）</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250（中欧语言）</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251（西里尔文）</translation>
    </message>
    <message>
        <source>Windows-1253 (Greek)</source>
        <translation>Windows-1253（希腊文）</translation>
    </message>
    <message>
        <source>Windows-1254 (Turkish)</source>
        <translation>Windows-1254（土耳其文）</translation>
    </message>
    <message>
        <source>Windows-1257 (Baltic)</source>
        <translation>Windows-1257（波罗的海语言）</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1（Latin-1）</translation>
    </message>
    <message>
        <source>Which text reads right?</source>
        <translation>哪种显示是正确的？</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding could not be recognised for certain. Pick the one in which the names below read right:</source>
        <translation>无法确定文件的文字编码。请选择下面文字显示正确的那一种：</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>（无文字）</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import contacts or accounts from Excel, CSV or vCard files</source>
        <translation>从 Excel、CSV 或 vCard 文件导入联系人或客户单位</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>导入历史(&amp;H)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 条记录到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <source>Export accounts</source>
        <translation>导出客户单位</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8</source>
        <translation>CSV，UTF-8</translation>
    </message>
    <message>
        <source>CSV, GBK (for older Chinese Excel)</source>
        <translation>CSV，GBK（适用于旧版中文 Excel）</translation>
    </message>
    <message>
        <source>vCard (.vcf)</source>
        <translation>vCard 名片 (.vcf)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) as the list shows them, with the columns %1.</source>
        <translation>
            <numerusform>按列表当前显示导出 %n 条记录，包含以下列：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every record of the segment “%1” with all the fields an import reads, whatever the list&apos;s other filters.</source>
        <translation>分群“%1”中的全部记录，包含导入可读取的所有字段（不受列表其他筛选条件影响）。</translation>
    </message>
    <message>
        <source>Every record with all the fields an import reads, whatever the list&apos;s filter. Import the file again to get the same records.</source>
        <translation>导出所有记录的全部可导入字段，不受列表筛选影响。再次导入该文件可得到相同的记录。</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>The current &amp;list (its filter, sort and visible columns)</source>
        <translation>当前列表（按其筛选、排序和显示的列）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;All fields of every record (for re-import)</source>
        <translation>所有记录的全部字段（用于重新导入）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
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
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
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
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>实际费用</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>转化时间</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>勿扰</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Expected revenue</source>
        <translation>预期收入</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应时间</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>首次响应期限</translation>
    </message>
    <message>
        <source>Lost stage</source>
        <translation>输单阶段</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Won stage</source>
        <translation>赢单阶段</translation>
    </message>
    <message>
        <source>Standard stage</source>
        <translation>标准阶段</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>In the public pool</source>
        <translation>在公海中</translation>
    </message>
    <message>
        <source>User of this computer</source>
        <translation>本机用户</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>已合并到</translation>
    </message>
    <message>
        <source>Provisional number</source>
        <translation>临时编号</translation>
    </message>
    <message>
        <source>Created in the original system</source>
        <translation>原系统中的创建时间</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Probability typed by hand</source>
        <translation>手动填写的赢率</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>导入备注</translation>
    </message>
    <message>
        <source>Satisfaction recorded</source>
        <translation>满意度记录时间</translation>
    </message>
    <message>
        <source>SLA clock paused</source>
        <translation>SLA 计时暂停时间</translation>
    </message>
    <message>
        <source>SLA time paused</source>
        <translation>SLA 暂停时长</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>启动时间</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>行金额</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>解决期限</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Satisfaction comment</source>
        <translation>满意度评价</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA 已超时</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>E-mail template</source>
        <translation>邮件模板</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>已退订</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Automatic</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>GBK / GB18030 (Chinese)</source>
        <translation>GBK / GB18030（中文）</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Spreadsheets and contacts (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.vcf)</source>
        <translation>电子表格和通讯录 (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.vcf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>找不到文件 %1。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
</context>
<context>
    <name>ForecastPage</name>
    <message>
        <source>Open deals expected to close in a month that has passed: close them or move their dates.</source>
        <translation>这些进行中商机的预计成交月份已过：请关闭它们或调整日期。</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>最佳情况</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>预计成交月份</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>By expected close month</source>
        <translation>按预计成交月份</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>按负责人</translation>
    </message>
    <message>
        <source>Weighted: amount × probability of open deals. Commit: open deals at %1 % or more. Best case: every open deal. Won: deals won in the month.</source>
        <translation>加权金额：进行中商机的金额 × 赢率。承诺：赢率不低于 %1% 的进行中商机。最佳情况：全部进行中商机。赢单：当月赢单的商机。</translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation>%1 之前</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) in the forecast.</source>
        <translation>
            <numerusform>销售预测包含 %n 个进行中商机。</numerusform>
        </translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>销售预测</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ImportBatchModel</name>
    <message>
        <source>Undone %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>Error report</source>
        <translation>错误报告</translation>
    </message>
    <message>
        <source>The error report is no longer at %1.</source>
        <translation>错误报告已不在 %1。</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>rows %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>This import is no longer in the history.</source>
        <translation>导入历史中已没有这次导入。</translation>
    </message>
    <message>
        <source>The file cannot be read or written (%1).</source>
        <translation>无法读取或写入该文件（%1）。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户单位</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
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
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Has other contacts now</source>
        <translation>现在有其他联系人</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Excel workbooks (.xlsx, .xls), OpenDocument spreadsheets (.ods), CSV and text files, and vCards (.vcf) can be imported.</source>
        <translation>可导入 Excel 工作簿（.xlsx、.xls）、OpenDocument 表格（.ods）、CSV 和文本文件以及 vCard 名片（.vcf）。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>导入为：</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>Acc&amp;ounts</source>
        <translation>客户单位(&amp;O)</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>文本编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Only for CSV and text files. Automatic recognises UTF-8, UTF-16 and GBK (Chinese Excel and WPS).</source>
        <translation>仅用于 CSV 和文本文件。自动识别可识别 UTF-8、UTF-16 和 GBK（中文 Excel 和 WPS）。</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <source>No file has been imported into this database yet.</source>
        <translation>此数据库还没有导入过文件。</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Open &amp;error report</source>
        <translation>打开错误报告(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Columns and fields</source>
        <translation>列与字段</translation>
    </message>
    <message>
        <source>Choose the field each column of the file goes into. Columns set to “— Do not import —” are left out.</source>
        <translation>为文件的每一列选择要导入的字段。设为“— 不导入 —”的列将被忽略。</translation>
    </message>
    <message>
        <source>Mapping saved from last time: these columns were imported like this before.</source>
        <translation>已沿用上次保存的对应关系：这些列上次就是这样导入的。</translation>
    </message>
</context>
<context>
    <name>ImportPolicyPage</name>
    <message>
        <source>Duplicates</source>
        <translation>重复记录</translation>
    </message>
    <message>
        <source>What to do with a row that matches a record you already have, or an earlier row of the file.</source>
        <translation>某一行与已有记录或文件中前面的行重复时如何处理。</translation>
    </message>
    <message>
        <source>&amp;Skip the row</source>
        <translation>跳过该行(&amp;S)</translation>
    </message>
    <message>
        <source>The record stays as it is; the row is not imported.</source>
        <translation>已有记录保持不变，该行不导入。</translation>
    </message>
    <message>
        <source>&amp;Update: fill empty fields only</source>
        <translation>更新：只填写空白字段(&amp;U)</translation>
    </message>
    <message>
        <source>Fields the record leaves empty get the file&apos;s values and tags are added; nothing is replaced.</source>
        <translation>已有记录中为空的字段填入文件中的值，并添加标签；不替换任何已有内容。</translation>
    </message>
    <message>
        <source>&amp;Overwrite with the file&apos;s values</source>
        <translation>用文件中的值覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>The file&apos;s non-empty values replace the record&apos;s; an empty cell never clears a field.</source>
        <translation>文件中非空的值替换已有记录的值；空单元格不会清空字段。</translation>
    </message>
    <message>
        <source>&amp;Create anyway</source>
        <translation>仍然新建(&amp;C)</translation>
    </message>
    <message>
        <source>The row becomes a new record, even if it repeats one you have.</source>
        <translation>即使与已有记录重复，也将该行新建为一条记录。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The whole file is checked as it will be imported. Nothing is saved until you click Import.</source>
        <translation>按导入时的方式检查整个文件。点击“导入”之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Open the rows with &amp;errors</source>
        <translation>打开出错的行(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The file is imported as one step, so it can be undone as one.</source>
        <translation>整个文件作为一步导入，也可以一步撤销。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open the rows with &amp;errors</source>
        <translation>打开出错的行(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>撤销这次导入(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>ImportSheetPage</name>
    <message>
        <source>Sheet and column titles</source>
        <translation>工作表和标题行</translation>
    </message>
    <message>
        <source>Check which row holds the column titles. The rows below it are imported.</source>
        <translation>确认哪一行是列标题。其下方的行将被导入。</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>标题行(&amp;H)：</translation>
    </message>
    <message>
        <source>The highlighted row holds the column titles.</source>
        <translation>高亮的行是列标题。</translation>
    </message>
</context>
<context>
    <name>ImportUndoFlow</name>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>This import has already been undone.</source>
        <translation>这次导入已经撤销过了。</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation>撤销这次导入？</translation>
    </message>
    <message>
        <source>Records it created, to be deleted: %1</source>
        <translation>将删除导入新建的记录：%1 条</translation>
    </message>
    <message>
        <source>Records it updated, to get their earlier values back: %1</source>
        <translation>将恢复导入更新过的记录：%1 条</translation>
    </message>
    <message>
        <source>It did not change any records.</source>
        <translation>这次导入没有更改任何记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed after the import:</source>
        <translation>
            <numerusform>导入后有 %n 条记录被修改过：</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep those later changes? Their records then stay as they are now.</source>
        <translation>保留这些后来的修改吗？保留的话，这些记录将维持现状。</translation>
    </message>
    <message>
        <source>Undo, keep later changes</source>
        <translation>撤销，保留后来的修改</translation>
    </message>
    <message>
        <source>Undo those changes too</source>
        <translation>连同这些修改一起撤销</translation>
    </message>
    <message>
        <source>The undo was cancelled; nothing was changed.</source>
        <translation>撤销已取消，没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts or accounts</source>
        <translation>导入联系人或客户单位</translation>
    </message>
</context>
<context>
    <name>ImportedFacts</name>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>办公</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>Choose a file name ending in .xlsx, .csv or .vcf.</source>
        <translation>请选择以 .xlsx、.csv 或 .vcf 结尾的文件名。</translation>
    </message>
    <message>
        <source>Only contacts can be exported as vCard.</source>
        <translation>只有联系人可以导出为 vCard。</translation>
    </message>
    <message>
        <source>This import has already been undone.</source>
        <translation>这次导入已经撤销过了。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty.</source>
        <translation>工作表“{sheet}”是空的。</translation>
    </message>
    <message>
        <source>The sheet has a header row but no data below it.</source>
        <translation>该工作表有标题行，但下面没有数据。</translation>
    </message>
    <message>
        <source>Row {row} is below the end of the sheet; choose another header row.</source>
        <translation>第 {row} 行超出了工作表末尾，请选择其他标题行。</translation>
    </message>
    <message>
        <source>The file has no sheet named “{sheet}”.</source>
        <translation>文件中没有名为“{sheet}”的工作表。</translation>
    </message>
    <message>
        <source>No column is mapped to the name; choose which column holds it.</source>
        <translation>没有列对应到姓名，请选择哪一列是姓名。</translation>
    </message>
    <message>
        <source>Unknown field “{field}” in the column mapping.</source>
        <translation>列对应中有未知字段“{field}”。</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>跳过的行</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value as written</source>
        <translation>原始值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cannot write {path}: is it open in Excel?</source>
        <translation>无法写入 {path}：文件是否正在 Excel 中打开？</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {encoding} cannot store the character {char}. Export as UTF-8.</source>
        <translation>第 {row} 行“{column}”列：{encoding} 无法保存字符 {char}。请导出为 UTF-8。</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as {encoding} text. Choose another encoding and import again.</source>
        <translation>第 {line} 行无法按 {encoding} 编码读取。请选择其他编码后重新导入。</translation>
    </message>
    <message>
        <source>Unknown text encoding: {encoding}.</source>
        <translation>未知的文本编码：{encoding}。</translation>
    </message>
    <message>
        <source>Line {line} of this file cannot be read ({detail}).</source>
        <translation>无法读取该文件的第 {line} 行（{detail}）。</translation>
    </message>
    <message>
        <source>The sheet &quot;{sheet}&quot; is not in this file.</source>
        <translation>该文件中没有工作表“{sheet}”。</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet, a CSV file or a vCard file.</source>
        <translation>这个文件不是电子表格、CSV 文件或 vCard 文件。</translation>
    </message>
    <message>
        <source>Column {letter}</source>
        <translation>第 {letter} 列</translation>
    </message>
    <message>
        <source>This file would unpack to more than {limit} MB; it is not imported.</source>
        <translation>该文件解压后将超过 {limit} MB，不予导入。</translation>
    </message>
    <message>
        <source>This workbook is protected with a password. Open it in Excel, remove the password, save it and import again.</source>
        <translation>该工作簿设有密码保护。请在 Excel 中打开，取消密码并保存后重新导入。</translation>
    </message>
    <message>
        <source>This workbook is damaged and cannot be read ({detail}).</source>
        <translation>该工作簿已损坏，无法读取（{detail}）。</translation>
    </message>
    <message>
        <source>This workbook has no worksheets.</source>
        <translation>该工作簿没有工作表。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>This file cannot be opened ({reason}).</source>
        <translation>无法打开该文件（{reason}）。</translation>
    </message>
    <message>
        <source>Cannot import {file}: {reason}</source>
        <translation>无法导入 {file}：{reason}</translation>
    </message>
    <message>
        <source>no such file.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>No import batch {batch}.</source>
        <translation>没有导入批次 {batch}。</translation>
    </message>
    <message>
        <source>Removed {removed}, restored {restored}, kept {kept}.</source>
        <translation>已移除 {removed} 条，已恢复 {restored} 条，保留 {kept} 条。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {created} created, {updated} updated, {skipped} unchanged, {errors} refused, {warnings} values kept for review, {lines} lines skipped.</source>
        <translation>工作表“{sheet}”：新建 {created} 条，更新 {updated} 条，未变 {skipped} 条，拒绝 {errors} 条，{warnings} 个值留待核对，跳过 {lines} 行。</translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation>报告：{path}</translation>
    </message>
    <message>
        <source>Owners not found among the users (kept as text): {owners}</source>
        <translation>用户中找不到的负责人（以文字保留）：{owners}</translation>
    </message>
    <message>
        <source>report footer</source>
        <translation>报表页脚</translation>
    </message>
    <message>
        <source>total or summary line</source>
        <translation>合计或汇总行</translation>
    </message>
    <message>
        <source>separator line</source>
        <translation>分隔行</translation>
    </message>
    <message>
        <source>repeated header row</source>
        <translation>重复的标题行</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出错了：%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>KanbanBoard</name>
    <message>
        <source>Move deal</source>
        <translation>移动商机</translation>
    </message>
    <message>
        <source>The deal was changed or deleted meanwhile; the step was dropped.</source>
        <translation>该商机已被他人修改或删除，此步骤已移除。</translation>
    </message>
    <message>
        <source>This deal no longer exists.</source>
        <translation>该商机已不存在。</translation>
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
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Confirm (reserve stock)</source>
        <translation>确认（预留库存）</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Mark as paid</source>
        <translation>标记为已付款</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LineItemsEditor</name>
    <message>
        <source>&amp;Add line</source>
        <translation>添加明细(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>删除明细(&amp;R)</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>小计：</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>折扣：</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <source>Each line is rounded to the currency&apos;s smallest unit; the total adds the rounded lines.</source>
        <translation>每行金额按币种的最小单位取整，合计为各行取整后金额之和。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>LineItemsModel</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Field CRM is locked</source>
        <translation>外勤 CRM 已锁定</translation>
    </message>
    <message>
        <source>Type your PIN to go on. Forgot it? The database&apos;s passphrase or recovery key unlocks it too.</source>
        <translation>输入 PIN 码继续使用。忘记了？数据库的密码短语或恢复密钥也可以解锁。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Too many wrong tries: wait %1 seconds.</source>
        <translation>错误次数过多：请等待 %1 秒。</translation>
    </message>
    <message>
        <source>That is not the PIN.</source>
        <translation>PIN 码不正确。</translation>
    </message>
</context>
<context>
    <name>LossReasonsDialog</name>
    <message>
        <source>Loss reasons</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>A lost deal names one of these reasons, so the dashboard can count them. “Other”, with the rep&apos;s own words, is always offered besides. A removed reason stays on the deals lost for it.</source>
        <translation>商机输单时须选择以下原因之一，仪表盘据此统计。此外始终提供“其他”，由销售自行填写原因。删除的原因仍保留在因它输单的商机上。</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>新原因</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <source>Other:</source>
        <translation>其他：</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>请选择原因…</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>商机输单</translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation>为什么输单？</translation>
    </message>
    <message>
        <source>In a few words</source>
        <translation>简要说明原因</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail server</source>
        <translation>邮件服务器</translation>
    </message>
    <message>
        <source>e.g. smtp.exmail.qq.com</source>
        <translation>例如 smtp.exmail.qq.com</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS（通常为 587 端口）</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS（通常为 465 端口）</translation>
    </message>
    <message>
        <source>None (office relay only)</source>
        <translation>不加密（仅限办公室内部中继）</translation>
    </message>
    <message>
        <source>e.g. marketing@example.com</source>
        <translation>例如 marketing@example.com</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> 封/分钟</translation>
    </message>
    <message>
        <source>Most mail providers block accounts that send too fast</source>
        <translation>发送过快时，多数邮件服务商会封禁账号</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>邮件服务器(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P):</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>加密方式(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>发件地址(&amp;F):</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>发件人名称(&amp;N):</translation>
    </message>
    <message>
        <source>Send at most:</source>
        <translation>发送上限:</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in the CRM&apos;s files.</source>
        <translation>密码保存在系统密钥环中，不会写入 CRM 的文件。</translation>
    </message>
    <message>
        <source>Saved; type a new one to change it</source>
        <translation>已保存；输入新密码可更改</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Field CRM</source>
        <translation>外勤 CRM</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation>加载演示数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete de&amp;mo data…</source>
        <translation>删除演示数据(&amp;M)…</translation>
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
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The language changes the next time the CRM starts.</source>
        <translation>界面语言将在下次启动 CRM 时生效。</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Keep as custom field</source>
        <translation>保留为自定义字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>导入到</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Choose the field each column of the file goes into. A column set to “Keep as custom field” is kept on each record under its title.</source>
        <translation>为文件的每一列选择要导入的字段。设为“保留为自定义字段”的列会以列标题为名保存在每条记录上。</translation>
    </message>
    <message>
        <source>Choose which column holds the name: set it to “Name”, or set two columns to “Last name” and “First name”.</source>
        <translation>请选择哪一列是姓名：设为“姓名”，或将两列分别设为“姓”和“名”。</translation>
    </message>
    <message>
        <source>Choose which column holds the company name.</source>
        <translation>请选择哪一列是客户名称。</translation>
    </message>
</context>
<context>
    <name>MarketingLabels</name>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>网络研讨会</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>MarketingPage</name>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>E-mail templates</source>
        <translation>邮件模板</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>活动效果</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>No e-mail address: not sent marketing e-mail</source>
        <translation>没有邮箱地址：不发送营销邮件</translation>
    </message>
    <message>
        <source>Asked not to be contacted, or unsubscribed: not sent marketing e-mail</source>
        <translation>要求勿扰或已退订：不发送营销邮件</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Mark &amp;responded</source>
        <translation>标记为已回复(&amp;R)</translation>
    </message>
    <message>
        <source>Mark con&amp;verted</source>
        <translation>标记为已转化(&amp;V)</translation>
    </message>
    <message>
        <source>Add &amp;contacts…</source>
        <translation>添加联系人(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Preview e-mail…</source>
        <translation>预览邮件(&amp;P)…</translation>
    </message>
    <message>
        <source>No members yet. Launching the campaign adds the contacts of its segment; contacts can also be added by hand.</source>
        <translation>还没有成员。启动活动会加入其分群中的联系人；也可以手动添加联系人。</translation>
    </message>
    <message>
        <source>Add contacts…</source>
        <translation>添加联系人…</translation>
    </message>
    <message>
        <source>Select a campaign to see its members.</source>
        <translation>选择一个营销活动以查看其成员。</translation>
    </message>
    <message>
        <source>Loading the members of “%1”…</source>
        <translation>正在加载“%1”的成员…</translation>
    </message>
    <message>
        <source>Members of “%1”: %2 (%3 can be e-mailed)</source>
        <translation>“%1”的成员：%2 位（%3 位可发邮件）</translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation>移除成员</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the campaign? Their replies are no longer counted.</source>
        <translation>
            <numerusform>从活动中移除 %n 位成员？他们的回复将不再计入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add contacts</source>
        <translation>添加联系人</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added; the others were members already.</source>
        <translation>
            <numerusform>已添加 %n 位联系人；其余已是成员。</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail preview</source>
        <translation>邮件预览</translation>
    </message>
    <message>
        <source>This campaign has no e-mail template. Choose one with “Edit campaign”.</source>
        <translation>该活动没有邮件模板。请在“编辑营销活动”中选择。</translation>
    </message>
    <message>
        <source>The campaign&apos;s e-mail template was deleted. Choose another with “Edit campaign”.</source>
        <translation>该活动的邮件模板已被删除。请在“编辑营销活动”中另选一个。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>My agenda</source>
        <translation>我的日程</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户管理</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>市场营销</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <source>Quotes and orders</source>
        <translation>报价单和订单</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>销售预测</translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation>销售报表</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>签到记录</translation>
    </message>
    <message>
        <source>Today&apos;s route</source>
        <translation>今日路线</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>Edit deal</source>
        <translation>编辑商机</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>输入以查找公司</translation>
    </message>
    <message>
        <source>Type to find a person</source>
        <translation>输入以查找联系人</translation>
    </message>
    <message>
        <source>Follows the stage (%1 %)</source>
        <translation>跟随阶段（%1%）</translation>
    </message>
    <message>
        <source>Total of the product lines: %1</source>
        <translation>产品明细合计：%1</translation>
    </message>
    <message>
        <source>Amount of the deal</source>
        <translation>商机金额</translation>
    </message>
    <message>
        <source>The account, contact or stage no longer exists. Pick another one.</source>
        <translation>该客户单位、联系人或阶段已不存在，请重新选择。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>客户单位(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Lost reason:</source>
        <translation>输单原因(&amp;L)：</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>In a few words</source>
        <translation>简要说明原因</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>金额(&amp;M)：</translation>
    </message>
    <message>
        <source>Total of the product lines</source>
        <translation>按产品明细合计</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>赢率(&amp;P)：</translation>
    </message>
    <message>
        <source>Follows the stage</source>
        <translation>跟随阶段</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>预计成交日期(&amp;X)：</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>来源(&amp;U)：</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>营销活动(&amp;M):</translation>
    </message>
    <message>
        <source>The marketing campaign that brought this deal (counted in its effect)</source>
        <translation>带来此商机的营销活动（计入活动效果）</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1（临时编号）</translation>
    </message>
    <message>
        <source>%1  %2: inactive product</source>
        <translation>%1  %2：已停用的产品</translation>
    </message>
    <message>
        <source>%1  %2: requested %3, available %4</source>
        <translation>%1  %2：需要 %3，可用 %4</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>客户单位：</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>币种(&amp;C)：</translation>
    </message>
    <message>
        <source>Order &amp;date:</source>
        <translation>订单日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>报价单：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Convert to &amp;order</source>
        <translation>转为订单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Print / PDF…</source>
        <translation>打印 / PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>新建报价单</translation>
    </message>
    <message>
        <source>New sales order</source>
        <translation>新建销售订单</translation>
    </message>
    <message>
        <source>Provisional number: the server assigns the final one at the next sync.</source>
        <translation>临时编号：下次同步时由服务器分配正式编号。</translation>
    </message>
    <message>
        <source>Cancel quote</source>
        <translation>取消报价单</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Cancel %1? The stock it reserves is released.</source>
        <translation>取消 %1？其预留的库存将被释放。</translation>
    </message>
    <message>
        <source>Not enough stock</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <source>%1 cannot be confirmed: the stock does not cover these lines. Nothing was reserved.</source>
        <translation>%1 无法确认：以下明细库存不足。未预留任何库存。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OrderPdf</name>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The number is provisional until the document is synchronised with the server.</source>
        <translation>此编号为临时编号，单据与服务器同步后确定正式编号。</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Provisional number: the server assigns the final one at the next sync.</source>
        <translation>临时编号：下次同步时由服务器分配正式编号。</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Quotes and orders</source>
        <translation>报价单和订单</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Number or account</source>
        <translation>编号或客户单位</translation>
    </message>
    <message>
        <source>New &amp;quote…</source>
        <translation>新建报价单(&amp;Q)…</translation>
    </message>
    <message>
        <source>New &amp;order…</source>
        <translation>新建订单(&amp;O)…</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>新建单据</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Your customer data is encrypted on this computer. There is no system keyring to keep the key in, so choose a passphrase: you will type it once each time the CRM starts. Without it the data cannot be opened, so keep it safe. You can also keep the database unencrypted (anyone with this computer&apos;s disk can then read it).</source>
        <translation>您的客户数据在这台电脑上是加密保存的。这里没有可保存密钥的系统钥匙串，请设置一个密码短语：每次启动 CRM 时输入一次。没有它就无法打开数据，请妥善保管。您也可以让数据库保持不加密（那样任何拿到这台电脑硬盘的人都能读取）。</translation>
    </message>
    <message>
        <source>The customer database is encrypted. Type its passphrase (or its recovery key).</source>
        <translation>客户数据库已加密。请输入其密码短语（或恢复密钥）。</translation>
    </message>
    <message>
        <source>The customer database is encrypted, but its key is not in this computer&apos;s keyring (it may have been deleted, or you are signed in as another user). Type the database&apos;s passphrase or its recovery key (64 letters and digits) to open it.</source>
        <translation>客户数据库已加密，但其密钥不在这台电脑的钥匙串中（可能已被删除，或您以其他用户身份登录）。请输入数据库的密码短语或恢复密钥（64 位字母和数字）来打开它。</translation>
    </message>
    <message>
        <source>That passphrase or recovery key does not open the database. Try again.</source>
        <translation>该密码短语或恢复密钥无法打开数据库。请重试。</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>设置密码短语</translation>
    </message>
    <message>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>密码短语或恢复密钥(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>加密(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keep it unencrypted</source>
        <translation>保持不加密(&amp;K)</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>请输入密码短语。</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>密码短语至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <source>Unlock the customer database</source>
        <translation>解锁客户数据库</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再输入一次(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>全部商机</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>新建商机…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>预计成交月份</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Deal or company name</source>
        <translation>商机或公司名称</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 个商机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n 个进行中商机</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>移至阶段</translation>
    </message>
    <message>
        <source>Show the customer</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The deal was changed or deleted meanwhile; the step was dropped.</source>
        <translation>该商机已被他人修改或删除，此步骤已移除。</translation>
    </message>
</context>
<context>
    <name>PipelineTableModel</name>
    <message>
        <source>Name</source>
        <translation>商机名称</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户单位</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近跟进</translation>
    </message>
    <message numerus="yes">
        <source>The expected close date passed %n day(s) ago.</source>
        <translation>
            <numerusform>预计成交日期已过 %n 天。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineUndo</name>
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
    <message>
        <source>Move %1 to %2</source>
        <translation>将 %1 移至 %2</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>A row matches a contact with the same mobile number or e-mail address, or with a similar name at the same company.</source>
        <translation>手机号或邮箱相同，或在同一公司下姓名相近的联系人，视为重复。</translation>
    </message>
    <message>
        <source>A row matches a company with the same name.</source>
        <translation>名称相同的客户单位视为重复。</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Kept for review: %1</source>
        <translation>留待核对：%1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>打开报告(&amp;R)</translation>
    </message>
    <message>
        <source>Checking every row of the file…</source>
        <translation>正在检查文件的每一行…</translation>
    </message>
    <message>
        <source>When you click Import, the file is imported like this:</source>
        <translation>点击“导入”后，文件将按如下方式导入：</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>新建：%1</translation>
    </message>
    <message>
        <source>Update: %1</source>
        <translation>更新：%1</translation>
    </message>
    <message>
        <source>Skip: %1</source>
        <translation>跳过：%1</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>New companies: %1</source>
        <translation>新建公司：%1</translation>
    </message>
    <message>
        <source>Values kept for review: %1</source>
        <translation>留待核对的值：%1</translation>
    </message>
    <message>
        <source>Lines skipped: %1</source>
        <translation>跳过的行：%1</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows are shown.</source>
        <translation>显示了 %2 行中的前 %1 行。</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>编辑产品</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <source>e.g. 1299.50</source>
        <translation>例如 1299.50</translation>
    </message>
    <message>
        <source>e.g. pcs, 台, 箱</source>
        <translation>例如：个、台、箱</translation>
    </message>
    <message>
        <source>Stock on hand:</source>
        <translation>库存：</translation>
    </message>
    <message>
        <source>Use &quot;Adjust stock&quot; in the product list to change it.</source>
        <translation>如需修改，请在产品列表中使用“调整库存”。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>SKU(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>List &amp;price:</source>
        <translation>标价(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>币种(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Opening stock:</source>
        <translation>期初库存(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Active (can be added to new quotes and orders)</source>
        <translation>启用（可添加到新的报价单和订单）(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Type a SKU, name or pinyin</source>
        <translation>输入 SKU、名称或拼音</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Find products by SKU, name or pinyin</source>
        <translation>按 SKU、名称或拼音查找产品</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>显示已停用(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>新建产品(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Adjust &amp;stock…</source>
        <translation>调整库存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <source>Route as QR code</source>
        <translation>路线二维码</translation>
    </message>
    <message>
        <source>Scan with a phone&apos;s camera or WeChat: the stops and their addresses come up as text. Made on this computer; nothing is sent anywhere.</source>
        <translation>用手机相机或微信扫码，即可看到各站点及地址文本。二维码在本机生成，不会发送到任何地方。</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Code %1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>RecordContactsList</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Double-click to open</source>
        <translation>双击打开</translation>
    </message>
</context>
<context>
    <name>RecordDealsList</name>
    <message>
        <source>No deals with this customer yet.</source>
        <translation>这位客户还没有商机。</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>新建商机…</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>预计 %1 成交</translation>
    </message>
</context>
<context>
    <name>RecordOrdersList</name>
    <message>
        <source> (provisional)</source>
        <translation>（临时编号）</translation>
    </message>
</context>
<context>
    <name>RecordTicketsList</name>
    <message>
        <source>Priority: %1</source>
        <translation>优先级：%1</translation>
    </message>
    <message>
        <source>The service level was missed.</source>
        <translation>未达到服务级别（已超时）。</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Field CRM</source>
        <translation>外勤 CRM</translation>
    </message>
    <message>
        <source>Open Field CRM</source>
        <translation>打开外勤 CRM</translation>
    </message>
    <message>
        <source>Show the reminders</source>
        <translation>查看提醒</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Field CRM reminders</source>
        <translation>外勤 CRM 提醒</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>标记完成(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <source>Dismiss &amp;all</source>
        <translation>全部忽略(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>推迟(&amp;S)</translation>
    </message>
    <message>
        <source>Remind me again:</source>
        <translation>再次提醒：</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Default (%1)</source>
        <translation>默认（%1）</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <source>&amp;Remind me:</source>
        <translation>提醒(&amp;R)：</translation>
    </message>
    <message>
        <source>At the time</source>
        <translation>准时提醒</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>提前 5 分钟</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>提前 10 分钟</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>提前 15 分钟</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>提前 30 分钟</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>提前 1 小时</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>提前 1 天</translation>
    </message>
    <message>
        <source>In 5 minutes</source>
        <translation>5 分钟后</translation>
    </message>
    <message>
        <source>In 15 minutes</source>
        <translation>15 分钟后</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>%1 min before</source>
        <translation>提前 %1 分钟</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>提醒：%1</translation>
    </message>
    <message>
        <source>Due while the CRM was closed</source>
        <translation>CRM 关闭期间到期</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 条</translation>
    </message>
    <message>
        <source>Reminders waiting: %1. Unlock the CRM to see them.</source>
        <translation>有 %1 条提醒。解锁 CRM 后查看。</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>按负责人</translation>
    </message>
    <message>
        <source>Month and owner</source>
        <translation>按月份和负责人</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>最佳情况</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <source>Amounts in %1, other currencies at reference rates.</source>
        <translation>金额单位：%1，其他币种按参考汇率折算。</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Other &amp;file…</source>
        <translation>其他文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose a backup to see what it holds.</source>
        <translation>选择一个备份以查看其内容。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>The database you have now is kept in the backups folder, so a restore can be undone by restoring that copy.</source>
        <translation>当前的数据库会保存在备份文件夹中，恢复该副本即可撤销本次恢复。</translation>
    </message>
    <message>
        <source>Backups of this database, newest first:</source>
        <translation>此数据库的备份（最新的在前）：</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>CRM database (*.db);;All files (*)</source>
        <translation>CRM 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>%1, made %2
Accounts: %3 · Contacts: %4 · Activities: %5 · Deals: %6 · Tickets: %7</source>
        <translation>%1，创建于 %2
客户单位：%3 · 联系人：%4 · 跟进记录：%5 · 商机：%6 · 工单：%7</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
    <message>
        <source>Replace the customer database with %1? The window closes and opens again on the restored database.</source>
        <translation>用 %1 替换客户数据库？窗口将关闭，并在恢复后的数据库上重新打开。</translation>
    </message>
</context>
<context>
    <name>ResultDetails</name>
    <message>
        <source>Show the records to review</source>
        <translation>查看待核对的记录</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) kept for review: they could not be read and were kept as written.</source>
        <translation>
            <numerusform>%Ln 个值留待核对：它们无法识别，已按原样保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped: they hold no record.</source>
        <translation>
            <numerusform>跳过了 %Ln 行：这些行不是记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Owners not found among the users, kept as text on the records: %1</source>
        <translation>用户中找不到这些负责人，已以文字保存在记录上：%1</translation>
    </message>
    <message>
        <source>The report lists the refused rows, the values kept for review and the skipped lines: %1</source>
        <translation>报告列出了被拒绝的行、留待核对的值和跳过的行：%1</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>The import is finished.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>已新建：%1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>已更新：%1</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>打开报告(&amp;R)</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>未变：%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>New companies: %1</source>
        <translation>新建公司：%1</translation>
    </message>
    <message>
        <source>You can also undo it later: File › Import history.</source>
        <translation>之后也可以撤销：文件 › 导入历史。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>导入已取消，没有做任何更改。</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.</source>
        <translation>导入失败，没有做任何更改。</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>这次导入已撤销。</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>已删除：%1</translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation>已恢复：%1</translation>
    </message>
    <message>
        <source>Kept as changed later: %1</source>
        <translation>保留后来的修改：%1</translation>
    </message>
</context>
<context>
    <name>ReviewNotesPanel</name>
    <message>
        <source>The import could not read these values and kept them as they were written. Correct the record with Edit…, then mark the note resolved.</source>
        <translation>导入时无法识别这些值，已按原样保留。请用“编辑…”修正记录，然后将该条标为已解决。</translation>
    </message>
    <message>
        <source>Mark all resolved</source>
        <translation>全部标为已解决</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>原始值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>标为已解决</translation>
    </message>
    <message>
        <source>Mark this note resolved: it is removed from the record</source>
        <translation>将此条标为已解决：它会从记录中移除</translation>
    </message>
</context>
<context>
    <name>Route</name>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <source>Written: {file}</source>
        <translation>已写入：{file}</translation>
    </message>
    <message>
        <source>Route for {day}</source>
        <translation>{day} 的路线</translation>
    </message>
    <message>
        <source>Route for {day} ({part}/{parts})</source>
        <translation>{day} 的路线（{part}/{parts}）</translation>
    </message>
    <message>
        <source>Coordinates: WGS-84 from the device; Chinese maps (高德/百度) use GCJ-02/BD-09 and may show the point about 500 m away.</source>
        <translation>坐标：设备测得的 WGS-84 坐标；国内地图（高德/百度）使用 GCJ-02/BD-09，直接输入时位置可能偏移约 500 米。</translation>
    </message>
    <message>
        <source>Stops without a measured position are placed at the centre of their district (a few km off); distances are straight lines, roads are longer.</source>
        <translation>没有实测位置的站点按所在区县的中心点计算（可能相差数公里）；距离为直线距离，实际道路更长。</translation>
    </message>
    <message>
        <source>Stop {n} of {count}</source>
        <translation>第 {n} 站，共 {count} 站</translation>
    </message>
    <message>
        <source>Total (straight line): {km} km</source>
        <translation>合计（直线）：{km} 公里</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Province / city / district</source>
        <translation>省 / 市 / 区县</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>Start: {place}</source>
        <translation>出发地：{place}</translation>
    </message>
    <message>
        <source>No visits on this day.</source>
        <translation>当天没有拜访。</translation>
    </message>
</context>
<context>
    <name>RoutePage</name>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Province / city / district</source>
        <translation>省 / 市 / 区县</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>No visits on this day. Visits, and meetings with a place, that you plan for the day show here in the order that shortens the way.</source>
        <translation>当天没有拜访。当天计划的拜访以及有地点的会议会按最省路程的顺序显示在这里。</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>出发地：</translation>
    </message>
    <message>
        <source>An address, or latitude, longitude (optional)</source>
        <translation>地址，或“纬度, 经度”（可选）</translation>
    </message>
    <message>
        <source>My position</source>
        <translation>我的位置</translation>
    </message>
    <message>
        <source>Start from where this computer is, as the system&apos;s location service tells (WGS-84)</source>
        <translation>从本机所在位置出发（由系统定位服务提供，WGS-84）</translation>
    </message>
    <message>
        <source>Keep planned times</source>
        <translation>保持计划时间</translation>
    </message>
    <message>
        <source>Visits planned at a time of day stay in their time order; untick to order every visit by the way alone</source>
        <translation>有具体时间的拜访保持时间先后；取消勾选则所有拜访只按路程排序</translation>
    </message>
    <message>
        <source>Optimise</source>
        <translation>优化顺序</translation>
    </message>
    <message>
        <source>Order the stops to shorten the way between them</source>
        <translation>调整站点顺序，缩短站点之间的路程</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Apply times…</source>
        <translation>调整时间…</translation>
    </message>
    <message>
        <source>Give the visits the day&apos;s times in this order (Ctrl+Z undoes it)</source>
        <translation>按此顺序为拜访分配当天的时间（可用 Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>导出 .ics…</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>显示二维码</translation>
    </message>
    <message>
        <source>Already the shortest order that keeps the planned times; untick “Keep planned times” to reorder timed visits too</source>
        <translation>在保持计划时间的前提下已是最短顺序；取消勾选“保持计划时间”可同时调整有具体时间的拜访</translation>
    </message>
    <message>
        <source>Already the shortest order</source>
        <translation>已是最短顺序</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>WGS-84, measured by the device at this visit</source>
        <translation>WGS-84，本次拜访时由设备测得</translation>
    </message>
    <message>
        <source>WGS-84, measured by the device at an earlier visit to this customer</source>
        <translation>WGS-84，以前拜访该客户时由设备测得</translation>
    </message>
    <message>
        <source>%1 · stops: %2 · %3 km in straight lines</source>
        <translation>%1 · 站点：%2 · 直线距离 %3 公里</translation>
    </message>
    <message>
        <source>times as planned: “Apply times…” gives the visits the day&apos;s times in this order</source>
        <translation>时间仍为原计划：“调整时间…”会按此顺序为拜访分配当天的时间</translation>
    </message>
    <message>
        <source>Coordinates: WGS-84 from the device; Chinese maps (高德/百度) use GCJ-02/BD-09 and may show the point about 500 m away.</source>
        <translation>坐标：设备测得的 WGS-84 坐标；国内地图（高德/百度）使用 GCJ-02/BD-09，直接输入时位置可能偏移约 500 米。</translation>
    </message>
    <message>
        <source>A stop without a measured position is placed at the centre of its district (a few km off). Distances are straight lines; roads are longer.</source>
        <translation>没有实测位置的站点按所在区县的中心点计算（可能相差数公里）。距离为直线距离，实际道路更长。</translation>
    </message>
    <message>
        <source>Addresses that are not Chinese, or name no district, are kept as written and go last.</source>
        <translation>非中国地址或未写明区县的地址按原文保留，排在最后。</translation>
    </message>
    <message>
        <source>≈ district centre</source>
        <translation>≈ 区县中心</translation>
    </message>
    <message>
        <source>≈ city centre</source>
        <translation>≈ 城市中心</translation>
    </message>
    <message>
        <source>≈ province centre</source>
        <translation>≈ 省中心</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Apply times</source>
        <translation>调整时间</translation>
    </message>
    <message>
        <source>The visits&apos; times already follow this order.</source>
        <translation>拜访时间已经符合此顺序。</translation>
    </message>
    <message>
        <source>Give the visits the day&apos;s times in the route&apos;s order?</source>
        <translation>按路线顺序为拜访重新分配当天的时间？</translation>
    </message>
    <message>
        <source>Save the route as PDF</source>
        <translation>将路线保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF（*.pdf）</translation>
    </message>
    <message>
        <source>the file could not be written.</source>
        <translation>文件无法写入。</translation>
    </message>
    <message>
        <source>Export the route as iCalendar</source>
        <translation>将路线导出为 iCalendar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar（*.ics）</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>RouteUndo</name>
    <message>
        <source>Apply the route&apos;s times (visits: %1)</source>
        <translation>按路线顺序调整时间（拜访：%1）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>“%1” could not be done or undone: a visit has changed or was deleted since. The step was removed from the undo history.</source>
        <translation>“%1”无法执行或撤销：其间有拜访已被修改或删除。此步骤已从撤销历史中移除。</translation>
    </message>
</context>
<context>
    <name>SalesCommands</name>
    <message>
        <source>&amp;Sales</source>
        <translation>销售(&amp;S)</translation>
    </message>
    <message>
        <source>New &amp;deal…</source>
        <translation>新建商机(&amp;D)…</translation>
    </message>
    <message>
        <source>New &amp;quote…</source>
        <translation>新建报价单(&amp;Q)…</translation>
    </message>
    <message>
        <source>New sales &amp;order…</source>
        <translation>新建销售订单(&amp;O)…</translation>
    </message>
    <message>
        <source>Pipeline &amp;stages…</source>
        <translation>销售管道阶段(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Loss reasons…</source>
        <translation>输单原因(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>SalesReportPage</name>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>By order month</source>
        <translation>按订单月份</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>按负责人</translation>
    </message>
    <message>
        <source>Confirmed, shipped and paid orders; drafts, quotes and cancelled orders do not count.</source>
        <translation>统计已确认、已发货和已付款的订单；草稿、报价单和已取消的订单不计入。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in the report.</source>
        <translation>
            <numerusform>报表包含 %n 个订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>sales-report</source>
        <translation>销售报表</translation>
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
    <name>SecurityActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>Security and bac&amp;kups…</source>
        <translation>安全与备份(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Change &amp;history of selected…</source>
        <translation>所选记录的变更历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Daily backup made: %1</source>
        <translation>已完成每日备份：%1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <source>CRM database (*.db)</source>
        <translation>CRM 数据库 (*.db)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation>未能备份：%1</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Set a PIN first (File → Security and backups…).</source>
        <translation>请先设置 PIN 码（文件 → 安全与备份…）。</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>The customer database is encrypted. Its key is kept in this computer&apos;s keyring.</source>
        <translation>客户数据库已加密。其密钥保存在这台电脑的钥匙串中。</translation>
    </message>
    <message>
        <source>The customer database is encrypted with a passphrase, asked for each time the CRM starts.</source>
        <translation>客户数据库已用密码短语加密，每次启动 CRM 时需要输入。</translation>
    </message>
    <message>
        <source>The customer database is NOT encrypted: anyone with this computer&apos;s disk can read it.</source>
        <translation>客户数据库未加密：任何拿到这台电脑硬盘的人都能读取。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>A PIN is set; type a new one to change it.</source>
        <translation>已设置 PIN 码；输入新的即可更改。</translation>
    </message>
    <message>
        <source>No PIN yet: set one to use the app lock.</source>
        <translation>尚未设置 PIN 码：设置后才能使用应用锁。</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 码不一致。</translation>
    </message>
    <message>
        <source>Set a PIN to lock the app.</source>
        <translation>请设置 PIN 码以锁定应用。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Your app lock PIN:</source>
        <translation>您的应用锁 PIN 码：</translation>
    </message>
    <message>
        <source>That is not the PIN.</source>
        <translation>PIN 码不正确。</translation>
    </message>
    <message>
        <source>Write this key down and keep it apart from the computer. It opens the customer database if the keyring entry is lost or you forget the passphrase:

%1</source>
        <translation>请抄下此密钥，并与电脑分开保管。当钥匙串中的密钥丢失或您忘记密码短语时，可用它打开客户数据库：

%1</translation>
    </message>
    <message>
        <source>Security and backups</source>
        <translation>安全与备份</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>&amp;Encrypt now…</source>
        <translation>立即加密(&amp;E)…</translation>
    </message>
    <message>
        <source>Show &amp;recovery key…</source>
        <translation>显示恢复密钥(&amp;R)…</translation>
    </message>
    <message>
        <source>The key that opens the database if the system keyring loses it: write it down and keep it somewhere safe</source>
        <translation>系统钥匙串丢失密钥时可用于打开数据库的密钥：请抄下并妥善保管</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>&amp;Daily backups to keep:</source>
        <translation>保留每日备份数(&amp;D)：</translation>
    </message>
    <message>
        <source>A backup is made once a day while the CRM runs; older ones beyond this number are deleted. 0 turns daily backups off.</source>
        <translation>CRM 运行时每天备份一次；超出此数量的旧备份会被删除。设为 0 关闭每日备份。</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Newest backup:</source>
        <translation>最新备份：</translation>
    </message>
    <message>
        <source>App lock</source>
        <translation>应用锁</translation>
    </message>
    <message>
        <source>&amp;Lock after idle minutes:</source>
        <translation>空闲多少分钟后锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>The window hides your data after this many minutes without a key press or mouse move, and when the CRM starts. 0 never locks.</source>
        <translation>在这么多分钟内没有按键或鼠标移动时，以及 CRM 启动时，窗口会隐藏您的数据。设为 0 则从不锁定。</translation>
    </message>
    <message>
        <source>New &amp;PIN or passphrase:</source>
        <translation>新 PIN 码或密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>Repeat &amp;it:</source>
        <translation>再输入一次(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>Edit segment</source>
        <translation>编辑客户分群</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>新建客户分群</translation>
    </message>
    <message>
        <source>Any; separate several with commas</source>
        <translation>不限；多个值用逗号分隔</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>No call, visit, meeting or e-mail on or after this day (never contacted counts too)</source>
        <translation>自该日起没有电话、拜访、会议或邮件（从未联系过的也算）</translation>
    </message>
    <message>
        <source>Some call, visit, meeting or e-mail on or after this day</source>
        <translation>自该日起有过电话、拜访、会议或邮件</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>描述(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Pick:</source>
        <translation>对象(&amp;P):</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>级别:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源:</translation>
    </message>
    <message>
        <source>P&amp;rovinces:</source>
        <translation>省份(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Cities:</source>
        <translation>城市(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Industries:</source>
        <translation>行业(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O):</translation>
    </message>
    <message>
        <source>No activity since:</source>
        <translation>自此无跟进:</translation>
    </message>
    <message>
        <source>Some activity since:</source>
        <translation>自此有跟进:</translation>
    </message>
    <message>
        <source>Has an open &amp;deal:</source>
        <translation>有进行中的商机(&amp;D):</translation>
    </message>
    <message>
        <source>Has an open tic&amp;ket:</source>
        <translation>有未结工单(&amp;K):</translation>
    </message>
    <message>
        <source>Has an &amp;e-mail address:</source>
        <translation>有邮箱地址(&amp;E):</translation>
    </message>
    <message>
        <source>Level, status, source, place and industry are the company&apos;s; tags and owner are the contact&apos;s own. Empty means any.</source>
        <translation>级别、状态、来源、地区和行业取自所属公司；标签和负责人为联系人自己的。留空表示不限。</translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) chosen before</source>
        <translation>
            <numerusform>之前已选 %n 位负责人</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) match</source>
        <translation>
            <numerusform>符合条件的客户：%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) match</source>
        <translation>
            <numerusform>符合条件的联系人：%n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>无法计数：%1</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Matches now</source>
        <translation>当前匹配数</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>计数中…</translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <source>No segments yet. A segment picks contacts or accounts by level, place, tags, owner or last activity; it narrows the customer list and gives a campaign its members.</source>
        <translation>还没有客户分群。分群按等级、地区、标签、负责人或最近跟进筛选联系人或客户单位；它可以筛选客户列表，也为营销活动提供成员。</translation>
    </message>
    <message>
        <source>New segment…</source>
        <translation>新建分群…</translation>
    </message>
    <message>
        <source>&amp;New segment…</source>
        <translation>新建分群(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Show in customer list</source>
        <translation>在客户列表中查看(&amp;S)</translation>
    </message>
    <message>
        <source>Open the customer list narrowed to this segment, to browse or export it</source>
        <translation>打开仅显示此分群的客户列表，以便浏览或导出</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>删除客户分群</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? Campaigns launched from it keep their members.</source>
        <translation>删除客户分群“%1”？由它启动的活动会保留成员。</translation>
    </message>
</context>
<context>
    <name>ServiceCommands</name>
    <message>
        <source>Se&amp;rvice</source>
        <translation>服务(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;ticket…</source>
        <translation>新建工单(&amp;T)…</translation>
    </message>
    <message>
        <source>Log a complaint or service request</source>
        <translation>登记投诉或服务请求</translation>
    </message>
    <message>
        <source>&amp;My open tickets</source>
        <translation>我的未结工单(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Unassigned tickets</source>
        <translation>未分派工单(&amp;U)</translation>
    </message>
    <message>
        <source>Breaching &amp;soon</source>
        <translation>即将超时(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Overdue tickets</source>
        <translation>已超时工单(&amp;O)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <source>Service (%1 overdue)</source>
        <translation>客户服务（%1 超时）</translation>
    </message>
    <message>
        <source>Service (%1 due soon)</source>
        <translation>客户服务（%1 将超时）</translation>
    </message>
    <message>
        <source>My open tickets: %1 · Unassigned: %2 · Breaching soon: %3 · Overdue: %4</source>
        <translation>我的未结工单：%1 · 未分派：%2 · 即将超时：%3 · 已超时：%4</translation>
    </message>
    <message>
        <source>SLA policy</source>
        <translation>服务级别（SLA）策略</translation>
    </message>
    <message>
        <source>The SLA policy file has errors, so the policy shipped with the CRM is used:</source>
        <translation>SLA 策略文件有错误，现改用 CRM 自带的策略：</translation>
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
    <message>
        <source>Mark deals stale after this many days without activity</source>
        <translation>商机超过此天数无跟进即标记为停滞</translation>
    </message>
    <message>
        <source>SLA policy file (empty: the one shipped with the CRM)</source>
        <translation>SLA 策略文件（留空：使用 CRM 自带的）</translation>
    </message>
    <message>
        <source>Dashboard period</source>
        <translation>仪表盘期间</translation>
    </message>
    <message>
        <source>Dashboard owner</source>
        <translation>仪表盘负责人</translation>
    </message>
    <message>
        <source>Dashboard team</source>
        <translation>仪表盘团队</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>保留每日备份数</translation>
    </message>
    <message>
        <source>Lock the app after this many idle minutes</source>
        <translation>空闲多少分钟后锁定应用</translation>
    </message>
    <message>
        <source>App lock PIN</source>
        <translation>应用锁 PIN 码</translation>
    </message>
    <message>
        <source>Offer to encrypt an unencrypted database</source>
        <translation>提示加密未加密的数据库</translation>
    </message>
    <message>
        <source>Remind me before</source>
        <translation>默认提前提醒</translation>
    </message>
    <message>
        <source>Remind of follow-ups at</source>
        <translation>跟进提醒时间</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Edit &amp;loss reasons…</source>
        <translation>编辑输单原因(&amp;L)…</translation>
    </message>
    <message>
        <source>Remind me &amp;before:</source>
        <translation>默认提前提醒(&amp;B)：</translation>
    </message>
    <message>
        <source>Remind of &amp;follow-ups at:</source>
        <translation>跟进提醒时间(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose the SLA policy</source>
        <translation>选择 SLA 策略</translation>
    </message>
    <message>
        <source>SLA policy (*.json)</source>
        <translation>SLA 策略 (*.json)</translation>
    </message>
    <message>
        <source>SLA policy</source>
        <translation>SLA 策略</translation>
    </message>
    <message>
        <source>“%1” cannot be used as the SLA policy:</source>
        <translation>“%1”不能用作 SLA 策略：</translation>
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
    <message>
        <source>Deals go &amp;stale after:</source>
        <translation>商机停滞天数(&amp;S)：</translation>
    </message>
    <message>
        <source>A deal with no activity for this many days is marked on the board. 0 turns the mark off.</source>
        <translation>商机超过此天数没有跟进时，会在看板上标记出来。设为 0 则不标记。</translation>
    </message>
    <message>
        <source>Sales pipeline:</source>
        <translation>销售管道：</translation>
    </message>
    <message>
        <source>Edit pipeline &amp;stages…</source>
        <translation>编辑销售管道阶段(&amp;S)…</translation>
    </message>
    <message>
        <source>Service &amp;SLA policy:</source>
        <translation>服务 SLA 策略(&amp;S)：</translation>
    </message>
    <message>
        <source>The policy shipped with the CRM</source>
        <translation>CRM 自带的策略</translation>
    </message>
    <message>
        <source>Working days, hours, holidays and the response and resolution targets per priority (a JSON file).</source>
        <translation>工作日、工作时间、节假日，以及各优先级的响应和解决时限（JSON 文件）。</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>自带</translation>
    </message>
    <message>
        <source>Use the policy shipped with the CRM</source>
        <translation>使用 CRM 自带的策略</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>(hidden)</source>
        <translation>（隐藏）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln row(s))</source>
        <translation>
            <numerusform>%1（%Ln 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>The first sheet holds no table; using “%1” (%2 rows).</source>
        <translation>第一个工作表中没有表格；改用“%1”（%2 行）。</translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>The SLA policy file {path} does not exist.</source>
        <translation>SLA 策略文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>The SLA policy file {path} cannot be read: {reason}</source>
        <translation>无法读取 SLA 策略文件 {path}：{reason}</translation>
    </message>
    <message>
        <source>The SLA policy file {path} is not UTF-8 text (bad byte at {position}).</source>
        <translation>SLA 策略文件 {path} 不是 UTF-8 文本（第 {position} 个字节有误）。</translation>
    </message>
    <message>
        <source>The SLA policy is not valid JSON: {reason} at line {line}, column {column}.</source>
        <translation>SLA 策略不是有效的 JSON：第 {line} 行第 {column} 列，{reason}。</translation>
    </message>
    <message>
        <source>The key “{key}” appears twice in one object; only the last counts.</source>
        <translation>键“{key}”在同一对象中出现了两次；只有最后一个有效。</translation>
    </message>
    <message>
        <source>The SLA policy must be a JSON object, not {value}.</source>
        <translation>SLA 策略必须是 JSON 对象，而不是 {value}。</translation>
    </message>
    <message>
        <source>{where} must be a JSON object, not {value}.</source>
        <translation>{where} 必须是 JSON 对象，而不是 {value}。</translation>
    </message>
    <message>
        <source>{where} must be a list […], not {value}.</source>
        <translation>{where} 必须是列表 […]，而不是 {value}。</translation>
    </message>
    <message>
        <source>{where} is missing.</source>
        <translation>缺少 {where}。</translation>
    </message>
    <message>
        <source>Unknown setting {where}; check its spelling (keys starting with _ are comments).</source>
        <translation>未知设置 {where}；请检查拼写（以 _ 开头的键是注释）。</translation>
    </message>
    <message>
        <source>{where} is {value}; this version of the program reads version 1.</source>
        <translation>{where} 为 {value}；本版本程序只能读取第 1 版。</translation>
    </message>
    <message>
        <source>{where}: {value} is not a known time zone (write e.g. Asia/Shanghai or local).</source>
        <translation>{where}：{value} 不是已知的时区（例如写 Asia/Shanghai 或 local）。</translation>
    </message>
    <message>
        <source>{where} is empty; name at least one working day.</source>
        <translation>{where} 为空；请至少列出一个工作日。</translation>
    </message>
    <message>
        <source>{where}: {value} is not a day name (mon, tue, wed, thu, fri, sat, sun).</source>
        <translation>{where}：{value} 不是星期名称（mon、tue、wed、thu、fri、sat、sun）。</translation>
    </message>
    <message>
        <source>{where} is empty; give at least one window such as [&quot;09:00&quot;, &quot;18:00&quot;].</source>
        <translation>{where} 为空；请至少给出一个时段，例如 [&quot;09:00&quot;, &quot;18:00&quot;]。</translation>
    </message>
    <message>
        <source>{where} must be a pair of times such as [&quot;09:00&quot;, &quot;12:00&quot;], not {value}.</source>
        <translation>{where} 必须是一对时间，例如 [&quot;09:00&quot;, &quot;12:00&quot;]，而不是 {value}。</translation>
    </message>
    <message>
        <source>{where}: {value} is not a time written HH:MM (00:00 to 24:00).</source>
        <translation>{where}：{value} 不是 HH:MM 格式的时间（00:00 至 24:00）。</translation>
    </message>
    <message>
        <source>{where}: the window ends at {end}, which is not after its start {start}.</source>
        <translation>{where}：时段结束于 {end}，不晚于开始时间 {start}。</translation>
    </message>
    <message>
        <source>{where} {value} overlaps {other} {other_value}.</source>
        <translation>{where} {value} 与 {other} {other_value} 重叠。</translation>
    </message>
    <message>
        <source>{where}: {value} is not a date written YYYY-MM-DD.</source>
        <translation>{where}：{value} 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>{where}: {value} is listed both as a holiday and as a make-up working day.</source>
        <translation>{where}：{value} 同时被列为节假日和调休工作日。</translation>
    </message>
    <message>
        <source>{where} is missing; every priority (urgent, high, normal, low) needs targets.</source>
        <translation>缺少 {where}；每个优先级（urgent、high、normal、low）都需要时限。</translation>
    </message>
    <message>
        <source>Unknown priority {where}; the priorities are urgent, high, normal and low.</source>
        <translation>未知优先级 {where}；优先级为 urgent、high、normal 和 low。</translation>
    </message>
    <message>
        <source>{where} must be a number of hours above 0 and at most {max}, not {value}.</source>
        <translation>{where} 必须是大于 0、不超过 {max} 的小时数，而不是 {value}。</translation>
    </message>
    <message>
        <source>{where}: first response ({first} h) is longer than resolution ({resolution} h).</source>
        <translation>{where}：首次响应时限（{first} 小时）长于解决时限（{resolution} 小时）。</translation>
    </message>
    <message>
        <source>{where} must be true or false, not {value}.</source>
        <translation>{where} 必须是 true 或 false，而不是 {value}。</translation>
    </message>
    <message>
        <source>{where} must be a whole number from 1 to 99, not {value}.</source>
        <translation>{where} 必须是 1 到 99 的整数，而不是 {value}。</translation>
    </message>
</context>
<context>
    <name>StageCardModel</name>
    <message numerus="yes">
        <source>The expected close date passed %n day(s) ago.</source>
        <translation>
            <numerusform>预计成交日期已过 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stale: no activity for more than %n day(s)</source>
        <translation>
            <numerusform>停滞：超过 %n 天没有跟进</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>%1 · weighted %2</source>
        <translation>%1 · 加权 %2</translation>
    </message>
</context>
<context>
    <name>StagesDialog</name>
    <message>
        <source>Pipeline stages</source>
        <translation>销售管道阶段</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>赢率 %</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Open stages are the board&apos;s columns in this order. Exactly one stage is won and one is lost; a deal&apos;s probability follows its stage unless set by hand.</source>
        <translation>进行中的阶段按此顺序显示为看板的各列。必须恰好有一个赢单阶段和一个输单阶段；商机的赢率跟随其阶段，除非手动设置。</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>Startup</name>
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
        <source>The passphrase or key does not open the customer database, or the start of the file is damaged.</source>
        <translation>密码短语或密钥无法打开客户数据库，或文件开头已损坏。</translation>
    </message>
</context>
<context>
    <name>StoreKeys</name>
    <message>
        <source>There is no database at {path} yet, and this computer has no keyring to keep a new database&apos;s key in. Set CRM_PASSPHRASE to a passphrase of at least {min} characters to encrypt it with (the same passphrase opens it later), run the command in a terminal to choose one, or add --plain to make it without encryption. Nothing was created.</source>
        <translation>{path} 处还没有数据库，而这台电脑没有可保存新数据库密钥的钥匙串。请把 CRM_PASSPHRASE 设为至少 {min} 个字符的密码短语用来加密（以后用同一密码短语打开），或在终端中运行此命令来设置一个，或加上 --plain 创建不加密的数据库。未创建任何文件。</translation>
    </message>
    <message>
        <source>The passphrase in CRM_PASSPHRASE is too short to encrypt a new database with: it needs at least {min} characters. Nothing was created.</source>
        <translation>CRM_PASSPHRASE 中的密码短语太短，不能用来加密新数据库：至少需要 {min} 个字符。未创建任何文件。</translation>
    </message>
    <message>
        <source>No keyring on this computer: {path} is encrypted with the passphrase in CRM_PASSPHRASE. The same passphrase opens it each time (in CRM_PASSPHRASE, or typed when asked); without it the data cannot be read.</source>
        <translation>这台电脑没有钥匙串：{path} 已用 CRM_PASSPHRASE 中的密码短语加密。以后每次都用同一密码短语打开（放在 CRM_PASSPHRASE 中，或在提示时输入）；没有它就无法读取数据。</translation>
    </message>
    <message>
        <source>No keyring on this computer and no CRM_PASSPHRASE: {path} is made without encryption, as it holds demo data only. To encrypt it later, set CRM_PASSPHRASE and run: crm --db {path} encrypt</source>
        <translation>这台电脑没有钥匙串，也没有设置 CRM_PASSPHRASE：{path} 只含演示数据，因此以不加密方式创建。以后如需加密，请设置 CRM_PASSPHRASE 并运行：crm --db {path} encrypt</translation>
    </message>
    <message>
        <source>Cannot open {path}: it is encrypted and its key is not in this computer&apos;s keyring. Set CRM_PASSPHRASE to its passphrase or recovery key, or run this in a terminal to be asked.</source>
        <translation>无法打开 {path}：它已加密，而其密钥不在这台电脑的钥匙串中。请把 CRM_PASSPHRASE 设为它的密码短语或恢复密钥，或在终端中运行以便输入。</translation>
    </message>
    <message>
        <source>Cannot open {path}: the passphrase in CRM_PASSPHRASE does not open it.</source>
        <translation>无法打开 {path}：CRM_PASSPHRASE 中的密码短语打不开它。</translation>
    </message>
    <message>
        <source>No keyring on this computer: choose a passphrase for the new database.</source>
        <translation>这台电脑没有钥匙串：请为新数据库设置一个密码短语。</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新密码短语：</translation>
    </message>
    <message>
        <source>A passphrase needs at least {min} characters.</source>
        <translation>密码短语至少需要 {min} 个字符。</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>Passphrase of the database: </source>
        <translation>数据库的密码短语：</translation>
    </message>
    <message>
        <source>The database&apos;s key is not in the keyring. Passphrase or recovery key: </source>
        <translation>数据库的密钥不在钥匙串中。密码短语或恢复密钥：</translation>
    </message>
    <message>
        <source>That does not open it. Try again: </source>
        <translation>打不开，请重试：</translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <source>Subscribe to your calendar</source>
        <translation>订阅你的日历</translation>
    </message>
    <message>
        <source>Add this link as a calendar subscription (“From URL”) in Outlook, Google Calendar, DingTalk or your phone: your visits, meetings, tasks and follow-ups show there and follow what you sync.</source>
        <translation>在 Outlook、Google 日历、钉钉或手机中将此链接添加为日历订阅（“通过网址添加”）：你的拜访、会议、任务和跟进会显示在那里，并随同步更新。</translation>
    </message>
    <message>
        <source>Anyone who has this link can read your calendar without a password: keep it to yourself.</source>
        <translation>任何拿到此链接的人无需密码即可查看你的日历：请勿外传。</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The server cannot be reached. Your changes stay on this computer and are sent when the connection is back.</source>
        <translation>无法连接服务器。您的修改保存在本机，网络恢复后会自动发送。</translation>
    </message>
    <message>
        <source>The username or password is wrong, or your login has expired. Log in again.</source>
        <translation>用户名或密码错误，或登录已过期。请重新登录。</translation>
    </message>
    <message>
        <source>An administrator revoked this computer&apos;s access. Your unsent changes are kept; ask your administrator, then log in again.</source>
        <translation>管理员已撤销本机的访问权限。未发送的修改已保留；请联系管理员后重新登录。</translation>
    </message>
    <message>
        <source>The server needs a newer version of this app. Your changes are kept until you update.</source>
        <translation>服务器需要更新版本的客户端。您的修改会保留到升级之后。</translation>
    </message>
    <message>
        <source>Too many failed logins. Wait a few minutes, then try again.</source>
        <translation>登录失败次数过多。请等几分钟再试。</translation>
    </message>
    <message>
        <source>The server refused the request. Your changes are kept; please tell your administrator.</source>
        <translation>服务器拒绝了请求。您的修改已保留；请告知管理员。</translation>
    </message>
    <message>
        <source>Sync failed unexpectedly. Your changes are kept.</source>
        <translation>同步意外失败。您的修改已保留。</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Sync iss&amp;ues…</source>
        <translation>同步问题(&amp;U)…</translation>
    </message>
    <message>
        <source>Connected. Your data is being synced.</source>
        <translation>已连接，正在同步数据。</translation>
    </message>
    <message>
        <source>Some changes need your decision: see Sync issues.</source>
        <translation>部分修改需要您决定：请查看“同步问题”。</translation>
    </message>
</context>
<context>
    <name>SyncIssuesDialog</name>
    <message>
        <source>Sync issues</source>
        <translation>同步问题</translation>
    </message>
    <message>
        <source>No sync issues. A change the server refuses, or one that clashes with someone else&apos;s edit of the same field, waits here for your decision.</source>
        <translation>没有同步问题。服务器拒绝的修改，或与他人对同一字段的修改相冲突的修改，会在这里等待你来决定。</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>When you last synced:</source>
        <translation>上次同步时：</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>您的：</translation>
    </message>
    <message>
        <source>On the server:</source>
        <translation>服务器上：</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>保留服务器的(&amp;T)</translation>
    </message>
    <message>
        <source>Fix and &amp;retry</source>
        <translation>修正并重试(&amp;R)</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>服务器拒绝了这项修改:%1</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
</context>
<context>
    <name>SyncLoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Choose the company CA certificate</source>
        <translation>选择公司 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https://</source>
        <translation>请输入服务器地址，以 https:// 开头</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Connect to the company server</source>
        <translation>连接公司服务器</translation>
    </message>
    <message>
        <source>Your changes stay on this computer and are sent whenever the server can be reached. The password is exchanged for a login that is kept in the system keyring; the password itself is never saved.</source>
        <translation>您的修改保存在本机，能连上服务器时就会发送。密码只用于换取登录凭据，凭据保存在系统钥匙串中；密码本身从不保存。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>https://crm.example.com</source>
        <translation>https://crm.example.com</translation>
    </message>
    <message>
        <source>Company &amp;CA:</source>
        <translation>公司 CA(&amp;C)：</translation>
    </message>
    <message>
        <source>Only if your company runs its own certificate authority</source>
        <translation>仅当公司使用自有证书颁发机构时填写</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>SyncReasons</name>
    <message>
        <source>Another change made in the same action was refused, so this one was not applied either.</source>
        <translation>同一操作中的另一项更改被拒绝，因此这项更改也未生效。</translation>
    </message>
    <message>
        <source>Only managers and administrators adjust stock.</source>
        <translation>只有经理和管理员可以调整库存。</translation>
    </message>
    <message>
        <source>Stock changes only through orders, or a manager&apos;s adjustment with a reason.</source>
        <translation>库存只能通过订单变动，或由经理填写原因后调整。</translation>
    </message>
    <message>
        <source>The stock would fall below zero.</source>
        <translation>库存将低于零。</translation>
    </message>
    <message>
        <source>The order&apos;s status changed on the server meanwhile, so its stock was not moved.</source>
        <translation>该订单的状态已在服务器上被更改，因此库存未变动。</translation>
    </message>
    <message>
        <source>The order&apos;s lines changed on the server meanwhile, so its stock was not moved.</source>
        <translation>该订单的明细已在服务器上被更改，因此库存未变动。</translation>
    </message>
    <message>
        <source>Only an administrator changes the pipeline stages.</source>
        <translation>只有管理员可以修改销售管道阶段。</translation>
    </message>
    <message>
        <source>Only an administrator changes the list of loss reasons.</source>
        <translation>只有管理员可以修改输单原因列表。</translation>
    </message>
    <message>
        <source>Only managers and administrators change products.</source>
        <translation>只有经理和管理员可以修改产品。</translation>
    </message>
    <message>
        <source>Only its author, a manager or an administrator changes it.</source>
        <translation>只有创建者、经理或管理员可以修改它。</translation>
    </message>
    <message>
        <source>This record is no longer yours: it was handed to someone else or moved to another team.</source>
        <translation>这条记录已不属于您：它已转交他人或调到其他团队。</translation>
    </message>
    <message>
        <source>You may not give records to someone outside your team.</source>
        <translation>您不能把记录转给团队以外的人。</translation>
    </message>
    <message>
        <source>The record it belongs to no longer exists on the server.</source>
        <translation>它所属的记录在服务器上已不存在。</translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>Sync &amp;issues…</source>
        <translation>同步问题(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>连接服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>有待发送的修改</translation>
    </message>
    <message>
        <source>Log in to sync</source>
        <translation>登录后同步</translation>
    </message>
    <message>
        <source>Access revoked</source>
        <translation>访问已撤销</translation>
    </message>
    <message>
        <source>Update needed</source>
        <translation>需要升级</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>磁盘已满</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n 条修改待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync issue(s)</source>
        <translation>
            <numerusform>%n 个同步问题</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>Click for sync options</source>
        <translation>点击查看同步选项</translation>
    </message>
    <message>
        <source>Downloading… %1 records</source>
        <translation>正在下载… %1 条记录</translation>
    </message>
    <message>
        <source>Receiving… %1 changes</source>
        <translation>正在接收… %1 条修改</translation>
    </message>
    <message>
        <source>Sending… %1 changes</source>
        <translation>正在发送… %1 条修改</translation>
    </message>
    <message>
        <source>Attachments… %1 of %2 files</source>
        <translation>附件… 第 %1 / %2 个文件</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Edit e-mail template</source>
        <translation>编辑邮件模板</translation>
    </message>
    <message>
        <source>New e-mail template</source>
        <translation>新建邮件模板</translation>
    </message>
    <message>
        <source>e.g. {{name}}, you are invited to {{campaign}}</source>
        <translation>例如 {{name}}，诚邀您参加{{campaign}}</translation>
    </message>
    <message>
        <source>Placeholders filled in for each recipient: %1</source>
        <translation>为每位收件人填入的占位符：%1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>正文(&amp;B):</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>No e-mail templates yet. A template is the message a campaign sends; {{name}}, {{company}} and the other placeholders are filled in for each member.</source>
        <translation>还没有邮件模板。模板是营销活动发送的邮件内容；{{name}}、{{company}} 等占位符会按每位成员填写。</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>新建模板…</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>新建模板(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>删除模板“%1”？</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>Type to find a company</source>
        <translation>输入以查找公司</translation>
    </message>
    <message>
        <source>Type to find a person</source>
        <translation>输入以查找联系人</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>Log &amp;activity…</source>
        <translation>记录跟进(&amp;A)…</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Provisional number: the server assigns the final one at the next sync.</source>
        <translation>临时编号：下次同步时由服务器分配正式编号。</translation>
    </message>
    <message>
        <source>A closed ticket is read-only; reopen it to change it.</source>
        <translation>已关闭的工单只读；如需修改请重新打开。</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <source>Resolve %1</source>
        <translation>解决 %1</translation>
    </message>
    <message>
        <source>How was the problem resolved?</source>
        <translation>问题是如何解决的？</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>重新打开 %1</translation>
    </message>
    <message>
        <source>Why is the ticket reopened? (optional)</source>
        <translation>为什么重新打开此工单？（可选）</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>The ticket, account, contact or assignee no longer exists.</source>
        <translation>该工单、客户、联系人或处理人已不存在。</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>主题(&amp;B)：</translation>
    </message>
    <message>
        <source>What is the problem, in a few words?</source>
        <translation>简要描述问题</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>客户(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>Ass&amp;ignee:</source>
        <translation>处理人(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>What the customer reported, model, serial number…</source>
        <translation>客户反映的情况、型号、序列号…</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务级别</translation>
    </message>
    <message>
        <source>First response due:</source>
        <translation>首次响应时限：</translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation>已响应：</translation>
    </message>
    <message>
        <source>Resolution due:</source>
        <translation>解决时限：</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>已解决：</translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation>SLA：</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Write a comment; Ctrl+Enter adds it</source>
        <translation>写备注；按 Ctrl+Enter 添加</translation>
    </message>
    <message>
        <source>Add co&amp;mment</source>
        <translation>添加备注(&amp;M)</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>评分：</translation>
    </message>
    <message>
        <source>What did the customer say?</source>
        <translation>客户怎么说？</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TicketHistoryList</name>
    <message>
        <source>Ticket history</source>
        <translation>工单处理记录</translation>
    </message>
    <message>
        <source>Ticket created</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>状态：%1 → %2</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>解决方案：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>分派给 %1</translation>
    </message>
    <message>
        <source>Assignee: %1 → %2</source>
        <translation>处理人：%1 → %2</translation>
    </message>
    <message>
        <source>Priority: %1 → %2</source>
        <translation>优先级：%1 → %2</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Satisfaction: %1 of 5</source>
        <translation>满意度：%1 / 5</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>未知用户</translation>
    </message>
</context>
<context>
    <name>TicketLabels</name>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障报修</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退换货</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Breaching soon</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Clock paused</source>
        <translation>计时暂停</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分派</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Wait for customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
</context>
<context>
    <name>TicketPanels</name>
    <message>
        <source>Clock paused while waiting on the customer.</source>
        <translation>等待客户期间暂停计时。</translation>
    </message>
    <message>
        <source>A deadline was missed; the ticket stays marked as breached.</source>
        <translation>已错过时限；该工单保持“已超时”标记。</translation>
    </message>
    <message>
        <source>The next deadline is close.</source>
        <translation>下一个时限即将到期。</translation>
    </message>
    <message>
        <source>Resolved within the service level.</source>
        <translation>在服务级别时限内解决。</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>next deadline %1</source>
        <translation>下一时限 %1</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Ask the customer how satisfied they are: 1 to 5 stars.</source>
        <translation>请客户评价满意度：1 到 5 星。</translation>
    </message>
    <message>
        <source>The ticket is already “%1”.</source>
        <translation>该工单已经是“%1”。</translation>
    </message>
    <message>
        <source>The ticket is now “%1” and cannot go to “%2” from there; the buttons show what it can do now.</source>
        <translation>该工单现在是“%1”，无法从此状态转为“%2”；按钮显示当前可执行的操作。</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>解决时限</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Provisional number: the server assigns the final one at the next sync.</source>
        <translation>临时编号：下次同步时由服务器分配正式编号。</translation>
    </message>
    <message>
        <source>First response due %1</source>
        <translation>首次响应时限 %1</translation>
    </message>
    <message>
        <source>Resolution due %1</source>
        <translation>解决时限 %1</translation>
    </message>
    <message>
        <source>The resolution clock is paused while the ticket waits on the customer.</source>
        <translation>工单等待客户期间，解决时限暂停计时。</translation>
    </message>
    <message>
        <source>Resolved within the agreed times.</source>
        <translation>在约定时限内解决。</translation>
    </message>
    <message>
        <source>A deadline was missed; the ticket is no longer on the clock.</source>
        <translation>已错过时限；该工单已停止计时。</translation>
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>任意优先级</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>Number, subject or customer</source>
        <translation>编号、主题或客户</translation>
    </message>
    <message>
        <source>&amp;Assign selected…</source>
        <translation>分派所选(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>新建工单(&amp;N)…</translation>
    </message>
    <message>
        <source>That ticket no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned</source>
        <translation>
            <numerusform>已分派 %n 张工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n skipped (closed or already theirs)</source>
        <translation>
            <numerusform>%1，跳过 %n 张（已关闭或已是该处理人）</numerusform>
        </translation>
    </message>
    <message>
        <source>My open tickets</source>
        <translation>我的未结工单</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>Breaching soon</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未结</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 张工单</numerusform>
        </translation>
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
        <source>An activity belongs to an account, a contact or a deal.</source>
        <translation>跟进记录必须属于某个客户单位、联系人或商机。</translation>
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
        <source>Excel shortened this number to scientific notation and its last digits are lost. Format the column as text in Excel and export again.</source>
        <translation>Excel 把这个数字缩写成了科学计数法，后几位已经丢失。请在 Excel 中将该列设为文本格式后重新导出。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>This is not a valid date. Write it like 2024-03-05.</source>
        <translation>日期无效，请按 2024-03-05 的格式填写。</translation>
    </message>
    <message>
        <source>The year is missing.</source>
        <translation>缺少年份。</translation>
    </message>
    <message>
        <source>Only a draft can be edited; this one is already confirmed or closed.</source>
        <translation>只能编辑草稿；此单据已确认或已关闭。</translation>
    </message>
    <message>
        <source>Another product already has this SKU.</source>
        <translation>已有其他产品使用此 SKU。</translation>
    </message>
    <message>
        <source>Stock cannot fall below what confirmed orders reserve.</source>
        <translation>库存不能低于已确认订单预留的数量。</translation>
    </message>
    <message>
        <source>Say why the stock changes (a delivery, a stocktake, a write-off).</source>
        <translation>请说明库存变动的原因（入库、盘点、报损等）。</translation>
    </message>
    <message>
        <source>This stage still holds deals; move them before removing it.</source>
        <translation>该阶段中还有商机，请先将其移走再删除。</translation>
    </message>
    <message>
        <source>Choose a product.</source>
        <translation>请选择产品。</translation>
    </message>
    <message>
        <source>Enter a number, such as 1200 or 1,200.50.</source>
        <translation>请输入数字，如 1200 或 1,200.50。</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>数字过大。</translation>
    </message>
    <message>
        <source>A discount is between 0 % and 100 %.</source>
        <translation>折扣应在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>数量必须大于零。</translation>
    </message>
    <message>
        <source>Unknown currency.</source>
        <translation>未知币种。</translation>
    </message>
    <message>
        <source>The pipeline needs exactly one won stage.</source>
        <translation>销售管道必须有且只有一个赢单阶段。</translation>
    </message>
    <message>
        <source>The pipeline needs exactly one lost stage.</source>
        <translation>销售管道必须有且只有一个输单阶段。</translation>
    </message>
    <message>
        <source>The pipeline needs at least one open stage.</source>
        <translation>销售管道至少需要一个进行中的阶段。</translation>
    </message>
    <message>
        <source>A stage cannot be both won and lost.</source>
        <translation>一个阶段不能同时是赢单和输单。</translation>
    </message>
    <message>
        <source>Two stages have the same name.</source>
        <translation>有两个阶段名称相同。</translation>
    </message>
    <message>
        <source>Two loss reasons have the same name.</source>
        <translation>有两个输单原因名称相同。</translation>
    </message>
    <message>
        <source>A loss reason is at most 60 characters long.</source>
        <translation>输单原因最多 60 个字符。</translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation>请填写输单原因。</translation>
    </message>
    <message>
        <source>Say in a few words why the deal was lost.</source>
        <translation>请简要说明输单原因。</translation>
    </message>
    <message>
        <source>This loss reason is no longer on the list; pick another one.</source>
        <translation>该输单原因已不在列表中，请另选一个。</translation>
    </message>
    <message>
        <source>Add at least one product line.</source>
        <translation>请至少添加一行产品明细。</translation>
    </message>
    <message>
        <source>This product is no longer sold (inactive).</source>
        <translation>该产品已停售（已停用）。</translation>
    </message>
    <message>
        <source>The product is priced in another currency; enter a unit price.</source>
        <translation>该产品以其他币种定价，请输入单价。</translation>
    </message>
    <message>
        <source>Pick a name from the list, or leave the field empty.</source>
        <translation>请从列表中选择姓名，或留空。</translation>
    </message>
    <message>
        <source>Describe the resolution before resolving the ticket.</source>
        <translation>解决工单前请填写解决方案。</translation>
    </message>
    <message>
        <source>Choose whom to assign the ticket to.</source>
        <translation>请选择工单的处理人。</translation>
    </message>
    <message>
        <source>Satisfaction is recorded once the ticket is resolved.</source>
        <translation>工单解决后才能记录满意度。</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>请先填写备注内容。</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>请从列出的选项中选择。</translation>
    </message>
    <message>
        <source>This contact belongs to another account.</source>
        <translation>该联系人属于另一个客户。</translation>
    </message>
    <message>
        <source>The ticket is closed; reopen it first.</source>
        <translation>工单已关闭；请先重新打开。</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>文字太长。</translation>
    </message>
    <message>
        <source>Enter yes or no.</source>
        <translation>请填写“是”或“否”。</translation>
    </message>
    <message>
        <source>Choose the e-mail template this campaign sends.</source>
        <translation>请选择该活动发送的邮件模板。</translation>
    </message>
    <message>
        <source>Another segment already has this name.</source>
        <translation>已有同名的客户分群。</translation>
    </message>
    <message>
        <source>Choose the segment whose contacts the campaign targets.</source>
        <translation>请选择活动所针对的客户分群。</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>端口是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Choose STARTTLS, SSL/TLS or no encryption.</source>
        <translation>请选择 STARTTLS、SSL/TLS 或不加密。</translation>
    </message>
    <message>
        <source>Send at least one message a minute.</source>
        <translation>每分钟至少发送一封。</translation>
    </message>
    <message>
        <source>Try each message at least once.</source>
        <translation>每封邮件至少尝试一次。</translation>
    </message>
    <message>
        <source>Write the mail server&apos;s name, e.g. smtp.example.com.</source>
        <translation>请填写邮件服务器名称，例如 smtp.example.com。</translation>
    </message>
    <message>
        <source>Unknown placeholder. Use {{name}}, {{title}}, {{company}}, {{city}}, {{email}}, {{owner}} or {{campaign}}.</source>
        <translation>未知的占位符。请使用 {{name}}、{{title}}、{{company}}、{{city}}、{{email}}、{{owner}} 或 {{campaign}}。</translation>
    </message>
    <message>
        <source>A placeholder is not closed: write {{name}}.</source>
        <translation>占位符没有闭合：应写作 {{name}}。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>A PIN or passphrase needs at least 4 characters.</source>
        <translation>PIN 码或密码短语至少需要 4 个字符。</translation>
    </message>
    <message>
        <source>Nothing in this row names a person or a company (no name, company, phone or e-mail).</source>
        <translation>这一行没有可以确定人员或公司的内容（没有姓名、公司、电话或邮箱）。</translation>
    </message>
    <message>
        <source>The name is empty; the record is named after another value of the row until you correct it.</source>
        <translation>姓名为空；在你修正之前，记录暂以该行的另一个值命名。</translation>
    </message>
    <message>
        <source>The name was longer than 120 characters and is shortened.</source>
        <translation>姓名超过 120 个字符，已截短。</translation>
    </message>
    <message>
        <source>The value was too long for this field and is shortened.</source>
        <translation>该值超出此字段的长度，已截短。</translation>
    </message>
    <message>
        <source>A probability is between 0 and 100.</source>
        <translation>赢率应在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>A satisfaction score is a whole number from 1 to 5.</source>
        <translation>满意度评分必须是 1 到 5 的整数。</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>邮箱地址格式不正确。</translation>
    </message>
    <message>
        <source>This visit is already checked in.</source>
        <translation>该拜访已签到。</translation>
    </message>
    <message>
        <source>This visit has not been checked in yet.</source>
        <translation>该拜访尚未签到。</translation>
    </message>
    <message>
        <source>This visit is already checked out.</source>
        <translation>该拜访已签退。</translation>
    </message>
    <message>
        <source>Choose the customer you are visiting.</source>
        <translation>请选择您拜访的客户。</translation>
    </message>
    <message>
        <source>The photo cannot be read: the file is missing or not readable.</source>
        <translation>无法读取照片：文件不存在或不可读。</translation>
    </message>
    <message>
        <source>Photos cannot be attached in this version.</source>
        <translation>此版本无法附加照片。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>New visit</source>
        <translation>新建拜访</translation>
    </message>
    <message>
        <source>Edit visit</source>
        <translation>编辑拜访</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type a company name</source>
        <translation>输入公司名称</translation>
    </message>
    <message>
        <source>Type a name or phone</source>
        <translation>输入姓名或电话</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Address or meeting room</source>
        <translation>地址或会议室</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
</context>
</TS>
