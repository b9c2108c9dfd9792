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
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <message numerus="yes">
        <source>Exported %n record(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 条记录到 %1</numerusform>
        </translation>
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
    <name>MappingModel</name>
    <message>
        <source>— Do not import —</source>
        <translation>— 不导入 —</translation>
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
        <source>Choose which column holds the name: set it to “Name”, or set two columns to “Last name” and “First name”.</source>
        <translation>请选择哪一列是姓名：设为“姓名”，或将两列分别设为“姓”和“名”。</translation>
    </message>
    <message>
        <source>Choose which column holds the company name.</source>
        <translation>请选择哪一列是客户名称。</translation>
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
        <source>The first %1 of %2 rows are shown.</source>
        <translation>显示了 %2 行中的前 %1 行。</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
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
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
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
    <name>SheetPage</name>
    <message>
        <source>(hidden)</source>
        <translation>（隐藏）</translation>
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
        <source>Excel shortened this number to scientific notation and its last digits are lost. Format the column as text in Excel and export again.</source>
        <translation>Excel 把这个数字缩写成了科学计数法，后几位已经丢失。请在 Excel 中将该列设为文本格式后重新导出。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>Pick the company from the list, or leave the field empty.</source>
        <translation>请从列表中选择公司，或留空。</translation>
    </message>
    <message>
        <source>This is not a valid date. Write it like 2024-03-05.</source>
        <translation>日期无效，请按 2024-03-05 的格式填写。</translation>
    </message>
    <message>
        <source>The year is missing.</source>
        <translation>缺少年份。</translation>
    </message>
</context>
</TS>
