<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/unionapp/ui/help/about_dialog.py" line="110"/>
        <source>关于基层工会助手</source>
        <translation>About Union Assistant</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/help/about_dialog.py" line="121"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/help/about_dialog.py" line="139"/>
        <source>&lt;h2&gt;基层工会助手&lt;/h2&gt;&lt;p&gt;版本 {0}&lt;/p&gt;&lt;p&gt;管理会员名册，填报、打印北京市总工会职工文体服务项目申请表（附件3），跟踪回复并导出报表。所有数据只保存在本机。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Union Assistant (基层工会助手)&lt;/h2&gt;&lt;p&gt;Version {0}&lt;/p&gt;&lt;p&gt;Keeps the member roster, fills in and prints the Beijing Federation of Trade Unions&apos; application form for culture and sports services (Attachment 3), tracks the replies and exports reports. All data stays on this computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/help/about_dialog.py" line="151"/>
        <source>数据文件夹：{0}</source>
        <translation>Data folder: {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/help/about_dialog.py" line="155"/>
        <source>打开数据文件夹</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/help/about_dialog.py" line="172"/>
        <source>随程序附带的字体</source>
        <translation>Fonts shipped with the program</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/help/about_dialog.py" line="173"/>
        <source>申请表使用以下字体并把用到的字形嵌入 PDF。点击文件名查看许可证全文。</source>
        <translation>The application form uses these fonts and embeds the glyphs it needs in the PDF. Click a file name to read the full licence.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/help/about_dialog.py" line="174"/>
        <source>主要程序库</source>
        <translation>Main libraries</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/help/about_dialog.py" line="176"/>
        <source>Qt 与 PySide6 按 GNU LGPL 第 3 版使用，以独立的动态链接库随程序提供，可以替换为其他兼容版本。各程序库的许可证全文在安装文件夹的 _internal 文件夹中（*.dist-info）。</source>
        <translation>Qt and PySide6 are used under the GNU LGPL version 3 and shipped as separate dynamic libraries that can be replaced by other compatible versions. The full licence of each library is in the _internal folder of the installation folder (*.dist-info).</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/help/about_dialog.py" line="180"/>
        <source>字体</source>
        <translation>Font</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/help/about_dialog.py" line="180"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/help/about_dialog.py" line="180"/>
        <location filename="../../src/unionapp/ui/help/about_dialog.py" line="181"/>
        <source>许可证</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/help/about_dialog.py" line="181"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/help/about_dialog.py" line="181"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/unionapp/ui/app.py" line="38"/>
        <source>基层工会助手</source>
        <translation>Union Assistant</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/app.py" line="43"/>
        <source>基层工会助手已经打开，已切换到已打开的窗口。</source>
        <translation>Union Assistant is already open; switched to the open window.</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="94"/>
        <source>申请表 {0}</source>
        <translation>Application form {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="127"/>
        <source>记录回复/报送…</source>
        <translation>Record reply/submission…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="129"/>
        <source>记录已报送（日期、方式）、承办单位的受理、排期、退回或未通过等</source>
        <translation>Record the submission (date, how) and the hosting unit&apos;s acceptance, scheduling, return or decline</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="155"/>
        <source>申请表</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="160"/>
        <source>报送与回复记录</source>
        <translation>Submissions and replies</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="168"/>
        <source>从服务项目目录选择，程序据此检查通知中的规则（提前报送、年度限次等）。</source>
        <translation>Choose from the programme catalogue; the program then checks the notice&apos;s rules (lead time, yearly limit, etc.).</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="170"/>
        <source>目录中的服务项目</source>
        <translation>Programme in catalogue</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="180"/>
        <source>（未填，请选择具体日期和时间）</source>
        <translation>(empty: choose the exact date and time)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="182"/>
        <source>申请服务时间（请写明具体时间），如：2023年5月8日14:00</source>
        <translation>Requested service time (give the exact time), e.g. 2023年5月8日14:00 (8 May 2023, 14:00)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="184"/>
        <source>申请服务时间</source>
        <translation>Service time</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="193"/>
        <source>如：100名持工会会员互助服务卡的会员</source>
        <translation>e.g. 100名持工会会员互助服务卡的会员 (100 members holding the service card)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="196"/>
        <source>服务职工规模，如：100名持工会会员互助服务卡的会员。可从名册人数中选择，或直接填写。</source>
        <translation>Number of employees served, e.g. 100名持工会会员互助服务卡的会员 (100 members holding the mutual-aid service card). Pick a count from the roster or type it.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="199"/>
        <source>服务职工规模</source>
        <translation>Employees served</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="207"/>
        <source>申报日期，印在“本单位工会意见”一栏中。</source>
        <translation>Date of application, printed in the union opinion cell.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="208"/>
        <source>申报日期</source>
        <translation>Date of application</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="218"/>
        <source>预览和打印…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="219"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="236"/>
        <source>选择参加会员…</source>
        <translation>Choose participants…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="237"/>
        <source>从会员名册中查找并选择参加本次服务的会员</source>
        <translation>Find and choose the members taking part, from the roster</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="241"/>
        <source>（未填）</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="242"/>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="244"/>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="609"/>
        <source>不列名单时，直接填写参加的工会会员人数（用于检查最少参加人数）。</source>
        <translation>Without a list of names, type the number of members taking part (used to check the minimum number).</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="250"/>
        <source>或直接填写人数</source>
        <translation>or type the number</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="254"/>
        <source>参加会员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="260"/>
        <source>申请服务提供单位</source>
        <translation>Service provider</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="261"/>
        <source>如：北京市劳动人民文化宫</source>
        <translation>e.g. 北京市劳动人民文化宫 (Beijing Working People&apos;s Cultural Palace)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="262"/>
        <source>申请服务提供单位：承办该项目的单位。填好的申请表盖章后报送至此单位。</source>
        <translation>Service provider: the unit hosting the programme. The completed, sealed form is sent to this unit.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="265"/>
        <source>申请服务工会名称</source>
        <translation>Applying union</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="266"/>
        <source>与工会公章上的名称一致</source>
        <translation>Same as on the union&apos;s official seal</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="267"/>
        <source>申请服务工会名称：与加盖的本单位工会公章一致。</source>
        <translation>Applying union: the name must match the union seal stamped on the form.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="270"/>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="271"/>
        <source>如：李明</source>
        <translation>e.g. 李明</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="272"/>
        <source>联系人及职务：联系人姓名。</source>
        <translation>Contact and title: the contact person&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="275"/>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="276"/>
        <source>如：工会主席</source>
        <translation>e.g. 工会主席 (union chairperson)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="277"/>
        <source>联系人及职务：联系人的职务，与姓名印在同一格。</source>
        <translation>Contact and title: the contact&apos;s title, printed in the same cell as the name.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="280"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="281"/>
        <source>如：010-65116642 或 13910662798</source>
        <translation>e.g. 010-65116642 or 13910662798</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="282"/>
        <source>联系电话：座机或手机，多个号码用“、”分开。</source>
        <translation>Phone: landline or mobile; separate several numbers with “、”.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="285"/>
        <source>申报服务项目</source>
        <translation>Service requested</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="286"/>
        <source>如：职工艺术团慰问演出、送辅导到身边等</source>
        <translation>e.g. 职工艺术团慰问演出、送辅导到身边 (art troupe performance, on-site coaching)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="287"/>
        <source>申报服务项目，如：职工艺术团慰问演出、送辅导到身边等</source>
        <translation>Service requested, e.g. 职工艺术团慰问演出、送辅导到身边等 (employee art troupe performance, coaching on site, etc.)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="290"/>
        <source>类别/内容</source>
        <translation>Category/content</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="291"/>
        <source>如：综艺演出/歌舞专场等（无具体类别不需填写）</source>
        <translation>e.g. 综艺演出/歌舞专场 (variety show / song and dance); leave empty if no category</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="292"/>
        <source>类别/内容（无具体类别不需填写），如：综艺演出/歌舞专场等</source>
        <translation>Category/content (leave empty if there is no specific category), e.g. 综艺演出/歌舞专场等 (variety show / song and dance show)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="295"/>
        <source>服务地点</source>
        <translation>Service location</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="296"/>
        <source>例：北京市东城区XX街道XX号（请具体到门牌号）</source>
        <translation>e.g. 北京市东城区XX街道XX号 (street and door number)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="297"/>
        <source>服务地点，例：北京市东城区XX街道XX号（请具体到门牌号）</source>
        <translation>Service location, e.g. 北京市东城区XX街道XX号 (district, street and door number)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="300"/>
        <source>提供服务需求</source>
        <translation>Service needs</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="301"/>
        <source>如：演出时长、场地容纳人数、音响灯光条件等</source>
        <translation>e.g. length of the show, venue capacity, sound and lighting</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="302"/>
        <source>提供服务需求：希望承办单位提供的服务内容和现场条件。</source>
        <translation>Service needs: what the hosting unit should provide, and the conditions on site.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="305"/>
        <source>其他说明事项</source>
        <translation>Other remarks</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="306"/>
        <source>需要说明的其他事项（可不填）</source>
        <translation>Anything else to mention (optional)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="307"/>
        <source>其他说明事项。</source>
        <translation>Other remarks.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="310"/>
        <source>本单位工会意见</source>
        <translation>Union&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="311"/>
        <source>如：同意申报</source>
        <translation>e.g. 同意申报 (application approved)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="312"/>
        <source>本单位工会意见。说明：本表为一事一报，如有多项申请，请分别填写；请将填写好的申报表加盖本单位工会公章后，报送至文体服务提供单位。</source>
        <translation>The union&apos;s opinion. Note: one form per request; fill in a separate form for each request. Stamp the completed form with the union&apos;s official seal and send it to the service provider.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="369"/>
        <source>（不关联目录中的项目）</source>
        <translation>(not linked to a catalogue programme)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="388"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="430"/>
        <source>有未保存的修改…</source>
        <translation>Unsaved changes…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="448"/>
        <source>未保存：与他人的修改冲突</source>
        <translation>Not saved: clashes with someone else&apos;s changes</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="468"/>
        <source>已自动保存 {0}</source>
        <translation>Saved automatically at {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="479"/>
        <source>他人同时修改了这份申请</source>
        <translation>Someone else changed this application meanwhile</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="531"/>
        <source>承办单位联系人：{0}</source>
        <translation>Hosting unit contacts: {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="535"/>
        <source>申请 {0}</source>
        <translation>Application {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="550"/>
        <source>（按通知一般要求）</source>
        <translation> (notice&apos;s general rule)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="551"/>
        <source>（估算）</source>
        <translation> (estimate)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="553"/>
        <source>最晚报送日期：{0}{1}{2}</source>
        <translation>Submit by: {0}{1}{2}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="557"/>
        <source>服务项目没有规定提前报送的时间，按通知的一般要求：提前 {0} 个工作日报送（可在“设置”中修改）。</source>
        <translation>The programme states no lead time, so the notice&apos;s general rule applies: submit {0} working days ahead (can be changed in Settings).</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="561"/>
        <source>服务时间：{0}</source>
        <translation>Service time: {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="563"/>
        <source>项目编号：{0}</source>
        <translation>Project no.: {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="569"/>
        <source>状态：{0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="589"/>
        <source>此申请{0}，申请表不再修改（参加会员名单仍可调整）。</source>
        <translation>This application is {0}; the form can no longer be changed (the participant list still can).</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="594"/>
        <source>申请表已报送，不能再修改：承办单位手中的是报送时的版本。如承办单位要求修改，请点“记录回复/报送…”记录“退回修改”，之后即可修改并重新报送。参加会员名单仍可随时调整。</source>
        <translation>The form has been submitted and can no longer be changed: the hosting unit holds the submitted version. If they ask for changes, click “Record reply/submission…” and record “Returned for changes”; then you can edit and submit again. The participant list can be adjusted at any time.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="602"/>
        <source>已选 {0} 名会员</source>
        <translation>{0} members chosen</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="602"/>
        <source>未选会员</source>
        <translation>No members chosen</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="607"/>
        <source>已按所选会员名单计数（{0} 人）。</source>
        <translation>Counted from the chosen members ({0}).</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="661"/>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="663"/>
        <source>申请表{0}.pdf</source>
        <translation>application-{0}.pdf</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="680"/>
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_editor.py" line="681"/>
        <source>修改没能保存。仍要关闭并放弃这些修改吗？</source>
        <translation>The changes could not be saved. Close anyway and discard them?</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_table.py" line="36"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_table.py" line="37"/>
        <source>提醒</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_table.py" line="38"/>
        <source>服务项目</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_table.py" line="39"/>
        <source>承办单位</source>
        <translation>Hosting unit</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_table.py" line="40"/>
        <source>服务时间</source>
        <translation>Service time</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_table.py" line="66"/>
        <source>按项目要求提前的工作日数倒推的最晚报送日期；项目没有要求的，按通知一般要求提前15个工作日。只显示尚未报送的申请。</source>
        <translation>The latest submission date, counted back by the working days the programme asks for; where it asks for none, the notice&apos;s general rule of 15 working days. Shown for unsent applications only.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_table.py" line="70"/>
        <source>承办单位确定了服务时间的，显示确定的时间，原申请的时间写在旁边</source>
        <translation>Once the provider confirms a time, the confirmed time is shown, the requested one beside it</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_table.py" line="41"/>
        <source>最晚报送日期</source>
        <translation>Submit by</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_table.py" line="42"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_table.py" line="43"/>
        <source>最近修改</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_table.py" line="63"/>
        <source>⚠ 表示有提醒（未填的项目、报送期限、通知规则），鼠标停在上面可看详情</source>
        <translation>⚠ marks warnings (empty fields, deadlines, the notice&apos;s rules); hover over it for details</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_table.py" line="89"/>
        <source>没有提醒</source>
        <translation>No warnings</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_table.py" line="110"/>
        <source>（按通知一般要求）</source>
        <translation> (general rule)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_table.py" line="111"/>
        <source>（估算）</source>
        <translation> (estimate)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/application_table.py" line="114"/>
        <source>（未填）</source>
        <translation>(not entered)</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="59"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="59"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="63"/>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="224"/>
        <source>新建申请</source>
        <translation>New application</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="65"/>
        <source>从服务项目目录选择…</source>
        <translation>From the programme catalogue…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="66"/>
        <source>空白申请表</source>
        <translation>Blank form</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="68"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="69"/>
        <source>复制为新申请</source>
        <translation>Copy as new</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="70"/>
        <source>打印所选…</source>
        <translation>Print selected…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="71"/>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="303"/>
        <source>删除草稿</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="73"/>
        <source>只有从未打印、报送过的草稿可以删除；其他申请请记录为“已撤回”</source>
        <translation>Only drafts never printed or submitted can be deleted; record other applications as “Withdrawn”</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="79"/>
        <source>只有工会主席才能删除申请；不再需要的申请请在申请窗口中记录为“已撤回”。</source>
        <translation>Only the union&apos;s chairperson can delete applications; record one no longer needed as “Withdrawn” in its window.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="143"/>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="149"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="170"/>
        <source>共 {0} 份申请。双击打开；按住 Ctrl 可选择多份一起打印。</source>
        <translation>{0} applications. Double-click to open; hold Ctrl to select several to print together.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="174"/>
        <source>&#x3000;⚠ {0} 份有提醒（鼠标停在⚠上查看）。</source>
        <translation>  ⚠ {0} with warnings (hover over ⚠ to see them).</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="178"/>
        <source>还没有申请 — 点“新建申请”，或在“服务项目”中选一个项目点“用此项目申请”。</source>
        <translation>No applications yet — click “New application”, or choose a programme under “Programmes” and click “Apply for this programme”.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="224"/>
        <source>选择要申请的服务项目：</source>
        <translation>Choose the programme to apply for:</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="291"/>
        <source>不能删除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="293"/>
        <source>申请 {0} 已有打印或报送记录，不能删除。不再需要的申请请在申请窗口中点“记录回复/报送…”记录为“已撤回”。</source>
        <translation>Application {0} has been printed or submitted and cannot be deleted. To drop it, open it, click “Record reply/submission…” and record it as “Withdrawn”.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="304"/>
        <source>确定要删除以下 {0} 份草稿吗？删除后无法恢复。

{1}</source>
        <translation>Delete these {0} drafts? This cannot be undone.

{1}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="338"/>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/applications_page.py" line="340"/>
        <source>申请表{0}.pdf</source>
        <translation>application-{0}.pdf</translation>
    </message>
</context>
<context>
    <name>AttachmentKind</name>
    <message>
        <location filename="../../src/unionapp/ui/applications/attachment_kind.py" line="22"/>
        <source>盖章申请表扫描件</source>
        <translation>Scan of the stamped application form</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/attachment_kind.py" line="23"/>
        <source>承办单位回复</source>
        <translation>Reply from the hosting unit</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/attachment_kind.py" line="24"/>
        <source>活动照片</source>
        <translation>Event photo</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/attachment_kind.py" line="25"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>AttachmentKindDialog</name>
    <message>
        <location filename="../../src/unionapp/ui/applications/attachment_kind.py" line="44"/>
        <source>附件是什么</source>
        <translation>What is this file?</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/attachment_kind.py" line="48"/>
        <source>请选择这些文件是什么：
{0}</source>
        <translation>Choose what these files are:
{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/attachment_kind.py" line="56"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/attachment_kind.py" line="57"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../src/unionapp/ui/settings/backup_actions.py" line="28"/>
        <source>导出全部数据到一个文件</source>
        <translation>Export all data to one file</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/backup_actions.py" line="30"/>
        <source>数据库备份 (*.db)</source>
        <translation>Database backup (*.db)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/backup_actions.py" line="38"/>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/backup_actions.py" line="40"/>
        <source>数据库备份 (*.db);;所有文件 (*)</source>
        <translation>Database backup (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/backup_actions.py" line="63"/>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/backup_actions.py" line="68"/>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/backup_actions.py" line="69"/>
        <source>全部数据（含 {0} 个附件）已保存到：
{1}

在新电脑上安装本程序后，在第一次打开时选择“从备份文件恢复…”并选中这个文件。</source>
        <translation>All data ({0} attachments included) was saved to:
{1}

On the new computer, install this program and, when it first opens, choose &quot;Restore from a backup file…&quot; and select this file.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/backup_actions.py" line="82"/>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/backup_actions.py" line="83"/>
        <source>用备份 {0} 替换现在的数据（含附件）？
恢复前会先自动备份现在的数据。</source>
        <translation>Replace the current data (attachments included) with the backup {0}?
The current data is backed up first.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/backup_actions.py" line="92"/>
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/backup_actions.py" line="96"/>
        <source>已从备份恢复。</source>
        <translation>Restored from the backup.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/backup_actions.py" line="98"/>
        <source>恢复前的数据已备份到：{0}</source>
        <translation>The data before the restore was backed up to: {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/backup_actions.py" line="101"/>
        <source>恢复完成</source>
        <translation>Restore finished</translation>
    </message>
</context>
<context>
    <name>BackupKinds</name>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="265"/>
        <source>每日自动</source>
        <translation>Daily (automatic)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="266"/>
        <source>每周自动</source>
        <translation>Weekly (automatic)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="267"/>
        <source>每月自动</source>
        <translation>Monthly (automatic)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="268"/>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="269"/>
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="270"/>
        <source>升级前</source>
        <translation>Before upgrade</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="198"/>
        <source>程序尚无{year}年的国务院节假日安排，截止日期仅按周末推算，仅供参考。请粘贴《国务院办公厅关于{year}年部分节假日安排的通知》全文以添加该年的放假和调休上班日期。</source>
        <translation>The program has no State Council holiday arrangement for {year} yet, so deadlines are estimated from weekends only and are for reference. Paste the full text of the State Council&apos;s notice on the {year} public holidays to add that year&apos;s days off and make-up working days.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="50"/>
        <source>官方数据</source>
        <translation>official data</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="51"/>
        <source>已录入</source>
        <translation>entered by you</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="52"/>
        <source>无数据，仅按周末估算</source>
        <translation>no data, weekends only (estimate)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="64"/>
        <source>工作日日历</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="69"/>
        <source>截止日期按国务院每年的节假日安排计算（法定假日不算工作日，调休上班的周末算工作日）。程序没有数据的年份只能按周末估算：请粘贴当年通知的全文，或逐日录入。</source>
        <translation>Deadlines follow the State Council&apos;s yearly holiday arrangement (public holidays are not working days; weekends worked in lieu are). For years the program has no data for, only weekends are counted: paste that year&apos;s notice in full, or enter the days one by one.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="77"/>
        <source>粘贴通知</source>
        <translation>Paste the notice</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="78"/>
        <source>逐日录入</source>
        <translation>Enter day by day</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="81"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="91"/>
        <source>在此粘贴《国务院办公厅关于20XX年部分节假日安排的通知》全文（含标题）</source>
        <translation>Paste the full notice 《国务院办公厅关于20XX年部分节假日安排的通知》 here, title included</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="95"/>
        <source>识别日期</source>
        <translation>Read the dates</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="97"/>
        <source>确认无误，保存</source>
        <translation>Correct — save</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="115"/>
        <source>没有找到年份：请连同标题“国务院办公厅关于20XX年部分节假日安排的通知”一起粘贴。</source>
        <translation>No year found: paste the notice together with its title “国务院办公厅关于20XX年部分节假日安排的通知”.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="120"/>
        <source>放假（{0}天）</source>
        <translation>Holidays ({0} days)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="121"/>
        <source>调休上班（{0}天）</source>
        <translation>Working days in lieu ({0} days)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="125"/>
        <source>以下内容没能确定地读懂，未采用；请核对，必要时在“逐日录入”中补录：</source>
        <translation>The following could not be read with certainty and was not used; please check it and, if needed, add it under “Enter day by day”:</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="144"/>
        <source>已保存{0}年的 {1} 个日期。</source>
        <translation>Saved {1} dates for {0}.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="159"/>
        <source>红色：放假&#x3000;蓝色：调休上班</source>
        <translation>Red: holiday   Blue: working day in lieu</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="164"/>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="235"/>
        <source>放假</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="165"/>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="235"/>
        <source>上班</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="170"/>
        <source>说明（可不填），如：国庆节</source>
        <translation>Note (optional), e.g. National Day</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="174"/>
        <source>录入这一天</source>
        <translation>Save this day</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="176"/>
        <source>删除这一天的录入</source>
        <translation>Delete this day&apos;s entry</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="210"/>
        <source>没有录入</source>
        <translation>Nothing entered</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="210"/>
        <source>这一天没有您录入的内容。</source>
        <translation>You have entered nothing for this day.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="218"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="219"/>
        <source>工作日</source>
        <translation>working day</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="219"/>
        <source>休息日</source>
        <translation>day off</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="229"/>
        <source>{0}年：{1}。共 {2} 个放假日、{3} 个调休上班日。</source>
        <translation>{0}: {1}. {2} holidays and {3} working days in lieu in all.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="238"/>
        <source>（本年没有您录入的日期）</source>
        <translation>(no dates entered by you this year)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/calendar_dialog.py" line="255"/>
        <source>{0}月{1}日</source>
        <translation>{0}/{1}</translation>
    </message>
</context>
<context>
    <name>CatalogueImportDialog</name>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="163"/>
        <source>导入年度通知</source>
        <translation>Import the year&apos;s notice</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="163"/>
        <source>导入服务项目目录</source>
        <translation>Import a programme catalogue</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="167"/>
        <source>打开市总工会当年的文体工作通知（Word .docx、PDF 或网页另存的文本），或把通知全文粘贴到下面。先看预览，确认无误后再导入。</source>
        <translation>Open the Federation&apos;s culture and sports notice of the year (Word .docx, PDF, or a web page saved as text), or paste the whole notice below. Check the preview first, then import.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="172"/>
        <source>选择服务项目目录表格（与“导出目录”的列相同；.xlsx、.xls、.ods 或 .csv）。先看预览，确认无误后再导入。</source>
        <translation>Choose a catalogue spreadsheet (the columns of “Export catalogue”; .xlsx, .xls, .ods or .csv). Check the preview first, then import.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="181"/>
        <source>打开通知文件…</source>
        <translation>Open notice file…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="181"/>
        <source>选择表格文件…</source>
        <translation>Choose spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="190"/>
        <source>按通知中的年度</source>
        <translation>Year of the notice</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="193"/>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="199"/>
        <source>或在此粘贴通知全文（从网页或 Word 中复制）</source>
        <translation>Or paste the whole notice here (copied from the web page or Word)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="201"/>
        <source>读取粘贴的文字</source>
        <translation>Read pasted text</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="226"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="229"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="240"/>
        <source>通知文件 (*.docx *.pdf *.txt *.htm *.html);;所有文件 (*)</source>
        <translation>Notice files (*.docx *.pdf *.txt *.htm *.html);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="242"/>
        <source>表格文件 (*.xlsx *.xlsm *.xls *.xlsb *.ods *.et *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.xlsb *.ods *.et *.csv)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="257"/>
        <source>（粘贴的文字）</source>
        <translation>(pasted text)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="281"/>
        <source>{0}：找到 {1} 个服务项目、{2} 个免费场馆，{3} 行没有读懂。</source>
        <translation>{0}: {1} programmes and {2} free venues found; {3} lines not understood.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="282"/>
        <source>通知</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="298"/>
        <source>文件中有以下问题，不能导入（请改正后重新选择）：
{0}</source>
        <translation>The file has these problems and cannot be imported (correct them and choose it again):
{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="304"/>
        <source>{0}：共 {1} 个服务项目。</source>
        <translation>{0}: {1} programmes.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="310"/>
        <source>正在读取……</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="349"/>
        <source>与{0}年目录相比：新增 {1} 个，有变化 {2} 个，相同 {3} 个；目录中另有 {4} 个项目来源中没有，保留不动。</source>
        <translation>Against the {0} catalogue: {1} new, {2} changed, {3} the same; {4} more programmes of the catalogue are not in the source and stay as they are.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="361"/>
        <source>{0}年还没有目录：将新增 {1} 个服务项目。</source>
        <translation>There is no catalogue for {0} yet: {1} programmes will be added.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="369"/>
        <source>其中 {0} 个项目您手工修改过（红色）：默认保留您的修改，不按来源更新。</source>
        <translation>{0} of them you edited by hand (in red): your edits are kept and not updated from the source unless you choose so.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="373"/>
        <source>也用来源覆盖这 {0} 个手工修改过的项目</source>
        <translation>Also overwrite these {0} programmes edited by hand</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="409"/>
        <source>正在导入……</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="420"/>
        <source>已导入{0}年目录：新增 {1} 个，更新 {2} 个服务项目。</source>
        <translation>Imported the {0} catalogue: {1} programmes added, {2} updated.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="424"/>
        <source>保留了 {0} 个手工修改过的项目。</source>
        <translation>{0} programmes edited by hand were kept.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="79"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="80"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="81"/>
        <source>承办单位</source>
        <translation>Hosting unit</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="88"/>
        <source>新增项目</source>
        <translation>New programme</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="89"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="97"/>
        <source>导出目录…</source>
        <translation>Export catalogue…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="93"/>
        <source>用此项目申请</source>
        <translation>Apply for this programme</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="90"/>
        <source>核实无误</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="91"/>
        <source>承办单位、联系人和规则已与今年的通知核对过</source>
        <translation>Hosting units, contacts and rules have been checked against this year&apos;s notice</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="95"/>
        <source>导入年度通知…</source>
        <translation>Import the year&apos;s notice…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="96"/>
        <source>导入目录表格…</source>
        <translation>Import catalogue spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="98"/>
        <source>复制上一年目录到今年</source>
        <translation>Copy last year&apos;s catalogue to this year</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="104"/>
        <source>导入/导出</source>
        <translation>Import/Export</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="188"/>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="193"/>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="196"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="216"/>
        <source>没有符合条件的服务项目 — 点“新增项目”添加，或用“导入/导出 → 导入年度通知…”。</source>
        <translation>No programmes match — add one with “New programme”, or use “Import/Export → Import the year&apos;s notice…”.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="333"/>
        <source>表格文件 (*.xlsx *.xlsm *.xls *.xlsb *.ods *.et *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.xlsb *.ods *.et *.csv)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="361"/>
        <source>已把上一年的 {0} 个项目复制到{1}年，均标为“待核实”。</source>
        <translation>Copied {0} programmes of last year to {1}, all marked “to check”.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="218"/>
        <source>共 {0} 个服务项目</source>
        <translation>{0} programmes</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="219"/>
        <source>，其中 {0} 个待核实</source>
        <translation>, {0} to check</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="251"/>
        <source>待核实：这是从上一年复制来的项目，承办单位、联系人和规则可能已变。请与今年的通知核对后编辑保存，或点“核实无误”。</source>
        <translation>To check: this programme was copied from last year; its hosting units, contacts and rules may have changed. Compare it with this year&apos;s notice and edit and save it, or click “Checked”.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="331"/>
        <source>导入服务项目目录</source>
        <translation>Import programme catalogue</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="385"/>
        <source>导出服务项目目录</source>
        <translation>Export programme catalogue</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="387"/>
        <source>Excel 文件 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel files (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="398"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_page.py" line="398"/>
        <source>已导出 {0} 个服务项目。</source>
        <translation>{0} programmes exported.</translation>
    </message>
</context>
<context>
    <name>ClashDialog</name>
    <message>
        <location filename="../../src/unionapp/ui/common/clash_dialog.py" line="21"/>
        <source>（未知）</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/clash_dialog.py" line="24"/>
        <source>{0} 修改了这条记录。</source>
        <translation>{0} changed this record. </translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/clash_dialog.py" line="25"/>
        <source>{0} 于 {1} 修改了这条记录。</source>
        <translation>{0} changed this record at {1}. </translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/clash_dialog.py" line="41"/>
        <source>“{0}”：对方改为“{1}”，您改为“{2}”</source>
        <translation>“{0}”: they changed it to “{1}”, you to “{2}”</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/clash_dialog.py" line="51"/>
        <source>其中有些字段您也改了。请对照后选择保留哪一方的内容；其他字段双方的修改都会保存。</source>
        <translation>You changed some of the same fields. Compare them and choose whose values to keep; both people&apos;s changes to other fields are saved.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/clash_dialog.py" line="58"/>
        <source>保留我的内容</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/clash_dialog.py" line="61"/>
        <source>采用对方的内容</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/clash_dialog.py" line="65"/>
        <source>暂不保存</source>
        <translation>Don&apos;t save yet</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="293"/>
        <source>没有编号为 {0} 的跟踪记录。</source>
        <translation>There is no tracking entry number {0}.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="295"/>
        <source>更正跟踪记录</source>
        <translation>Correct tracking entry</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="301"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="302"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/unionapp/ui/common/errors.py" line="20"/>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/errors.py" line="37"/>
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/errors.py" line="38"/>
        <source>（日志未启用）</source>
        <translation>(logging not enabled)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/errors.py" line="40"/>
        <source>程序遇到了一个内部错误。您的数据已保存在数据库中。
日志文件：{0}</source>
        <translation>The program ran into an internal error. Your data is saved in the database.
Log file: {0}</translation>
    </message>
</context>
<context>
    <name>FederationPage</name>
    <message>
        <location filename="../../src/unionapp/ui/federation/federation_page.py" line="42"/>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/federation/federation_page.py" line="47"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/federation/federation_page.py" line="55"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/federation/federation_page.py" line="56"/>
        <source>工会</source>
        <translation>Union</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/federation/federation_page.py" line="57"/>
        <source>申请</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/federation/federation_page.py" line="59"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/federation/federation_page.py" line="60"/>
        <source>服务人次</source>
        <translation>People served</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/federation/federation_page.py" line="61"/>
        <source>尚未报送</source>
        <translation>Not yet sent</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/federation/federation_page.py" line="86"/>
        <source>{0} 年：{1} 个工会，已报送的申请 {2} 份，服务 {3} 人次；尚未报送的 {4} 份另列，不计入统计。</source>
        <translation>{0}: {1} unions, {2} applications sent, {3} people served; {4} not yet sent, listed apart and not counted.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/federation/federation_page.py" line="97"/>
        <source>（未填名称）</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/federation/federation_page.py" line="100"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="74"/>
        <source>申请服务提供单位</source>
        <translation>Service provider</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="75"/>
        <source>申请服务工会名称</source>
        <translation>Applying union</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="76"/>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="77"/>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="78"/>
        <source>申请服务时间</source>
        <translation>Service time</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="79"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="80"/>
        <source>申报服务项目</source>
        <translation>Service requested</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="81"/>
        <source>类别/内容</source>
        <translation>Category/content</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="82"/>
        <source>服务职工规模</source>
        <translation>Employees served</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="83"/>
        <source>服务地点</source>
        <translation>Service location</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="84"/>
        <source>提供服务需求</source>
        <translation>Service needs</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="85"/>
        <source>其他说明事项</source>
        <translation>Other remarks</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="86"/>
        <source>本单位工会意见</source>
        <translation>Union&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="87"/>
        <source>申报日期</source>
        <translation>Date of application</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="88"/>
        <source>服务项目</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>HeaderMappingDialog</name>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="55"/>
        <source>对应表头</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="60"/>
        <source>文件“{0}”中有程序不认识的列，请选择每列对应的内容（选择会被记住）：</source>
        <translation>The file “{0}” has columns the program does not recognise. Choose what each column holds (your choice is remembered):</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="71"/>
        <source>（不导入）</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="79"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../src/unionapp/ui/help/guide.py" line="161"/>
        <location filename="../../src/unionapp/ui/help/guide.py" line="172"/>
        <source>用户指南(&amp;G)</source>
        <translation>User &amp;guide</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../src/unionapp/ui/help/guide.py" line="61"/>
        <source>基层工会助手 — 用户指南</source>
        <translation>Union Assistant — user guide</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/help/guide.py" line="64"/>
        <source>（本指南为中文。）</source>
        <translation>(This guide is written in Chinese.)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/help/guide.py" line="79"/>
        <source>找不到用户指南文件：{0}
请重新安装基层工会助手。</source>
        <translation>The user guide file is missing: {0}
Please reinstall Union Assistant.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../src/unionapp/ui/home/home_page.py" line="54"/>
        <source>工作日日历…</source>
        <translation>Working-day calendar…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/home/home_page.py" line="56"/>
        <source>粘贴国务院节假日安排通知，或逐日录入放假和调休上班日期</source>
        <translation>Paste the State Council&apos;s holiday notice, or enter holidays and working days in lieu one by one</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/home/home_page.py" line="60"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/home/home_page.py" line="77"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/home/home_page.py" line="77"/>
        <source>事项</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/home/home_page.py" line="84"/>
        <source>没有待办事项。新的申请在“申请”中填写。</source>
        <translation>Nothing to do. Start a new application under “Applications”.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/home/home_page.py" line="87"/>
        <source>双击一项即可打开对应的申请或服务项目。</source>
        <translation>Double-click an item to open its application or programme.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/home/home_page.py" line="108"/>
        <source>待办事项（{0}）</source>
        <translation>To do ({0})</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/home/home_page.py" line="118"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/unionapp/ui/settings/login_dialog.py" line="31"/>
        <source>登录数据库服务器</source>
        <translation>Log in to the database server</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/login_dialog.py" line="39"/>
        <source>服务器：</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/login_dialog.py" line="40"/>
        <source>登录名：</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/login_dialog.py" line="43"/>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/login_dialog.py" line="45"/>
        <source>在这台电脑上记住密码（保存在系统密码库中）</source>
        <translation>Remember the password on this PC (kept in the system keyring)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/login_dialog.py" line="52"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/login_dialog.py" line="53"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MailHistoryDialog</name>
    <message>
        <location filename="../../src/unionapp/ui/reports/mail_history_dialog.py" line="29"/>
        <source>邮件记录</source>
        <translation>Mail history</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/mail_history_dialog.py" line="33"/>
        <source>邮件草稿</source>
        <translation>Draft (.eml)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/mail_history_dialog.py" line="33"/>
        <source>直接发送</source>
        <translation>Sent directly</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/mail_history_dialog.py" line="36"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/mail_history_dialog.py" line="36"/>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/mail_history_dialog.py" line="36"/>
        <source>收件人</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/mail_history_dialog.py" line="36"/>
        <source>主题</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/mail_history_dialog.py" line="36"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/mail_history_dialog.py" line="56"/>
        <source>还没有邮件记录 — 生成报表后点“发送邮件”或“直接发送…”。</source>
        <translation>No mail yet — make a report, then click “E-mail” or “Send directly…”.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/unionapp/ui/main_window.py" line="48"/>
        <source>基层工会助手</source>
        <translation>Union Assistant</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/main_window.py" line="61"/>
        <source>正在打开数据……</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/main_window.py" line="78"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/main_window.py" line="79"/>
        <source>立即备份(&amp;B)</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/main_window.py" line="82"/>
        <source>换电脑：导出全部数据到一个文件…</source>
        <translation>New computer: export all data to one file…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/main_window.py" line="85"/>
        <source>从备份文件恢复…</source>
        <translation>Restore from a backup file…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/main_window.py" line="89"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/main_window.py" line="92"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/main_window.py" line="96"/>
        <source>关于基层工会助手(&amp;A)</source>
        <translation>&amp;About Union Assistant</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/main_window.py" line="112"/>
        <source>数据文件夹在网络驱动器上</source>
        <translation>The data folder is on a network drive</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/main_window.py" line="213"/>
        <source>备份完成</source>
        <translation>Backup done</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/main_window.py" line="213"/>
        <source>已备份到：
{0}</source>
        <translation>Backed up to:
{0}</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="57"/>
        <source>添加会员</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="57"/>
        <source>编辑会员</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="67"/>
        <source>13800138000 或 010-65116642</source>
        <translation>13800138000 or 010-65116642</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="69"/>
        <source>18 位，可不填</source>
        <translation>18 characters, optional</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="71"/>
        <source>工会会员互助服务卡号，可不填</source>
        <translation>Number of the union mutual-aid service card, optional</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="73"/>
        <source>如 2021-05-01，可不填</source>
        <translation>e.g. 2021-05-01, optional</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="84"/>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="85"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="86"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="87"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="88"/>
        <source>手机/电话</source>
        <translation>Mobile/phone</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="89"/>
        <source>身份证号</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="90"/>
        <source>会员卡号</source>
        <translation>Service card no.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="91"/>
        <source>入会日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="92"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="93"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="111"/>
        <source>历史记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="174"/>
        <source>请核对</source>
        <translation>Please check</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="175"/>
        <source>{0}。仍然保存吗？</source>
        <translation>{0}. Save anyway?</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="210"/>
        <source>他人同时修改了这位会员</source>
        <translation>Someone else changed this member meanwhile</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_table.py" line="41"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_table.py" line="42"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_table.py" line="43"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_table.py" line="44"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_table.py" line="45"/>
        <source>手机/电话</source>
        <translation>Mobile/phone</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_table.py" line="46"/>
        <source>身份证号</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_table.py" line="47"/>
        <source>会员卡号</source>
        <translation>Service card no.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_table.py" line="48"/>
        <source>入会日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_table.py" line="49"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../src/unionapp/ui/opening.py" line="35"/>
        <source>无法打开服务器上的数据库</source>
        <translation>Cannot open the database on the server</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/opening.py" line="36"/>
        <source>{0}

要改为打开本机数据文件夹中的数据吗？（可在“设置 → 共享数据库”中修改服务器）</source>
        <translation>{0}

Open the data in this PC&apos;s data folder instead? (The server can be changed in Settings → Shared database.)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/opening.py" line="48"/>
        <source>程序已打开</source>
        <translation>Already open</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/opening.py" line="57"/>
        <location filename="../../src/unionapp/ui/opening.py" line="101"/>
        <location filename="../../src/unionapp/ui/opening.py" line="134"/>
        <source>数据库已损坏</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/opening.py" line="102"/>
        <source>{0}

数据文件夹中没有完好的备份。如果您在 U 盘或别处有备份文件（例如换电脑时导出的文件），可以从它恢复；损坏的文件会改名保留，不会删除。

现在选择备份文件吗？</source>
        <translation>{0}

There is no sound backup in the data folder. If you have a backup file on a USB stick or elsewhere (for example the file exported for a new computer), you can restore from it; the damaged file is renamed and kept, never deleted.

Choose a backup file now?</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/opening.py" line="135"/>
        <source>{0}

没有找到完好的备份。请联系技术支持，不要删除数据文件夹：
{1}</source>
        <translation>{0}

No intact backup was found. Please contact technical support and do not delete the data folder:
{1}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/opening.py" line="58"/>
        <source>{0}

可以从最近的完好备份（{1:%Y年%m月%d日 %H:%M}）恢复。损坏的文件会改名保留，不会删除。

现在恢复吗？</source>
        <translation>{0}

The data can be restored from the latest intact backup ({1:%Y-%m-%d %H:%M}). The damaged file is kept under a new name, not deleted.

Restore now?</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/opening.py" line="71"/>
        <location filename="../../src/unionapp/ui/opening.py" line="119"/>
        <source>恢复失败</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/opening.py" line="76"/>
        <location filename="../../src/unionapp/ui/opening.py" line="123"/>
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/opening.py" line="77"/>
        <location filename="../../src/unionapp/ui/opening.py" line="124"/>
        <source>已从备份 {0} 恢复。
损坏的文件保留为：{1}</source>
        <translation>Restored from the backup {0}.
The damaged file was kept as: {1}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/opening.py" line="84"/>
        <source>无法打开数据</source>
        <translation>Cannot open the data</translation>
    </message>
</context>
<context>
    <name>OutdatedCatalogueBar</name>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/outdated_bar.py" line="23"/>
        <source>导入今年的通知…</source>
        <translation>Import this year&apos;s notice…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/outdated_bar.py" line="34"/>
        <source>还没有{0}年的服务项目目录。</source>
        <translation>There is no programme catalogue for {0} yet.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/outdated_bar.py" line="39"/>
        <source>服务项目目录是{0}年的，还没有{1}年的目录：导入今年的通知，或先把{0}年的目录复制过来（标为待核实，逐个核对）。</source>
        <translation>The programme catalogue is from {0}; there is none for {1} yet: import this year&apos;s notice, or copy the {0} catalogue for now (marked to check, one by one).</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/outdated_bar.py" line="44"/>
        <source>复制{0}年目录到{1}年</source>
        <translation>Copy {0} catalogue to {1}</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <location filename="../../src/unionapp/ui/applications/participant_picker.py" line="51"/>
        <source>参加会员 — 申请 {0}</source>
        <translation>Participants — application {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/participant_picker.py" line="55"/>
        <source>输入姓名、拼音首字母、部门或手机尾号查找会员</source>
        <translation>Find members by name, pinyin initials, department or the last digits of the phone</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/participant_picker.py" line="66"/>
        <source>加入 →</source>
        <translation>Add →</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/participant_picker.py" line="67"/>
        <source>全部加入 →</source>
        <translation>Add all →</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/participant_picker.py" line="68"/>
        <source>← 移除</source>
        <translation>← Remove</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/participant_picker.py" line="82"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/participant_picker.py" line="83"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/participant_picker.py" line="115"/>
        <source>（只显示前 {0} 名，请输入更多字缩小范围）</source>
        <translation>(only the first {0} are shown; type more to narrow the search)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/participant_picker.py" line="117"/>
        <source>在册会员：找到 {0} 名{1}</source>
        <translation>Active members: {0} found{1}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/participant_picker.py" line="121"/>
        <source>没有找到符合的在册会员。</source>
        <translation>No matching active members.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/participant_picker.py" line="157"/>
        <source>已选参加会员：{0} 名</source>
        <translation>Participants chosen: {0}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../src/unionapp/ui/applications/pdf_preview.py" line="71"/>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/pdf_preview.py" line="90"/>
        <source>共 {0} 页（A4）</source>
        <translation>{0} page(s) (A4)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/pdf_preview.py" line="92"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/pdf_preview.py" line="93"/>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/pdf_preview.py" line="94"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/pdf_preview.py" line="110"/>
        <source>打印申请表</source>
        <translation>Print application form</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/pdf_preview.py" line="117"/>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/pdf_preview.py" line="117"/>
        <source>打印机没有准备好，请检查打印机后再试。</source>
        <translation>The printer is not ready. Check the printer and try again.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/pdf_preview.py" line="124"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/pdf_preview.py" line="124"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/pdf_preview.py" line="136"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/pdf_preview.py" line="137"/>
        <source>无法写入 {0}：{1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="59"/>
        <source>服务项目 / 内容</source>
        <translation>Programme / field</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="59"/>
        <source>目录中原来</source>
        <translation>In the catalogue now</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="59"/>
        <source>导入后</source>
        <translation>After the import</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="67"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="82"/>
        <source>提前{0}个工作日</source>
        <translation>{0} working days ahead</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="84"/>
        <source>每年限{0}次</source>
        <translation>{0} per year</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="86"/>
        <source>至少{0}人</source>
        <translation>at least {0} people</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="87"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="94"/>
        <source>{0}年：</source>
        <translation>{0}: </translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="97"/>
        <source>新增的项目</source>
        <translation>New programmes</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="100"/>
        <source>（新增）</source>
        <translation>(new)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="106"/>
        <source>有变化的项目</source>
        <translation>Changed programmes</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="110"/>
        <source>{0}（手工修改过）</source>
        <translation>{0} (edited by hand)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="119"/>
        <source>与目录相同的项目</source>
        <translation>Programmes as in the catalogue</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="124"/>
        <source>目录中有、来源中没有的项目（保留不动）</source>
        <translation>In the catalogue but not in the source (kept as they are)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="130"/>
        <source>免费场馆（将整体替换）</source>
        <translation>Free venues (all replaced)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="136"/>
        <source>没有读懂的行（不导入，请对照原文核对）</source>
        <translation>Lines not understood (not imported; check them against the notice)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/import_dialog.py" line="139"/>
        <source>第 {0} 行：{1}</source>
        <translation>Line {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="56"/>
        <source>编辑服务项目</source>
        <translation>Edit programme</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="56"/>
        <source>新增服务项目</source>
        <translation>New programme</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="77"/>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="78"/>
        <source>未定</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="91"/>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="168"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="92"/>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="169"/>
        <source>项目名称</source>
        <translation>Programme name</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="93"/>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="170"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="94"/>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="171"/>
        <source>活动时间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="76"/>
        <source>如：3月—12月、全年、5、6月，或在右边选月份</source>
        <translation>e.g. 3月—12月, 全年, 5、6月 — or choose the months on the right</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="84"/>
        <source>月份：从</source>
        <translation>Months: from</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="86"/>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="99"/>
        <source>承办单位与联系人</source>
        <translation>Hosting units and contacts</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="102"/>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="176"/>
        <source>承办单位</source>
        <translation>Hosting unit</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="102"/>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="177"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="102"/>
        <source>联系电话（多个用、分隔）</source>
        <translation>Phone (separate several with 、)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="115"/>
        <source>添加承办单位</source>
        <translation>Add hosting unit</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="117"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="126"/>
        <source>无要求</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="128"/>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="130"/>
        <source>不限</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="132"/>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="181"/>
        <source>需填写服务申请表（附件3）</source>
        <translation>Needs the application form (Attachment 3)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="134"/>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="182"/>
        <source>线上辅导需先与承办方约定人数</source>
        <translation>Online coaching: agree the number of people with the host first</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="137"/>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="178"/>
        <source>提前工作日</source>
        <translation>Working days ahead</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="138"/>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="179"/>
        <source>每工会每年限报</source>
        <translation>Limit per union per year</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="139"/>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="180"/>
        <source>最少参加会员数</source>
        <translation>Minimum participants</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="142"/>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="183"/>
        <source>规则原文</source>
        <translation>Rules as in the notice</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="147"/>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="174"/>
        <source>主要内容</source>
        <translation>Main content</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="148"/>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="175"/>
        <source>参与方式</source>
        <translation>How to take part</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="159"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="160"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="172"/>
        <source>开始月份</source>
        <translation>Start month</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="173"/>
        <source>结束月份</source>
        <translation>End month</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="191"/>
        <source>{0}月</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="221"/>
        <source>读不出月份，请在右边选择（“{0}”将原样保存）</source>
        <translation>The months cannot be read; choose them on the right (“{0}” is kept as written)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="224"/>
        <source>（跨年）</source>
        <translation> (across the new year)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="226"/>
        <source>可申请月份：{0}月至{1}月{2}</source>
        <translation>Months open: {0} to {1}{2}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="285"/>
        <source>未保存：与他人的修改冲突</source>
        <translation>Not saved: clashes with someone else&apos;s changes</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/programme_dialog.py" line="310"/>
        <source>他人同时修改了这个服务项目</source>
        <translation>Someone else changed this programme meanwhile</translation>
    </message>
</context>
<context>
    <name>ProgrammeTableModel</name>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_table.py" line="51"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_table.py" line="52"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_table.py" line="53"/>
        <source>项目名称</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_table.py" line="54"/>
        <source>承办单位</source>
        <translation>Hosting unit</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_table.py" line="55"/>
        <source>活动时间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_table.py" line="56"/>
        <source>规则</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_table.py" line="94"/>
        <source>【待核实】{0}</source>
        <translation>[to check] {0}</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="80"/>
        <source>没有编号为 {0} 的申请。</source>
        <translation>There is no application number {0}.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="86"/>
        <source>记录报送或回复 — 申请 {0}</source>
        <translation>Record submission or reply — application {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="89"/>
        <source>当前状态：{0}</source>
        <translation>Current status: {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="95"/>
        <source>改期（新的服务时间）</source>
        <translation>Rescheduled (new service time)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="113"/>
        <source>（未填）</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="128"/>
        <source>新状态</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="129"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="131"/>
        <source>报送方式</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="132"/>
        <source>报送给</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="133"/>
        <source>项目编号</source>
        <translation>Project no.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="134"/>
        <source>确定的服务时间</source>
        <translation>Confirmed service time</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="135"/>
        <source>实际参加人数</source>
        <translation>Actual attendance</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="136"/>
        <source>反馈</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="137"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="140"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="144"/>
        <source>附加文件…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="146"/>
        <source>盖章申请表的扫描件、承办单位的回复、活动照片等；文件保存在数据库中</source>
        <translation>Scans of the stamped form, replies from the hosting unit, event photos…; the files are kept in the database</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="150"/>
        <source>附加的文件是什么（以后可以在附件列表中更改）</source>
        <translation>What the attached files are (can be changed later in the attachment list)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="158"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="162"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="163"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="169"/>
        <source>“{0}”是最终状态，不能再改变。</source>
        <translation>“{0}” is a final status and cannot change any more.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="195"/>
        <source>选择要附加的文件</source>
        <translation>Choose the file to attach</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/reply_dialog.py" line="197"/>
        <source>扫描件和文档 (*.pdf *.jpg *.jpeg *.png *.doc *.docx);;所有文件 (*)</source>
        <translation>Scans and documents (*.pdf *.jpg *.jpeg *.png *.doc *.docx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="76"/>
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="78"/>
        <source>第一季度</source>
        <translation>1st quarter</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="79"/>
        <source>第二季度</source>
        <translation>2nd quarter</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="80"/>
        <source>第三季度</source>
        <translation>3rd quarter</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="81"/>
        <source>第四季度</source>
        <translation>4th quarter</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="85"/>
        <source>自定义起止日期</source>
        <translation>Custom dates</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="88"/>
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="95"/>
        <source>报表期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="99"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="106"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="111"/>
        <source>列出参加人员姓名</source>
        <translation>List participants&apos; names</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="113"/>
        <source>勾选后报表中会出现会员姓名；身份证号和手机号任何时候都不会出现。</source>
        <translation>When ticked, the report shows members&apos; names; ID numbers and phone numbers never appear.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="115"/>
        <source>生成报表</source>
        <translation>Make report</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="117"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="119"/>
        <source>承办单位</source>
        <translation>Hosting unit</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="136"/>
        <source>上级工会的邮箱，多个用逗号分隔</source>
        <translation>The parent federation&apos;s e-mail; separate several with commas</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="137"/>
        <source>收件人邮箱</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="144"/>
        <source>选择期间后点“生成报表”。</source>
        <translation>Choose the period, then click “Make report”.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="146"/>
        <source>保存 PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="147"/>
        <source>保存 Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="148"/>
        <source>发送邮件</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="150"/>
        <source>生成带 PDF 和 Excel 附件的邮件草稿，用默认邮件程序打开</source>
        <translation>Make an e-mail draft with the PDF and Excel files attached and open it in the default mail program</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="152"/>
        <source>直接发送…</source>
        <translation>Send directly…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="153"/>
        <source>邮件设置…</source>
        <translation>Mail settings…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="154"/>
        <source>邮件记录…</source>
        <translation>Mail history…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="189"/>
        <source>全部承办单位</source>
        <translation>All hosting units</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="235"/>
        <source>正在生成报表……</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="258"/>
        <source>{0}：报送申请 {1} 件，完成服务 {2} 场，服务职工 {3} 人次，参加服务的会员 {4} 人。</source>
        <translation>{0}: {1} application(s) sent, {2} service(s) done, {3} attendance(s), {4} member(s) took part.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="263"/>
        <source>另有尚未报送的申请 {0} 件，不计入统计。</source>
        <translation> {0} application(s) not yet sent are not counted.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="327"/>
        <source>没有收件人：请在“收件人邮箱”中填写上级工会的邮箱，多个用逗号分隔。</source>
        <translation>No recipient: enter the parent federation&apos;s e-mail under “Recipients”; separate several with commas.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="356"/>
        <source>已在 {0} 中打开草稿。</source>
        <translation>Draft opened in {0}.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="359"/>
        <source>已保存到 {0}，请用邮件程序打开。</source>
        <translation>Saved to {0}; open it with your mail program.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="362"/>
        <source>没有找到邮件程序</source>
        <translation>No mail program found</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="364"/>
        <source>这台电脑上没有找到能打开邮件草稿的邮件程序。邮件草稿和附件已保存到：
{0}

可以把 .eml 文件拖进邮件程序打开，或新建邮件后把 PDF 和 Excel 文件作为附件发送。</source>
        <translation>No mail program that opens e-mail drafts was found on this computer. The draft and its attachments were saved to:
{0}

Drag the .eml file into your mail program, or write a new e-mail and attach the PDF and Excel files.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="268"/>
        <source>未能生成报表。</source>
        <translation>The report could not be made.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="283"/>
        <source>保存 PDF 报表</source>
        <translation>Save report as PDF</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="283"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="293"/>
        <source>保存 Excel 报表</source>
        <translation>Save report as Excel</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="295"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="307"/>
        <source>无法写入 {0}：{1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="309"/>
        <source>已保存：{0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="377"/>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="382"/>
        <source>直接发送</source>
        <translation>Send directly</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="377"/>
        <source>请先在“邮件设置”中填写发件邮箱的 SMTP 服务器。</source>
        <translation>First enter the SMTP server of the sending mailbox under “Mail settings”.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="383"/>
        <source>收件人（多个用逗号分隔）：</source>
        <translation>Recipients (separate several with commas):</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="396"/>
        <source>正在发送……</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="408"/>
        <source>已发送给 {0}。</source>
        <translation>Sent to {0}.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="412"/>
        <source>发送失败。</source>
        <translation>Sending failed.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/report_page.py" line="415"/>
        <source>发送失败</source>
        <translation>Sending failed</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="100"/>
        <source>导入会员名册</source>
        <translation>Import member roster</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="108"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="120"/>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="130"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="130"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="130"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="148"/>
        <source>保存未导入的行…</source>
        <translation>Save rows not imported…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="150"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="152"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="166"/>
        <source>选择名册文件</source>
        <translation>Choose the roster file</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="105"/>
        <source>请选择 Excel（.xlsx、.xls）、WPS/LibreOffice（.ods）或 CSV 名册文件。</source>
        <translation>Choose an Excel (.xlsx, .xls), WPS/LibreOffice (.ods) or CSV roster file.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="120"/>
        <source>会员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="120"/>
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="120"/>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="120"/>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="130"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="138"/>
        <source>对已有会员的改动</source>
        <translation>Changes to existing members</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="139"/>
        <source>未导入和请核对</source>
        <translation>Not imported / please check</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="141"/>
        <source>只添加新会员（不修改名册中已有的会员）</source>
        <translation>Add new members only (leave existing members unchanged)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="168"/>
        <source>表格文件 (*.xlsx *.xlsm *.xls *.xlsb *.ods *.et *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.xlsb *.ods *.et *.csv)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="175"/>
        <source>文件：{0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="176"/>
        <source>正在读取和检查……</source>
        <translation>Reading and checking…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="187"/>
        <source>文件中没有“姓名”列：请在“对应表头”中选出姓名所在的列。</source>
        <translation>The file has no “姓名” (name) column: choose the column holding the names under “Match the columns”.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="205"/>
        <source>导入前预览（尚未写入）：新增 {0} 人，更新 {1} 人，未变 {2} 人，未导入 {3} 行。</source>
        <translation>Preview before import (nothing written yet): {0} new, {1} updated, {2} unchanged, {3} rows not imported.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="222"/>
        <source>将更新</source>
        <translation>Will update</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="222"/>
        <source>已更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="224"/>
        <source>保留原值</source>
        <translation>Kept the stored value</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="229"/>
        <source>{0}（{1}：{2}）</source>
        <translation>{0} ({1}: {2})</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="241"/>
        <source>对已有会员的改动（{0}）</source>
        <translation>Changes to existing members ({0})</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="242"/>
        <source>未导入和请核对（{0}）</source>
        <translation>Not imported / please check ({0})</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="247"/>
        <source>未导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="248"/>
        <source>请核对</source>
        <translation>Please check</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="291"/>
        <source>导入完成：新增 {0} 人，更新 {1} 人，未变 {2} 人，未导入 {3} 行。</source>
        <translation>Import finished: {0} new, {1} updated, {2} unchanged, {3} rows not imported.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="297"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="352"/>
        <source>保存未导入的行</source>
        <translation>Save rows not imported</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="352"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="363"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_import_dialog.py" line="364"/>
        <source>未导入的行已保存到 {0}，改正后可再次导入。</source>
        <translation>The rows not imported were saved to {0}; correct them and import again.</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="55"/>
        <source>搜索：姓名、拼音或首字母（如 zs）、部门、电话或卡号尾号</source>
        <translation>Search: name, pinyin or initials (e.g. zs), department, last digits of phone or card</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="61"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="65"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="67"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="72"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="73"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="74"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="75"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="76"/>
        <source>状态变更</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="77"/>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="219"/>
        <source>永久删除</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="95"/>
        <source>只有工会主席才能永久删除会员；工作人员的登录名没有这项权限。</source>
        <translation>Only the union&apos;s chairperson can delete members permanently; a staff login may not.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="133"/>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="161"/>
        <source>还没有会员 — 点“导入”从 Excel 导入名册</source>
        <translation>No members yet — click “Import” to import the roster from Excel</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="163"/>
        <source>没有符合条件的会员</source>
        <translation>No matching members</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="166"/>
        <source>在册会员 {0} 人，其中持会员互助服务卡 {1} 人</source>
        <translation>{0} active members, {1} of them hold the mutual-aid service card</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="221"/>
        <source>确定要永久删除会员“{0}”吗？

他/她的全部信息和历史记录（包括身份证号）以及参加活动的记录都会从数据库中彻底清除，无法恢复。
只是转出、退会或退休的会员，请用“状态变更”。</source>
        <translation>Delete member “{0}” permanently?

All their details and history (ID number included) and their participation records are removed from the database for good; this cannot be undone.
For a member who transferred out, left or retired, use “Change status” instead.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="242"/>
        <source>导出会员名册</source>
        <translation>Export member roster</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="243"/>
        <source>会员名册.xlsx</source>
        <translation>member-roster.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="244"/>
        <source>Excel 文件 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel files (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="254"/>
        <source>默认导出时身份证号和电话会被部分遮盖（完整的身份证号只有工会主席能导出）。
要导出完整的电话吗？</source>
        <translation>By default, ID numbers and phone numbers are partly masked in the export (only the chairperson can export full ID numbers).
Export the full phone numbers?</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="259"/>
        <source>导出完整号码？</source>
        <translation>Export full numbers?</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="250"/>
        <source>默认导出时身份证号和电话会被部分遮盖。
要导出完整的身份证号和电话吗？</source>
        <translation>By default ID numbers and phone numbers are partly masked in the export.
Export the full ID and phone numbers?</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="272"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/roster_page.py" line="272"/>
        <source>已导出 {0} 名会员到 {1}</source>
        <translation>{0} members exported to {1}</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_table.py" line="28"/>
        <source>填附件3</source>
        <translation>Form (Att. 3)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_table.py" line="31"/>
        <source>提前{0}个工作日</source>
        <translation>{0} working days ahead</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_table.py" line="35"/>
        <source>每年限{0}次</source>
        <translation>max. {0} per year</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_table.py" line="39"/>
        <source>至少{0}人</source>
        <translation>at least {0} people</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/catalogue/catalogue_table.py" line="41"/>
        <source>，</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../src/unionapp/ui/sections.py" line="36"/>
        <source>各工会</source>
        <translation>Unions</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/sections.py" line="40"/>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/sections.py" line="42"/>
        <source>申请</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/sections.py" line="44"/>
        <source>会员名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/sections.py" line="45"/>
        <source>服务项目</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/sections.py" line="46"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/sections.py" line="47"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../src/unionapp/ui/settings/shared_database.py" line="65"/>
        <source>共享数据库（PostgreSQL 服务器）</source>
        <translation>Shared database (PostgreSQL server)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/shared_database.py" line="70"/>
        <source>几台电脑共用一份数据时，由管理员在 PostgreSQL 服务器上建立数据库（见用户指南“多人共用：PostgreSQL 服务器”），在这里填写服务器的地址。</source>
        <translation>When several PCs share one set of data, an administrator sets up a database on a PostgreSQL server (see the user guide, &quot;Shared use: a PostgreSQL server&quot;); enter the server&apos;s address here.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/shared_database.py" line="86"/>
        <source>留空：使用系统密码库中保存的密码</source>
        <translation>Leave empty to use the password saved in the system keyring</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/shared_database.py" line="87"/>
        <source>把密码保存到系统密码库</source>
        <translation>Save the password in the system keyring</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/shared_database.py" line="89"/>
        <source>要求加密连接（TLS）</source>
        <translation>Require an encrypted connection (TLS)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/shared_database.py" line="90"/>
        <source>服务器</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/shared_database.py" line="91"/>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/shared_database.py" line="92"/>
        <source>数据库名</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/shared_database.py" line="93"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/shared_database.py" line="94"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/shared_database.py" line="99"/>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/shared_database.py" line="134"/>
        <source>请填写服务器、数据库名和用户名。</source>
        <translation>Please enter the server, the database and the user name.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/shared_database.py" line="149"/>
        <source>正在连接……</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>ServiceTime</name>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="271"/>
        <source>{0}（已确认）</source>
        <translation>{0} (confirmed)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="273"/>
        <source>{0}（原 {1}）</source>
        <translation>{0} (was {1})</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="275"/>
        <source>{0}（已确认；原申请 {1}）</source>
        <translation>{0} (confirmed; requested {1})</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="53"/>
        <source>本工会资料（自动填入申请表）</source>
        <translation>Union profile (filled into the application form)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="57"/>
        <source>保存本工会资料</source>
        <translation>Save union profile</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="67"/>
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="71"/>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="97"/>
        <source>备份时间</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="83"/>
        <source>备份（一个文件含全部数据和附件）</source>
        <translation>Backups (one file holds all data and attachments)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="87"/>
        <source>每天自动备份，自动备份保留最近 7 天、4 周、12 个月；手动备份和恢复前的备份一直保留，直到您删除。</source>
        <translation>Backed up automatically every day; automatic backups are kept for the last 7 days, 4 weeks and 12 months. Manual and before-restore backups stay until you delete them.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="97"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="97"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="97"/>
        <source>校验</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="110"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="112"/>
        <source>从所选备份恢复</source>
        <translation>Restore selected backup</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="114"/>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="244"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="115"/>
        <source>删除所选的备份文件（会先确认）</source>
        <translation>Delete the selected backup file (asks first)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="117"/>
        <source>从文件恢复…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="129"/>
        <source>换电脑：导出全部数据到一个文件…</source>
        <translation>New computer: export all data to one file…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="131"/>
        <source>把全部数据和附件保存为一个文件，拷到新电脑后在首次打开时恢复</source>
        <translation>Save all data and attachments as one file; copy it to the new computer and restore it when the program first opens</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="144"/>
        <source>界面语言 / Language</source>
        <translation>Language / 界面语言</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="147"/>
        <source>跟随系统</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="152"/>
        <source>更改后，下次打开程序时生效。</source>
        <translation>A change takes effect the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="158"/>
        <source>报送期限</source>
        <translation>Submission deadline</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="161"/>
        <source>服务项目没有规定提前报送时间的（包括手工填写的申请），按通知一般要求提前</source>
        <translation>Where a programme states no lead time (including applications typed in by hand), the notice&apos;s general rule: submit</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="167"/>
        <source> 个工作日报送</source>
        <translation> working days ahead</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="183"/>
        <source>已保存。请关闭并重新打开程序，新的界面语言才会生效。</source>
        <translation>Saved. Close and reopen the program to use the new language.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="196"/>
        <source>{0:.1f} MB</source>
        <translation>{0:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="197"/>
        <source>已校验</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="197"/>
        <source>未通过</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="212"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="224"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="224"/>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="244"/>
        <source>请先在列表中选择一个备份。</source>
        <translation>First choose a backup in the list.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="248"/>
        <source>删除备份</source>
        <translation>Delete backup</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/settings_page.py" line="249"/>
        <source>永久删除备份 {0}？
删除后不能再从它恢复。</source>
        <translation>Delete the backup {0} for good?
You will not be able to restore from it afterwards.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="140"/>
        <source>欢迎使用基层工会助手</source>
        <translation>Welcome to Union Assistant</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="143"/>
        <source>请先填写本工会的资料。这些内容会自动填入申请表，以后可以在“设置”中修改。</source>
        <translation>First enter your union&apos;s details. They are filled into the application form automatically; you can change them later under “Settings”.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="151"/>
        <source>从另一台电脑搬来？用那里导出的备份文件恢复全部数据和附件：</source>
        <translation>Moving from another computer? Restore all data and attachments from the backup file exported there:</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="153"/>
        <source>从备份文件恢复…</source>
        <translation>Restore from a backup file…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="164"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="165"/>
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseBox</name>
    <message>
        <location filename="../../src/unionapp/ui/settings/shared_database.py" line="179"/>
        <source>共享数据库</source>
        <translation>Shared database</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/shared_database.py" line="182"/>
        <source>正在使用服务器上的数据库：{0}</source>
        <translation>Using the database on the server: {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/shared_database.py" line="184"/>
        <source>正在使用本机数据文件夹中的数据库。</source>
        <translation>Using the database in this PC&apos;s data folder.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/shared_database.py" line="191"/>
        <source>设置服务器…</source>
        <translation>Set up server…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/shared_database.py" line="193"/>
        <source>改用本机数据文件夹</source>
        <translation>Use this PC&apos;s data folder</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/shared_database.py" line="207"/>
        <source>下次打开程序时：服务器 {0}</source>
        <translation>Next start: server {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/shared_database.py" line="209"/>
        <source>下次打开程序时：本机数据文件夹</source>
        <translation>Next start: this PC&apos;s data folder</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/shared_database.py" line="216"/>
        <source>（已保存，重新打开程序后生效）</source>
        <translation> (saved; takes effect when the program is opened again)</translation>
    </message>
</context>
<context>
    <name>SmtpDialog</name>
    <message>
        <location filename="../../src/unionapp/ui/reports/smtp_dialog.py" line="58"/>
        <source>邮件设置</source>
        <translation>Mail settings</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/smtp_dialog.py" line="61"/>
        <source>报表邮件的主题和正文</source>
        <translation>Subject and text of the report e-mail</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/smtp_dialog.py" line="66"/>
        <source>主题</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/smtp_dialog.py" line="67"/>
        <source>正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/smtp_dialog.py" line="69"/>
        <source>可用的占位符（发送时替换）：{0}</source>
        <translation>Placeholders you can use (replaced when sending): {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/smtp_dialog.py" line="73"/>
        <source>恢复默认内容</source>
        <translation>Restore default text</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/smtp_dialog.py" line="79"/>
        <source>直接发送（可选）：发件邮箱的 SMTP 服务器</source>
        <translation>Sending directly (optional): SMTP server of the sending mailbox</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/smtp_dialog.py" line="82"/>
        <source>例如 smtp.163.com、smtp.qq.com</source>
        <translation>e.g. smtp.163.com, smtp.qq.com</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/smtp_dialog.py" line="89"/>
        <source>通常是完整的邮箱地址</source>
        <translation>usually the full e-mail address</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/smtp_dialog.py" line="91"/>
        <source>留空则与用户名相同</source>
        <translation>leave empty to use the user name</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/smtp_dialog.py" line="94"/>
        <source>服务器</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/smtp_dialog.py" line="95"/>
        <source>加密方式</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/smtp_dialog.py" line="96"/>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/smtp_dialog.py" line="97"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/smtp_dialog.py" line="98"/>
        <source>发件人邮箱</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/smtp_dialog.py" line="99"/>
        <source>密码或授权码</source>
        <translation>Password or authorisation code</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/smtp_dialog.py" line="101"/>
        <source>密码只保存在系统的密码库（Windows 凭据管理器）中，不写入数据库或文件。只有在“测试连接”或“直接发送”时才会联网。</source>
        <translation>The password is kept only in the system&apos;s password store (Windows Credential Manager), never in the database or a file. The program goes online only for “Test connection” or “Send directly”.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/smtp_dialog.py" line="109"/>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/smtp_dialog.py" line="144"/>
        <source>已保存（留空则不修改）</source>
        <translation>saved (leave empty to keep it)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/smtp_dialog.py" line="144"/>
        <source>尚未保存</source>
        <translation>not saved yet</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/reports/smtp_dialog.py" line="169"/>
        <source>正在连接……</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="22"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="23"/>
        <source>已打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="24"/>
        <source>已报送</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="25"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="26"/>
        <source>已排期</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="27"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="28"/>
        <source>未通过</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="29"/>
        <source>退回修改</source>
        <translation>Returned for changes</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="30"/>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="35"/>
        <source>现场</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="36"/>
        <source>邮寄</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="37"/>
        <source>电子邮件</source>
        <translation>By e-mail</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="38"/>
        <source>传真</source>
        <translation>By fax</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="43"/>
        <source>在册</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="44"/>
        <source>转出</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="45"/>
        <source>退会</source>
        <translation>Left the union</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="46"/>
        <source>退休</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="51"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="52"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="231"/>
        <source>状态变更</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="236"/>
        <source>请选择新的状态</source>
        <translation>Choose the new status</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="243"/>
        <source>会员“{0}”，现在：{1}</source>
        <translation>Member “{0}”, now: {1}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="244"/>
        <source>改为</source>
        <translation>Change to</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="245"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/roster/member_dialog.py" line="246"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="60"/>
        <source>方式：{0}</source>
        <translation>Via: {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="61"/>
        <source>报送给：{0}</source>
        <translation>To: {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="62"/>
        <source>项目编号：{0}</source>
        <translation>Project no.: {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="63"/>
        <source>服务时间：{0}</source>
        <translation>Service time: {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="64"/>
        <source>参加人数：{0}</source>
        <translation>Attendance: {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="65"/>
        <source>原因：{0}</source>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="66"/>
        <source>反馈：{0}</source>
        <translation>Feedback: {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="75"/>
        <source>附件：{0}</source>
        <translation>Attachments: {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="77"/>
        <source>（已更正）</source>
        <translation>(corrected)</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="95"/>
        <source>记录报送/回复…</source>
        <translation>Record submission/reply…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="98"/>
        <source>更正所选记录…</source>
        <translation>Correct selected entry…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="99"/>
        <source>更正日期或备注；原记录保留并标为“已更正”</source>
        <translation>Correct the date or note; the original entry is kept and marked “corrected”</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="108"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="116"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="117"/>
        <source>用电脑上的查看程序打开所选附件（按原文件名）</source>
        <translation>Open the selected attachment with this computer&apos;s viewer (under its original name)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="122"/>
        <source>盖章申请表的扫描件、承办单位的回复、活动照片等；文件保存在数据库中，随备份一起</source>
        <translation>Scans of the stamped form, replies from the hosting unit, event photos…; the files are kept in the database and in every backup</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="126"/>
        <source>更改类型…</source>
        <translation>Change kind…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="127"/>
        <source>更改所选附件是什么（扫描件、回复、照片或其他）</source>
        <translation>Change what the selected attachment is (scan, reply, photo or other)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="190"/>
        <source>扫描件、照片和文档 (*.pdf *.jpg *.jpeg *.png *.doc *.docx);;所有文件 (*)</source>
        <translation>Scans, photos and documents (*.pdf *.jpg *.jpeg *.png *.doc *.docx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="211"/>
        <source>更改类型</source>
        <translation>Change kind</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="211"/>
        <source>请先在附件列表中选中一个附件。</source>
        <translation>Select an attachment in the list first.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="119"/>
        <source>添加附件…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="143"/>
        <source>当前状态：{0}</source>
        <translation>Current status: {0}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="155"/>
        <source>尚无跟踪记录。报送后请点“记录报送/回复…”。</source>
        <translation>No entries yet. After sending the form, click “Record submission/reply…”.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="160"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="167"/>
        <source>（没有附件）</source>
        <translation>(no attachments)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="188"/>
        <source>选择要附加的文件</source>
        <translation>Choose the file to attach</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="247"/>
        <source>更正记录</source>
        <translation>Correct entry</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="247"/>
        <source>请先在列表中选中要更正的记录。</source>
        <translation>First select the entry to correct in the list.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="279"/>
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/applications/timeline_widget.py" line="279"/>
        <source>无法打开附件：{0}</source>
        <translation>Cannot open the attachment: {0}</translation>
    </message>
</context>
<context>
    <name>Todo</name>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="143"/>
        <source>报送截止临近</source>
        <translation>Submission deadline near</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="144"/>
        <source>等待回复超期</source>
        <translation>Reply overdue</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="145"/>
        <source>即将开展的服务</source>
        <translation>Upcoming services</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="146"/>
        <source>尚未申请的项目</source>
        <translation>Programmes not applied for</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="147"/>
        <source>服务项目目录需要更新</source>
        <translation>Programme catalogue out of date</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="151"/>
        <source>申请 {id}「{item}」</source>
        <translation>Application {id} “{item}”</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="152"/>
        <source>（未填写服务项目）</source>
        <translation>(no service item)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="153"/>
        <source>（按周末估算）</source>
        <translation> (estimated from weekends)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="154"/>
        <source>（按通知一般要求）</source>
        <translation> (notice&apos;s general rule)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="158"/>
        <source>{title}的报送截止日期 {passed}{general}{estimate} 已过</source>
        <translation>{title}: the submission deadline {passed}{general}{estimate} has passed</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="161"/>
        <source>{title}今天（{last_day}）是最后报送日{general}{estimate}</source>
        <translation>{title}: today ({last_day}) is the last day to submit{general}{estimate}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="164"/>
        <source>{title}须在 {deadline}{general}{estimate} 前报送，还剩 {left} 个工作日</source>
        <translation>{title}: submit by {deadline}{general}{estimate}; {left} working day(s) left</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="167"/>
        <source>{title}于 {sent} 报送，{wait} 个工作日内未收到回复，请联系承办单位</source>
        <translation>{title}: sent on {sent}, no reply within {wait} working days; please contact the provider</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="170"/>
        <source>{title}定于 {when} 开展</source>
        <translation>{title}: takes place on {when}</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="171"/>
        <source>{title}定于 {when} 开展，地点：{location}</source>
        <translation>{title}: takes place on {when} at “{location}”</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="174"/>
        <source>{title}定于 {when} 开展（原申请 {requested}）</source>
        <translation>{title}: takes place on {when} (requested {requested})</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="177"/>
        <source>{title}定于 {when} 开展（原申请 {requested}），地点：{location}</source>
        <translation>{title}: takes place on {when} (requested {requested}) at “{location}”</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="180"/>
        <source>「{programme}」可申请，本工会尚未申请</source>
        <translation>“{programme}” is open for applications; this union has not applied yet</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="183"/>
        <source>「{programme}」{window}可申请，本工会尚未申请</source>
        <translation>“{programme}” is open for applications (“{window}”); this union has not applied yet</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="186"/>
        <source>还没有{year}年的服务项目目录：请导入今年的通知</source>
        <translation>There is no programme catalogue for {year}: import this year&apos;s notice</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="189"/>
        <source>服务项目目录是{newest}年的，还没有{year}年的目录：请导入{year}年的通知，或把{newest}年的目录复制到{year}年（复制的项目标为待核实）</source>
        <translation>The programme catalogue is from {newest}; there is none for {year}: import the {year} notice, or copy the {newest} catalogue to {year} (the copies are marked to check)</translation>
    </message>
</context>
<context>
    <name>UnionProfileForm</name>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="39"/>
        <source>工会名称</source>
        <translation>Union name</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="39"/>
        <source>与申请表上一致，如：北京市XX公司工会委员会</source>
        <translation>As on the application form, e.g. 北京市XX公司工会委员会</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="40"/>
        <source>工会主席</source>
        <translation>Chairperson</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="41"/>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="41"/>
        <source>填写申请表的联系人</source>
        <translation>The contact person on the application form</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="42"/>
        <source>联系人职务</source>
        <translation>Contact&apos;s title</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="42"/>
        <source>如：工会主席、工会干事</source>
        <translation>e.g. 工会主席 (chairperson), 工会干事 (union officer)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="43"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="43"/>
        <source>手机或座机，如 010-65116642</source>
        <translation>Mobile or landline, e.g. 010-65116642</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="44"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="44"/>
        <source>例：北京市东城区XX街道XX号（请具体到门牌号）</source>
        <translation>e.g. 北京市东城区XX街道XX号 (street and door number)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="45"/>
        <source>电子邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="46"/>
        <source>上级工会</source>
        <translation>Parent federation</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="46"/>
        <source>如：XX区总工会</source>
        <translation>e.g. XX区总工会 (district federation)</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="47"/>
        <source>报表收件人</source>
        <translation>Report recipients</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="47"/>
        <source>上级工会的邮箱，多个用逗号分隔</source>
        <translation>E-mail of the parent federation; separate several with commas</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="95"/>
        <source>未保存：与他人的修改冲突</source>
        <translation>Not saved: clashes with someone else&apos;s changes</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/settings/union_form.py" line="127"/>
        <source>他人同时修改了工会资料</source>
        <translation>Someone else changed the union profile meanwhile</translation>
    </message>
</context>
<context>
    <name>Warning</name>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="100"/>
        <source>请填写“{label}”。</source>
        <translation>Please fill in “{label}”.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="101"/>
        <source>“{phone}”不像电话号码（例：010-65116642 或 13910662798）。</source>
        <translation>“{phone}” does not look like a phone number (e.g. 010-65116642 or 13910662798).</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="104"/>
        <source>申请服务时间已经过去，请改为将来的时间。</source>
        <translation>The service time has passed; please choose a future time.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="105"/>
        <source>“{label}”中的字符 {chars} 没有可用字体，无法打印，请改用常用字或拼音。</source>
        <translation>No font has the characters {chars} in “{label}”, so they cannot be printed; please use common characters or pinyin.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="108"/>
        <source>按通知一般要求须提前{lead}个工作日报送，最晚 {deadline} 报送，今天已过截止日期；请与承办单位联系或调整申请服务时间。</source>
        <translation>The notice&apos;s general rule asks for submission {lead} working days ahead, by {deadline} at the latest; that deadline has passed. Contact the provider or change the service time.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="113"/>
        <source>本项目须提前{lead}个工作日报送，最晚 {deadline} 报送，今天已过截止日期；请与承办单位联系或调整申请服务时间。</source>
        <translation>This programme must be applied for {lead} working days ahead, by {deadline} at the latest, and that deadline has passed; please contact the provider or change the service time.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="118"/>
        <source>本项目每个基层工会每年度限申请{limit}次，{year}年本工会已有{count}份有效申请（未通过和已撤回的不计）。</source>
        <translation>Each union may apply for this programme {limit} time(s) a year; this union has {count} valid applications in {year} (declined and withdrawn ones not counted).</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="123"/>
        <source>本项目线下活动需{minimum}名以上工会会员参加，尚未填写参加人数或选择参加会员。</source>
        <translation>On-site sessions of this programme need at least {minimum} union members; enter the number of participants or choose the members taking part.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="126"/>
        <source>本项目线下活动需{minimum}名以上工会会员参加，目前只有{total}人。</source>
        <translation>On-site sessions of this programme need at least {minimum} union members; there are only {total}.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="129"/>
        <source>申请服务时间 {date} 不在本项目的服务时间（{year}年 {window}）内。</source>
        <translation>The service date {date} is outside this programme&apos;s service period ({year}, “{window}”).</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="132"/>
        <source>最晚报送日期 {deadline} 是估算。</source>
        <translation>The latest submission date {deadline} is an estimate.</translation>
    </message>
    <message>
        <location filename="../../src/unionapp/ui/common/labels.py" line="136"/>
        <source>最晚报送日期 {deadline} 是估算。{hint}</source>
        <translation>The latest submission date {deadline} is an estimate. {hint}</translation>
    </message>
</context>
</TS>
