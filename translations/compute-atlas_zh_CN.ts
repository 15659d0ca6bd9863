<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChipChooser</name>
    <message>
        <source>Search by name or alias</source>
        <translation>按名称或别名搜索</translation>
    </message>
    <message>
        <source>Filter the chips by name, alias (&quot;Ironwood&quot;, &quot;TPU7x&quot;), family or vendor.</source>
        <translation>按名称、别名（“Ironwood”“TPU7x”）、系列或厂商筛选芯片。</translation>
    </message>
    <message>
        <source>Tick the chips to compare.</source>
        <translation>勾选要比较的芯片。</translation>
    </message>
    <message numerus="yes">
        <source>%n chip(s) chosen</source>
        <translation>
            <numerusform>已选 %n 款芯片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimText</name>
    <message>
        <source>official</source>
        <comment>source kind</comment>
        <translation>官方</translation>
    </message>
    <message>
        <source>press</source>
        <comment>source kind</comment>
        <translation>新闻媒体</translation>
    </message>
    <message>
        <source>analyst</source>
        <comment>source kind</comment>
        <translation>分析师</translation>
    </message>
    <message>
        <source>article</source>
        <comment>source kind</comment>
        <translation>文章</translation>
    </message>
    <message>
        <source>measurement</source>
        <comment>source kind</comment>
        <translation>实测</translation>
    </message>
    <message>
        <source>user</source>
        <comment>source kind</comment>
        <translation>用户</translation>
    </message>
    <message>
        <source>official figure</source>
        <comment>claim basis</comment>
        <translation>官方数据</translation>
    </message>
    <message>
        <source>derived from official figures</source>
        <comment>claim basis</comment>
        <translation>由官方数据推算</translation>
    </message>
    <message>
        <source>reported, not confirmed by the vendor</source>
        <comment>claim basis</comment>
        <translation>媒体报道，未经厂商证实</translation>
    </message>
    <message>
        <source>estimate</source>
        <comment>claim basis</comment>
        <translation>估计</translation>
    </message>
    <message>
        <source>projection</source>
        <comment>claim basis</comment>
        <translation>预测</translation>
    </message>
    <message>
        <source>Shipping</source>
        <comment>chip status</comment>
        <translation>出货中</translation>
    </message>
    <message>
        <source>Announced</source>
        <comment>chip status</comment>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Reported</source>
        <comment>chip status</comment>
        <translation>据报道</translation>
    </message>
    <message>
        <source>Projected</source>
        <comment>chip status</comment>
        <translation>预测</translation>
    </message>
    <message>
        <source>Sparse %1</source>
        <comment>peak throughput at a precision, with 2:4 sparsity</comment>
        <translation>稀疏 %1</translation>
    </message>
    <message>
        <source>Dense %1</source>
        <comment>peak throughput at a precision</comment>
        <translation>稠密 %1</translation>
    </message>
    <message>
        <source>Scale-up domain</source>
        <translation>纵向扩展域</translation>
    </message>
    <message>
        <source>Price per chip</source>
        <translation>单颗芯片价格</translation>
    </message>
    <message>
        <source>%1 chips</source>
        <translation>%1 颗芯片</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>a claim in a history: value (date, publisher)</comment>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>source title — publisher, date, kind</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(projected)</source>
        <translation>（预测）</translation>
    </message>
    <message>
        <source>measured matrix multiply (GEMM)</source>
        <translation>实测矩阵乘法（GEMM）</translation>
    </message>
    <message>
        <source>measured memory bandwidth (copy)</source>
        <translation>实测内存带宽（复制）</translation>
    </message>
    <message>
        <source>MLPerf result (%1)</source>
        <translation>MLPerf 成绩（%1）</translation>
    </message>
    <message>
        <source>measured %1</source>
        <translation>实测 %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Claimed: %1 · basis: %2</source>
        <comment>when a figure was claimed, and how it was obtained</comment>
        <translation>公布日期：%1 · 依据：%2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>附注：%1</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>历次数据：%1</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Below this arithmetic intensity a kernel is limited by memory bandwidth, above it by compute.</source>
        <translation>运算强度低于此值时，内核受内存带宽限制；高于此值则受算力限制。</translation>
    </message>
    <message>
        <source>Higher is better; the best value is marked in bold.</source>
        <translation>越高越好；最佳值以粗体标示。</translation>
    </message>
    <message>
        <source>Dense throughput: figures quoted with 2:4 sparsity are halved.</source>
        <translation>稠密算力：以 2:4 稀疏公布的数据已减半。</translation>
    </message>
    <message>
        <source>%1 · baseline</source>
        <comment>vendor · the chip the others are compared with</comment>
        <translation>%1 · 基准</translation>
    </message>
    <message>
        <source>Baseline: the ratios in the other columns are relative to this chip.</source>
        <translation>基准：其他列的倍数均相对于此芯片。</translation>
    </message>
    <message>
        <source>(projected)</source>
        <translation>（预测）</translation>
    </message>
    <message>
        <source>The dataset has no figure for this chip.</source>
        <translation>数据集中没有这款芯片的此项数据。</translation>
    </message>
    <message>
        <source>(baseline)</source>
        <translation>（基准）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>ratio of the baseline chip&apos;s value</comment>
        <translation>为 %2 的 %1</translation>
    </message>
    <message>
        <source>best in this row</source>
        <translation>本行最佳</translation>
    </message>
    <message>
        <source>A projection, not a vendor figure: the note below says how it was made.</source>
        <translation>此为预测值，并非厂商公布的数据；推算方式见下方附注。</translation>
    </message>
    <message>
        <source>From the dataset&apos;s chip list (chip.csv).</source>
        <translation>出自数据集的芯片清单（chip.csv）。</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Formula: %1</source>
        <translation>公式：%1</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>系列：%1</translation>
    </message>
    <message>
        <source>Also called: %1</source>
        <translation>别名：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>附注：%1</translation>
    </message>
</context>
<context>
    <name>CompareTable</name>
    <message>
        <source>Memory capacity</source>
        <translation>内存容量</translation>
    </message>
    <message>
        <source>Memory bandwidth</source>
        <translation>内存带宽</translation>
    </message>
    <message>
        <source>TDP</source>
        <translation>热设计功耗（TDP）</translation>
    </message>
    <message>
        <source>Scale-up bandwidth</source>
        <translation>纵向扩展带宽</translation>
    </message>
    <message>
        <source>Dense BF16</source>
        <translation>稠密 BF16</translation>
    </message>
    <message>
        <source>Dense FP8</source>
        <translation>稠密 FP8</translation>
    </message>
    <message>
        <source>Dense FP4</source>
        <translation>稠密 FP4</translation>
    </message>
    <message>
        <source>Ridge point (BF16)</source>
        <translation>脊点（BF16）</translation>
    </message>
    <message>
        <source>dense BF16 FLOP/s ÷ memory bandwidth</source>
        <translation>稠密 BF16 FLOP/s ÷ 内存带宽</translation>
    </message>
    <message>
        <source>Ridge point (FP8)</source>
        <translation>脊点（FP8）</translation>
    </message>
    <message>
        <source>dense FP8 FLOP/s ÷ memory bandwidth</source>
        <translation>稠密 FP8 FLOP/s ÷ 内存带宽</translation>
    </message>
    <message>
        <source>BF16 FLOP/s per watt</source>
        <translation>每瓦 BF16 FLOP/s</translation>
    </message>
    <message>
        <source>dense BF16 FLOP/s ÷ TDP</source>
        <translation>稠密 BF16 FLOP/s ÷ TDP</translation>
    </message>
    <message>
        <source>Bandwidth per watt</source>
        <translation>每瓦带宽</translation>
    </message>
    <message>
        <source>memory bandwidth ÷ TDP</source>
        <translation>内存带宽 ÷ TDP</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>制程</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>供货时间</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>&amp;Baseline</source>
        <translation>基准(&amp;B)</translation>
    </message>
    <message>
        <source>The chip the others are compared with: every ratio is relative to it.</source>
        <translation>作为比较基准的芯片：所有倍数都相对于它。</translation>
    </message>
    <message>
        <source>&amp;Chips</source>
        <translation>芯片(&amp;C)</translation>
    </message>
    <message>
        <source>Where this figure comes from</source>
        <translation>此数据的来源</translation>
    </message>
    <message>
        <source>Select a cell to see its source, date and kind, how it was obtained, and how the claim changed over time.</source>
        <translation>选中一格，即可查看其来源、日期与类型、获取方式，以及这项数据历来如何变动。</translation>
    </message>
    <message>
        <source>Tick chips on the left to compare them.</source>
        <translation>勾选左侧的芯片即可比较。</translation>
    </message>
    <message>
        <source>Ratios relative to &lt;b&gt;%1&lt;/b&gt; · &lt;b&gt;bold&lt;/b&gt; on green: best of its row · &lt;i&gt;italic&lt;/i&gt; in a dashed frame: projected, not a vendor figure · dense throughput (sparse figures halved)</source>
        <translation>倍数以 &lt;b&gt;%1&lt;/b&gt; 为基准 · 绿底&lt;b&gt;粗体&lt;/b&gt;：该行最佳 · 虚线框内&lt;i&gt;斜体&lt;/i&gt;：预测值，非厂商公布数据 · 算力为稠密值（稀疏数据已减半）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose at least one chip to export the comparison.</source>
        <translation>请至少选择一款芯片，才能导出比较表。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON, raw values (*.json)</source>
        <translation>JSON，原始数值 (*.json)</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>导出比较表</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The comparison could not be written to %1:
%2</source>
        <translation>无法将比较表写入 %1：
%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Compute Atlas</source>
        <translation>算力地图</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Chips side by side, with the source of every figure (Ctrl+1)</source>
        <translation>并排比较芯片，每个数字都附来源（Ctrl+1）</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Every source the dataset cites and what it backs (Ctrl+2)</source>
        <translation>数据集引用的每个来源及其支撑的数据（Ctrl+2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the comparison table to a spreadsheet, PDF, web page, Markdown, CSV or JSON file</source>
        <translation>将比较表导出为电子表格、PDF、网页、Markdown、CSV 或 JSON 文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>数据来源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Compute Atlas</source>
        <translation>关于算力地图(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>Dataset %1 · %n chip(s)</source>
        <translation>
            <numerusform>数据集 %1 · %n 款芯片</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundled dataset&apos;s version; the Sources view lists every document behind it.</source>
        <translation>内置数据集的版本；“数据来源”页列出其背后的每份文件。</translation>
    </message>
    <message>
        <source>⚠ Your own data could not be used; showing the bundled data only.</source>
        <translation>⚠ 无法使用您自己的数据，当前仅显示内置数据。</translation>
    </message>
    <message>
        <source>Compute Atlas %1</source>
        <translation>算力地图 %1</translation>
    </message>
    <message>
        <source>What AI accelerators can do, where they go and where the money goes: offline, with a source behind every number.</source>
        <translation>AI 加速器的实力、部署去向与资金流向：离线可用，每个数字都有来源。</translation>
    </message>
    <message numerus="yes">
        <source>Dataset version %1: %n chip(s)</source>
        <translation>
            <numerusform>数据集版本 %1：%n 款芯片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n source(s).</source>
        <translation>
            <numerusform>，%n 份数据来源。</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the data comes from: every figure cites a document (vendor pages, keynotes, press, analysts), listed in the Sources view with what each one backs. The dataset is kept as reviewed CSV files; data/dataset/README.md describes its units and conventions: dense throughput (figures quoted with sparsity are halved), binary memory capacity, and how projections are made.</source>
        <translation>数据从何而来：每个数字都引用一份文件（厂商网页、主题演讲、新闻媒体、分析师），并列于“数据来源”页，注明每份文件支撑哪些数据。数据集以经过审阅的 CSV 文件维护；data/dataset/README.md 说明其单位与惯例：算力为稠密值（以稀疏方式公布的数据已减半）、内存容量采用二进制单位，以及预测值如何推算。</translation>
    </message>
    <message>
        <source>Projected figures are estimates made from trends, not vendor figures, and are always shown as projections.</source>
        <translation>预测值是依趋势推估的数字，并非厂商公布的数据，且一律以预测样式标示。</translation>
    </message>
    <message>
        <source>About Compute Atlas</source>
        <translation>关于算力地图</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>shipping</source>
        <translation>出货中</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>据报道</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Throughput is dense FLOP/s. Vendors often quote figures with 2:4 structured sparsity, which doubles the number; those sparse figures are stored beside the dense ones and are used neither in this table nor in rooflines.</source>
        <translation>算力为稠密 FLOP/s。厂商常以 2:4 结构化稀疏公布数据，数字因此翻倍；这些稀疏数据与稠密数据并列存储，但不用于本表，也不用于屋顶线模型。</translation>
    </message>
    <message>
        <source>Raw values are in SI units (FLOP/s, B, B/s, W). Memory capacity follows the vendors&apos; binary convention: their GB is 2^30 B, so 80 GB is 85,899,345,920 B.</source>
        <translation>原始数值采用 SI 单位（FLOP/s、B、B/s、W）。内存容量遵循厂商的二进制惯例：其 GB 为 2^30 B，因此 80 GB 即 85,899,345,920 B。</translation>
    </message>
    <message>
        <source>Ratios divide each chip&apos;s value by the baseline&apos;s (%1).</source>
        <translation>倍数为各芯片数值除以基准芯片（%1）的数值。</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Accelerator comparison</source>
        <translation>AI 加速器比较</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>基准：%1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>%1 ÷ %2</source>
        <extracomment>a ratio column: &quot;B200 ÷ H100 SXM&quot; is B200&apos;s value divided by H100 SXM&apos;s</extracomment>
        <translation>%1 ÷ %2</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>附注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Dataset version</source>
        <translation>数据集版本</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Dataset version: %1</source>
        <translation>数据集版本：%1</translation>
    </message>
    <message>
        <source>Bold: the best value of its row.</source>
        <translation>粗体：该行最佳值。</translation>
    </message>
    <message>
        <source>%1 the best value of its row.</source>
        <translation>%1 该行最佳值。</translation>
    </message>
    <message>
        <source>%1 projected value, not a vendor figure (see Notes).</source>
        <translation>%1 预测值，并非厂商公布数据（见附注）。</translation>
    </message>
    <message>
        <source>official</source>
        <translation>官方</translation>
    </message>
    <message>
        <source>press</source>
        <translation>新闻媒体</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>分析师</translation>
    </message>
    <message>
        <source>article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>来源编号</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>附注</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Traditional Chinese)</source>
        <translation>名称（繁体中文）</translation>
    </message>
    <message>
        <source>Name (Simplified Chinese)</source>
        <translation>名称（简体中文）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>股票代码</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>供货时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>制程</translation>
    </message>
    <message>
        <source>Memory type</source>
        <translation>内存类型</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Sparse (1 = with sparsity)</source>
        <translation>稀疏（1 = 含稀疏）</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>公布日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <source>Title (Traditional Chinese)</source>
        <translation>标题（繁体中文）</translation>
    </message>
    <message>
        <source>Title (Simplified Chinese)</source>
        <translation>标题（简体中文）</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速器</translation>
    </message>
    <message>
        <source>Units (accelerators)</source>
        <translation>数量（加速器）</translation>
    </message>
    <message>
        <source>Units kind</source>
        <translation>数量类型</translation>
    </message>
    <message>
        <source>Power (MW)</source>
        <translation>电力（MW）</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>金额（美元）</translation>
    </message>
    <message>
        <source>Upper bound (1 = at most)</source>
        <translation>上限（1 = 最多）</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期间起始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>说明（英文）</translation>
    </message>
    <message>
        <source>Description (Traditional Chinese)</source>
        <translation>说明（繁体中文）</translation>
    </message>
    <message>
        <source>Description (Simplified Chinese)</source>
        <translation>说明（简体中文）</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>市场份额（%）</translation>
    </message>
    <message>
        <source>Parameters, total</source>
        <translation>总参数量</translation>
    </message>
    <message>
        <source>Parameters, active</source>
        <translation>激活参数量</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Dense layers</source>
        <translation>稠密层数</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>隐藏层维度</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>注意力头数</translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation>KV 头数</translation>
    </message>
    <message>
        <source>Head dimension</source>
        <translation>头维度</translation>
    </message>
    <message>
        <source>FFN size</source>
        <translation>FFN 维度</translation>
    </message>
    <message>
        <source>Expert FFN size</source>
        <translation>专家 FFN 维度</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>词表大小</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家数</translation>
    </message>
    <message>
        <source>Active experts</source>
        <translation>激活专家数</translation>
    </message>
    <message>
        <source>Shared experts</source>
        <translation>共享专家数</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意力类型</translation>
    </message>
    <message>
        <source>KV latent rank</source>
        <translation>KV 潜在秩</translation>
    </message>
    <message>
        <source>RoPE head dimension</source>
        <translation>RoPE 头维度</translation>
    </message>
    <message>
        <source>Sliding window (tokens)</source>
        <translation>滑动窗口（token）</translation>
    </message>
    <message>
        <source>Sliding-window layers</source>
        <translation>滑动窗口层数</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>测量项目</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>测量日期</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Spec claims</source>
        <translation>规格数据</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Money flows</source>
        <translation>资金往来</translation>
    </message>
    <message>
        <source>Market share</source>
        <translation>市场份额</translation>
    </message>
    <message>
        <source>LLM models</source>
        <translation>大语言模型</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>Dataset metadata</source>
        <translation>数据集元数据</translation>
    </message>
    <message>
        <source>The %1 table of the Compute Atlas dataset; values as stored, in SI units (FLOP/s, B, B/s, W, USD).</source>
        <translation>算力地图数据集的 %1 表；数值按原样存储，采用 SI 单位（FLOP/s、B、B/s、W、USD）。</translation>
    </message>
    <message>
        <source>Throughput is stored dense. A vendor figure quoted with 2:4 structured sparsity is stored with sparse = 1 beside its dense value, never in place of it; rooflines use dense figures only.</source>
        <translation>算力以稠密值存储。厂商以 2:4 结构化稀疏公布的数据以 sparse = 1 与其稠密值并列存储，绝不取代稠密值；屋顶线模型只使用稠密数据。</translation>
    </message>
    <message>
        <source>%1 marks a projected value (basis = projected); its note says how it was projected.</source>
        <translation>%1 表示预测值（basis = projected）；其附注说明推算方式。</translation>
    </message>
    <message>
        <source>The best value of each row is marked; rows that are properties rather than merits (ridge point, TDP) have none.</source>
        <translation>每行的最佳值均有标示；属于特性而非优劣的行（脊点、热设计功耗）则不标示。</translation>
    </message>
    <message>
        <source>%1 marks a projection: a value made from trends across generations or from roadmap statements, not a vendor specification.</source>
        <translation>%1 表示预测值：依历代趋势或路线图说法推算的数值，并非厂商规格。</translation>
    </message>
    <message>
        <source>How each projected value in this table was made:</source>
        <translation>本表各预测值的推算方式：</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message numerus="yes">
        <source>%n chip figure(s)</source>
        <translation>
            <numerusform>%n 项芯片数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n 项实测</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model preset(s)</source>
        <translation>
            <numerusform>%n 个模型预设</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n 笔部署</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n money flow(s)</source>
        <translation>
            <numerusform>%n 笔资金往来</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n market-share figure(s)</source>
        <translation>
            <numerusform>%n 项市场份额数据</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>在浏览器中打开 %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Backs</source>
        <translation>支撑数据</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>background reading</source>
        <translation>背景资料</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <source>Sources</source>
        <translation>数据来源</translation>
    </message>
    <message numerus="yes">
        <source>Every figure in Compute Atlas cites one of these %n document(s). Select one to see what it backs; click an address to open it. How the dataset is kept (units, dense and sparse figures, projections) is described in data/dataset/README.md.</source>
        <translation>
            <numerusform>算力地图中的每个数字都引用这 %n 份文件之一。选中一份即可查看它支撑的数据；点击网址即可打开。数据集的维护方式（单位、稠密与稀疏数据、预测值）请见 data/dataset/README.md。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search titles, publishers, kinds</source>
        <translation>搜索标题、发布方、类型</translation>
    </message>
    <message>
        <source>What this source backs</source>
        <translation>此来源支撑的数据</translation>
    </message>
    <message>
        <source>Select a source to see its note and every figure it backs.</source>
        <translation>选中一份来源，查看其附注及它支撑的每项数据。</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>Identifier: %1</source>
        <translation>标识符：%1</translation>
    </message>
    <message>
        <source>(projected)</source>
        <translation>（预测）</translation>
    </message>
    <message>
        <source>no figure: background reading</source>
        <translation>无数据：背景资料</translation>
    </message>
    <message>
        <source>Backs: %1</source>
        <translation>支撑：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Compute Atlas</source>
        <translation>算力地图</translation>
    </message>
    <message>
        <source>The bundled data cannot be read: %1</source>
        <translation>无法读取内置数据：%1</translation>
    </message>
</context>
</TS>
