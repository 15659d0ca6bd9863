<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatchSweepChart</name>
    <message>
        <source>Batch sweep</source>
        <translation>批大小扫描</translation>
    </message>
    <message>
        <source>Batch sweep · %1, decode at context %2</source>
        <translation>批大小扫描 · %1，解码，上下文长度 %2</translation>
    </message>
    <message>
        <source>Batch sweep · %1, prefill of %2 tokens</source>
        <translation>批大小扫描 · %1，预填充 %2 个 token</translation>
    </message>
    <message>
        <source>Batch (sequences served together)</source>
        <translation>批大小（同时服务的序列数）</translation>
    </message>
    <message>
        <source>Thousand tokens/s per chip</source>
        <translation>每芯片每秒 token 数（千）</translation>
    </message>
    <message>
        <source>Tokens/s per chip</source>
        <translation>每芯片每秒 token 数</translation>
    </message>
    <message>
        <source>Memory stall</source>
        <translation>内存等待占比</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>每秒 token 数</translation>
    </message>
    <message>
        <source>memory stall</source>
        <translation>内存等待</translation>
    </message>
    <message>
        <source>KV wall</source>
        <translation>KV 墙</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>转为计算受限</translation>
    </message>
    <message>
        <source>The batch set on the left: %1</source>
        <translation>左侧设定的批大小：%1</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>批大小 %1</translation>
    </message>
    <message>
        <source>%1 tokens/s per chip = batch ÷ time per step ÷ chips = %2 ÷ %3 ÷ %4</source>
        <translation>每芯片每秒 %1 个 token = 批大小 ÷ 每步时间 ÷ 芯片数 = %2 ÷ %3 ÷ %4</translation>
    </message>
    <message>
        <source>%1 tokens/s per chip = batch × prompt ÷ time to first token ÷ chips = %2 × %3 ÷ %4 ÷ %5</source>
        <translation>每芯片每秒 %1 个 token = 批大小 × 提示长度 ÷ 首 token 时延 ÷ 芯片数 = %2 × %3 ÷ %4 ÷ %5</translation>
    </message>
    <message>
        <source>memory stall %1 · %2</source>
        <translation>内存等待 %1 · %2</translation>
    </message>
    <message>
        <source>turns compute-bound at batch %1</source>
        <translation>批大小 %1 起转为计算受限</translation>
    </message>
    <message>
        <source>never turns compute-bound at this context</source>
        <translation>在此上下文长度下始终不会转为计算受限</translation>
    </message>
    <message numerus="yes">
        <source>the KV wall is at batch %1: larger batches do not fit on %n chip(s)</source>
        <translation>
            <numerusform>KV 墙位于批大小 %1：批大小更大时放不进 %n 颗芯片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChipChooser</name>
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
    <message>
        <source>No chip matches &quot;%1&quot;. Search by name, alias, family or vendor.</source>
        <translation>没有芯片符合“%1”。可按名称、别名、系列或厂商搜索。</translation>
    </message>
    <message>
        <source>Search by name, alias or vendor</source>
        <translation>按名称、别名或厂商搜索</translation>
    </message>
</context>
<context>
    <name>ChipMemoryChart</name>
    <message>
        <source>Memory capacity per chip (log scale)</source>
        <translation>每个芯片的显存容量（对数刻度）</translation>
    </message>
    <message>
        <source>Memory bandwidth per chip (log scale)</source>
        <translation>每个芯片的显存带宽（对数刻度）</translation>
    </message>
    <message>
        <source>Reads per second: bandwidth ÷ capacity, how many times a second the whole memory can be read</source>
        <translation>每秒读取次数：带宽 ÷ 容量，即整个显存每秒可完整读取几次</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>每秒 %1 次</translation>
    </message>
    <message>
        <source>Memory generation not given by the sources</source>
        <translation>来源未提供显存代际</translation>
    </message>
    <message>
        <source>: %1 stacks × %2</source>
        <translation>：%1 个堆叠 × %2</translation>
    </message>
    <message>
        <source>: %1 stacks</source>
        <translation>：%1 个堆叠</translation>
    </message>
    <message>
        <source>Capacity %1, bandwidth %2</source>
        <translation>容量 %1，带宽 %2</translation>
    </message>
    <message>
        <source>The whole memory can be read %1 times a second (%2 ÷ %3).</source>
        <translation>整个显存每秒可完整读取 %1 次（%2 ÷ %3）。</translation>
    </message>
    <message>
        <source>Projected figures: made from trends, not vendor specifications.</source>
        <translation>预测数字：由趋势推算，并非厂商规格。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>No chip has both a memory capacity and a bandwidth.</source>
        <translation>没有芯片同时具有显存容量与带宽数字。</translation>
    </message>
    <message>
        <source>Available (or announced, where no date is given)</source>
        <translation>上市日期（未提供时为发布日期）</translation>
    </message>
    <message>
        <source>generation not given</source>
        <translation>未提供代际</translation>
    </message>
    <message>
        <source>projected †</source>
        <translation>预测 †</translation>
    </message>
</context>
<context>
    <name>ChipPanel</name>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>a claim in a history: value (date, source)</comment>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a figure: its history</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Select a chip on the timeline, or a point on a chart, to see its figures, where each comes from and how the claims changed.</source>
        <translation>在时间轴上选择一颗芯片，或点击图表上的一个点，即可看到它的规格、每项数字的来源，以及各项说法如何变化。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Announced: %1</source>
        <translation>发布：%1</translation>
    </message>
    <message>
        <source>Available: not in the data</source>
        <translation>供货：数据中没有</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>供货：%1</translation>
    </message>
    <message>
        <source>Available: %1 (a target, not yet shipping)</source>
        <translation>供货：%1（目标时间，尚未出货）</translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>工艺：%1</translation>
    </message>
    <message>
        <source>Memory: %1</source>
        <translation>显存：%1</translation>
    </message>
    <message>
        <source>A projection: its figures are made from trends, not vendor specifications.</source>
        <translation>预测：其数字由趋势推算，并非厂商规格。</translation>
    </message>
    <message>
        <source>Current figures</source>
        <translation>当前规格</translation>
    </message>
    <message>
        <source>(projected)</source>
        <translation>（预测）</translation>
    </message>
    <message>
        <source>No figures in the data.</source>
        <translation>数据中没有规格数字。</translation>
    </message>
    <message>
        <source>How the claims changed</source>
        <translation>说法如何变化</translation>
    </message>
    <message>
        <source>Each figure has been claimed once.</source>
        <translation>每项数字都只公布过一次。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>附注</translation>
    </message>
    <message>
        <source>No chip selected</source>
        <translation>未选择芯片</translation>
    </message>
    <message>
        <source>Open in Compare</source>
        <translation>在“比较”中打开</translation>
    </message>
    <message>
        <source>Show %1 in the Compare view, every figure with its source.</source>
        <translation>在“比较”视图中显示 %1，每项数字附来源。</translation>
    </message>
    <message>
        <source>Note (in English)</source>
        <comment>a note the dataset gives only in English</comment>
        <translation>附注（英文）</translation>
    </message>
</context>
<context>
    <name>ClaimText</name>
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
        <translation>实测显存带宽（复制）</translation>
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
    <message>
        <source>filing</source>
        <comment>source kind</comment>
        <translation>申报文件</translation>
    </message>
    <message>
        <source>press report</source>
        <comment>source kind</comment>
        <translation>新闻报道</translation>
    </message>
    <message>
        <source>Primary source</source>
        <comment>citation role</comment>
        <translation>一手来源</translation>
    </message>
    <message>
        <source>Secondary (copy or report)</source>
        <comment>citation role</comment>
        <translation>二手来源（转载或报道）</translation>
    </message>
    <message>
        <source>Discussed in</source>
        <comment>citation role</comment>
        <translation>相关讨论</translation>
    </message>
    <message>
        <source>Disputed by</source>
        <comment>citation role</comment>
        <translation>持异议的来源</translation>
    </message>
    <message>
        <source>reported, not confirmed by the vendor</source>
        <comment>claim basis</comment>
        <translation>据报道，未经厂商证实</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>citation role: source</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>official publication</source>
        <comment>source kind</comment>
        <translation>官方发布</translation>
    </message>
    <message numerus="yes">
        <source>%n chip(s)</source>
        <translation>
            <numerusform>%n 颗芯片</numerusform>
        </translation>
    </message>
    <message>
        <source>Note (in English): %1</source>
        <comment>a note the dataset gives only in English</comment>
        <translation>附注（英文）：%1</translation>
    </message>
    <message>
        <source>English</source>
        <comment>a source&apos;s language</comment>
        <translation>英语</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <comment>a source&apos;s language</comment>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <comment>a source&apos;s language</comment>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Japanese</source>
        <comment>a source&apos;s language</comment>
        <translation>日语</translation>
    </message>
    <message>
        <source>Korean</source>
        <comment>a source&apos;s language</comment>
        <translation>韩语</translation>
    </message>
    <message>
        <source>German</source>
        <comment>a source&apos;s language</comment>
        <translation>德语</translation>
    </message>
    <message>
        <source>French</source>
        <comment>a source&apos;s language</comment>
        <translation>法语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <comment>a source&apos;s language</comment>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <comment>a source&apos;s language</comment>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <source>Polish</source>
        <comment>a source&apos;s language</comment>
        <translation>波兰语</translation>
    </message>
    <message>
        <source>Czech</source>
        <comment>a source&apos;s language</comment>
        <translation>捷克语</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <comment>a source&apos;s language</comment>
        <translation>立陶宛语</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a figure: metric: value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a cited source (the citation&apos;s note)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>your data: you imported or added this row</source>
        <translation>你的数据：这一行是你导入或添加的</translation>
    </message>
    <message>
        <source>%1, your data</source>
        <comment>a claim in a history: its publisher, and that the user added it</comment>
        <translation>%1，你的数据</translation>
    </message>
    <message>
        <source>%1 your data: rows you imported or added, not part of the bundled dataset.</source>
        <translation>%1 你的数据：你导入或添加的数据行，不属于内置数据集。</translation>
    </message>
    <message>
        <source>%1 Your data</source>
        <translation>%1 你的数据</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Below this arithmetic intensity a kernel is limited by memory bandwidth, above it by compute.</source>
        <translation>运算强度低于此值时，内核受显存带宽限制；高于此值则受算力限制。</translation>
    </message>
    <message>
        <source>Higher is better; the best value is marked in bold.</source>
        <translation>越高越好；最佳值以粗体标示。</translation>
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
        <source>best in this row</source>
        <translation>本行最佳</translation>
    </message>
    <message>
        <source>A projection, not a vendor figure: the note below says how it was made.</source>
        <translation>此为预测值，并非厂商公布的数据；推算方式见下方附注。</translation>
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
        <source>GB = 2³⁰ bytes</source>
        <comment>memory capacity is in binary GB</comment>
        <translation>GB = 2³⁰ 字节</translation>
    </message>
    <message>
        <source>Dense throughput, without 2:4 sparsity: a vendor&apos;s sparse figure is twice as high.</source>
        <translation>稠密算力，不含 2:4 稀疏：厂商的稀疏数据是其两倍。</translation>
    </message>
    <message>
        <source>%1 the value of %2</source>
        <comment>a ratio to the baseline chip: 2.27× the value of H100 SXM</comment>
        <translation>为 %2 的 %1</translation>
    </message>
    <message>
        <source>Process, status and dates describe the chip as a whole; the note below says what they rest on.</source>
        <translation>工艺、状态与日期描述整颗芯片；下方附注说明其依据。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>CompareTable</name>
    <message>
        <source>Memory capacity</source>
        <translation>显存容量</translation>
    </message>
    <message>
        <source>Memory bandwidth</source>
        <translation>显存带宽</translation>
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
        <translation>稠密 BF16 FLOP/s ÷ 显存带宽</translation>
    </message>
    <message>
        <source>Ridge point (FP8)</source>
        <translation>脊点（FP8）</translation>
    </message>
    <message>
        <source>dense FP8 FLOP/s ÷ memory bandwidth</source>
        <translation>稠密 FP8 FLOP/s ÷ 显存带宽</translation>
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
        <translation>显存带宽 ÷ TDP</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>工艺</translation>
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
    <message>
        <source>System power per accelerator</source>
        <translation>系统每个加速器功耗</translation>
    </message>
    <message>
        <source>System price per accelerator</source>
        <translation>系统每个加速器价格</translation>
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
        <source>Tick chips on the left to compare them.</source>
        <translation>勾选左侧的芯片即可比较。</translation>
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
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The comparison could not be written to %1:
%2</source>
        <translation>无法将比较表写入 %1：
%2</translation>
    </message>
    <message>
        <source>Write the comparison table to a spreadsheet, PDF, web page, Markdown, CSV or JSON file</source>
        <translation>将比较表导出为电子表格、PDF、网页、Markdown、CSV 或 JSON 文件</translation>
    </message>
    <message>
        <source>Select a cell to see its sources, date and kind, how it was obtained, and how the claim changed over time.</source>
        <translation>选中一格，即可查看其各项来源、日期与类型、获取方式，以及这项数据历来如何变动。</translation>
    </message>
    <message>
        <source>Ratios relative to &lt;b&gt;%1&lt;/b&gt; · &lt;b&gt;bold&lt;/b&gt; on green: best of its row · &lt;i&gt;italic&lt;/i&gt; in a dashed frame: projected, not a vendor figure · &lt;span style=&quot;color:%2&quot;&gt;&amp;#9700;&lt;/span&gt; orange corner: disputed, sources disagree · throughput is dense, without 2:4 sparsity</source>
        <translation>倍数以 &lt;b&gt;%1&lt;/b&gt; 为基准 · 绿底&lt;b&gt;粗体&lt;/b&gt;：该行最佳 · 虚线框内&lt;i&gt;斜体&lt;/i&gt;：预测值，非厂商公布数据 · &lt;span style=&quot;color:%2&quot;&gt;&amp;#9700;&lt;/span&gt; 橙色角标：有争议，来源说法不一 · 算力为稠密值，不含 2:4 稀疏</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>图表已复制到剪贴板</translation>
    </message>
    <message>
        <source>Show as c&amp;hart</source>
        <translation>以图表显示(&amp;H)</translation>
    </message>
    <message>
        <source>One bar chart per row in place of the table; hover a bar to see where its figure comes from</source>
        <translation>以每行一张条形图取代表格；鼠标移到条形上可查看数字出处</translation>
    </message>
    <message>
        <source>&amp;Log scale where a row spans more than tenfold</source>
        <translation>某行数值相差十倍以上时用对数刻度(&amp;L)</translation>
    </message>
    <message>
        <source>Co&amp;py chart</source>
        <translation>复制图表(&amp;P)</translation>
    </message>
    <message>
        <source>Put the charts on the clipboard as a picture, for a slide or a document</source>
        <translation>将图表以图片放到剪贴板，可粘贴到演示文稿或文档</translation>
    </message>
    <message>
        <source>Comparison chart, PNG image (*.png)</source>
        <translation>比较图表，PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Comparison chart, SVG drawing (*.svg)</source>
        <translation>比较图表，SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>The chart could not be written to %1:
%2</source>
        <translation>无法将图表写入 %1：
%2</translation>
    </message>
</context>
<context>
    <name>DataTableModel</name>
    <message>
        <source>✎ Your data: double-click a field to change it (Edit → Undo takes it back).</source>
        <translation>✎ 你的数据：双击字段即可修改（编辑 → 撤销可还原）。</translation>
    </message>
    <message>
        <source>Bundled row: it cannot be edited, only superseded by a newer row with its own source.</source>
        <translation>内置数据行：无法编辑，只能以附自己来源的较新数据行取代。</translation>
    </message>
</context>
<context>
    <name>DataTablePage</name>
    <message>
        <source>Bundled rows cannot be edited, only superseded: use &quot;New row from this one…&quot;.</source>
        <translation>内置数据行无法编辑，只能取代：请用“以此行新建…”。</translation>
    </message>
    <message>
        <source>The id names the row: to change it, make a new row from this one and delete this one.</source>
        <translation>ID 是这一行的名称：要改它，请以此行新建一行，再删除这一行。</translation>
    </message>
    <message>
        <source>Rows of this table have no id: they can be added here, and changed or removed by a new import.</source>
        <translation>这个数据表的数据行没有 ID：可在此添加，修改或移除则需重新导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 bundled, %2 ✎ yours. Bundled rows are read-only; double-click a field of your own row to change it.</source>
        <translation>
            <numerusform>%n 行：%1 行内置，%2 行 ✎ 你的。内置数据行只读；双击你自己数据行的字段即可修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>数据表(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Add a row…</source>
        <translation>添加数据行(&amp;A)…</translation>
    </message>
    <message>
        <source>A new row of this table with its source, checked by the dataset&apos;s rules as you type</source>
        <translation>为这个数据表添加一行并附来源，输入时即按数据集规则检查</translation>
    </message>
    <message>
        <source>&amp;New row from this one…</source>
        <translation>以此行新建(&amp;N)…</translation>
    </message>
    <message>
        <source>A new row that starts from the selected one (a newer figure, a similar system): its own id and source</source>
        <translation>以选中的数据行为起点新建一行（较新的数据、相近的系统），使用自己的 ID 与来源</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DeploymentCharts</name>
    <message>
        <source>Top countries</source>
        <translation>国家排行</translation>
    </message>
    <message>
        <source>Top owners</source>
        <translation>所有者排行</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>时间趋势</translation>
    </message>
    <message>
        <source>Top countries by %1</source>
        <translation>国家排行（按%1）</translation>
    </message>
    <message>
        <source>Top owners by %1</source>
        <translation>所有者排行（按%1）</translation>
    </message>
    <message>
        <source>Units announced, cumulative</source>
        <translation>累计宣布数量</translation>
    </message>
    <message>
        <source>Units announced over time</source>
        <translation>历来宣布的加速器数量（累计）</translation>
    </message>
</context>
<context>
    <name>DeploymentsReport</name>
    <message>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Units, all kinds</source>
        <translation>数量（所有类别）</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>规划中</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>H100-equivalents</source>
        <translation>H100 等效数量</translation>
    </message>
    <message>
        <source>Of which assumed chip (units)</source>
        <translation>其中按假设芯片计（块）</translation>
    </message>
    <message>
        <source>Units without a chip</source>
        <translation>芯片不明的数量</translation>
    </message>
    <message>
        <source>Power (MW)</source>
        <translation>电力（MW）</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>站点数</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Units that may be counted twice</source>
        <translation>可能重复计算的数量</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>每秒 token 数</translation>
    </message>
    <message>
        <source>Units that cannot serve the model</source>
        <translation>无法运行此模型的数量</translation>
    </message>
    <message>
        <source>Kinds are kept apart: installed (installed or delivered), planned (ordered or planned) and unknown (an estimate that does not say which). &quot;Units, all kinds&quot; adds the three.</source>
        <translation>类别分开计算：已安装（已安装或已交付）、规划中（已订购或规划中）与未知（未说明属于何者的估计）。“数量（所有类别）”为三者相加。</translation>
    </message>
    <message>
        <source>A total that other rows are part of (a country or programme total) counts only the units its parts do not explain, never its parts again.</source>
        <translation>其他数据所属的总计（国家或计划总计）只计入其组成未涵盖的数量，绝不重复计算组成。</translation>
    </message>
    <message>
        <source>Rows that may count the same accelerators are both counted; &quot;Units that may be counted twice&quot; gives the smaller of each such pair.</source>
        <translation>可能计入相同加速器的数据两者都计入；“可能重复计算的数量”为每组中较小者。</translation>
    </message>
    <message>
        <source>H100-equivalents: units × the chip&apos;s dense BF16 throughput ÷ the H100 SXM&apos;s. Rows that name no chip count as the chip their family is assumed to be, or stay out.</source>
        <translation>H100 等效数量：数量 × 该芯片的稠密 BF16 算力 ÷ H100 SXM 的稠密 BF16 算力。未写明芯片的数据以其系列假设的芯片计，或不计入。</translation>
    </message>
    <message>
        <source>Deployments by country</source>
        <translation>各国部署</translation>
    </message>
    <message>
        <source>Deployments by owner</source>
        <translation>各所有者部署</translation>
    </message>
    <message>
        <source>Deployments by chip</source>
        <translation>各芯片部署</translation>
    </message>
    <message>
        <source>Deployments by site</source>
        <translation>各站点部署</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
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
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Units counted in totals</source>
        <translation>计入合计的数量</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>宣布日期</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>所属总计</translation>
    </message>
    <message>
        <source>May overlap</source>
        <translation>可能重叠</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DeploymentsTableModel</name>
    <message>
        <source>(not attributed)</source>
        <translation>（未归属）</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>已订购</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>规划中</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估计</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>A total: its parts add up to %1, so it adds %2 to any total that holds it.</source>
        <translation>此行为总计：其组成合计 %1，因此只为所属合计增加 %2。</translation>
    </message>
    <message>
        <source>Part of %1.</source>
        <translation>属于 %1。</translation>
    </message>
    <message>
        <source>May count some of the same accelerators as %1.</source>
        <translation>可能与 %1 重复计算部分加速器。</translation>
    </message>
    <message>
        <source>No chip is assumed for this family: left out of H100-equivalents.</source>
        <translation>此系列未假设芯片：不计入 H100 等效数量。</translation>
    </message>
    <message>
        <source>Counted as %1 in H100-equivalents (assumed for its family).</source>
        <translation>以 %1 计入 H100 等效数量（按其系列假设）。</translation>
    </message>
    <message>
        <source>not disclosed</source>
        <translation>未披露</translation>
    </message>
    <message>
        <source>%1 (total)</source>
        <translation>%1（总计）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
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
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电力</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>宣布日期</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>DeploymentsView</name>
    <message>
        <source>All kinds</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>规划中</translation>
    </message>
    <message>
        <source>Unknown (estimates)</source>
        <translation>未知（估计）</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>所有部门</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公共部门</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私营</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>公私混合</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>所有供应商</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>H100-equivalents</source>
        <translation>H100 等效数量</translation>
    </message>
    <message>
        <source>Power (MW)</source>
        <translation>电力（MW）</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>每秒 token 数</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>每秒 %1 个 token</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n deployment(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n 条部署&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>installed %1 · planned %2 · unknown %3 units</source>
        <translation>已安装 %1 · 规划中 %2 · 未知 %3 块</translation>
    </message>
    <message>
        <source>%1 H100-equivalents</source>
        <translation>%1 H100 等效</translation>
    </message>
    <message>
        <source> (%1 units by an assumed chip)</source>
        <translation>（其中 %1 块按假设芯片计）</translation>
    </message>
    <message>
        <source>, %1 units of no known chip left out</source>
        <translation>，%1 块芯片不明者未计入</translation>
    </message>
    <message>
        <source>%1 of %2 at %3</source>
        <translation>%2（%3）%1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>⚠ up to %1 units may be counted twice</source>
        <translation>⚠ 最多 %1 块可能重复计算</translation>
    </message>
    <message>
        <source>No deployments shown</source>
        <translation>没有显示的部署</translation>
    </message>
    <message>
        <source>Installed %1 · planned %2 · unknown %3</source>
        <translation>已安装 %1 · 规划中 %2 · 未知 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s), as of %1</source>
        <translation>
            <numerusform>%n 个站点，截至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Where this deployment comes from</source>
        <translation>此部署的来源</translation>
    </message>
    <message>
        <source>What the totals rest on</source>
        <translation>合计的依据</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>所有者：</translation>
    </message>
    <message>
        <source>no chip assumed: left out of H100-equivalents</source>
        <translation>未假设芯片：不计入 H100 等效数量</translation>
    </message>
    <message>
        <source>counted as %1, an assumption</source>
        <translation>以 %1 计（假设）</translation>
    </message>
    <message>
        <source>Accelerators:</source>
        <translation>加速器：</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>not disclosed</source>
        <translation>未披露</translation>
    </message>
    <message>
        <source>A total:</source>
        <translation>总计：</translation>
    </message>
    <message>
        <source>its parts add up to %1; it adds %2 beyond them.</source>
        <translation>其组成合计 %1；在此之外只增加 %2。</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>电力：</translation>
    </message>
    <message>
        <source>Announced:</source>
        <translation>宣布日期：</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>属于：</translation>
    </message>
    <message>
        <source>May overlap:</source>
        <translation>可能重叠：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Kinds are kept apart: installed (installed, delivered), planned (ordered, planned) and unknown (estimates that say neither).</source>
        <translation>类别分开计算：已安装（已安装、已交付）、规划中（已订购、规划中）与未知（未说明属于何者的估计）。</translation>
    </message>
    <message>
        <source>A country or programme total counts only what its parts do not explain, never its parts again.</source>
        <translation>国家或计划的总计只计入其组成未涵盖的部分，绝不重复计算组成。</translation>
    </message>
    <message>
        <source>Chips assumed for rows that name only a family</source>
        <translation>只写出系列的数据所假设的芯片</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>不计入</translation>
    </message>
    <message>
        <source>%1 → %2: %3 units</source>
        <translation>%1 → %2：%3 块</translation>
    </message>
    <message>
        <source>Change them with the Assumptions button.</source>
        <translation>可用“假设”按钮更改。</translation>
    </message>
    <message>
        <source>May be counted twice</source>
        <translation>可能重复计算</translation>
    </message>
    <message>
        <source>%1 and %2: up to %3 units</source>
        <translation>%1 与 %2：最多 %3 块</translation>
    </message>
    <message>
        <source>Tokens per second: the working</source>
        <translation>每秒 token 数：计算过程</translation>
    </message>
    <message>
        <source>Each chip decodes at the batch where it turns compute-bound, or the largest that fits; the upper bound of the roofline (dense peaks, full bandwidth). Units × tokens/s per chip.</source>
        <translation>每块芯片以转为计算受限的批大小解码，或以放得下的最大批大小；为屋顶线模型的上限（稠密峰值算力、完整带宽）。数量 × 每块芯片每秒 token 数。</translation>
    </message>
    <message>
        <source>Leave out of H100-equivalents</source>
        <translation>不计入 H100 等效数量</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>部门(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>供应商(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Announced</source>
        <translation>宣布日期(&amp;A)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>指标(&amp;M)</translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation>模型(&amp;O)</translation>
    </message>
    <message>
        <source>Con&amp;text</source>
        <translation>上下文长度(&amp;T)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Installed counts installed and delivered accelerators, planned counts ordered and planned ones; unknown is an estimate that says neither.</source>
        <translation>已安装包含已安装与已交付的加速器，规划中包含已订购与规划中者；未知是未说明属于何者的估计。</translation>
    </message>
    <message>
        <source>What colours the map and sizes the bars: accelerators, H100-equivalents (dense BF16 throughput relative to the H100 SXM), power, or the tokens per second they could serve.</source>
        <translation>地图颜色与条形长度所依据的指标：加速器数量、H100 等效数量（相对 H100 SXM 的稠密 BF16 算力）、电力，或可提供的每秒 token 数。</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>The chip counted for rows that name only a family (&quot;NVIDIA Blackwell GPUs&quot;), in H100-equivalents and tokens; or leave the family out.</source>
        <translation>只写出系列（如“NVIDIA Blackwell GPUs”）的数据在 H100 等效数量与 token 数中以哪款芯片计算；或不计入该系列。</translation>
    </message>
    <message>
        <source>Show every country again</source>
        <translation>再次显示所有国家</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>全球</translation>
    </message>
    <message>
        <source>Zoom the map out to the whole world (or double-click the map). Wheel to zoom, drag to pan.</source>
        <translation>将地图缩回全球（或双击地图）。滚轮缩放，拖动平移。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Deployments table…</source>
        <translation>部署表格…</translation>
    </message>
    <message>
        <source>Totals by country…</source>
        <translation>各国合计…</translation>
    </message>
    <message>
        <source>Map as PNG or SVG…</source>
        <translation>地图（PNG 或 SVG）…</translation>
    </message>
    <message>
        <source>Chart shown as PNG or SVG…</source>
        <translation>当前图表（PNG 或 SVG）…</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Assumption: %1 rows count as %2 (%3 units).</source>
        <translation>假设：%1 的数据以 %2 计（%3 块）。</translation>
    </message>
    <message>
        <source>nothing (left out)</source>
        <translation>不计（排除）</translation>
    </message>
    <message>
        <source>Tokens per second: %1 at %2, decode at context %3, each chip at its compute-bound batch or the largest that fits.</source>
        <translation>每秒 token 数：%1，%2，解码，上下文长度 %3，每块芯片以计算受限的批大小或放得下的最大批大小计。</translation>
    </message>
    <message>
        <source>Country: %1.</source>
        <translation>国家：%1。</translation>
    </message>
    <message>
        <source>Write the deployments shown to a spreadsheet, PDF, web page, Markdown, CSV or JSON file</source>
        <translation>将显示的部署写入电子表格、PDF、网页、Markdown、CSV 或 JSON 文件</translation>
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
        <source>Export the totals by country</source>
        <translation>导出各国合计</translation>
    </message>
    <message>
        <source>Export the deployments</source>
        <translation>导出部署</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1 could not be written:
%2</source>
        <translation>无法写入 %1：
%2</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>an assumption about a deployment&apos;s chip</comment>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>units, their kind (installed, planned …)</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a chip: why it cannot serve the model</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 × %2 in %3, at %4 each at the wall (PUE %5)</source>
        <translation>%1 × %2，装于 %3，每个耗电（含机房）%4（PUE %5）</translation>
    </message>
    <message>
        <source>Its power holds:</source>
        <translation>其电力可容纳：</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>unknown chip &apos;%1&apos;</source>
        <translation>未知的芯片“%1”</translation>
    </message>
    <message>
        <source>a gemm measurement needs a precision</source>
        <translation>gemm 实测需要注明精度</translation>
    </message>
    <message>
        <source>a gemm measurement is in FLOP/s or OP/s, not %1</source>
        <comment>%1: the measurement&apos;s unit</comment>
        <translation>gemm 实测的单位应为 FLOP/s 或 OP/s，而不是 %1</translation>
    </message>
    <message>
        <source>dense %1 peak</source>
        <comment>the kind of bound a measurement is checked against; %1: a precision such as bf16</comment>
        <translation>稠密 %1 峰值</translation>
    </message>
    <message>
        <source>%1 has no dense %2 peak</source>
        <comment>%1: a chip id; %2: a precision such as fp4</comment>
        <translation>%1 没有稠密 %2 峰值</translation>
    </message>
    <message>
        <source>a stream measurement is in B/s, not %1</source>
        <comment>%1: the measurement&apos;s unit</comment>
        <translation>stream 实测的单位应为 B/s，而不是 %1</translation>
    </message>
    <message>
        <source>hbm bandwidth</source>
        <comment>the kind of bound a stream measurement is checked against</comment>
        <translation>HBM 带宽</translation>
    </message>
    <message>
        <source>%1 has no memory bandwidth figure</source>
        <comment>%1: a chip id</comment>
        <translation>%1 没有显存带宽数据</translation>
    </message>
    <message>
        <source>no calculator bound for &apos;%1&apos;: it needs a serving configuration</source>
        <comment>%1: what was measured, e.g. tokens_per_s</comment>
        <translation>计算器无法为“%1”给出上限：它需要一套推理服务配置</translation>
    </message>
    <message>
        <source>%1: no %2 gemm measurement; compute efficiency 1.0</source>
        <comment>%1: a chip id; %2: a precision such as bf16</comment>
        <translation>%1：没有 %2 gemm 实测；计算效率取 1.0</translation>
    </message>
    <message>
        <source>%1: no stream measurement; memory efficiency 1.0</source>
        <comment>%1: a chip id</comment>
        <translation>%1：没有 stream 实测；内存效率取 1.0</translation>
    </message>
    <message>
        <source>the rental price per chip-hour must be positive</source>
        <translation>每芯片小时的租用价格必须大于零</translation>
    </message>
    <message>
        <source>give a rental price per chip-hour or a purchase price for %1</source>
        <comment>%1: a chip id</comment>
        <translation>请为 %1 提供每芯片小时的租用价格或购买价格</translation>
    </message>
    <message>
        <source>price and years must be positive, PUE at least 1, electricity price not negative</source>
        <translation>价格与年数必须大于零，PUE 至少为 1，电价不可为负</translation>
    </message>
    <message>
        <source>%1 has no TDP figure in the dataset, so its power cost is unknown; give a rental price instead</source>
        <comment>%1: a chip id</comment>
        <translation>数据集中没有 %1 的 TDP 数据，因此无法得知其电费；请改用租用价格</translation>
    </message>
    <message>
        <source>model %1: layers is missing or out of range (needed for every per-layer operator)</source>
        <translation>模型 %1：layers 缺失或超出范围（每个逐层算子都需要它）</translation>
    </message>
    <message>
        <source>model %1: hidden is missing or out of range (needed for every projection)</source>
        <translation>模型 %1：hidden 缺失或超出范围（每个投影都需要它）</translation>
    </message>
    <message>
        <source>model %1: heads is missing or out of range (needed for attention)</source>
        <translation>模型 %1：heads 缺失或超出范围（注意力需要它）</translation>
    </message>
    <message>
        <source>model %1: vocab is missing or out of range (needed for lm_head)</source>
        <translation>模型 %1：vocab 缺失或超出范围（lm_head 需要它）</translation>
    </message>
    <message>
        <source>model %1: params_total is missing or out of range (needed for the weights&apos; size)</source>
        <translation>模型 %1：params_total 缺失或超出范围（计算权重大小需要它）</translation>
    </message>
    <message>
        <source>model %1: kv_heads is missing or out of range (GQA needs 1 to heads key/value heads)</source>
        <translation>模型 %1：kv_heads 缺失或超出范围（GQA 需要 1 到 heads 个 KV 头）</translation>
    </message>
    <message>
        <source>model %1: kv_lora_rank is missing or out of range (MLA caches the compressed latent)</source>
        <translation>模型 %1：kv_lora_rank 缺失或超出范围（MLA 缓存的是压缩后的潜在向量）</translation>
    </message>
    <message>
        <source>model %1: sliding_layers is missing or out of range (0 to layers)</source>
        <translation>模型 %1：sliding_layers 缺失或超出范围（应介于 0 到 layers）</translation>
    </message>
    <message>
        <source>model %1: sliding_window is missing or out of range (sliding layers need a window)</source>
        <translation>模型 %1：sliding_window 缺失或超出范围（滑动窗口层需要窗口大小）</translation>
    </message>
    <message>
        <source>model %1: expert_ffn is missing or out of range (MoE layers need the width of one expert)</source>
        <translation>模型 %1：expert_ffn 缺失或超出范围（MoE 层需要单个专家的宽度）</translation>
    </message>
    <message>
        <source>model %1: experts_active is missing or out of range (1 to experts routed experts per token)</source>
        <translation>模型 %1：experts_active 缺失或超出范围（每个 token 路由到 1 到 experts 个专家）</translation>
    </message>
    <message>
        <source>model %1: dense_layers is missing or out of range (0 to layers)</source>
        <translation>模型 %1：dense_layers 缺失或超出范围（应介于 0 到 layers）</translation>
    </message>
    <message>
        <source>model %1: ffn is missing or out of range (the leading dense layers need their FFN width)</source>
        <translation>模型 %1：ffn 缺失或超出范围（前段的稠密层需要其 FFN 宽度）</translation>
    </message>
    <message>
        <source>model %1: ffn is missing or out of range (needed for the FFN)</source>
        <translation>模型 %1：ffn 缺失或超出范围（FFN 需要它）</translation>
    </message>
    <message>
        <source>tensor parallelism must be 1 or more chips</source>
        <translation>张量并行至少须为 1 颗芯片</translation>
    </message>
    <message>
        <source>%1 has no scale-up bandwidth figure; tensor parallelism over it cannot be computed</source>
        <comment>%1: a chip id</comment>
        <translation>%1 没有纵向扩展带宽数据，无法计算其张量并行</translation>
    </message>
    <message>
        <source>decode needs a context of 1 token or more</source>
        <translation>解码需要至少 1 个 token 的上下文长度</translation>
    </message>
    <message>
        <source>prefill needs a prompt of 1 token or more</source>
        <translation>预填充需要至少 1 个 token 的提示</translation>
    </message>
    <message>
        <source>weights and KV cache must be placed on one of the chip&apos;s memory tiers</source>
        <translation>权重与 KV 缓存必须放在芯片的其中一层内存上</translation>
    </message>
    <message>
        <source>the memory reserve must be in [0, 1)</source>
        <translation>显存保留比例必须在 [0, 1) 之间</translation>
    </message>
    <message>
        <source>%1 has no memory capacity figure in the dataset</source>
        <comment>%1: a chip id</comment>
        <translation>数据集中没有 %1 的显存容量数据</translation>
    </message>
    <message>
        <source>memory tier &apos;%1&apos; has no capacity</source>
        <comment>%1: the tier&apos;s name, e.g. HBF</comment>
        <translation>内存层“%1”没有容量</translation>
    </message>
    <message>
        <source>the batch must be 1 or more sequences</source>
        <translation>批大小至少须为 1 个序列</translation>
    </message>
    <message>
        <source>every batch must be 1 or more sequences</source>
        <translation>每个批大小都至少须为 1 个序列</translation>
    </message>
    <message>
        <source>%1 has no dense %2 peak, nor any other dense peak in the dataset</source>
        <comment>%1: a chip id; %2: a precision such as fp4</comment>
        <translation>%1 没有稠密 %2 峰值，数据集中也没有它的任何其他稠密峰值</translation>
    </message>
    <message>
        <source>%1 has no dense %2 peak; it has %3</source>
        <comment>%1: a chip id; %2: a precision such as fp4; %3: the precisions it has, &quot;fp64, bf16, fp8&quot;</comment>
        <translation>%1 没有稠密 %2 峰值；它有 %3</translation>
    </message>
    <message>
        <source>%1 has no memory bandwidth figure in the dataset</source>
        <comment>%1: a chip id</comment>
        <translation>数据集中没有 %1 的显存带宽数据</translation>
    </message>
    <message>
        <source>efficiency factors must be in (0, 1]</source>
        <translation>效率系数必须在 (0, 1] 之间</translation>
    </message>
    <message>
        <source>memory tier &apos;%1&apos; needs a positive bandwidth</source>
        <comment>%1: the tier&apos;s name, e.g. HBF</comment>
        <translation>内存层“%1”的带宽必须大于零</translation>
    </message>
    <message>
        <source>memory tier name &apos;%1&apos; is taken; choose another</source>
        <comment>%1: the tier&apos;s name, e.g. HBM</comment>
        <translation>内存层名称“%1”已被使用，请另取一个</translation>
    </message>
    <message>
        <source>%1 compute efficiency %2 = best measured %3 gemm / dense peak (measurement %4, source %5)</source>
        <comment>%1: a chip id; %2: a number; %3: a precision such as bf16; %4, %5: ids</comment>
        <translation>%1 计算效率 %2 = 最佳 %3 gemm 实测 / 稠密峰值（实测 %4，来源 %5）</translation>
    </message>
    <message>
        <source>%1 memory efficiency %2 = best measured stream / HBM bandwidth (measurement %3, source %4)</source>
        <comment>%1: a chip id; %2: a number; %3, %4: ids</comment>
        <translation>%1 内存效率 %2 = 最佳 stream 实测 / HBM 带宽（实测 %3，来源 %4）</translation>
    </message>
    <message>
        <source>%1: measurement %2 is marked low-confidence and is not used (ask for it to include it)</source>
        <comment>%1: a chip id; %2: a measurement id</comment>
        <translation>%1：实测 %2 标为低可信度，未采用（需明确要求才纳入）</translation>
    </message>
    <message>
        <source>expert parallelism must be 1 or more chips</source>
        <translation>专家并行须为 1 颗以上芯片</translation>
    </message>
    <message>
        <source>expert parallelism applies to mixture-of-experts models; %1 is dense</source>
        <comment>%1: a model id</comment>
        <translation>专家并行只适用于混合专家（MoE）模型；%1 是稠密模型</translation>
    </message>
    <message>
        <source>expert parallelism over %1 chips is more than the model&apos;s %2 experts</source>
        <translation>专家并行的 %1 颗芯片多于模型的 %2 个专家</translation>
    </message>
    <message>
        <source>tensor and expert parallelism share one group: give them the same number of chips, or one of them</source>
        <translation>张量并行与专家并行共用同一组芯片：两者请设相同芯片数，或只设其一</translation>
    </message>
    <message>
        <source>expert parallelism over %1 chips needs attention spread over them too: tensor parallelism over %1 chips or data-parallel attention</source>
        <translation>%1 颗芯片的专家并行也需要把注意力分散到这些芯片上：%1 颗芯片的张量并行，或数据并行注意力</translation>
    </message>
    <message>
        <source>data-parallel attention needs a group of 2 or more chips (tensor or expert parallelism)</source>
        <translation>数据并行注意力需要 2 颗以上芯片的一组（张量并行或专家并行）</translation>
    </message>
    <message>
        <source>%1 has no dense %2 peak for the attention matmuls</source>
        <comment>%1: a chip id; %2: a precision such as fp8</comment>
        <translation>%1 没有可供注意力矩阵乘法使用的稠密 %2 峰值</translation>
    </message>
    <message>
        <source>a request needs 1 or more input tokens and 1 or more output tokens</source>
        <translation>一个请求需要至少 1 个输入 token 和至少 1 个输出 token</translation>
    </message>
    <message>
        <source>accepted tokens per step must be from 1 to 16</source>
        <translation>每步接受的 token 数必须介于 1 到 16</translation>
    </message>
    <message>
        <source>pipeline parallelism must be 1 or more stages</source>
        <translation>流水线并行至少须为 1 个阶段</translation>
    </message>
    <message>
        <source>pipeline parallelism over %1 stages is more than the model&apos;s %2 layers</source>
        <translation>流水线并行的 %1 个阶段多于模型的 %2 层</translation>
    </message>
    <message>
        <source>prefill chunks ride in decode steps only</source>
        <translation>预填充分块只能搭载在解码步骤中</translation>
    </message>
    <message>
        <source>%1 chips are more than %2&apos;s scale-up domain of %3, and no scale-out bandwidth is known to join domains (a system with that figure gives it)</source>
        <comment>%2: a chip id</comment>
        <translation>%1 颗芯片超过 %2 的纵向扩展域（%3 颗），且没有可连接各域的横向扩展带宽数字（提供该数字的系统才有）</translation>
    </message>
    <message>
        <source>a prefill chunk must be 1 or more tokens</source>
        <translation>预填充分块至少须为 1 个 token</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>OPs</source>
        <comment>integer operations, an amount of work: OPs / peak</comment>
        <translation>整数运算量</translation>
    </message>
    <message>
        <source>FLOPs</source>
        <comment>floating-point operations, an amount of work: FLOPs / peak</comment>
        <translation>浮点运算量</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>计算受限</translation>
    </message>
    <message>
        <source>memory-bound</source>
        <translation>内存受限</translation>
    </message>
    <message>
        <source>link-bound</source>
        <comment>bound by the scale-up link between chips</comment>
        <translation>互连受限</translation>
    </message>
    <message>
        <source>peak = dense %1 peak × compute efficiency = %2 × %3 = %4</source>
        <translation>峰值 = 稠密 %1 峰值 × 计算效率 = %2 × %3 = %4</translation>
    </message>
    <message>
        <source>scale-up link = bidirectional bandwidth / 2 = %1 / 2 = %2 each way</source>
        <translation>纵向扩展互连 = 双向带宽 / 2 = %1 / 2 = 每个方向 %2</translation>
    </message>
    <message>
        <source>time = max(%1 / peak, bytes / bandwidth) = max(%2 / %3, %4 / %5) = max(%6, %7) = %8</source>
        <comment>%1: FLOPs or OPs</comment>
        <translation>时间 = max(%1 / 峰值, 字节 / 带宽) = max(%2 / %3, %4 / %5) = max(%6, %7) = %8</translation>
    </message>
    <message>
        <source>KV = batch × (full layers × context + sliding layers × min(context, window)) × KV per token per layer = %1 × (%2 × %3 + %4 × %5) × %6 = %7</source>
        <translation>KV = 批大小 × (全注意力层数 × 上下文长度 + 滑动窗口层数 × min(上下文长度, 窗口)) × 每层每个 token 的 KV = %1 × (%2 × %3 + %4 × %5) × %6 = %7</translation>
    </message>
    <message>
        <source>KV = batch × context × KV per token = %1 × %2 × %3 = %4</source>
        <translation>KV = 批大小 × 上下文长度 × 每个 token 的 KV = %1 × %2 × %3 = %4</translation>
    </message>
    <message>
        <source>per chip: weights / %1 + KV / %2 = %3 + %4 = %5 ≤ %6 = %7 → fits</source>
        <translation>每芯片：权重 / %1 + KV / %2 = %3 + %4 = %5 ≤ %6 = %7 → 放得下</translation>
    </message>
    <message>
        <source>per chip: weights / %1 + KV / %2 = %3 + %4 = %5 &gt; %6 = %7 → does not fit</source>
        <translation>每芯片：权重 / %1 + KV / %2 = %3 + %4 = %5 &gt; %6 = %7 → 放不下</translation>
    </message>
    <message>
        <source>per chip: weights / %1 = %2 on %3 (usable %4); KV / %5 = %6 on %7 (usable %8) → fits</source>
        <comment>%3, %7: memory tiers&apos; names (hbm, hbf)</comment>
        <translation>每芯片：权重 / %1 = %2，放在 %3（可用 %4）；KV / %5 = %6，放在 %7（可用 %8）→ 放得下</translation>
    </message>
    <message>
        <source>per chip: weights / %1 = %2 on %3 (usable %4); KV / %5 = %6 on %7 (usable %8) → does not fit</source>
        <comment>%3, %7: memory tiers&apos; names (hbm, hbf)</comment>
        <translation>每芯片：权重 / %1 = %2，放在 %3（可用 %4）；KV / %5 = %6，放在 %7（可用 %8）→ 放不下</translation>
    </message>
    <message>
        <source>the KV cache is not split: MLA keeps one latent per token, whole, on every chip</source>
        <translation>KV 缓存不切分：MLA 每个 token 只存一个潜在向量，每颗芯片都保存完整的一份</translation>
    </message>
    <message>
        <source>the KV cache splits only %1 ways: there are only %1 KV heads, so chips share copies</source>
        <translation>KV 缓存只能切成 %1 份：KV 头只有 %1 个，因此多颗芯片保存相同的副本</translation>
    </message>
    <message>
        <source>fewest chips that fit = %1</source>
        <translation>放得下所需的最少芯片数 = %1</translation>
    </message>
    <message>
        <source>no number of chips fits: the KV cache a chip must hold alone exceeds its memory</source>
        <translation>再多芯片也放不下：单颗芯片必须独自保存的 KV 缓存已超过其内存</translation>
    </message>
    <message>
        <source>KV wall: max batch = floor((usable − weights per chip) / KV per sequence per chip) = floor((%1 − %2) / %3) = %4</source>
        <translation>KV 墙：最大批大小 = floor((可用容量 − 每芯片权重) / 每芯片每个序列的 KV) = floor((%1 − %2) / %3) = %4</translation>
    </message>
    <message>
        <source>distinct experts per MoE layer = E × (1 − (1 − k/E)^tokens) = %1 × (1 − (1 − %2/%1)^%3) = %4 (+ %5 shared)</source>
        <translation>每个 MoE 层用到的不同专家数 = E × (1 − (1 − k/E)^token 数) = %1 × (1 − (1 − %2/%1)^%3) = %4（另加 %5 个共享专家）</translation>
    </message>
    <message>
        <source>%1: max(%2 / peak, bytes / bandwidth) = max(%3 / %4, %5 / %6) = max(%7, %8) → %9, %10</source>
        <comment>%1: an operator&apos;s key (qkv, ffn); %2: FLOPs or OPs; %10: memory-bound or compute-bound</comment>
        <translation>%1：max(%2 / 峰值, 字节 / 带宽) = max(%3 / %4, %5 / %6) = max(%7, %8) → %9，%10</translation>
    </message>
    <message>
        <source>%1: %2 %3, bytes %4; max(compute %5, slowest tier %6) → %7, %8</source>
        <comment>%1: an operator&apos;s key (qkv, ffn); %2: FLOPs or OPs; %8: memory-bound or compute-bound</comment>
        <translation>%1：%2 %3，字节 %4；max(计算 %5, 最慢内存层 %6) → %7，%8</translation>
    </message>
    <message>
        <source>time per step = Σ operator times = %1</source>
        <translation>每步时间 = Σ 各算子时间 = %1</translation>
    </message>
    <message>
        <source>time to first token = Σ operator times = %1</source>
        <translation>首 token 时延 = Σ 各算子时间 = %1</translation>
    </message>
    <message>
        <source>tokens/s = batch / time per step = %1 / %2 = %3 for %4 chip(s); per chip %5; per user 1 / %2 = %6</source>
        <translation>每秒 token 数 = 批大小 / 每步时间 = %1 / %2 = %3（%4 颗芯片合计）；每芯片 %5；每位用户 1 / %2 = %6</translation>
    </message>
    <message>
        <source>tokens/s = batch × prompt / TTFT = %1 × %2 / %3 = %4 for %5 chip(s); per chip %6; per user %2 / %3 = %7</source>
        <comment>TTFT: time to first token</comment>
        <translation>每秒 token 数 = 批大小 × 提示长度 / 首 token 时延 = %1 × %2 / %3 = %4（%5 颗芯片合计）；每芯片 %6；每位用户 %2 / %3 = %7</translation>
    </message>
    <message>
        <source>memory stall = Σ (time − max(compute, link)) over memory-bound operators / step = %1 / %2 = %3</source>
        <translation>内存等待占比 = Σ 内存受限算子的 (时间 − max(计算, 互连)) / 每步时间 = %1 / %2 = %3</translation>
    </message>
    <message>
        <source>compute-bound batch = smallest batch with Σ %1 / peak ≥ Σ bytes / bandwidth at context %2 = %3</source>
        <comment>%1: FLOPs or OPs</comment>
        <translation>转为计算受限的批大小 = 上下文长度 %2 下使 Σ %1 / 峰值 ≥ Σ 字节 / 带宽 的最小批大小 = %3</translation>
    </message>
    <message>
        <source>no batch turns the step compute-bound at context %1: attention&apos;s intensity stays below the ridge</source>
        <translation>在上下文长度 %1 下，没有任何批大小能让这一步转为计算受限：注意力的运算强度始终低于脊点</translation>
    </message>
    <message>
        <source>cost per chip-hour = rental = USD %1 (power and hosting included)</source>
        <translation>每芯片小时成本 = 租用价格 = %1 美元（含电力与机房托管）</translation>
    </message>
    <message>
        <source>cost per chip-hour = price / (years × 8766 h) + TDP × PUE × electricity = %1 / (%2 × 8766) + %3 kW × %4 × %5 USD/kWh = %6 + %7 = USD %8</source>
        <translation>每芯片小时成本 = 价格 / (年数 × 8,766 小时) + TDP × PUE × 电价 = %1 / (%2 × 8,766) + %3 kW × %4 × 每度 %5 美元 = %6 + %7 = %8 美元</translation>
    </message>
    <message>
        <source>USD per million tokens = cost per chip-hour / (tokens/s per chip × 3600) × 1e6 = %1 / (%2 × 3600) × 1e6 = %3</source>
        <translation>每百万 token 成本（美元）= 每芯片小时成本 / (每芯片每秒 token 数 × 3600) × 1e6 = %1 / (%2 × 3600) × 1e6 = %3</translation>
    </message>
    <message>
        <source>tokens per USD = tokens/s per chip × 3600 / cost per chip-hour = %1</source>
        <translation>每美元 token 数 = 每芯片每秒 token 数 × 3600 / 每芯片小时成本 = %1</translation>
    </message>
    <message>
        <source>tokens per joule = tokens/s per chip / TDP = %1 / %2 W = %3</source>
        <translation>每焦耳 token 数 = 每芯片每秒 token 数 / TDP = %1 / %2 W = %3</translation>
    </message>
    <message>
        <source>%1 %2: measured / %3 = %4 / %5 = %6 — ABOVE THE BOUND: a figure or the bound is wrong</source>
        <translation>%1 %2：实测值 / %3 = %4 / %5 = %6 — 超过上限：某个数据或上限有误</translation>
    </message>
    <message>
        <source>%1 %2: measured / %3 = %4 / %5 = %6</source>
        <translation>%1 %2：实测值 / %3 = %4 / %5 = %6</translation>
    </message>
    <message>
        <source>%1 bandwidth = %2 × memory efficiency %3 = %4; ridge = peak / bandwidth = %5 / %4 = %6 %7/byte</source>
        <comment>%1 is a memory tier&apos;s name (hbm)</comment>
        <translation>%1 带宽 = %2 × 内存效率 %3 = %4；脊点 = 峰值 / 带宽 = %5 / %4 = %6 %7/字节</translation>
    </message>
    <message>
        <source>intensity = %1 / bytes = %2 / %3 = %4 %5/byte</source>
        <comment>%1: FLOPs or OPs; %5: its unit, FLOP or OP</comment>
        <translation>运算强度 = %1 / 字节 = %2 / %3 = %4 %5/字节</translation>
    </message>
    <message>
        <source>attainable = min(peak, intensity × bandwidth) = min(%1, %2 %3/byte × %4) = %5, %6 (intensity %2 %7 ridge %8)</source>
        <comment>%6: memory-bound or compute-bound; %7: &lt; or ≥</comment>
        <translation>可达算力 = min(峰值, 运算强度 × 带宽) = min(%1, %2 %3/字节 × %4) = %5，%6（运算强度 %2 %7 脊点 %8）</translation>
    </message>
    <message>
        <source>bytes = (M×K + K×N + M×N) × element size = (%1 + %2 + %3) × %4 bytes = %5</source>
        <translation>字节 = (M×K + K×N + M×N) × 元素大小 = (%1 + %2 + %3) × %4 字节 = %5</translation>
    </message>
    <message>
        <source>memory in GB, MB and KB is binary (1 GB = 2³⁰ bytes), as vendors print it; bandwidth is decimal (1 TB/s = 10¹² bytes/s)</source>
        <translation>以 GB、MB、KB 表示的显存为二进制（1 GB = 2³⁰ 字节），与厂商标示相同；带宽为十进制（1 TB/s = 10¹² 字节/秒）</translation>
    </message>
    <message>
        <source>weights = params_total × element size = %1 × %2 bytes = %3</source>
        <translation>权重 = params_total × 元素大小 = %1 × %2 字节 = %3</translation>
    </message>
    <message>
        <source>KV per token = layers × (kv_lora_rank + rope_head_dim) × element size = %1 × (%2 + %3) × %4 bytes = %5</source>
        <translation>每个 token 的 KV = 层数 × (kv_lora_rank + rope_head_dim) × 元素大小 = %1 × (%2 + %3) × %4 字节 = %5</translation>
    </message>
    <message>
        <source>KV per token = layers × 2 × kv_heads × head_dim × element size = %1 × 2 × %2 × %3 × %4 bytes = %5</source>
        <translation>每个 token 的 KV = 层数 × 2 × kv_heads × head_dim × 元素大小 = %1 × 2 × %2 × %3 × %4 字节 = %5</translation>
    </message>
    <message>
        <source>switched</source>
        <translation>交换式</translation>
    </message>
    <message>
        <source>full mesh of %1</source>
        <translation>%1 颗全互连网状</translation>
    </message>
    <message>
        <source>torus</source>
        <translation>环面（torus）</translation>
    </message>
    <message>
        <source>precisions: weights %1, KV cache %2, activations and collectives %3, attention matmuls %4 at %5</source>
        <comment>%1–%4: precisions such as FP8; %5: a peak rate such as 2.25 PFLOP/s</comment>
        <translation>精度：权重 %1、KV 缓存 %2、激活值与集合通信 %3、注意力矩阵乘法 %4，峰值 %5</translation>
    </message>
    <message>
        <source>layout: %1 chip(s) per model copy; attention split %2 way(s) (%3 data-parallel copies); experts %4</source>
        <comment>%4: how experts are placed</comment>
        <translation>配置：每份模型副本 %1 颗芯片；注意力切成 %2 份（%3 份数据并行副本）；专家%4</translation>
    </message>
    <message>
        <source>spread over %1 chips, %2 each</source>
        <translation>分散到 %1 颗芯片，每颗 %2 个</translation>
    </message>
    <message>
        <source>split like tensor parallelism</source>
        <translation>按张量并行切分</translation>
    </message>
    <message>
        <source>per chip: routed experts / %1 + the other weights / %2 + KV of batch / %3 sequences = %4 + %5 = %6 ≤ %7 → fits</source>
        <translation>每芯片：路由专家 / %1 + 其余权重 / %2 + 批大小 / %3 个序列的 KV = %4 + %5 = %6 ≤ %7 → 放得下</translation>
    </message>
    <message>
        <source>per chip: routed experts / %1 + the other weights / %2 + KV of batch / %3 sequences = %4 + %5 = %6 &gt; %7 → does not fit</source>
        <translation>每芯片：路由专家 / %1 + 其余权重 / %2 + 批大小 / %3 个序列的 KV = %4 + %5 = %6 &gt; %7 → 放不下</translation>
    </message>
    <message>
        <source>all_reduce: ring 2(N − 1)/N × tokens × hidden × element size per all-reduce, %1 in all over %2 (%3 of the link: %4), plus %5 of message latency per all-reduce on %6 → %7</source>
        <comment>all_reduce is the operator&apos;s key; %6: the fabric&apos;s name, e.g. NVLink</comment>
        <translation>all_reduce：每次环形 all-reduce 传 2(N − 1)/N × token 数 × hidden × 元素大小，共 %1，走 %2（可用链路 %3：%4），另加每次 all-reduce 在 %6 上的消息时延 %5 → %7</translation>
    </message>
    <message>
        <source>all_to_all: dispatch and combine in each of %1 MoE layers, each tokens / %2 × %3 experts × hidden × element size × (%2 − 1)/%2 = %4 a chip, over %5 plus %6 of message latency on %7 → %8</source>
        <comment>all_to_all is the operator&apos;s key; %7: the fabric&apos;s name</comment>
        <translation>all_to_all：%1 个 MoE 层各做一次分派与合并，每次 token 数 / %2 × %3 个专家 × hidden × 元素大小 × (%2 − 1)/%2 = 每芯片 %4，走 %5，另加 %7 上的消息时延 %6 → %8</translation>
    </message>
    <message>
        <source>compute-bound batch at context %1 = %2, not reachable: the KV wall is at %3</source>
        <translation>上下文长度 %1 下转为计算受限的批大小 = %2，无法达到：KV 墙位于 %3</translation>
    </message>
    <message>
        <source>the scale-out network of %1</source>
        <comment>%1: a system id</comment>
        <translation>%1 的横向扩展网络</translation>
    </message>
    <message>
        <source>a group of %1 chips is more than the scale-up domain of %2: its collectives cross %3 at %4 each way (the slowest link), %5 per message (assumed: an RDMA message through a leaf-spine network)</source>
        <translation>%1 颗芯片的一组超过 %2 颗的纵向扩展域：其集合通信走 %3，单向 %4（最慢的链路），每条消息 %5（假设值：经 leaf-spine 网络的一条 RDMA 消息）</translation>
    </message>
    <message>
        <source>pipeline: %1 stages of %2 chip(s), each with 1/%1 of the layers, weights and KV cache; M = min(batch, stages) = %3 micro-batch(es) of %4 sequences; stage time (one micro-batch through one stage, its send included) = %5</source>
        <translation>流水线：%1 个阶段，每阶段 %2 颗芯片，各持有 1/%1 的层、权重与 KV 缓存；M = min(批大小, 阶段数) = %3 个微批次，每个 %4 条序列；阶段时间（一个微批次通过一个阶段，含发送）= %5</translation>
    </message>
    <message>
        <source>pipeline, decode in steady state: step = max(M, stages) × stage time = %1 × %2 = %3, a chip busy M × stage time; bubble = (stages − M) / stages = %4</source>
        <translation>流水线，稳态解码：每步 = max(M, 阶段数) × 阶段时间 = %1 × %2 = %3，芯片忙碌 M × 阶段时间；气泡 = (阶段数 − M) / 阶段数 = %4</translation>
    </message>
    <message>
        <source>pipeline, prefill through an empty pipeline: TTFT = (M + stages − 1) × stage time = %1 × %2 = %3; bubble = (stages − 1) / (M + stages − 1) = %4</source>
        <translation>流水线，预填充通过空流水线：TTFT = (M + 阶段数 − 1) × 阶段时间 = %1 × %2 = %3；气泡 = (阶段数 − 1) / (M + 阶段数 − 1) = %4</translation>
    </message>
    <message>
        <source>%1 chips in all are more than the scale-up domain of %2: stage sends cross %3 at %4 each way, %5 per message (assumed)</source>
        <translation>总共 %1 颗芯片超过 %2 颗的纵向扩展域：阶段间发送走 %3，单向 %4，每条消息 %5（假设值）</translation>
    </message>
    <message>
        <source>stage_send: each micro-batch&apos;s activations, tokens × hidden × element size / %1 chip(s) = %2 a chip, to the next stage over %3 at %4 plus %5 of message latency; M = %6 sends a step → %7</source>
        <comment>stage_send is the operator&apos;s key; %3: a link&apos;s name, e.g. NVLink</comment>
        <translation>stage_send：每个微批次的激活值，token 数 × hidden × 元素大小 / %1 颗芯片 = 每芯片 %2，经 %3 以 %4 发给下一阶段，另加消息时延 %5；每步 M = %6 次发送 → %7</translation>
    </message>
    <message>
        <source>chunked prefill: each decode step carries the prompt tokens that keep the batch full, batch × K × I / O = %1 × %2 × %3 / %4 = %5, at most C = %6: %7 a step; %8 sequence(s) decode at once</source>
        <translation>分块预填充：每个解码步骤搭载让批次保持满载所需的提示 token，批大小 × K × I / O = %1 × %2 × %3 / %4 = %5，最多 C = %6：每步 %7 个；同时解码 %8 条序列</translation>
    </message>
    <message>
        <source>chunked prefill: step with its chunk = %1; TTFT = ceil(I / C) × step = %2 × %1 = %3; output tokens/s per chip = sequences × K / step / chips = %4 × %5 / %1 / %6 = %7</source>
        <translation>分块预填充：含分块的每步 = %1；TTFT = ceil(I / C) × 每步 = %2 × %1 = %3；每芯片每秒输出 token = 序列数 × K / 每步 / 芯片数 = %4 × %5 / %1 / %6 = %7</translation>
    </message>
    <message>
        <source>disaggregated: a decode chip makes D = %1 output tokens/s, a prefill chip takes in P = %2 input tokens/s; prefill chips per decode chip = D × I / (O × P) = %1 × %3 / (%4 × %2) = %5; tokens/s per chip over both pools = D / (1 + ratio) = %6</source>
        <translation>预填充与解码分离：一颗解码芯片每秒产出 D = %1 个输出 token，一颗预填充芯片每秒处理 P = %2 个输入 token；每颗解码芯片配预填充芯片 = D × I / (O × P) = %1 × %3 / (%4 × %2) = %5；两个池合计每芯片每秒 token = D / (1 + 比例) = %6</translation>
    </message>
    <message>
        <source>disaggregated: the request&apos;s KV cache, %1, moves to the decode pool over %2 in %3; TTFT = prefill %4 + %3 = %5</source>
        <translation>预填充与解码分离：请求的 KV 缓存 %1 经 %2 移到解码池，耗时 %3；TTFT = 预填充 %4 + %3 = %5</translation>
    </message>
</context>
<context>
    <name>FlowDetails</name>
    <message numerus="yes">
        <source>%n without an amount</source>
        <comment>flows</comment>
        <translation>
            <numerusform>%n 笔未披露金额</numerusform>
        </translation>
    </message>
    <message>
        <source> + </source>
        <comment>firm amount + &quot;up to&quot; amount</comment>
        <translation> + </translation>
    </message>
    <message>
        <source>%1: not counted as live money</source>
        <translation>%1：不计为实际资金</translation>
    </message>
    <message>
        <source>Announced %1</source>
        <translation>宣布日期：%1</translation>
    </message>
    <message>
        <source> · period %1</source>
        <translation> · 期间：%1</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>来源：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Commits: %1 in %n flow(s)</source>
        <translation>
            <numerusform>流出：%1，共 %n 笔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receives: %1 in %n flow(s)</source>
        <translation>
            <numerusform>流入：%1，共 %n 笔</numerusform>
        </translation>
    </message>
    <message>
        <source>No flow counted under the current filters.</source>
        <translation>在当前筛选条件下没有计入的资金往来。</translation>
    </message>
    <message>
        <source>Click to see its deals; drag to move it.</source>
        <translation>单击查看其交易；拖动可移动。</translation>
    </message>
    <message>
        <source>Replaced by: %1</source>
        <translation>由此交易取代：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>附注：%1</translation>
    </message>
    <message>
        <source>All flows on the loop: %1</source>
        <translation>环路上所有资金往来合计：%1</translation>
    </message>
    <message>
        <source>announced %1 – %2</source>
        <translation>宣布于 %1至 %2</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <comment>one hop of a loop and its amount</comment>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>No flow of this company is counted under the current filters.</source>
        <translation>在当前筛选条件下，这家公司没有计入的资金往来。</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>确定金额</translation>
    </message>
    <message>
        <source>&quot;Up to&quot;</source>
        <translation>“最高”金额</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>资金往来</translation>
    </message>
    <message>
        <source>Commits (out)</source>
        <translation>流出</translation>
    </message>
    <message>
        <source>Receives (in)</source>
        <translation>流入</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) without a disclosed amount are not in these sums.</source>
        <translation>
            <numerusform>另有 %n 笔未披露金额的资金往来不计入上述合计。</numerusform>
        </translation>
    </message>
    <message>
        <source>Out</source>
        <translation>流出</translation>
    </message>
    <message>
        <source>In</source>
        <translation>流入</translation>
    </message>
    <message>
        <source>By counterparty</source>
        <translation>按交易对手</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>按类型</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Part of a larger flow (the note names it): its amount is not added to any total, so it is not counted twice.</source>
        <translation>属于一笔较大的资金往来（附注列出是哪一笔）：其金额不计入任何合计，以免重复计算。</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) that are part of a larger flow are listed but not added to these sums.</source>
        <translation>
            <numerusform>另有 %n 笔属于较大资金往来一部分的资金往来，只列出不计入上述合计。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowText</name>
    <message>
        <source>Equity</source>
        <translation>股权投资</translation>
    </message>
    <message>
        <source>Chip purchase</source>
        <translation>芯片采购</translation>
    </message>
    <message>
        <source>Compute contract</source>
        <translation>算力合同</translation>
    </message>
    <message>
        <source>Cloud commitment</source>
        <translation>云服务承诺采购</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation>认股权证</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>合资</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>资本开支</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Model lab</source>
        <translation>模型实验室</translation>
    </message>
    <message>
        <source>Cloud / neocloud</source>
        <translation>云厂商／新兴云</translation>
    </message>
    <message>
        <source>Chip designer</source>
        <translation>芯片设计</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>存储芯片</translation>
    </message>
    <message>
        <source>Foundry</source>
        <translation>晶圆代工</translation>
    </message>
    <message>
        <source>Server maker</source>
        <translation>服务器制造</translation>
    </message>
    <message>
        <source>Investor / sovereign</source>
        <translation>投资方／政府</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>up to %1</source>
        <comment>an amount that is a ceiling: 最高 1,000 億美元</comment>
        <translation>最高 %1</translation>
    </message>
    <message>
        <source>not disclosed</source>
        <comment>an amount</comment>
        <translation>未披露</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period from … to …</comment>
        <translation>%1至 %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>a period with no end date</comment>
        <translation>自 %1起</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>a period with no start date</comment>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Flows of every status</source>
        <translation>所有状态的资金往来</translation>
    </message>
    <message>
        <source>Active flows</source>
        <translation>有效的资金往来</translation>
    </message>
    <message>
        <source>Flows: %1</source>
        <comment>the statuses counted</comment>
        <translation>资金往来：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>every kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>announced %1 – %2</source>
        <translation>宣布于 %1至 %2</translation>
    </message>
    <message>
        <source>announced from %1</source>
        <translation>宣布于 %1以后</translation>
    </message>
    <message>
        <source>announced up to %1</source>
        <translation>宣布于 %1以前</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>at most %1 goes round, an &quot;up to&quot; amount</source>
        <translation>最多 %1可绕行一圈（为“最高”金额）</translation>
    </message>
    <message>
        <source>at most %1 goes round</source>
        <translation>最多 %1可绕行一圈</translation>
    </message>
    <message>
        <source> (with &quot;up to&quot; amounts on the loop)</source>
        <translation>（环路上含“最高”金额）</translation>
    </message>
    <message numerus="yes">
        <source>how much goes round is not known: %n flow(s) on the loop without an amount</source>
        <translation>
            <numerusform>绕行金额不明：环路上有 %n 笔未披露金额</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a loop of companies · what goes round it</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Part of a larger flow</source>
        <translation>属于较大资金往来</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>收购</translation>
    </message>
</context>
<context>
    <name>FlowTimelineChart</name>
    <message>
        <source>Earlier</source>
        <comment>the timeline&apos;s first bar: everything announced before its first quarter</comment>
        <translation>更早</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <comment>quarter · kind: amount</comment>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Amounts announced per quarter, by kind (lighter: &quot;up to&quot; amounts)</source>
        <translation>每季度宣布金额（按类型堆叠；浅色为“最高”金额）</translation>
    </message>
    <message>
        <source>USD billion</source>
        <translation>十亿美元</translation>
    </message>
    <message>
        <source>100 million USD</source>
        <comment>the axis unit in Chinese: 億美元</comment>
        <translation>亿美元</translation>
    </message>
</context>
<context>
    <name>FlowsReport</name>
    <message>
        <source>Amounts are in US dollars as announced. &quot;Up to&quot; amounts are ceilings: they are kept apart from firm amounts and never added to them. An empty amount was not disclosed.</source>
        <translation>金额为宣布时的美元金额。“最高”金额是上限，与确定金额分开列示，绝不相加。金额空白表示未披露。</translation>
    </message>
    <message>
        <source>Lapsed flows never became binding or were dropped, superseded flows were replaced by another: neither counts as live money unless the filter asks for them. Counted here: %1.</source>
        <translation>已失效的资金往来从未具约束力或已被放弃，已被取代的则由另一笔交易取代：除非筛选条件要求，两者均不计为实际资金。本表计入：%1。</translation>
    </message>
    <message>
        <source>Money flows</source>
        <translation>资金往来</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>资金往来</translation>
    </message>
    <message>
        <source>From</source>
        <translation>流出方</translation>
    </message>
    <message>
        <source>To</source>
        <translation>流入方</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>金额（美元）</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>宣布日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>附注</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>取代交易</translation>
    </message>
    <message>
        <source>Circular flows</source>
        <translation>循环资金</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>环路</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>环路</translation>
    </message>
    <message>
        <source>At most round the loop (USD)</source>
        <translation>最多可绕行金额（美元）</translation>
    </message>
    <message>
        <source>All flows on the loop (USD)</source>
        <translation>环路资金合计（美元）</translation>
    </message>
    <message>
        <source>Includes &quot;up to&quot; amounts</source>
        <translation>含“最高”金额</translation>
    </message>
    <message>
        <source>Flows without an amount</source>
        <translation>未披露金额笔数</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司数</translation>
    </message>
    <message>
        <source>First announced</source>
        <translation>最早宣布</translation>
    </message>
    <message>
        <source>Last announced</source>
        <translation>最晚宣布</translation>
    </message>
    <message>
        <source>A loop is a chain of companies in which each pays or commits to the next and the last to the first. At most its smallest hop can go all the way round; flows between the same two companies in the same direction add up within one hop. Largest circular amount first.</source>
        <translation>环路是一串公司，每家都向下一家付款或承诺付款，最后一家再付回第一家。能绕行一整圈的金额最多等于其中最小的一段；同两家公司之间同方向的资金往来合并为一段计算。按可绕行金额从大到小排列。</translation>
    </message>
    <message>
        <source>Capex flows go to a catch-all supplier node and take part in no loop.</source>
        <translation>资本开支流向统称的供应商节点，不参与任何环路。</translation>
    </message>
    <message>
        <source>Company totals</source>
        <translation>各公司合计</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Committed out (USD)</source>
        <translation>流出（美元）</translation>
    </message>
    <message>
        <source>Out, &quot;up to&quot; (USD)</source>
        <translation>流出，“最高”金额（美元）</translation>
    </message>
    <message>
        <source>Committed in (USD)</source>
        <translation>流入（美元）</translation>
    </message>
    <message>
        <source>In, &quot;up to&quot; (USD)</source>
        <translation>流入，“最高”金额（美元）</translation>
    </message>
    <message>
        <source>Flows out</source>
        <translation>流出笔数</translation>
    </message>
    <message>
        <source>Flows in</source>
        <translation>流入笔数</translation>
    </message>
    <message>
        <source>Committed out is what a company pays or commits to others, committed in what others pay or commit to it, firm amounts and &quot;up to&quot; amounts in separate columns.</source>
        <translation>流出是公司付给或承诺付给他方的金额，流入是他方付给或承诺付给该公司的金额；确定金额与“最高”金额分栏列示。</translation>
    </message>
</context>
<context>
    <name>FlowsView</name>
    <message>
        <source>&amp;Count:</source>
        <translation>计入(&amp;C)：</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>仅有效交易</translation>
    </message>
    <message>
        <source>Active and lapsed</source>
        <translation>有效与已失效</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Which flows the graph, the loops and the totals count. Active flows are live money; a letter of intent that lapsed or a deal that was superseded is not.</source>
        <translation>图、环路与合计要计入哪些资金往来。有效的资金往来是实际资金；已失效的意向书或已被取代的交易则不是。</translation>
    </message>
    <message>
        <source>Show the others &amp;faded</source>
        <translation>其余以淡色显示(&amp;F)</translation>
    </message>
    <message>
        <source>Draw the flows the count leaves out (lapsed, superseded) faded, without counting them.</source>
        <translation>以淡色画出未计入的资金往来（已失效、已被取代），但不计入。</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <source>Count only flows announced on or after this date. The slider under the timeline sets the end of the range.</source>
        <translation>只计入此日期当天或之后宣布的资金往来。时间轴下方的滑块设定范围的终点。</translation>
    </message>
    <message>
        <source>&amp;Minimum:</source>
        <translation>最低金额(&amp;M)：</translation>
    </message>
    <message>
        <source>Leave out flows below this amount, and flows without a disclosed amount.</source>
        <translation>排除低于此金额及未披露金额的资金往来。</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>重置布局</translation>
    </message>
    <message>
        <source>Put every company back in its column; drag a company to move it.</source>
        <translation>将所有公司放回原栏位；拖动公司即可移动。</translation>
    </message>
    <message>
        <source>Show and count the flows of this kind (click to switch it off or on). The colour is the kind&apos;s on the arrows and the timeline.</source>
        <translation>显示并计入此类型的资金往来（单击可关闭或开启）。箭头与时间轴上都以此颜色代表该类型。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Click a company in the graph, or choose one above, to see its totals and deals.</source>
        <translation>单击图中的公司，或在上方选择一家，即可查看其合计与交易。</translation>
    </message>
    <message>
        <source>Click a loop to light it up in the graph and list its flows with their sources.</source>
        <translation>单击一个环路，即可在图中标示出来，并列出其资金往来与来源。</translation>
    </message>
    <message>
        <source>Every loop of companies that pay or commit to one another, the largest amount that can go all the way round first.</source>
        <translation>所有互相付款或承诺付款的公司环路，按可绕行一圈的金额从大到小排列。</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <source>▶ Replay</source>
        <translation>▶ 重播</translation>
    </message>
    <message>
        <source>Replay the graph quarter by quarter, from the first bar to the last.</source>
        <translation>逐季度重播资金往来图，从第一根柱到最后一根。</translation>
    </message>
    <message>
        <source>As of: the graph, the loops and the totals count the flows announced up to the end of this quarter. Click a bar to jump to it.</source>
        <translation>截至：图、环路与合计只计入本季度结束前宣布的资金往来。单击柱形可直接跳到该季度。</translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>不限金额</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>Choose a company…</source>
        <translation>选择公司…</translation>
    </message>
    <message>
        <source>As of: every flow</source>
        <translation>截至：所有资金往来</translation>
    </message>
    <message>
        <source>As of the end of %1</source>
        <translation>截至 %1末</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) counted</source>
        <translation>
            <numerusform>计入 %n 笔资金往来</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(-ies)</source>
        <translation>
            <numerusform>%n 家公司</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more drawn faded, not counted</source>
        <translation>
            <numerusform>另有 %n 笔以淡色显示、不计入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loop(s)</source>
        <translation>
            <numerusform>%n 个环路</numerusform>
        </translation>
    </message>
    <message>
        <source>All flows on the loop: %1</source>
        <translation>环路上所有资金往来合计：%1</translation>
    </message>
    <message numerus="yes">
        <source>… the first %n loops are listed; narrow the filters to see the others.</source>
        <translation>
            <numerusform>…只列出前 %n 个环路；请缩小筛选范围以查看其他环路。</numerusform>
        </translation>
    </message>
    <message>
        <source>No loop among the flows counted.</source>
        <translation>计入的资金往来中没有环路。</translation>
    </message>
    <message>
        <source>Loops (%1)</source>
        <translation>环路（%1）</translation>
    </message>
    <message>
        <source>Money flows</source>
        <translation>资金往来</translation>
    </message>
    <message>
        <source>Export the flows, the loops or the company totals (Excel, PDF, CSV, web page, Markdown, JSON), or the graph and the timeline as PNG or SVG</source>
        <translation>导出资金往来、环路或各公司合计（Excel、PDF、CSV、网页、Markdown、JSON），或将图与时间轴导出为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>资金往来</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>环路</translation>
    </message>
    <message>
        <source>Company totals</source>
        <translation>各公司合计</translation>
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
        <source>%1 · %2</source>
        <comment>what is exported · file type</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Graph, PNG image (*.png)</source>
        <translation>资金往来图，PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Graph, SVG drawing (*.svg)</source>
        <translation>资金往来图，SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Timeline, PNG image (*.png)</source>
        <translation>时间轴，PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Timeline, SVG drawing (*.svg)</source>
        <translation>时间轴，SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export the money flows</source>
        <translation>导出资金往来</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The money flows could not be written to %1:
%2</source>
        <translation>无法将资金往来写入 %1：
%2</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#555&quot;&gt;width: amount · ─ ─ &quot;up to&quot; · ┈┈ not disclosed · faded: not counted&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#555&quot;&gt;粗细：金额 · ─ ─ “最高”金额 · ┈┈ 未披露 · 淡色：不计入&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Arrow width grows with the amount (log scale). Dashed: the amount is a ceiling (&quot;up to&quot;). Dotted: no amount was disclosed. Faded: a lapsed or superseded flow, or one that is part of a larger flow (one site of a company&apos;s capex), shown but not counted.</source>
        <translation>箭头粗细随金额增加（对数刻度）。虚线：金额为上限（“最高”）。点线：未披露金额。淡色：已失效或已被取代的资金往来，或属于一笔较大资金往来的一部分（例如公司资本开支中的单个园区），只显示不计入。</translation>
    </message>
</context>
<context>
    <name>FrontierChart</name>
    <message>
        <source>Throughput–interactivity frontier</source>
        <translation>吞吐量与交互性前沿</translation>
    </message>
    <message>
        <source>Frontier at the bound · %1, %2 in, %3 out</source>
        <translation>上限下的前沿 · %1，输入 %2、输出 %3 个 token</translation>
    </message>
    <message>
        <source>Frontier at the bound · %1, decode at context %2</source>
        <translation>上限下的前沿 · %1，解码，上下文长度 %2</translation>
    </message>
    <message>
        <source>Tokens/s per user (interactivity)</source>
        <translation>每位用户每秒 token 数（交互性）</translation>
    </message>
    <message>
        <source>Thousand tokens/s per chip</source>
        <translation>每芯片每秒 token 数（千）</translation>
    </message>
    <message>
        <source>Tokens/s per chip</source>
        <translation>每芯片每秒 token 数</translation>
    </message>
    <message>
        <source>best layouts and batches</source>
        <translation>最佳并行配置与批大小</translation>
    </message>
    <message>
        <source>best at the target</source>
        <translation>达标下的最佳点</translation>
    </message>
    <message>
        <source>target %1 tokens/s per user</source>
        <translation>目标：每位用户每秒 %1 个 token</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>The target set on the left: at least %1 tokens/s for every user</source>
        <translation>左侧设定的目标：每位用户每秒至少 %1 个 token</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>批大小 %1</translation>
    </message>
    <message>
        <source>%1 tokens/s per user, %2 tokens/s per chip (bound)</source>
        <translation>每位用户每秒 %1 个 token，每芯片每秒 %2 个 token（上限）</translation>
    </message>
    <message>
        <source>expected %1 tokens/s per chip</source>
        <translation>预期每芯片每秒 %1 个 token</translation>
    </message>
    <message>
        <source>time to first token %1</source>
        <translation>首 token 时延（TTFT）%1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a CSV file</source>
        <translation>导入 CSV 文件</translation>
    </message>
    <message>
        <source>Choose a CSV file…</source>
        <translation>选择 CSV 文件…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose a table</source>
        <translation>选择数据表</translation>
    </message>
    <message>
        <source>The table the file&apos;s rows go into: its columns must be the table&apos;s</source>
        <translation>文件各行要导入的数据表：文件的列必须与该数据表相同</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>数据表(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>First rows, as read</source>
        <translation>前几行（按读取结果）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import, and then all rows or none.</source>
        <translation>按下“导入”之前不会写入任何数据；导入时全部写入，或完全不写入。</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file to see its first rows and any problems.</source>
        <translation>请选择文件，即可看到前几行及所有问题。</translation>
    </message>
    <message>
        <source>Choose the table the rows go into.</source>
        <translation>请选择要导入的数据表。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>检查中</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>检测结果：%1</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>按 %1 读取</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>无法导入此文件：%1</translation>
    </message>
    <message>
        <source>The file cannot be read as text in the encoding detected or chosen: choose its encoding above.</source>
        <translation>无法按检测到或所选的编码将文件读为文本：请在上方选择文件的编码。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n 个问题：修正文件之前无法导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>文件中没有可导入的数据行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) pass every check. Nothing is written until you press Import.</source>
        <translation>
            <numerusform>%n 行通过所有检查。按下“导入”之前不会写入任何数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>…另有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>导入中</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>未导入任何数据：文件有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>LatestModel</name>
    <message>
        <source>Chip figure</source>
        <translation>芯片数据</translation>
    </message>
    <message>
        <source>Money flow</source>
        <translation>资金往来</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <comment>chip — metric: value</comment>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>(projected)</source>
        <translation>（预测）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>deployment site (chip)</comment>
        <translation>%1（%2）</translation>
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
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
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
    <message>
        <source>Roofline</source>
        <translation>屋顶线</translation>
    </message>
    <message>
        <source>Compute-bound or memory-bound: the roofline calculator, tokens per second and per dollar (Ctrl+3)</source>
        <translation>计算受限还是内存受限：屋顶线计算器，每秒与每美元的 token 数（Ctrl+3）</translation>
    </message>
    <message>
        <source>&amp;Roofline</source>
        <translation>屋顶线(&amp;R)</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>路线图</translation>
    </message>
    <message>
        <source>R&amp;oadmap</source>
        <translation>路线图(&amp;O)</translation>
    </message>
    <message>
        <source>When each accelerator arrives, how fast its figures grow, and whether memory keeps up (Ctrl+4)</source>
        <translation>各加速器何时推出、规格增长多快、显存是否跟得上（Ctrl+4）</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>部署(&amp;D)</translation>
    </message>
    <message>
        <source>Where the accelerators go: a world map, countries and owners, H100-equivalents and tokens per second (Ctrl+5)</source>
        <translation>加速器流向何处：世界地图、国家与所有者、H100 等效数量与每秒 token 数（Ctrl+5）</translation>
    </message>
    <message>
        <source>Money flows</source>
        <translation>资金往来</translation>
    </message>
    <message>
        <source>&amp;Money flows</source>
        <translation>资金往来(&amp;M)</translation>
    </message>
    <message>
        <source>Who pays whom: the deal graph, circular financing found and measured, and a timeline (Ctrl+6)</source>
        <translation>谁付钱给谁：交易关系图、找出并衡量循环融资，以及时间轴（Ctrl+6）</translation>
    </message>
    <message>
        <source>Where the data comes from: every figure cites a document (vendor pages, keynotes, press, analysts), listed in the Sources view with what each one backs. Throughput is dense, without 2:4 sparsity (a vendor&apos;s sparse figure is twice as high); memory in GB is binary, as vendors print it (1 GB = 2³⁰ bytes).</source>
        <translation>数据从何而来：每个数字都引用一份文件（厂商网页、主题演讲、新闻媒体、分析师），并列于“数据来源”页，注明每份文件支撑哪些数据。算力为稠密值，不含 2:4 稀疏（厂商的稀疏数据是其两倍）；以 GB 表示的显存为二进制，与厂商标示相同（1 GB = 2³⁰ 字节）。</translation>
    </message>
    <message>
        <source>ⓘ A note about your own data: point here to read it.</source>
        <translation>ⓘ 关于您自己的数据有一条提示：将光标移到这里即可阅读。</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>M&amp;emory</source>
        <translation>显存(&amp;E)</translation>
    </message>
    <message>
        <source>The HBM market by supplier, every chip&apos;s memory and how often it can be read, and the high-bandwidth-flash outlook (Ctrl+7)</source>
        <translation>各供应商的 HBM 市场、每个芯片的显存及其每秒可读取次数，以及高带宽闪存展望（Ctrl+7）</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add your own rows from a CSV file: checked and previewed before anything is written</source>
        <translation>从 CSV 文件添加您自己的数据行：写入之前先检查并预览</translation>
    </message>
    <message numerus="yes">
        <source>Added %n row(s) to %1 (read as %2).</source>
        <translation>
            <numerusform>已将 %n 行添加到 %1（按 %2 读取）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Add a &amp;money flow…</source>
        <translation>添加资金往来(&amp;M)…</translation>
    </message>
    <message>
        <source>Add a deal you read about, with its source: it shows in Money flows at once</source>
        <translation>添加你读到的一笔交易及其来源：资金往来视图会立即显示</translation>
    </message>
    <message>
        <source>Add a &amp;deployment…</source>
        <translation>添加部署(&amp;D)…</translation>
    </message>
    <message>
        <source>Add a cluster or an order, with its source: it shows in Deployments at once</source>
        <translation>添加一个集群或一笔订单及其来源：部署视图会立即显示</translation>
    </message>
    <message>
        <source>Add a newer &amp;claim…</source>
        <translation>添加较新的数据声明(&amp;C)…</translation>
    </message>
    <message>
        <source>A newer figure for a chip: it becomes the current value, and the claim history keeps both</source>
        <translation>芯片的较新数字：成为当前值，声明历史保留新旧两者</translation>
    </message>
    <message>
        <source>&amp;Your rows…</source>
        <translation>你的数据行(&amp;Y)…</translation>
    </message>
    <message>
        <source>Edit or delete the rows you added; the bundled rows cannot be edited, only superseded</source>
        <translation>编辑或删除你添加的数据行；内置数据行无法编辑，只能以较新的数据取代</translation>
    </message>
    <message>
        <source>Show &amp;my data</source>
        <translation>显示我的数据(&amp;M)</translation>
    </message>
    <message>
        <source>Show the rows you imported or added beside the bundled data, or the bundled data alone</source>
        <translation>在内置数据旁显示你导入或添加的数据行，或只显示内置数据</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Your data was not changed</source>
        <translation>你的数据未更改</translation>
    </message>
    <message>
        <source>The change could not be written: %1</source>
        <translation>无法写入此项更改：%1</translation>
    </message>
    <message>
        <source>Only your own rows can be deleted; a bundled row can only be superseded.</source>
        <translation>只能删除你自己的数据行；内置数据行只能以较新的数据取代。</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Bundled rows cannot be edited, only superseded: add a newer row with its source.</source>
        <translation>内置数据行无法编辑，只能取代：请添加一条附来源的较新数据。</translation>
    </message>
    <message>
        <source>money flow</source>
        <translation>资金往来</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>数据声明</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>编辑%1 %2</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>添加%1 %2</translation>
    </message>
    <message>
        <source>Your rows</source>
        <translation>你的数据行</translation>
    </message>
    <message>
        <source>Money flow</source>
        <translation>资金往来</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>数据声明</translation>
    </message>
    <message>
        <source>Rows you imported or added. Bundled rows are not listed: they cannot be edited, only superseded.</source>
        <translation>你导入或添加的数据行。内置数据行不列出：它们无法编辑，只能以较新的数据取代。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Reset to bundled data</source>
        <translation>重置为内置数据</translation>
    </message>
    <message>
        <source>Start again with the bundled data only?</source>
        <translation>要只用内置数据重新开始吗？</translation>
    </message>
    <message>
        <source>Your user database %1 will be moved aside in the same folder under a name with today&apos;s date and time. It is never deleted: your rows stay in it. The Undo history is cleared.</source>
        <translation>您的用户数据库 %1 会在同一文件夹中改名为含今天日期与时间的文件名并移到一旁。它绝不会被删除：您的数据行仍保存在其中。撤销记录会被清除。</translation>
    </message>
    <message>
        <source>Move aside and reset</source>
        <translation>移到一旁并重置</translation>
    </message>
    <message>
        <source>Your data was not reset</source>
        <translation>您的数据未重置</translation>
    </message>
    <message>
        <source>There was no user database to move aside; showing the bundled data.</source>
        <translation>没有可移到一旁的用户数据库；当前显示内置数据。</translation>
    </message>
    <message>
        <source>Reset to bundled data: your old user database is now %1</source>
        <translation>已重置为内置数据：您原来的用户数据库现在是 %1</translation>
    </message>
    <message>
        <source>&amp;Reset to bundled data…</source>
        <translation>重置为内置数据(&amp;R)…</translation>
    </message>
    <message>
        <source>Move your own rows aside in a dated file (never deleted) and go on with the bundled data only</source>
        <translation>将您自己的数据行移到一个标有日期的文件（绝不删除），之后只使用内置数据</translation>
    </message>
    <message>
        <source>An import into %1 is running: nothing was moved. Try again when it has finished.</source>
        <translation>正在导入 %1：没有移动任何文件。请在导入完成后再试一次。</translation>
    </message>
    <message>
        <source>%1 could not be moved to %2 (no permission to write its folder?): nothing was moved.</source>
        <translation>无法将 %1 移至 %2（没有写入该文件夹的权限？）：没有移动任何文件。</translation>
    </message>
    <message>
        <source>The write-ahead log %1 could not be moved beside %2: nothing was moved.</source>
        <translation>无法将预写日志 %1 移到 %2 旁：没有移动任何文件。</translation>
    </message>
    <message>
        <source>This window uses no user database: nothing was moved.</source>
        <translation>这个窗口没有使用用户数据库：没有移动任何文件。</translation>
    </message>
    <message>
        <source>Only your own rows can be changed; a bundled row can only be superseded.</source>
        <translation>只能修改你自己的数据行；内置数据行只能以较新的数据取代。</translation>
    </message>
    <message>
        <source>%1 of %2 was not changed: %3</source>
        <translation>%2 的%1未修改：%3</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>修改 %2 的%1</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>正在读取数据…</translation>
    </message>
</context>
<context>
    <name>MemoryReport</name>
    <message>
        <source>official</source>
        <translation>官方</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>据报道</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>share of revenue</source>
        <translation>营收份额</translation>
    </message>
    <message>
        <source>share of shipments</source>
        <translation>出货量份额</translation>
    </message>
    <message>
        <source>share of bits</source>
        <translation>比特份额</translation>
    </message>
    <message>
        <source>share of what: not stated</source>
        <translation>份额类别：未说明</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>standardisation</source>
        <translation>标准化</translation>
    </message>
    <message>
        <source>sample target</source>
        <translation>样品目标</translation>
    </message>
    <message>
        <source>product target</source>
        <translation>产品目标</translation>
    </message>
    <message>
        <source>capacity target</source>
        <translation>容量目标</translation>
    </message>
    <message>
        <source>bandwidth target</source>
        <translation>带宽目标</translation>
    </message>
    <message>
        <source>HBM market shares</source>
        <translation>HBM 市场份额</translation>
    </message>
    <message>
        <source>Each supplier&apos;s share by period, with what it is a share of</source>
        <translation>各期间各供应商的市场份额，并注明是何种份额</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>份额</translation>
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
        <source>Share of</source>
        <translation>份额类别</translation>
    </message>
    <message>
        <source>Supplier id</source>
        <translation>供应商 ID</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>市场份额（%）</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>附注</translation>
    </message>
    <message>
        <source>Shares from different firms, periods or measures (revenue, shipments, bits) are not comparable with each other; a period no source covers is left out, never filled in.</source>
        <translation>不同机构、期间或类别（营收、出货量、比特）的份额彼此不可比较；没有来源覆盖的期间不列出，也绝不补值。</translation>
    </message>
    <message>
        <source>%1 marks a forecast, not an outturn.</source>
        <translation>%1 表示预测值，并非实际结果。</translation>
    </message>
    <message>
        <source>Memory per chip</source>
        <translation>各芯片显存</translation>
    </message>
    <message>
        <source>Capacity, bandwidth and how many times a second the whole memory can be read</source>
        <translation>容量、带宽，以及整个显存每秒可完整读取几次</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Chip id</source>
        <translation>芯片 ID</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>Stacks</source>
        <translation>堆叠数</translation>
    </message>
    <message>
        <source>Per stack</source>
        <translation>每个堆叠</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>Reads per second</source>
        <translation>每秒读取次数</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>供货时间</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Reads per second = bandwidth ÷ capacity: how many times a second the whole memory can be read. Decoding reads every weight once per step, so a model that fills the memory can take at most this many steps a second.</source>
        <translation>每秒读取次数 = 带宽 ÷ 容量：整个显存每秒可完整读取几次。解码时每一步都要读取全部权重一次，因此占满显存的模型每秒最多只能执行这么多步。</translation>
    </message>
    <message>
        <source>%1 marks a projected figure, made from trends, not a vendor specification.</source>
        <translation>%1 表示预测数字，按趋势推算，并非厂商规格。</translation>
    </message>
    <message>
        <source>High-bandwidth flash outlook</source>
        <translation>高带宽闪存展望</translation>
    </message>
    <message>
        <source>What has been announced, with dates and sources: targets, not products</source>
        <translation>已宣布的内容，附日期与来源：是目标，不是产品</translation>
    </message>
    <message>
        <source>HBF</source>
        <translation>HBF</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>代号</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Company id</source>
        <translation>公司 ID</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Stated on</source>
        <translation>宣布日期</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>High-bandwidth flash is not a product yet: every figure here is a target a company has stated, on the date shown.</source>
        <translation>高带宽闪存尚未成为产品：此处每个数字都是公司在所示日期提出的目标。</translation>
    </message>
</context>
<context>
    <name>MemoryView</name>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Per chip</source>
        <translation>各芯片</translation>
    </message>
    <message>
        <source>HBF outlook</source>
        <translation>HBF 展望</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>细分(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Upper panel:</source>
        <translation>上方图表(&amp;U)：</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Market shares table…</source>
        <translation>市场份额表格…</translation>
    </message>
    <message>
        <source>Memory per chip table…</source>
        <translation>各芯片显存表格…</translation>
    </message>
    <message>
        <source>HBF outlook table…</source>
        <translation>HBF 展望表格…</translation>
    </message>
    <message>
        <source>Chart shown as PNG or SVG…</source>
        <translation>当前图表（PNG 或 SVG）…</translation>
    </message>
    <message>
        <source>Shares from different firms or of different things (revenue, shipments, bits) are drawn side by side, never added together. A period no source covers stays empty. Hover a bar for its source.</source>
        <translation>不同机构或不同类别（营收、出货量、比特）的份额并排呈现，绝不相加。没有来源覆盖的期间保持空白。将鼠标移到柱形上可查看来源。</translation>
    </message>
    <message>
        <source>Every chip with a stated capacity and bandwidth, at its availability date. Reads per second = bandwidth ÷ capacity: decoding reads every weight once per token step, so a model that fills the memory can run at most this many steps a second on one chip. %1</source>
        <translation>列出每个公布了容量与带宽的芯片，按上市日期排列。每秒读取次数 = 带宽 ÷ 容量：解码时每个 token 步骤都要读取全部权重一次，因此占满显存的模型在一个芯片上每秒最多只能执行这么多步。%1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Share of</source>
        <translation>份额类别</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>official</source>
        <translation>官方</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>据报道</translation>
    </message>
    <message>
        <source>High-bandwidth flash (HBF): announced, not shipping</source>
        <translation>高带宽闪存（HBF）：已宣布，尚未出货</translation>
    </message>
    <message>
        <source>HBF stacks NAND flash like HBM stacks DRAM, to put far more capacity beside an accelerator at a bandwidth near HBM&apos;s, for inference weights that are read, not rewritten. Every figure below is a target a company has stated, on the date shown; none is a product specification.</source>
        <translation>HBF 以堆叠 NAND 闪存的方式（如同 HBM 堆叠 DRAM），在加速器旁放置大得多的容量，带宽接近 HBM，用于只读取、不改写的推理权重。以下每个数字都是公司在所示日期提出的目标，没有一个是产品规格。</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>宣布日期</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>At these targets one HBF stack could be read whole %1 times a second (%2 ÷ %3). The HBM of the chips in the Per chip tab is read %4 to %5 times a second: HBF adds capacity for weights, not speed, and a model served from it would take fewer decode steps a second than one served from HBM.</source>
        <translation>按这些目标，一个 HBF 堆叠每秒可完整读取 %1 次（%2 ÷ %3）。“各芯片”标签页中芯片的显存每秒可读取 %4 至 %5 次：HBF 为权重增加的是容量而非速度，从 HBF 提供服务的模型每秒解码步数会少于从 HBM 提供服务的模型。</translation>
    </message>
    <message>
        <source>Write the HBM shares, the memory of every chip or the HBF outlook to a spreadsheet, PDF, web page, Markdown, CSV or JSON file</source>
        <translation>将 HBM 市场份额、各芯片显存或 HBF 展望写入电子表格、PDF、网页、Markdown、CSV 或 JSON 文件</translation>
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
        <source>Export the table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1 could not be written:
%2</source>
        <translation>无法写入 %1：
%2</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Try it in the Roofline view…</source>
        <translation>在屋顶线视图中试算…</translation>
    </message>
    <message>
        <source>Opens the Roofline calculator for LLM decoding with one HBF stack per chip at the announced targets (%1, %2), holding the model&apos;s weights: choose the model and chips there and compare tokens per second and cost.</source>
        <translation>打开屋顶线计算器，以 LLM 解码为工作负载，每个芯片配置一个符合已宣布目标（%1、%2）的 HBF 堆叠并存放模型权重：在那里选择模型与芯片，比较每秒 token 数与成本。</translation>
    </message>
    <message>
        <source>No announced capacity and bandwidth targets to try.</source>
        <translation>没有已宣布的容量与带宽目标可供试算。</translation>
    </message>
</context>
<context>
    <name>MemoryWallChart</name>
    <message>
        <source>Dense %1: %2 (%3 of the first)</source>
        <translation>稠密 %1：%2（首款的 %3）</translation>
    </message>
    <message>
        <source>Memory bandwidth: %1 (%2 of the first)</source>
        <translation>显存带宽：%1（首款的 %2）</translation>
    </message>
    <message>
        <source>Memory capacity: %1 (%2 of the first)</source>
        <translation>显存容量：%1（首款的 %2）</translation>
    </message>
    <message>
        <source>Projected figures: made from trends, not vendor specifications.</source>
        <translation>预测数字：由趋势推算，并非厂商规格。</translation>
    </message>
    <message>
        <source>Click to see the chip&apos;s figures and the history of each claim.</source>
        <translation>点击可查看这颗芯片的规格与各项说法的变化。</translation>
    </message>
    <message>
        <source>dense %1 compute</source>
        <translation>稠密 %1 算力</translation>
    </message>
    <message>
        <source>memory bandwidth</source>
        <translation>显存带宽</translation>
    </message>
    <message>
        <source>memory capacity</source>
        <translation>显存容量</translation>
    </message>
    <message>
        <source>Date (%1)</source>
        <translation>日期（%1）</translation>
    </message>
    <message>
        <source>Growth since the first flagship (×, log scale)</source>
        <translation>相对首款旗舰的增长（×，对数刻度）</translation>
    </message>
    <message>
        <source>Memory wall: dense %1 compute against memory bandwidth and capacity</source>
        <translation>内存墙：稠密 %1 算力对比显存带宽与容量</translation>
    </message>
    <message>
        <source>No vendor has two flagships with dense %1, bandwidth and capacity figures to compare.</source>
        <translation>没有任何厂商有两款同时具备稠密 %1、带宽与容量数字的旗舰可比较。</translation>
    </message>
    <message>
        <source>Ridge point: %1</source>
        <translation>脊点：%1</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <comment>chip — vendor, date</comment>
        <translation>%1 — %2，%3</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>字节/秒</translation>
    </message>
    <message>
        <source>FLOP/byte</source>
        <translation>FLOP/字节</translation>
    </message>
    <message>
        <source>OP/byte</source>
        <translation>OP/字节</translation>
    </message>
    <message>
        <source>bytes/s per W</source>
        <translation>字节/秒/W</translation>
    </message>
    <message>
        <source>bytes/FLOP</source>
        <translation>字节/FLOP</translation>
    </message>
    <message>
        <source>Memory in GB is binary, as vendors print it: 1 GB = 2³⁰ bytes.</source>
        <translation>以 GB 表示的显存为二进制，与厂商标示相同：1 GB = 2³⁰ 字节。</translation>
    </message>
</context>
<context>
    <name>OperatorModel</name>
    <message>
        <source>Operator</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>FLOPs</source>
        <translation>浮点运算量</translation>
    </message>
    <message>
        <source>Bytes moved</source>
        <translation>搬运字节</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>运算强度</translation>
    </message>
    <message>
        <source>Attainable</source>
        <translation>可达算力</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Share of step</source>
        <translation>占每步比例</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>&apos;%1&apos; is required</source>
        <translation>必须填写“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Hn</source>
        <translation>“%1”不是日期：请用 YYYY、YYYY-MM、YYYY-MM-DD、YYYY-Qn 或 YYYY-Hn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (write plain SI values such as 989.4e12)</source>
        <translation>“%1”不是数字（请写 SI 单位的纯数值，例如 989.4e12）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>“%1”必须是整数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use lower-case letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>“%1”不是有效的标识：请用小写字母、数字、“-”和“.”</translation>
    </message>
    <message>
        <source>%1 = %2 is outside the plausible range %3 to %4</source>
        <translation>%1 = %2 超出合理范围 %3 至 %4</translation>
    </message>
    <message>
        <source>%1 must be positive, not %2</source>
        <translation>%1 必须为正数，而非 %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; does not exist in %3</source>
        <translation>%1“%2”不在 %3 中</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; already exists in %2; choose another id</source>
        <translation>标识“%1”已存在于 %2；请换一个标识</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first on line %2)</source>
        <translation>标识“%1”重复（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2; valid: %3</source>
        <translation>“%1”不是有效的 %2；有效值：%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be 0 or 1, not &apos;%2&apos;</source>
        <translation>“%1”必须是 0 或 1，而非“%2”</translation>
    </message>
    <message>
        <source>%1 %2 is before %3 %4</source>
        <translation>%1 %2 早于 %3 %4</translation>
    </message>
    <message>
        <source>%1 is stored in %2, not &apos;%3&apos;</source>
        <translation>%1 以 %2 存储，而非“%3”</translation>
    </message>
    <message>
        <source>peak_flops needs a precision (%1)</source>
        <translation>peak_flops 需要精度（%1）</translation>
    </message>
    <message>
        <source>a %1 figure must say in its note how it was obtained</source>
        <translation>依据为 %1 的数字须在备注中说明如何取得</translation>
    </message>
    <message>
        <source>a projected figure must say how it was projected in Chinese too (%1)</source>
        <translation>预测数字也须以中文说明预测方法（%1）</translation>
    </message>
    <message>
        <source>only peak_flops can be sparse</source>
        <translation>只有 peak_flops 可以是稀疏数字</translation>
    </message>
    <message>
        <source>name the accelerator: give chip_id or accelerator text</source>
        <translation>请指明加速器：填写芯片（chip_id）或加速器名称</translation>
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
        <translation>国家／地区</translation>
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
        <translation>工艺</translation>
    </message>
    <message>
        <source>Memory type</source>
        <translation>显存类型</translation>
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
        <translation>流出方</translation>
    </message>
    <message>
        <source>To</source>
        <translation>流入方</translation>
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
    <message>
        <source>filing</source>
        <translation>申报文件</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>ISO 代码</translation>
    </message>
    <message>
        <source>ISO numeric code</source>
        <translation>ISO 数字代码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Part of (total)</source>
        <translation>所属总计</translation>
    </message>
    <message>
        <source>May overlap</source>
        <translation>可能重叠</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>取代交易</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>GB = 2³⁰ bytes</source>
        <translation>GB = 2³⁰ 字节</translation>
    </message>
    <message>
        <source>Memory in GB is binary, as vendors print it: 1 GB = 2³⁰ bytes, so 80 GB is 85,899,345,920 bytes. Bandwidth is decimal: 1 TB/s = 10¹² bytes/s. CSV and JSON files hold the raw values in SI units (FLOP/s, bytes, bytes/s, W).</source>
        <translation>以 GB 表示的显存为二进制，与厂商标示相同：1 GB = 2³⁰ 字节，因此 80 GB 即 85,899,345,920 字节。带宽为十进制：1 TB/s = 10¹² 字节/秒。CSV 与 JSON 文件保留 SI 单位的原始数值（FLOP/s、字节、字节/秒、W）。</translation>
    </message>
    <message>
        <source>Announced</source>
        <comment>the date a deal or a deployment was announced</comment>
        <translation>宣布日期</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>已订购</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>规划中</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估计</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公共部门</translation>
    </message>
    <message>
        <source>private</source>
        <translation>私营</translation>
    </message>
    <message>
        <source>public and private</source>
        <translation>公私混合</translation>
    </message>
    <message>
        <source>official figure</source>
        <translation>官方数据</translation>
    </message>
    <message>
        <source>derived from official figures</source>
        <translation>由官方数据推算</translation>
    </message>
    <message>
        <source>reported, not confirmed by the vendor</source>
        <translation>据报道，未经厂商证实</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>估计</translation>
    </message>
    <message>
        <source>projection</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Share of</source>
        <translation>份额类别</translation>
    </message>
    <message>
        <source>Memory generation</source>
        <translation>显存代际</translation>
    </message>
    <message>
        <source>Stacks</source>
        <translation>堆叠数</translation>
    </message>
    <message>
        <source>Capacity per stack (B)</source>
        <translation>每个堆叠容量（B）</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Stated on</source>
        <translation>宣布日期</translation>
    </message>
    <message>
        <source>Chip memory</source>
        <translation>芯片显存</translation>
    </message>
    <message>
        <source>Memory outlook</source>
        <translation>显存展望</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a chart&apos;s title: the row and its unit, &quot;Dense BF16 (FLOP/s)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Specified</source>
        <extracomment>a chart series: the values vendors specify or the press reports, as opposed to projections</extracomment>
        <translation>公布值</translation>
    </message>
    <message>
        <source>Projected %1</source>
        <translation>预测 %1</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <extracomment>a chart&apos;s label for the chip every ratio divides by</extracomment>
        <translation>%1（基准）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>a source in a chart&apos;s source line: publisher, date</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>数据来源：%1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>two sources in a chart&apos;s source line, joined</extracomment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>%1 stands in its system %2 (the first of its systems with a reported price, else its first); %3 is that system&apos;s figure ÷ its accelerators.</source>
        <translation>%1 以其系统 %2 代表（其第一个有公开价格的系统，没有则为第一个系统）；%3 为该系统的数字 ÷ 其加速器数。</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>加速器数</translation>
    </message>
    <message>
        <source>Scale-up domain (accelerators)</source>
        <translation>纵向扩展域（加速器数）</translation>
    </message>
    <message>
        <source>Scale-up bandwidth per accelerator (B/s)</source>
        <translation>每个加速器纵向扩展带宽（B/s）</translation>
    </message>
    <message>
        <source>Scale-out bandwidth per accelerator (B/s)</source>
        <translation>每个加速器横向扩展带宽（B/s）</translation>
    </message>
    <message>
        <source>System IT power (W)</source>
        <translation>系统 IT 功耗（W）</translation>
    </message>
    <message>
        <source>Power basis</source>
        <translation>功耗依据</translation>
    </message>
    <message>
        <source>System price (USD)</source>
        <translation>系统价格（美元）</translation>
    </message>
    <message>
        <source>Price basis</source>
        <translation>价格依据</translation>
    </message>
    <message>
        <source>Price date</source>
        <translation>价格日期</translation>
    </message>
    <message>
        <source>Price source</source>
        <translation>价格来源</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>引用</translation>
    </message>
</context>
<context>
    <name>ReportExportProgress</name>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>RoadmapText</name>
    <message>
        <source>dense BF16</source>
        <translation>稠密 BF16</translation>
    </message>
    <message>
        <source>dense FP8</source>
        <translation>稠密 FP8</translation>
    </message>
    <message>
        <source>dense FP4</source>
        <translation>稠密 FP4</translation>
    </message>
    <message>
        <source>HBM capacity</source>
        <translation>HBM 容量</translation>
    </message>
    <message>
        <source>HBM bandwidth</source>
        <translation>HBM 带宽</translation>
    </message>
    <message>
        <source>dense BF16 per watt</source>
        <translation>每瓦稠密 BF16</translation>
    </message>
    <message>
        <source>bandwidth per watt</source>
        <translation>每瓦带宽</translation>
    </message>
    <message>
        <source>ridge point (BF16)</source>
        <translation>脊点（BF16）</translation>
    </message>
    <message>
        <source>ridge point (FP8)</source>
        <translation>脊点（FP8）</translation>
    </message>
    <message>
        <source>bytes per FLOP (BF16)</source>
        <translation>每 FLOP 字节数（BF16）</translation>
    </message>
    <message>
        <source>Dense BF16 (FLOP/s)</source>
        <translation>稠密 BF16（FLOP/s）</translation>
    </message>
    <message>
        <source>Dense FP8 (FLOP/s)</source>
        <translation>稠密 FP8（FLOP/s）</translation>
    </message>
    <message>
        <source>Dense FP4 (FLOP/s)</source>
        <translation>稠密 FP4（FLOP/s）</translation>
    </message>
    <message>
        <source>Dense BF16 per watt (FLOP/s/W)</source>
        <translation>每瓦稠密 BF16（FLOP/s/W）</translation>
    </message>
    <message>
        <source>availability date</source>
        <translation>供货日期</translation>
    </message>
    <message>
        <source>announcement date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>所有厂商</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>all vendors, metric</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>vendor and metric: NVIDIA dense BF16</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: no fit, fewer than three points (n %2)</source>
        <translation>%1：无法拟合，少于三个数据点（n %2）</translation>
    </message>
    <message>
        <source>%1: no fit, every point on one date (n %2)</source>
        <translation>%1：无法拟合，所有数据点都在同一日期（n %2）</translation>
    </message>
    <message>
        <source>%1: no fit, a value is not positive (n %2)</source>
        <translation>%1：无法拟合，有数值不是正数（n %2）</translation>
    </message>
    <message>
        <source>%1: %2 / yr, doubles every %3 yr (90 %: %4–%5), r² %6, n %7</source>
        <translation>%1：每年 %2，每 %3 年翻倍（90%：%4–%5），r² %6，n %7</translation>
    </message>
    <message>
        <source>%1: %2 / yr, doubles every %3 yr (90 %: %4 yr or more), r² %5, n %6</source>
        <translation>%1：每年 %2，每 %3 年翻倍（90%：%4 年或更长），r² %5，n %6</translation>
    </message>
    <message>
        <source>%1: %2 / yr, halves every %3 yr, r² %4, n %5</source>
        <translation>%1：每年 %2，每 %3 年减半，r² %4，n %5</translation>
    </message>
    <message>
        <source>%1: no growth, n %2</source>
        <translation>%1：没有增长，n %2</translation>
    </message>
    <message>
        <source>%1, includes projections</source>
        <translation>%1，含预测值</translation>
    </message>
    <message>
        <source>fewer than three points: no trend can be fitted</source>
        <translation>少于三个数据点：无法拟合趋势</translation>
    </message>
    <message>
        <source>every point is on the same date: the slope is undefined</source>
        <translation>所有数据点都在同一日期：斜率无定义</translation>
    </message>
    <message>
        <source>a value is zero or negative and has no logarithm</source>
        <translation>有数值为零或负数，无法取对数</translation>
    </message>
    <message>
        <source>no growth: every value is the same, so there is no doubling time and r² is undefined</source>
        <translation>没有增长：所有数值相同，因此没有翻倍时间，r² 无定义</translation>
    </message>
    <message>
        <source>falling: it halves every %1 years; there is no doubling time</source>
        <translation>下降：每 %1 年减半；没有翻倍时间</translation>
    </message>
    <message>
        <source>the 90 % interval of the slope reaches zero: the data cannot rule out no growth, so the doubling time has no upper bound</source>
        <translation>斜率的 90% 区间触及零：数据无法排除没有增长，因此翻倍时间没有上限</translation>
    </message>
    <message>
        <source>includes projected figures</source>
        <translation>含预测数字</translation>
    </message>
    <message>
        <source>(%1 is a projection.)</source>
        <translation>（%1 为预测值。）</translation>
    </message>
    <message>
        <source>HBM capacity (bytes)</source>
        <translation>HBM 容量（字节）</translation>
    </message>
    <message>
        <source>HBM bandwidth (bytes/s)</source>
        <translation>HBM 带宽（字节/秒）</translation>
    </message>
    <message>
        <source>Bandwidth per watt (bytes/s per W)</source>
        <translation>每瓦带宽（字节/秒/W）</translation>
    </message>
    <message>
        <source>Ridge point, BF16 (FLOP/byte)</source>
        <translation>脊点，BF16（FLOP/字节）</translation>
    </message>
    <message>
        <source>Ridge point, FP8 (FLOP/byte)</source>
        <translation>脊点，FP8（FLOP/字节）</translation>
    </message>
    <message>
        <source>Bytes of bandwidth per BF16 FLOP (bytes/FLOP)</source>
        <translation>每 BF16 FLOP 的带宽字节数（字节/FLOP）</translation>
    </message>
    <message>
        <source>%1, %2 (%3) to %4 (%5): dense %6 compute %7, memory bandwidth %8, capacity %9; the ridge point went from %10 to %11 FLOP/byte, %12 in %13 yr (%14 a year).</source>
        <translation>%1，从 %2（%3）到 %4（%5）：稠密 %6 算力 %7，显存带宽 %8，容量 %9；脊点由 %10 变为 %11 FLOP/字节，%13 年内 %12（每年 %14）。</translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <source>Dense %1</source>
        <translation>稠密 %1</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>供货</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Memory wall</source>
        <translation>内存墙</translation>
    </message>
    <message>
        <source>Each vendor&apos;s chips from announcement to availability, with its events and today&apos;s date</source>
        <translation>各厂商芯片从发布到供货的时间，附事件与今天的日期</translation>
    </message>
    <message>
        <source>A figure of every chip over time on a log scale, with a fitted trend and doubling time per vendor</source>
        <translation>各芯片某项规格随时间的变化（对数刻度），附各厂商的拟合趋势与翻倍时间</translation>
    </message>
    <message>
        <source>Each vendor&apos;s flagships: compute against memory bandwidth and capacity, as growth since the first</source>
        <translation>各厂商旗舰：算力对比显存带宽与容量，以相对首款的增长表示</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Compute:</source>
        <translation>算力(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Place each chip at its availability date (a quarter or a half at its middle, a year at 1 July) or at its announcement</source>
        <translation>把每颗芯片放在供货日期（季度或半年取其中点，整年取 7 月 1 日）或发布日期</translation>
    </message>
    <message>
        <source>&amp;Include projections</source>
        <translation>纳入预测值(&amp;I)</translation>
    </message>
    <message>
        <source>Projected figures are always drawn (hollow); ticked, they count in the fits and the memory wall</source>
        <translation>预测数字一律以空心点绘出；勾选后，会纳入拟合与内存墙</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>事件(&amp;E)</translation>
    </message>
    <message>
        <source>Keynotes, conferences, launches, shipments and earnings on a line above each vendor&apos;s chips</source>
        <translation>主题演讲、大会、发布、出货与财报，标在各厂商芯片上方的一行</translation>
    </message>
    <message>
        <source>Which vendors every tab shows</source>
        <translation>各标签页显示哪些厂商</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>所有厂商</translation>
    </message>
    <message>
        <source>Vendors: all</source>
        <translation>厂商：全部</translation>
    </message>
    <message>
        <source>Vendors: %1 of %2</source>
        <translation>厂商：%2 家中的 %1 家</translation>
    </message>
    <message>
        <source>Write what the current tab shows to a spreadsheet, PDF, web page, Markdown, CSV or JSON file, or its chart to a PNG or SVG image</source>
        <translation>将当前标签页的内容写成电子表格、PDF、网页、Markdown、CSV 或 JSON 文件，或将图表存成 PNG 或 SVG 图像</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>趋势图</translation>
    </message>
    <message>
        <source>Memory wall chart</source>
        <translation>内存墙图</translation>
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
        <source>%1, PNG image (*.png)</source>
        <translation>%1，PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>%1, SVG drawing (*.svg)</source>
        <translation>%1，SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export the roadmap</source>
        <translation>导出路线图</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The roadmap could not be written to %1:
%2</source>
        <translation>路线图无法写入 %1：
%2</translation>
    </message>
</context>
<context>
    <name>RooflineChart</name>
    <message>
        <source>Roofline · dense %1</source>
        <translation>屋顶线 · 稠密 %1</translation>
    </message>
    <message>
        <source>Attainable (%1%2)</source>
        <translation>可达算力（%1%2）</translation>
    </message>
    <message>
        <source>memory-bound</source>
        <translation>内存受限</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>计算受限</translation>
    </message>
    <message>
        <source>operators (%1)</source>
        <translation>算子（%1）</translation>
    </message>
    <message>
        <source>%1 roof (%2)</source>
        <comment>what-if memory tier&apos;s roof (chip)</comment>
        <translation>%1 屋顶（%2）</translation>
    </message>
    <message>
        <source>(projected)</source>
        <translation>（预测）</translation>
    </message>
    <message>
        <source>dense %1 peak %2 · memory bandwidth %3</source>
        <translation>稠密 %1 峰值 %2 · 显存带宽 %3</translation>
    </message>
    <message>
        <source>ridge = peak ÷ bandwidth = %1 ÷ %2 = %3</source>
        <translation>脊点 = 峰值 ÷ 带宽 = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>at %1: attainable = min(peak, intensity × bandwidth) = min(%2, %1 × %3) = %4, %5</source>
        <translation>在 %1：可达算力 = min(峰值, 运算强度 × 带宽) = min(%2, %1 × %3) = %4，%5</translation>
    </message>
    <message>
        <source>the whole step: Σ FLOPs ÷ Σ bytes = %1; Σ FLOPs ÷ time per step = %2 (%3 of the peak)</source>
        <translation>整步：Σ 浮点运算量 ÷ Σ 字节 = %1；Σ 浮点运算量 ÷ 每步时间 = %2（峰值的 %3）</translation>
    </message>
    <message>
        <source>compute %1 vs memory %2 per step · memory stall %3</source>
        <translation>每步计算 %1，内存 %2 · 内存等待 %3</translation>
    </message>
    <message>
        <source>%1 tokens/s per chip</source>
        <translation>每芯片每秒 %1 个 token</translation>
    </message>
    <message>
        <source>attainable = min(peak, intensity × bandwidth) = min(%1, %2 × %3) = %4</source>
        <translation>可达算力 = min(峰值, 运算强度 × 带宽) = min(%1, %2 × %3) = %4</translation>
    </message>
    <message>
        <source>What-if tier %1: %2 per chip; a kernel reading only from it reaches min(peak, intensity × %2)</source>
        <translation>假设内存层 %1：每芯片 %2；只从此层读取的内核可达 min(峰值, 运算强度 × %2)</translation>
    </message>
    <message>
        <source>%1 · ridge %2</source>
        <comment>chip name · ridge point in FLOP/byte</comment>
        <translation>%1 · 脊点 %2</translation>
    </message>
    <message>
        <source>Arithmetic intensity (FLOP/byte)</source>
        <translation>运算强度（FLOP/字节）</translation>
    </message>
</context>
<context>
    <name>RooflineControls</name>
    <message>
        <source>&amp;Precision</source>
        <translation>精度(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Operators of</source>
        <translation>算子来自(&amp;O)</translation>
    </message>
    <message>
        <source>The chip whose operators are drawn on the roofline and listed in the operator table.</source>
        <translation>在屋顶线图上绘出并在算子表中列出其算子的芯片。</translation>
    </message>
    <message>
        <source>&amp;Intensity</source>
        <translation>运算强度(&amp;I)</translation>
    </message>
    <message>
        <source>Arithmetic intensity: floating-point operations done per byte moved to or from memory.</source>
        <translation>运算强度：每从内存搬运一个字节所做的浮点运算次数。</translation>
    </message>
    <message>
        <source>C = A·B with A of M×K and B of K×N: 2·M·N·K FLOPs; each matrix read or written once.</source>
        <translation>C = A·B，A 为 M×K、B 为 K×N：2·M·N·K 次浮点运算；每个矩阵只读写一次。</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>P&amp;hase</source>
        <translation>阶段(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>批大小(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Context</source>
        <translation>上下文长度(&amp;C)</translation>
    </message>
    <message>
        <source>Pro&amp;mpt</source>
        <translation>提示长度(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Tensor parallel</source>
        <translation>张量并行(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;KV cache</source>
        <translation>KV 缓存(&amp;K)</translation>
    </message>
    <message>
        <source>A model preset from the dataset: layers, widths, attention type and experts as its configuration gives them.</source>
        <translation>数据集中的模型预设：层数、宽度、注意力类型与专家数，依其配置文件。</translation>
    </message>
    <message>
        <source>Decode: one new token per sequence per step, reading all weights and the KV cache. Prefill: the whole prompt at once, the time to first token.</source>
        <translation>解码：每步为每个序列生成一个新 token，须读取全部权重与 KV 缓存。预填充：一次处理整段提示，即首 token 时延（TTFT）。</translation>
    </message>
    <message>
        <source>Sequences served together, on a log scale from 1 to 4,096; type any batch in the box.</source>
        <translation>同时服务的序列数，以对数刻度从 1 到 4,096；也可在输入框中输入任意批大小。</translation>
    </message>
    <message>
        <source>Sequences served together.</source>
        <translation>同时服务的序列数。</translation>
    </message>
    <message>
        <source>Decode: the tokens each new token attends to (prompt plus tokens generated so far).</source>
        <translation>解码：每个新 token 所关注的 token 数（提示加上已生成的 token）。</translation>
    </message>
    <message>
        <source>Prefill: prompt tokens per sequence.</source>
        <translation>预填充：每个序列的提示 token 数。</translation>
    </message>
    <message>
        <source>Tensor parallelism: chips that split every layer over their scale-up link (NVLink, ICI …).</source>
        <translation>张量并行：通过纵向扩展互连（NVLink、ICI 等）分摊每一层的芯片数。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Capacity per chip</source>
        <translation>每芯片容量</translation>
    </message>
    <message>
        <source>Bandwidth per chip</source>
        <translation>每芯片带宽</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>存放</translation>
    </message>
    <message>
        <source>Add a memory tier beside HBM, such as high-bandwidth flash (HBF) or host memory over NVLink-C2C, and put the weights or the KV cache on it.</source>
        <translation>在 HBM 之外加一层内存，例如高带宽闪存（HBF）或经 NVLink-C2C 连接的主机内存，并把权重或 KV 缓存放在上面。</translation>
    </message>
    <message>
        <source>Price per chip</source>
        <translation>单颗芯片价格</translation>
    </message>
    <message>
        <source>Written off over (years)</source>
        <translation>折旧年限（年）</translation>
    </message>
    <message>
        <source>Electricity per kWh</source>
        <translation>每度电价</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Pa&amp;y by</source>
        <translation>付费方式(&amp;Y)</translation>
    </message>
    <message>
        <source>Per chip-hour</source>
        <translation>每芯片小时</translation>
    </message>
    <message>
        <source>What renting one chip for an hour costs, power and hosting included. The same for every chip, so the cost per million tokens compares throughput; change it to compare offers.</source>
        <translation>租用一颗芯片一小时的费用，含电力与机房托管。每款芯片相同，因此每百万 token 成本比较的是吞吐量；修改它即可比较不同报价。</translation>
    </message>
    <message>
        <source>Use the dataset&apos;s price estimate for the chips that have one; the price above applies to the rest.</source>
        <translation>数据集有价格估计的芯片使用该估计；其余芯片套用上方的价格。</translation>
    </message>
    <message>
        <source>Default 4 years: a common depreciation schedule for servers.</source>
        <translation>默认 4 年：服务器常见的折旧年限。</translation>
    </message>
    <message>
        <source>Default USD 0.08 per kWh: an industrial tariff in the US.</source>
        <translation>默认每度 0.08 美元：美国的工业电价。</translation>
    </message>
    <message>
        <source>Power usage effectiveness: facility power ÷ IT power. Default 1.2, a modern AI data hall.</source>
        <translation>电能使用效率：机房总电力 ÷ IT 设备电力。默认 1.2，即现代 AI 机房的水平。</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 chips)</source>
        <comment>precision (chips that have it of chips chosen)</comment>
        <translation>%1（%3 款中 %2 款有）</translation>
    </message>
    <message>
        <source>Not on: %1</source>
        <translation>数据集无此精度数据：%1</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>What-if memory tier</source>
        <translation>假设的内存层</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>经济性</translation>
    </message>
    <message>
        <source>Arithmetic intensity</source>
        <translation>运算强度</translation>
    </message>
    <message>
        <source>Matrix multiply (GEMM)</source>
        <translation>矩阵乘法（GEMM）</translation>
    </message>
    <message>
        <source>LLM inference</source>
        <translation>大语言模型推理</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>解码</translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation>预填充</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Renting</source>
        <translation>租用</translation>
    </message>
    <message>
        <source>Buying</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Dataset&apos;s estimate where it has one</source>
        <translation>有数据集估计时采用估计</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Back to the documented defaults: USD %1 per chip-hour rented; bought, written off over 4 years, PUE 1.2, USD 0.08 per kWh.</source>
        <translation>恢复文档所载的默认值：租用每芯片小时 %1 美元；购买则折旧 4 年、PUE 1.2、每度 0.08 美元。</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <source>Binary gigabytes, as vendors print memory capacity (1 GB = 2³⁰ bytes).</source>
        <translation>二进制 GB，与厂商标示显存容量的方式相同（1 GB = 2³⁰ 字节）。</translation>
    </message>
    <message>
        <source>Decimal terabytes per second (1 TB/s = 10¹² bytes/s).</source>
        <translation>十进制的每秒 TB（1 TB/s = 10¹² 字节/秒）。</translation>
    </message>
    <message numerus="yes">
        <source> chip(s)</source>
        <comment>tensor-parallel degree suffix: 1 chip, 2 chips</comment>
        <translation>
            <numerusform> 颗芯片</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>The weights and their matmuls. Default FP8, the same as the command line&apos;s. Only precisions at least one chosen chip has a dense figure for are offered; a chip without the chosen one keeps its column in the results, marked as such.</source>
        <translation>权重及其矩阵乘法所用的精度。默认 FP8，与命令行相同。只列出至少一款所选芯片有稠密数据的精度；缺少所选精度的芯片仍保留在结果中，并注明缺少。</translation>
    </message>
    <message>
        <source>The KV cache&apos;s element format. By default BF16 for BF16 weights and FP8 for FP8 or narrower weights, as serving engines do; an FP4 KV cache only when chosen here.</source>
        <translation>KV 缓存的数值格式。默认与推理服务引擎相同：BF16 权重用 BF16，FP8 或更窄的权重用 FP8；只有在此选择时才用 FP4 KV 缓存。</translation>
    </message>
    <message>
        <source>E&amp;xpert parallel</source>
        <translation>专家并行(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Attention math</source>
        <translation>注意力计算(&amp;A)</translation>
    </message>
    <message>
        <source>Expert parallelism: chips the routed experts are spread over, each holding its share whole; tokens reach them by an all-to-all in every MoE layer. 1: experts split like the other layers.</source>
        <translation>专家并行：分摊路由专家的芯片数，每颗芯片完整保有自己的那一份专家；每个 MoE 层以 all-to-all 把 token 送到专家。1：专家与其他层一样切分。</translation>
    </message>
    <message>
        <source>Each chip of the group runs attention for its own sequences and keeps only their KV cache, instead of splitting every sequence&apos;s attention.</source>
        <translation>组内每颗芯片只为自己的序列计算注意力，并只保存这些序列的 KV 缓存，而不是切分每个序列的注意力。</translation>
    </message>
    <message>
        <source>The format attention&apos;s own matmuls (q·k and p·v) run at. By default BF16, as serving engines do.</source>
        <translation>注意力本身的矩阵乘法（q·k 与 p·v）所用的格式。默认 BF16，与推理服务引擎相同。</translation>
    </message>
    <message>
        <source>Default (BF16)</source>
        <translation>默认（BF16）</translation>
    </message>
    <message>
        <source>&amp;Data-parallel attention</source>
        <translation>数据并行注意力(&amp;D)</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <comment>KV cache precision the engine picks for these weights</comment>
        <translation>默认（%1）</translation>
    </message>
    <message>
        <source>I&amp;nput tokens</source>
        <translation>输入长度(&amp;N)</translation>
    </message>
    <message>
        <source>O&amp;utput tokens</source>
        <translation>输出长度(&amp;U)</translation>
    </message>
    <message>
        <source>Accepted per &amp;step</source>
        <translation>每步接受数(&amp;S)</translation>
    </message>
    <message>
        <source>Tar&amp;get per user</source>
        <translation>每人目标(&amp;G)</translation>
    </message>
    <message>
        <source>Serve whole requests: prefill the input once (the time to first token), then decode the output one step at a time as the context grows. Tokens/s then count output tokens over the whole request.</source>
        <translation>以完整请求服务：输入先一次预填充（即首 token 时延），再随上下文增长逐步解码输出。此时每秒 token 数统计的是整个请求期间的输出 token。</translation>
    </message>
    <message>
        <source>Prompt tokens per request, prefilled at once.</source>
        <translation>每个请求的提示 token 数，一次预填充。</translation>
    </message>
    <message>
        <source>Tokens generated per request; decode runs at the mean context, input plus half the output.</source>
        <translation>每个请求生成的 token 数；解码按平均上下文长度计算，即输入加一半输出。</translation>
    </message>
    <message>
        <source>Tokens each sequence gains per decode step with multi-token prediction or speculative decoding (the mean accepted). The step reads the weights and the KV cache once for all of them. 1: plain decoding.</source>
        <translation>使用多 token 预测或推测解码时，每个序列每个解码步骤平均接受的 token 数。该步骤只读取一次权重与 KV 缓存。1：普通解码。</translation>
    </message>
    <message>
        <source>The frontier chart picks, for each chip, the layout and batch with the most tokens/s per chip that still gives every user at least this many tokens/s.</source>
        <translation>前沿图为每款芯片挑出在每位用户每秒至少获得这么多 token 的前提下，每芯片每秒 token 数最高的并行配置与批大小。</translation>
    </message>
    <message>
        <source>&amp;Whole request</source>
        <translation>完整请求(&amp;W)</translation>
    </message>
    <message>
        <source> tokens/s</source>
        <translation> token/秒</translation>
    </message>
    <message>
        <source>Pipeline parallelism: the layers split over this many stages, each on its own group of chips; a batch smaller than the stages leaves them idle (the bubble). 1: no pipeline.</source>
        <translation>流水线并行：各层分给这么多个阶段，每个阶段由自己的一组芯片执行；批大小小于阶段数时，部分阶段会空闲（气泡）。1：不使用流水线。</translation>
    </message>
    <message>
        <source>Chunked prefill: the prompt tokens each decode step also carries, as vLLM and SGLang schedule it; a request&apos;s first token comes after ⌈input ÷ chunk⌉ such steps. Off: the prompts are prefilled apart.</source>
        <translation>分块预填充：每个解码步骤同时携带的提示 token 数，与 vLLM、SGLang 的调度方式相同；请求的首个 token 在 ⌈输入 ÷ 分块⌉ 个这样的步骤后产生。关闭：提示单独预填充。</translation>
    </message>
    <message numerus="yes">
        <source> stage(s)</source>
        <comment>pipeline stages: 1 stage, 2 stages</comment>
        <translation>
            <numerusform> 个阶段</numerusform>
        </translation>
    </message>
    <message>
        <source>Off</source>
        <comment>chunked prefill off: prompts prefilled apart</comment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Prefill &amp;chunk</source>
        <translation>预填充分块(&amp;C)</translation>
    </message>
    <message>
        <source>P&amp;ipeline stages</source>
        <translation>流水线并行(&amp;I)</translation>
    </message>
</context>
<context>
    <name>RooflineReport</name>
    <message numerus="yes">
        <source>Roofline: %1 on %n chip(s)</source>
        <translation>
            <numerusform>屋顶线：%1，%n 款芯片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roofline on %n chip(s)</source>
        <translation>
            <numerusform>屋顶线：%n 款芯片</numerusform>
        </translation>
    </message>
    <message>
        <source>Workload: a kernel of %1, dense %2.</source>
        <translation>工作负载：运算强度 %1 的内核，稠密 %2。</translation>
    </message>
    <message>
        <source>Workload: matrix multiply M = %1, N = %2, K = %3, dense %4.</source>
        <translation>工作负载：矩阵乘法 M = %1、N = %2、K = %3，稠密 %4。</translation>
    </message>
    <message>
        <source>Every figure is the roofline&apos;s upper bound: dense peak throughput and memory bandwidth as the dataset gives them, no efficiency losses. Real systems reach less; real costs are higher.</source>
        <translation>每个数字都是屋顶线的上限：采用数据集中的稠密峰值算力与显存带宽，不计效率损失。实际系统达不到，实际成本也更高。</translation>
    </message>
    <message>
        <source>Memory kept back on every chip for activations and workspace: %1.</source>
        <translation>每颗芯片保留给激活值与工作区的显存：%1。</translation>
    </message>
    <message>
        <source>What-if memory tier %1: %2 GB and %3 per chip, holding the %4.</source>
        <translation>假设的内存层 %1：每芯片 %2 GB、%3，存放%4。</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Cost: chips rented at %1 per chip-hour, the same for every chip (an assumption).</source>
        <translation>成本：芯片以每芯片小时 %1 租用，每款芯片相同（此为假设）。</translation>
    </message>
    <message>
        <source>Cost: chips bought at %1 each (the dataset&apos;s estimate where it has one), written off over %2 years, power at TDP × PUE %3 × %4 per kWh.</source>
        <translation>成本：芯片以每颗 %1 购买（数据集有估计时采用估计），折旧 %2 年，电费为 TDP × PUE %3 × 每度 %4。</translation>
    </message>
    <message>
        <source>Tokens per joule count the chip&apos;s energy at its TDP, without facility overhead: a lower bound.</source>
        <translation>每焦耳 token 数以芯片的 TDP 计算能耗，不含机房损耗：为下限。</translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation>屋顶线</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>%1 marks a figure computed from projected chip figures, not vendor specifications.</source>
        <translation>%1 表示由芯片的预测数据算出的数字，并非厂商规格。</translation>
    </message>
    <message numerus="yes">
        <source>Workload: %1, decode, batch %2, context %3 tokens, tensor parallel over %n chip(s); weights and compute %4, KV cache %5.</source>
        <translation>
            <numerusform>工作负载：%1，解码，批大小 %2，上下文长度 %3 个 token，张量并行 %n 颗芯片；权重与计算 %4，KV 缓存 %5。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workload: %1, prefill, batch %2, prompt %3 tokens, tensor parallel over %n chip(s); weights and compute %4, KV cache %5.</source>
        <translation>
            <numerusform>工作负载：%1，预填充，批大小 %2，提示 %3 个 token，张量并行 %n 颗芯片；权重与计算 %4，KV 缓存 %5。</numerusform>
        </translation>
    </message>
    <message>
        <source>no power figure</source>
        <translation>无功耗数字</translation>
    </message>
    <message>
        <source>power %1 per accelerator from the system (%2)</source>
        <translation>每个加速器功耗 %1，取自系统（%2）</translation>
    </message>
    <message>
        <source>power %1 per accelerator: the chip&apos;s TDP × %2, no system figure</source>
        <translation>每个加速器功耗 %1：芯片 TDP × %2，无系统数字</translation>
    </message>
    <message>
        <source>price %1 (%2, %3, %4)</source>
        <translation>价格 %1（%2，%3，%4）</translation>
    </message>
    <message>
        <source>no system price: the chip&apos;s own price × accelerators, %1</source>
        <translation>无系统价格：芯片本身价格 × 加速器数，%1</translation>
    </message>
    <message>
        <source>rented</source>
        <translation>租用</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <source>%1 in %2: %3; %4.</source>
        <translation>%1 位于 %2：%3；%4。</translation>
    </message>
    <message>
        <source>Cost basis: bought at the system&apos;s price, written off over %1 years at a cost of capital of %2 (0: evenly).</source>
        <translation>成本基础：以系统价格购买，按资金成本 %2 在 %1 年内摊还（0：平均摊提）。</translation>
    </message>
    <message>
        <source>Utilisation %1: the share of hours doing paid work (100%: every hour, the bound).</source>
        <translation>利用率 %1：做付费工作的时数比例（100%：每小时皆是，即上限）。</translation>
    </message>
    <message>
        <source>Facility capex %1 per MW of facility power (0: left out).</source>
        <translation>每 MW 机房电力的机房资本开支 %1（0：不计）。</translation>
    </message>
    <message>
        <source>Electricity %1 per kWh (default 0.08: an industrial tariff in the US).</source>
        <translation>电价每度 %1（默认 0.08：美国工业电价）。</translation>
    </message>
    <message>
        <source>PUE %1: facility power ÷ IT power (default 1.2: a modern AI data hall).</source>
        <translation>PUE %1：机房总电力 ÷ IT 设备电力（默认 1.2：现代 AI 机房）。</translation>
    </message>
    <message>
        <source>rented at %1&apos;s on-demand list price for %2, %3 per accelerator-hour (as of %4, %5)</source>
        <translation>以 %1 的 %2 按需牌价租用，每加速器小时 %3（%4 时，%5）</translation>
    </message>
    <message>
        <source>Cost basis: rented, power and hosting included: at the list price named for each system above, else at %1 per accelerator-hour (typed).</source>
        <translation>成本基础：租用，含电力与托管；按上列各系统注明的牌价，否则以每加速器小时 %1（自行输入）计。</translation>
    </message>
</context>
<context>
    <name>RooflineResultsModel</name>
    <message>
        <source>Peak, dense %1</source>
        <translation>峰值，稠密 %1</translation>
    </message>
    <message>
        <source>Memory bandwidth</source>
        <translation>显存带宽</translation>
    </message>
    <message>
        <source>Ridge point</source>
        <translation>脊点</translation>
    </message>
    <message>
        <source>Arithmetic intensity</source>
        <translation>运算强度</translation>
    </message>
    <message>
        <source>Attainable throughput</source>
        <translation>可达算力</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Time per token</source>
        <translation>每个 token 的时间</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首 token 时延（TTFT）</translation>
    </message>
    <message numerus="yes">
        <source>Tokens/s, all %n chip(s)</source>
        <translation>
            <numerusform>每秒 token 数，全部 %n 颗芯片</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens/s per chip</source>
        <translation>每芯片每秒 token 数</translation>
    </message>
    <message>
        <source>Tokens/s per user</source>
        <translation>每位用户每秒 token 数</translation>
    </message>
    <message>
        <source>Memory stall</source>
        <translation>内存等待占比</translation>
    </message>
    <message>
        <source>Fits in memory</source>
        <translation>显存放得下</translation>
    </message>
    <message>
        <source>KV wall (largest batch)</source>
        <translation>KV 墙（最大批大小）</translation>
    </message>
    <message>
        <source>Compute-bound from batch</source>
        <translation>自此批大小起计算受限</translation>
    </message>
    <message>
        <source>Cost per chip-hour</source>
        <translation>每芯片小时成本</translation>
    </message>
    <message>
        <source>Cost per million tokens</source>
        <translation>每百万 token 成本</translation>
    </message>
    <message>
        <source>Tokens per joule</source>
        <translation>每焦耳 token 数</translation>
    </message>
    <message>
        <source>no %1</source>
        <comment>the chip has no figure for this precision: &quot;no FP4&quot;</comment>
        <translation>无 %1</translation>
    </message>
    <message>
        <source>TP too wide</source>
        <comment>tensor parallelism wider than the chip&apos;s scale-up domain</comment>
        <translation>张量并行过宽</translation>
    </message>
    <message>
        <source>cannot compute</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <source>%1 has no dense %2 figure in the dataset; it has %3. Choose one of those precisions to include it.</source>
        <translation>数据集中 %1 没有稠密 %2 数据；它有 %3。选择其中一种精度即可纳入。</translation>
    </message>
    <message>
        <source>Tensor parallelism over %1 chips is more than %2&apos;s scale-up domain of %3 chips.</source>
        <translation>张量并行 %1 颗芯片，超过 %2 的纵向扩展域 %3 颗芯片。</translation>
    </message>
    <message>
        <source>The calculator cannot run this workload on %1: %2</source>
        <translation>计算器无法在 %1 上运行此工作负载：%2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <source>no: needs %n chip(s)</source>
        <translation>
            <numerusform>否：需 %n 颗芯片</numerusform>
        </translation>
    </message>
    <message>
        <source>no: never fits</source>
        <translation>否：再多芯片也放不下</translation>
    </message>
    <message>
        <source>never</source>
        <comment>no batch makes the step compute-bound</comment>
        <translation>始终不会</translation>
    </message>
    <message>
        <source>The bandwidth of %1&apos;s own memory (HBM).</source>
        <translation>%1 自身显存（HBM）的带宽。</translation>
    </message>
    <message>
        <source>ridge = peak ÷ bandwidth = %1 ÷ %2 = %3</source>
        <translation>脊点 = 峰值 ÷ 带宽 = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>intensity = FLOPs ÷ bytes = %1 ÷ %2 = %3</source>
        <translation>运算强度 = 浮点运算量 ÷ 字节 = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>The intensity you chose: FLOPs done per byte moved.</source>
        <translation>您选择的运算强度：每搬运一个字节所做的浮点运算次数。</translation>
    </message>
    <message>
        <source>attainable = Σ FLOPs ÷ time per step = %1 ÷ %2 = %3 (%4 of the peak)</source>
        <translation>可达算力 = Σ 浮点运算量 ÷ 每步时间 = %1 ÷ %2 = %3（峰值的 %4）</translation>
    </message>
    <message>
        <source>attainable = min(peak, intensity × bandwidth) = min(%1, %2 × %3) = %4</source>
        <translation>可达算力 = min(峰值, 运算强度 × 带宽) = min(%1, %2 × %3) = %4</translation>
    </message>
    <message>
        <source>Σ compute time %1 vs Σ memory time %2 over the step&apos;s operators: %3</source>
        <translation>本步各算子的 Σ 计算时间 %1 对 Σ 内存时间 %2：%3</translation>
    </message>
    <message>
        <source>intensity %1 %2 ridge %3: %4</source>
        <translation>运算强度 %1 %2 脊点 %3：%4</translation>
    </message>
    <message>
        <source>time = max(FLOPs ÷ peak, bytes ÷ bandwidth) = max(%1, %2) = %3</source>
        <translation>时间 = max(浮点运算量 ÷ 峰值, 字节 ÷ 带宽) = max(%1, %2) = %3</translation>
    </message>
    <message>
        <source>Σ over operators of max(FLOPs ÷ peak, bytes ÷ bandwidth) = %1; compute alone would take %2, memory alone %3</source>
        <translation>各算子的 max(浮点运算量 ÷ 峰值, 字节 ÷ 带宽) 之和 = %1；单看计算需 %2，单看内存需 %3</translation>
    </message>
    <message>
        <source>tokens/s = batch ÷ time per token = %1 ÷ %2 = %3</source>
        <translation>每秒 token 数 = 批大小 ÷ 每个 token 的时间 = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>tokens/s = batch × prompt ÷ time to first token = %1 × %2 ÷ %3 = %4</source>
        <translation>每秒 token 数 = 批大小 × 提示长度 ÷ 首 token 时延 = %1 × %2 ÷ %3 = %4</translation>
    </message>
    <message numerus="yes">
        <source>per chip = %1 ÷ %n chip(s) = %2</source>
        <translation>
            <numerusform>每芯片 = %1 ÷ %n 颗芯片 = %2</numerusform>
        </translation>
    </message>
    <message>
        <source>per user = %1 ÷ %2 sequences = %3</source>
        <translation>每位用户 = %1 ÷ %2 个序列 = %3</translation>
    </message>
    <message>
        <source>memory stall = time the compute units wait on memory ÷ time per step = %1 ÷ %2 = %3</source>
        <translation>内存等待占比 = 计算单元等待内存的时间 ÷ 每步时间 = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>per chip: weights %1 + KV cache %2 = %3, against %4 usable (%5 kept back)</source>
        <translation>每芯片：权重 %1 + KV 缓存 %2 = %3，可用 %4（保留 %5）</translation>
    </message>
    <message>
        <source>fewest chips that hold it: %1</source>
        <translation>放得下所需的最少芯片数：%1</translation>
    </message>
    <message>
        <source>largest batch whose KV cache (%1 per token of context) fits beside the weights at context %2</source>
        <translation>在上下文长度 %2 下，KV 缓存（每个上下文 token %1）与权重一同放得下的最大批大小</translation>
    </message>
    <message>
        <source>smallest batch at which Σ FLOPs ÷ peak ≥ Σ bytes ÷ bandwidth at context %1</source>
        <translation>在上下文长度 %1 下，使 Σ 浮点运算量 ÷ 峰值 ≥ Σ 字节 ÷ 带宽 的最小批大小</translation>
    </message>
    <message>
        <source>No batch turns the step compute-bound at context %1: attention reads the whole KV cache for every token, and its intensity stays below the ridge. Shorter contexts turn compute-bound.</source>
        <translation>在上下文长度 %1 下，没有任何批大小能让这一步转为计算受限：注意力每生成一个 token 都要读取整个 KV 缓存，其运算强度始终低于脊点。较短的上下文才会转为计算受限。</translation>
    </message>
    <message>
        <source>Rental price per chip-hour, your assumption; it covers power and hosting.</source>
        <translation>每芯片小时的租用价格，为您的假设；已含电力与机房托管。</translation>
    </message>
    <message>
        <source>price ÷ (years × 8,766 h) + TDP × PUE × electricity = %1 ÷ (%2 × 8,766) + %3 kW × %4 × %5 per kWh = %6</source>
        <translation>价格 ÷ (年数 × 8,766 小时) + TDP × PUE × 电价 = %1 ÷ (%2 × 8,766) + %3 kW × %4 × 每度 %5 = %6</translation>
    </message>
    <message>
        <source>The price is the dataset&apos;s estimate for %1.</source>
        <translation>此价格为数据集对 %1 的估计。</translation>
    </message>
    <message>
        <source>cost per chip-hour ÷ (tokens/s per chip × 3,600) × 1,000,000 = %1 ÷ (%2 × 3,600) × 10⁶ = %3. Chips kept busy at the bound: real costs are higher.</source>
        <translation>每芯片小时成本 ÷ (每芯片每秒 token 数 × 3,600) × 1,000,000 = %1 ÷ (%2 × 3,600) × 10⁶ = %3。假设芯片满载达到上限：实际成本更高。</translation>
    </message>
    <message>
        <source>The dataset has no TDP figure for %1.</source>
        <translation>数据集没有 %1 的 TDP 数据。</translation>
    </message>
    <message>
        <source>tokens per joule = tokens/s per chip ÷ TDP = %1 ÷ %2 W = %3 (at full TDP: a lower bound)</source>
        <translation>每焦耳 token 数 = 每芯片每秒 token 数 ÷ TDP = %1 ÷ %2 W = %3（以满载 TDP 计：为下限）</translation>
    </message>
    <message>
        <source>(from projected figures)</source>
        <translation>（依预测数据）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>row label (unit)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(projected)</source>
        <translation>（预测）</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Projected figures: drawn dashed on the charts.</source>
        <translation>预测数据：在图表上以虚线绘制。</translation>
    </message>
    <message>
        <source>Its operators are shown on the roofline and in the operator table.</source>
        <translation>其算子显示在屋顶线图与算子表中。</translation>
    </message>
    <message>
        <source>The model does not fit in memory on any number of chips at this batch and context: the KV cache each chip must hold alone is too large. A smaller batch or context fits.</source>
        <translation>在此批大小与上下文长度下，再多芯片也放不下这个模型：每颗芯片必须各自存放的 KV 缓存太大。较小的批大小或上下文长度放得下。</translation>
    </message>
    <message numerus="yes">
        <source>The model does not fit in memory on %n chip(s) at this batch and context, so it has no speed or cost here.</source>
        <translation>
            <numerusform>在此批大小与上下文长度下，%n 颗芯片的显存放不下这个模型，因此这里没有速度与成本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It needs %n chip(s): set tensor parallelism to that, or lower the batch or context.</source>
        <translation>
            <numerusform>它需要 %n 颗芯片：将张量并行设为此数，或降低批大小或上下文长度。</numerusform>
        </translation>
    </message>
    <message>
        <source>not even batch 1</source>
        <comment>the KV wall: no batch fits in memory</comment>
        <translation>批大小为 1 也放不下</translation>
    </message>
    <message>
        <source>The dense %1 peak the dataset gives for %2, without 2:4 sparsity (a vendor&apos;s sparse figure is twice as high).</source>
        <translation>数据集中 %2 的稠密 %1 峰值，不含 2:4 稀疏（厂商的稀疏数据是其两倍）。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Power per accelerator, at the wall</source>
        <translation>每个加速器耗电（含机房）</translation>
    </message>
    <message>
        <source>Cost per accelerator-hour, in the system</source>
        <translation>每加速器小时成本（系统）</translation>
    </message>
    <message>
        <source>Cost per million tokens, in the system</source>
        <translation>每百万 token 成本（系统）</translation>
    </message>
    <message>
        <source>Tokens/s per MW</source>
        <translation>每 MW 每秒 token 数</translation>
    </message>
    <message>
        <source>Per gigawatt: accelerators</source>
        <translation>每 GW：加速器</translation>
    </message>
    <message>
        <source>Per gigawatt: systems</source>
        <translation>每 GW：系统</translation>
    </message>
    <message>
        <source>Per gigawatt: capex</source>
        <translation>每 GW：资本开支</translation>
    </message>
    <message>
        <source>Per gigawatt: tokens/s</source>
        <translation>每 GW：每秒 token 数</translation>
    </message>
    <message>
        <source>chip alone</source>
        <translation>仅芯片</translation>
    </message>
    <message>
        <source>No source gives the power of %1 and the dataset has no TDP for %2: no power, cost or per-gigawatt figure.</source>
        <translation>没有来源提供 %1 的功耗，数据中也没有 %2 的 TDP：无法算出耗电、成本或每 GW 数字。</translation>
    </message>
    <message>
        <source>system IT power ÷ accelerators × PUE = %1 ÷ %2 × %3 = %4</source>
        <translation>系统 IT 功耗 ÷ 加速器数 × PUE = %1 ÷ %2 × %3 = %4</translation>
    </message>
    <message>
        <source>No source gives the system&apos;s power: chip TDP × overhead × PUE = %1 W × %2 × %3 = %4</source>
        <translation>没有来源提供系统功耗：芯片 TDP × 附加系数 × PUE = %1 W × %2 × %3 = %4</translation>
    </message>
    <message>
        <source>No price is reported for %1 and the dataset has no price for %2.</source>
        <translation>%1 没有公开价格，数据中也没有 %2 的价格。</translation>
    </message>
    <message>
        <source>rental price ÷ utilisation = %1 ÷ %2 = %3</source>
        <translation>租用价格 ÷ 利用率 = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>(capex repaid over %1 years at %2 + energy) ÷ utilisation = (%3 + %4 kW × %5 per kWh) ÷ %6 = %7; capex per accelerator = %8 (price ÷ accelerators + facility capex per MW × MW)</source>
        <translation>（资本开支以 %2 在 %1 年内摊还 + 电费）÷ 利用率 =（%3 + %4 kW × 每度 %5）÷ %6 = %7；每个加速器资本开支 = %8（价格 ÷ 加速器数 + 每 MW 机房资本开支 × MW）</translation>
    </message>
    <message>
        <source>No price is reported for the system: the chip&apos;s own price × accelerators, which leaves out the server, network and rack.</source>
        <translation>系统没有公开价格：以芯片本身价格 × 加速器数计，未含服务器、网络与机柜。</translation>
    </message>
    <message>
        <source>No cost per accelerator-hour for %1.</source>
        <translation>%1 没有每加速器小时成本。</translation>
    </message>
    <message>
        <source>cost per accelerator-hour ÷ (tokens/s per chip × 3,600) × 10⁶ = %1 ÷ (%2 × 3,600) × 10⁶ = %3</source>
        <translation>每加速器小时成本 ÷（每芯片每秒 token 数 × 3,600）× 10⁶ = %1 ÷（%2 × 3,600）× 10⁶ = %3</translation>
    </message>
    <message>
        <source>tokens/s per chip × 10⁶ ÷ power per accelerator at the wall = %1 × 10⁶ ÷ %2 = %3</source>
        <translation>每芯片每秒 token 数 × 10⁶ ÷ 每个加速器耗电（含机房）= %1 × 10⁶ ÷ %2 = %3</translation>
    </message>
    <message>
        <source>10⁹ W ÷ %1 = %2 accelerators</source>
        <translation>10⁹ W ÷ %1 = %2 个加速器</translation>
    </message>
    <message>
        <source>%1 accelerators ÷ %2 per system = %3</source>
        <translation>%1 个加速器 ÷ 每系统 %2 个 = %3</translation>
    </message>
    <message>
        <source>Rented: nothing is bought.</source>
        <translation>租用：没有购买任何设备。</translation>
    </message>
    <message>
        <source>No price: no capex.</source>
        <translation>没有价格：无资本开支数字。</translation>
    </message>
    <message>
        <source>%1 accelerators × %2 capex each = %3</source>
        <translation>%1 个加速器 × 每个资本开支 %2 = %3</translation>
    </message>
    <message>
        <source>%1 accelerators × %2 tokens/s each = %3</source>
        <translation>%1 个加速器 × 每个每秒 %2 个 token = %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a result: its formula</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>系统：%1</translation>
    </message>
    <message>
        <source>Power: %1</source>
        <translation>功耗：%1</translation>
    </message>
    <message>
        <source>Price (%1, %2): %3</source>
        <translation>价格（%1，%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n accelerator(s). Choose another system of the chip under &quot;Systems and facility&quot;.</source>
        <translation>
            <numerusform>%1 含 %n 个加速器。可在“系统与机房”中改选此芯片的其他系统。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s on-demand list price (%2, as of %3) ÷ utilisation = %4 ÷ %5 = %6</source>
        <translation>%1 的按需牌价（%2，%3 时）÷ 利用率 = %4 ÷ %5 = %6</translation>
    </message>
    <message>
        <source>Tokens/s per chip: bound</source>
        <translation>每芯片每秒 token 数：上限</translation>
    </message>
    <message>
        <source>Tokens/s per chip: expected</source>
        <translation>每芯片每秒 token 数：预期</translation>
    </message>
    <message>
        <source>Expected: compute factor</source>
        <translation>预期：计算系数</translation>
    </message>
    <message>
        <source>Expected: memory factor</source>
        <translation>预期：显存系数</translation>
    </message>
    <message>
        <source>Input tokens/s per chip</source>
        <translation>每芯片每秒输入 token 数</translation>
    </message>
    <message>
        <source>The KV cache of a whole request (%1 input + %2 output tokens) at this batch does not fit by its last token: lower the batch or the lengths, or add chips.</source>
        <translation>在此批大小下，完整请求（输入 %1 + 输出 %2 个 token）的 KV 缓存到最后一个 token 时放不下：请降低批大小或长度，或增加芯片。</translation>
    </message>
    <message>
        <source>no: full before the last token</source>
        <translation>否：最后一个 token 前已满</translation>
    </message>
    <message>
        <source>The expected figure is the bound&apos;s workload on ceilings lowered by two factors: compute (a GEMM measured ÷ the dense peak) and memory (a stream measured ÷ HBM bandwidth). A chip without its own measurement of a kind takes the median over every chip measured.</source>
        <translation>预期值是将同一工作负载放在以两个系数调低的上限上计算：计算（实测 GEMM ÷ 稠密峰值）与显存（实测 stream ÷ HBM 带宽）。芯片若没有某类自己的实测，则取所有已实测芯片的中位数。</translation>
    </message>
    <message>
        <source>tokens/s = batch × tokens accepted per step ÷ time per step = %1 × %2 ÷ %3 = %4</source>
        <translation>每秒 token 数 = 批大小 × 每步接受 token 数 ÷ 每步时间 = %1 × %2 ÷ %3 = %4</translation>
    </message>
    <message>
        <source>%1 (own)</source>
        <comment>an efficiency factor from the chip&apos;s own measurement</comment>
        <translation>%1（实测）</translation>
    </message>
    <message>
        <source>%1 (median)</source>
        <translation>%1（中位数）</translation>
    </message>
    <message>
        <source>100% (none)</source>
        <comment>no measurement of the kind on any chip</comment>
        <translation>100%（无实测）</translation>
    </message>
    <message>
        <source>expected = the same workload at compute × %1 and memory × %2 = %3 tokens/s per chip, %4 of the bound %5</source>
        <translation>预期 = 同一工作负载在计算 × %1、显存 × %2 下 = 每芯片每秒 %3 个 token，为上限 %5 的 %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no GEMM measured at %2: compute takes the median measured ÷ peak over %n GEMM measurement(s) of every chip.</source>
        <translation>
            <numerusform>%1 没有 %2 的 GEMM 实测：计算系数取所有芯片 %n 条 GEMM 实测的“实测 ÷ 峰值”中位数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has no stream measured: memory takes the median measured ÷ bandwidth over %n stream measurement(s) of every chip.</source>
        <translation>
            <numerusform>%1 没有 stream 实测：显存系数取所有芯片 %n 条 stream 实测的“实测 ÷ 带宽”中位数。</numerusform>
        </translation>
    </message>
    <message>
        <source>request time = time to first token + output ÷ accepted per step × time per step = %1 + %2 ÷ %3 × %4 = %5</source>
        <translation>请求时间 = 首 token 时延 + 输出 ÷ 每步接受 token 数 × 每步时间 = %1 + %2 ÷ %3 × %4 = %5</translation>
    </message>
    <message>
        <source>time to first token = prefill of the batch&apos;s %1 prompts of %2 tokens at once = %3</source>
        <translation>首 token 时延 = 一次预填充整批 %1 段、各 %2 个 token 的提示 = %3</translation>
    </message>
    <message>
        <source>input tokens/s per chip = batch × input ÷ request time ÷ chips = %1 × %2 ÷ %3 ÷ %4 = %5</source>
        <translation>每芯片每秒输入 token 数 = 批大小 × 输入 ÷ 请求时间 ÷ 芯片数 = %1 × %2 ÷ %3 ÷ %4 = %5</translation>
    </message>
    <message>
        <source>output tokens/s per chip = batch × output ÷ request time ÷ chips = %1 × %2 ÷ %3 ÷ %4 = %5</source>
        <translation>每芯片每秒输出 token 数 = 批大小 × 输出 ÷ 请求时间 ÷ 芯片数 = %1 × %2 ÷ %3 ÷ %4 = %5</translation>
    </message>
    <message>
        <source>Decode runs at the mean context, input + output ÷ 2 = %1 tokens.</source>
        <translation>解码按平均上下文长度计算，输入 + 输出 ÷ 2 = %1 个 token。</translation>
    </message>
    <message>
        <source>Accepted per step: each decode step runs %1 × %2 query tokens through every matmul and attention but reads the weights and the KV cache once; tokens/s = %1 × %2 ÷ %3 = %4</source>
        <translation>每步接受 token 数：每个解码步骤让 %1 × %2 个查询 token 通过所有矩阵乘法与注意力，但权重与 KV 缓存只读一次；每秒 token 数 = %1 × %2 ÷ %3 = %4</translation>
    </message>
    <message>
        <source>Whole request</source>
        <translation>完整请求</translation>
    </message>
    <message>
        <source>Cost and energy per token use the output tokens/s over the whole request, %1, not one decode step&apos;s %2.</source>
        <translation>每 token 的成本与能耗采用整个请求期间的每秒输出 token 数 %1，而非单个解码步骤的 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) no other beats on both tokens/s per chip and tokens/s per user, over tensor and expert parallel layouts within the scale-up domain and batches from 1 to 4,096.</source>
        <translation>
            <numerusform>在纵向扩展域内的张量并行与专家并行配置、批大小 1 至 4,096 之间，共有 %n 个点在每芯片与每位用户每秒 token 数上都不被其他点同时超越。</numerusform>
        </translation>
    </message>
    <message>
        <source>Best at %1 tokens/s per user or more: %2, batch %3: %4 tokens/s per chip (bound) at %5 tokens/s per user</source>
        <translation>每位用户每秒至少 %1 个 token 时的最佳点：%2，批大小 %3：每芯片每秒 %4 个 token（上限），每位用户每秒 %5 个 token</translation>
    </message>
    <message>
        <source>expected there: %1 tokens/s per chip</source>
        <translation>该点的预期值：每芯片每秒 %1 个 token</translation>
    </message>
    <message>
        <source>No layout reaches %1 tokens/s per user: the fastest is %2 at batch %3, %4 tokens/s per user.</source>
        <translation>没有任何配置能让每位用户每秒达到 %1 个 token：最快的是 %2、批大小 %3，每位用户每秒 %4 个 token。</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>前沿</translation>
    </message>
    <message>
        <source>Measurement %1: %2</source>
        <translation>实测 %1：%2</translation>
    </message>
    <message>
        <source>chunked prefill: each step of %1 carries %2 prompt tokens beside %3 decoding sequences</source>
        <translation>分块预填充：每个 %1 的步骤在 %3 个解码中序列之外携带 %2 个提示 token</translation>
    </message>
    <message>
        <source>time to first token = ⌈input ÷ chunk⌉ × step = ⌈%1 ÷ %2⌉ × %3 = %4</source>
        <translation>首 token 时延 = ⌈输入 ÷ 分块⌉ × 每步时间 = ⌈%1 ÷ %2⌉ × %3 = %4</translation>
    </message>
    <message>
        <source>input tokens/s per chip = output tokens/s per chip × input ÷ output = %1 × %2 ÷ %3 = %4</source>
        <translation>每芯片每秒输入 token 数 = 每芯片每秒输出 token 数 × 输入 ÷ 输出 = %1 × %2 ÷ %3 = %4</translation>
    </message>
    <message>
        <source>output tokens/s per chip = decoding sequences × accepted per step ÷ step ÷ chips = %1 × %2 ÷ %3 ÷ %4 = %5</source>
        <translation>每芯片每秒输出 token 数 = 解码中序列数 × 每步接受 token 数 ÷ 每步时间 ÷ 芯片数 = %1 × %2 ÷ %3 ÷ %4 = %5</translation>
    </message>
</context>
<context>
    <name>RooflineText</name>
    <message>
        <source>compute-bound</source>
        <translation>计算受限</translation>
    </message>
    <message>
        <source>memory-bound</source>
        <translation>内存受限</translation>
    </message>
    <message>
        <source>link-bound</source>
        <comment>bound by the scale-up link between chips</comment>
        <translation>互连受限</translation>
    </message>
    <message>
        <source>decode</source>
        <comment>LLM inference phase</comment>
        <translation>解码</translation>
    </message>
    <message>
        <source>prefill</source>
        <comment>LLM inference phase</comment>
        <translation>预填充</translation>
    </message>
    <message>
        <source>QKV projection</source>
        <translation>QKV 投影</translation>
    </message>
    <message>
        <source>Attention scores (Q·Kᵀ)</source>
        <translation>注意力分数（Q·Kᵀ）</translation>
    </message>
    <message>
        <source>Attention × V</source>
        <translation>注意力 × V</translation>
    </message>
    <message>
        <source>Output projection</source>
        <translation>输出投影</translation>
    </message>
    <message>
        <source>Feed-forward (FFN)</source>
        <translation>前馈网络（FFN）</translation>
    </message>
    <message>
        <source>Expert router</source>
        <translation>专家路由器</translation>
    </message>
    <message>
        <source>Experts (MoE FFN)</source>
        <translation>专家（MoE FFN）</translation>
    </message>
    <message>
        <source>LM head</source>
        <translation>LM 输出头</translation>
    </message>
    <message>
        <source>All-reduce (tensor parallel)</source>
        <translation>All-reduce（张量并行）</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>Matrix multiply (GEMM)</source>
        <translation>矩阵乘法（GEMM）</translation>
    </message>
    <message>
        <source>time = bytes sent over the scale-up link ÷ link bandwidth = %1 ÷ %2 = %3</source>
        <translation>时间 = 经纵向扩展互连发送的字节 ÷ 互连带宽 = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>intensity = FLOPs ÷ bytes = %1 ÷ %2 = %3</source>
        <translation>运算强度 = 浮点运算量 ÷ 字节 = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>time = max(FLOPs ÷ peak, bytes ÷ bandwidth) = max(%1 ÷ %2, %3 ÷ %4) = max(%5, %6) = %7: %8</source>
        <translation>时间 = max(浮点运算量 ÷ 峰值, 字节 ÷ 带宽) = max(%1 ÷ %2, %3 ÷ %4) = max(%5, %6) = %7：%8</translation>
    </message>
    <message>
        <source>time = max(FLOPs ÷ peak, the slowest memory tier&apos;s bytes ÷ its bandwidth) = max(%1, %2) = %3: %4</source>
        <translation>时间 = max(浮点运算量 ÷ 峰值, 最慢内存层的字节 ÷ 其带宽) = max(%1, %2) = %3：%4</translation>
    </message>
    <message>
        <source>attainable = FLOPs ÷ time = %1</source>
        <translation>可达算力 = 浮点运算量 ÷ 时间 = %1</translation>
    </message>
    <message>
        <source>attainable = min(peak, intensity × bandwidth) = min(%1, %2 × %3) = %4: %5</source>
        <translation>可达算力 = min(峰值, 运算强度 × 带宽) = min(%1, %2 × %3) = %4：%5</translation>
    </message>
    <message>
        <source>%1 of the step</source>
        <translation>占本步的 %1</translation>
    </message>
    <message>
        <source>TP %1</source>
        <comment>tensor parallelism over N chips</comment>
        <translation>张量并行 %1</translation>
    </message>
    <message>
        <source>EP %1</source>
        <comment>expert parallelism over N chips</comment>
        <translation>专家并行 %1</translation>
    </message>
    <message>
        <source>DP attention</source>
        <comment>data-parallel attention</comment>
        <translation>数据并行注意力</translation>
    </message>
</context>
<context>
    <name>RooflineView</name>
    <message>
        <source>Operators on %1</source>
        <translation>%1 的算子</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Tick chips on the left to draw their roofs.</source>
        <translation>勾选左侧的芯片即可画出它们的屋顶线。</translation>
    </message>
    <message>
        <source>%1 reaches %2 at %3: %4 (its ridge is at %5).</source>
        <translation>%1 在 %3 可达 %2：%4（脊点在 %5）。</translation>
    </message>
    <message>
        <source>%1: the first token after %2 for %3 prompt(s) of %4 tokens: %5, memory stall %6.</source>
        <translation>%1：%3 段各 %4 个 token 的提示，首个 token 需 %2：%5，内存等待 %6。</translation>
    </message>
    <message>
        <source>(Every chip rented at %1 per hour.)</source>
        <translation>（每款芯片均以每小时 %1 租用。）</translation>
    </message>
    <message>
        <source>(projected)</source>
        <translation>（预测）</translation>
    </message>
    <message>
        <source>The working for %1</source>
        <translation>%1 的计算过程</translation>
    </message>
    <message>
        <source>Results per chip</source>
        <translation>各芯片结果</translation>
    </message>
    <message>
        <source>Every figure per chip; hover a cell for its formula with the numbers and the sources of the chip&apos;s figures. Click a chip&apos;s name to see its operators and working.</source>
        <translation>每款芯片的各项数字；鼠标移到单元格上可看公式与代入的数字，以及芯片数据的来源。点击芯片名称可查看其算子与计算过程。</translation>
    </message>
    <message>
        <source>Show the working</source>
        <translation>显示计算过程</translation>
    </message>
    <message>
        <source>Every result of the chosen chip as its formula with the numbers put in.</source>
        <translation>所选芯片的每个结果，以公式并代入数字呈现。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose at least one chip to export its results.</source>
        <translation>请至少选择一款芯片才能导出结果。</translation>
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
        <source>Roofline chart, PNG image (*.png)</source>
        <translation>屋顶线图，PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Roofline chart, SVG drawing (*.svg)</source>
        <translation>屋顶线图，SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Batch sweep chart, PNG image (*.png)</source>
        <translation>批大小扫描图，PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Batch sweep chart, SVG drawing (*.svg)</source>
        <translation>批大小扫描图，SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export the roofline</source>
        <translation>导出屋顶线</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The roofline could not be written to %1:
%2</source>
        <translation>无法将屋顶线写入 %1：
%2</translation>
    </message>
    <message>
        <source>Each result as its formula with the numbers put in, as the calculator computes it (compute-atlas roofline --explain prints the same lines). Choose another chip under &quot;Operators of&quot; or click its name in the results to see its working.</source>
        <translation>每个结果以公式并代入数字呈现，与计算器的算法一致（compute-atlas roofline --explain 会以英文输出相同内容）。在“算子来自”中选择其他芯片，或在结果中点击其名称，即可查看它的计算过程。</translation>
    </message>
    <message>
        <source>Working for %1</source>
        <translation>%1 的计算过程</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>计算过程</translation>
    </message>
    <message>
        <source>Write the roofline results to a spreadsheet, PDF, web page, Markdown, CSV or JSON file, or a chart to a PNG or SVG image</source>
        <translation>将屋顶线结果写成电子表格、PDF、网页、Markdown、CSV 或 JSON 文件，或将图表保存为 PNG 或 SVG 图像</translation>
    </message>
    <message numerus="yes">
        <source>Use %n chip(s)</source>
        <translation>
            <numerusform>改用 %n 颗芯片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 does not fit in memory at batch %2 on %n chip(s) (%3, decode at context %4, %5).</source>
        <translation>
            <numerusform>批大小 %2 时，%n 颗 %1 的显存放不下（%3，解码，上下文长度 %4，%5）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 does not fit in memory at batch %2 on %n chip(s) (%3, prefill of %4 tokens, %5).</source>
        <translation>
            <numerusform>批大小 %2 时，%n 颗 %1 的显存放不下（%3，预填充 %4 个 token，%5）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It needs %n chip(s).</source>
        <translation>
            <numerusform>需要 %n 颗芯片。</numerusform>
        </translation>
    </message>
    <message>
        <source>No number of chips holds it: lower the batch or the context.</source>
        <translation>再多芯片也放不下：请降低批大小或上下文长度。</translation>
    </message>
    <message>
        <source>%1 at batch %2 (%3, decode at context %4, %5): %6, %7 tokens/s per chip.</source>
        <translation>%1 在批大小 %2（%3，解码，上下文长度 %4，%5）：%6，每颗芯片每秒 %7 个 token。</translation>
    </message>
    <message>
        <source>It turns compute-bound from batch %1, past its KV wall: that needs more chips.</source>
        <translation>从批大小 %1 起转为计算受限，但已超过其 KV 墙：需要更多芯片。</translation>
    </message>
    <message>
        <source>It turns compute-bound from batch %1.</source>
        <translation>从批大小 %1 起转为计算受限。</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a link that is a sentence of its own: Go to batch 845.</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>Go to batch %1</source>
        <translation>改用批大小 %1</translation>
    </message>
    <message>
        <source>At context %1 no batch turns it compute-bound: attention reads the whole KV cache for each token; shorten the context to see it turn.</source>
        <translation>在上下文长度 %1 下，无论批大小多大都不会转为计算受限：注意力每个 token 都要读取整个 KV 缓存；缩短上下文即可看到转折。</translation>
    </message>
    <message>
        <source>A million tokens cost %1 on %2.</source>
        <translation>%2 每百万 token 成本为 %1。</translation>
    </message>
    <message>
        <source>A million tokens cost %1 on %2; on the others at the same batch: %3.</source>
        <translation>%2 每百万 token 成本为 %1；其他芯片在同一批大小下：%3。</translation>
    </message>
    <message>
        <source>Does not fit at this batch: %1.</source>
        <translation>此批大小放不下：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>(does not fit)</source>
        <translation>（放不下）</translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation>屋顶线</translation>
    </message>
    <message>
        <source>Batch sweep</source>
        <translation>批大小扫描</translation>
    </message>
    <message>
        <source>Each chip&apos;s colour on both charts and in the table. Dashed: projected figures. In the table, bold is the best of its row.</source>
        <translation>各芯片在两张图表与表格中的颜色。虚线：预测数据。表格中的粗体为该行最佳。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a chip: why the calculator cannot run it</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>In the system</source>
        <translation>在系统中</translation>
    </message>
    <message>
        <source>Whole requests of %1 in and %2 out: first token after %3; %4 output tokens/s per chip at the bound, %5 expected.</source>
        <translation>完整请求（输入 %1、输出 %2 个 token）：首个 token 在 %3 后产生；每芯片每秒输出 token 数上限为 %4，预期为 %5。</translation>
    </message>
    <message>
        <source>Whole requests of %1 in and %2 out: first token after %3; %4 output tokens/s per chip at the bound.</source>
        <translation>完整请求（输入 %1、输出 %2 个 token）：首个 token 在 %3 后产生；每芯片每秒输出 token 数上限为 %4。</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>推理服务</translation>
    </message>
    <message>
        <source>Roofline and batch sweep</source>
        <translation>屋顶线与批大小扫描</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>前沿</translation>
    </message>
    <message>
        <source>Tokens/s per chip against tokens/s per user for every chip: the best batch and parallel layout at each interactivity, with the target set on the left.</source>
        <translation>每款芯片的每芯片每秒 token 数对每位用户每秒 token 数：各交互性下的最佳批大小与并行配置，并标出左侧设定的目标。</translation>
    </message>
    <message>
        <source>Frontier chart, PNG image (*.png)</source>
        <translation>前沿图，PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Frontier chart, SVG drawing (*.svg)</source>
        <translation>前沿图，SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>RowForm</name>
    <message>
        <source>New source</source>
        <translation>新来源</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Edit your money flow</source>
        <translation>编辑你的资金往来</translation>
    </message>
    <message>
        <source>Add a money flow</source>
        <translation>添加资金往来</translation>
    </message>
    <message>
        <source>Edit your deployment</source>
        <translation>编辑你的部署</translation>
    </message>
    <message>
        <source>Add a deployment</source>
        <translation>添加部署</translation>
    </message>
    <message>
        <source>Edit your claim</source>
        <translation>编辑你的数据声明</translation>
    </message>
    <message>
        <source>Add a newer claim</source>
        <translation>添加较新的数据声明</translation>
    </message>
    <message>
        <source>New source (below)</source>
        <translation>新来源（在下方填写）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Qn or YYYY-Hn</source>
        <translation>YYYY-MM-DD、YYYY-MM、YYYY、YYYY-Qn 或 YYYY-Hn</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>lower-case letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>小写字母、数字、“-”和“.”</translation>
    </message>
    <message>
        <source>Your data cannot be written: %1</source>
        <translation>无法写入你的数据：%1</translation>
    </message>
    <message>
        <source>✓ Every rule of the dataset holds; the row can be added.</source>
        <translation>✓ 符合数据集的所有规则，可以添加这一行。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the row can be added:</source>
        <translation>
            <numerusform>添加这一行前须修正 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount (US$)</source>
        <translation>金额（美元）</translation>
    </message>
    <message>
        <source>Amount is an upper bound</source>
        <translation>金额为最高值</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>宣布日期</translation>
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
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>取代交易</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>国家（ISO 代码）</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Accelerator (as the source names it)</source>
        <translation>加速器（按来源所称）</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>What the units are</source>
        <translation>数量的性质</translation>
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
        <source>Part of deployment</source>
        <translation>所属部署</translation>
    </message>
    <message>
        <source>May overlap with</source>
        <translation>可能重叠的部署</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Value (SI units)</source>
        <translation>数值（SI 单位）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Sparse figure</source>
        <translation>稀疏数字</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Claimed on</source>
        <translation>声明日期</translation>
    </message>
    <message>
        <source>Note (Traditional Chinese)</source>
        <translation>备注（繁体中文）</translation>
    </message>
    <message>
        <source>Note (Simplified Chinese)</source>
        <translation>备注（简体中文）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Language (en, zh-Hant …)</source>
        <translation>语言（en、zh-Hant …）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>流出方</translation>
    </message>
    <message>
        <source>To</source>
        <translation>流入方</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field of the form: its problem</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>US dollars, e.g. 2.5e9 for 2.5 billion</source>
        <translation>美元，例如 2.5e9 即 25 亿</translation>
    </message>
    <message>
        <source>megawatts, e.g. 150</source>
        <translation>兆瓦（MW），例如 150</translation>
    </message>
    <message>
        <source>a plain number in SI units, e.g. 989.4e12</source>
        <translation>SI 单位的纯数值，例如 989.4e12</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Peak throughput (FLOP/s)</source>
        <translation>峰值算力（FLOP/s）</translation>
    </message>
    <message>
        <source>Edit your row of %1</source>
        <translation>编辑你在%1中的数据行</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>添加数据行至%1</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>money flow</source>
        <translation>资金流</translation>
    </message>
    <message>
        <source>market-share figure</source>
        <translation>市场份额数据</translation>
    </message>
    <message>
        <source>model preset</source>
        <translation>模型预设</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>chip memory</source>
        <translation>芯片显存</translation>
    </message>
    <message>
        <source>memory outlook item</source>
        <translation>显存展望条目</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>引用</translation>
    </message>
</context>
<context>
    <name>ServingCapacity</name>
    <message>
        <source>one sequence&apos;s KV cache does not fit on any number of chips at this context</source>
        <translation>在此上下文长度下，单个序列的 KV 缓存放不进任何数量的芯片</translation>
    </message>
    <message>
        <source>the model needs %1 chips, more than one scale-up domain of %2</source>
        <translation>模型需要 %1 块芯片，超过一个 %2 块的纵向扩展域</translation>
    </message>
    <message>
        <source>no batch fits at this context</source>
        <translation>在此上下文长度下，任何批大小都放不下</translation>
    </message>
    <message>
        <source>%1: %2 at %3, decode at context %4, KV cache %5.</source>
        <translation>%1：%2，%3，解码，上下文长度 %4，KV 缓存 %5。</translation>
    </message>
    <message numerus="yes">
        <source>Tensor parallel over %n chip(s): the fewest that hold the weights and one sequence (%1), rounded up to a power of two.</source>
        <translation>
            <numerusform>张量并行 %n 块芯片：可容纳权重与一个序列的最少芯片数（%1），向上取至 2 的幂。</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1: the smallest at which decode is compute-bound (the KV wall is %2).</source>
        <translation>批大小 %1：解码转为计算受限的最小批大小（KV 墙为 %2）。</translation>
    </message>
    <message>
        <source>Batch %1: the largest that fits (the KV wall); decode stays memory-bound below it.</source>
        <translation>批大小 %1：放得下的最大批大小（KV 墙）；低于此值解码仍为内存受限。</translation>
    </message>
    <message numerus="yes">
        <source>%1 tokens/s per model copy ÷ %n chip(s) = %2 tokens/s per chip.</source>
        <translation>
            <numerusform>每份模型每秒 %1 个 token ÷ %n 块芯片 = 每块芯片每秒 %2 个 token。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareChartWidget</name>
    <message>
        <source>revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>shipments</source>
        <translation>出货量</translation>
    </message>
    <message>
        <source>bits</source>
        <translation>比特</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%2 的%1，%3</translation>
    </message>
    <message>
        <source>A forecast, not an outturn.</source>
        <translation>预测值，并非实际结果。</translation>
    </message>
    <message>
        <source>The company&apos;s own figure.</source>
        <translation>公司自行公布的数字。</translation>
    </message>
    <message>
        <source>The source does not say whether this is a share of revenue, shipments or bits.</source>
        <translation>来源未说明这是营收、出货量还是比特的份额。</translation>
    </message>
    <message>
        <source>Source: %1 — %2</source>
        <translation>来源：%1 — %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>%1: no source gives %2 shares for this period.</source>
        <translation>%1：没有来源提供此期间的 %2 市场份额。</translation>
    </message>
    <message>
        <source>%1%: not attributed to a supplier by the source.</source>
        <translation>%1%：来源未归属任何供应商。</translation>
    </message>
    <message>
        <source>%1 market share by supplier (%)</source>
        <translation>%1 各供应商市场份额（%）</translation>
    </message>
    <message>
        <source>No market-share figures for %1.</source>
        <translation>没有 %1 的市场份额数字。</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>share of what: not stated</source>
        <translation>份额类别：未说明</translation>
    </message>
    <message>
        <source>not attributed by the source</source>
        <translation>来源未归属</translation>
    </message>
    <message>
        <source>no source for the period</source>
        <translation>该期间无来源</translation>
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
    <message>
        <source>chip figure</source>
        <translation>芯片数据</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>model preset</source>
        <translation>模型预设</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>money flow</source>
        <translation>资金往来</translation>
    </message>
    <message>
        <source>market-share figure</source>
        <translation>市场份额数据</translation>
    </message>
    <message>
        <source>chip memory technology</source>
        <translation>芯片显存技术</translation>
    </message>
    <message>
        <source>memory outlook item</source>
        <translation>显存展望条目</translation>
    </message>
    <message numerus="yes">
        <source>%n chip memory technology claim(s)</source>
        <translation>
            <numerusform>%n 项芯片显存技术资料</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memory outlook item(s)</source>
        <translation>
            <numerusform>%n 个显存展望条目</numerusform>
        </translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n 个系统</numerusform>
        </translation>
    </message>
    <message>
        <source>rental price</source>
        <translation>租用价格</translation>
    </message>
    <message numerus="yes">
        <source>%n rental price(s)</source>
        <translation>
            <numerusform>%n 条租用价格</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <source>Sources</source>
        <translation>数据来源</translation>
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
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Chip figures, money flows, deployments and events by date, newest first</source>
        <translation>按日期排列的芯片数据、资金往来、部署与事件，最新的在前</translation>
    </message>
    <message numerus="yes">
        <source>What moved, newest first: %n dated fact(s). The newest is from %1. Double-click a row to see its source.</source>
        <translation>
            <numerusform>最新动态，按日期由新到旧：共 %n 条有日期的数据，最新一条为 %1。双击任一行即可查看其来源。</numerusform>
        </translation>
    </message>
    <message>
        <source>No source matches &quot;%1&quot;. The search looks in titles, publishers, notes, kinds and addresses.</source>
        <translation>没有数据来源符合“%1”。搜索范围包括标题、发布方、附注、类型与网址。</translation>
    </message>
    <message numerus="yes">
        <source>Every figure in Compute Atlas cites one or more of these %n document(s). Select one to see what it backs and in which role (primary source, copy, discussion or dispute); click an address to open it. Throughput is dense (without 2:4 sparsity), memory is in binary GB, and projections are marked as such.</source>
        <translation>
            <numerusform>算力地图中的每个数字都引用这 %n 份文件中的一份或多份。选中一份即可查看它支撑的数据及其角色（一手来源、转载、讨论或异议）；点击网址即可打开。算力为稠密值（不含 2:4 稀疏），显存以二进制 GB 计，预测值均有标示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search titles, publishers, notes</source>
        <translation>搜索标题、发布方、附注</translation>
    </message>
    <message>
        <source>%1 — %2: %3 (%4, %5; %6)</source>
        <comment>chip — metric: value (date, basis; the source&apos;s role)</comment>
        <translation>%1 — %2：%3（%4，%5；%6）</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <comment>what the row is, its id (the source&apos;s role)</comment>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a cited row: the citation&apos;s note</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 — %2: %3 (%4)</source>
        <comment>chip — what was measured: value (date)</comment>
        <translation>%1 — %2：%3（%4）</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Systems, measurements, chip memory, model presets, companies, sources and the other tables: add your own rows and edit them</source>
        <translation>系统、实测、芯片显存、模型预设、公司、来源及其他数据表：添加并编辑你自己的数据行</translation>
    </message>
</context>
<context>
    <name>SystemPanel</name>
    <message>
        <source>%1 alone</source>
        <comment>a chip costed without a system</comment>
        <translation>仅 %1</translation>
    </message>
    <message numerus="yes">
        <source>Power: %1 for %n accelerator(s), %2</source>
        <translation>
            <numerusform>功耗：%n 个加速器共 %1，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Power: no source gives it; the chip&apos;s TDP × 1.4 (GB200 NVL72: 120 kW ÷ 72 = 1,667 W over a 1,200 W TDP).</source>
        <translation>功耗：没有来源提供；以芯片 TDP × 1.4 计（GB200 NVL72：120 kW ÷ 72 = 1,667 W，TDP 为 1,200 W）。</translation>
    </message>
    <message>
        <source>Price: %1, %2, %3</source>
        <translation>价格：%1，%2，%3</translation>
    </message>
    <message>
        <source>Price: none reported for the system; the chip&apos;s own estimate × accelerators (no server, network or rack).</source>
        <translation>价格：系统没有公开价格；以芯片本身的估计价格 × 加速器数计（未含服务器、网络与机柜）。</translation>
    </message>
    <message>
        <source>Price: none reported.</source>
        <translation>价格：没有公开价格。</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>系统：%1</translation>
    </message>
    <message>
        <source>Systems and facility</source>
        <translation>系统与机房</translation>
    </message>
    <message>
        <source>Cost each chip as part of the system it is bought or rented in: the system&apos;s power per accelerator, its price, the facility around it. Adds power per accelerator, cost per million tokens, tokens/s per MW and what a gigawatt holds to the results. Untick for the chip-level economics alone.</source>
        <translation>以每个芯片所属、实际购买或租用的系统计算成本：系统每个加速器的功耗、价格，以及周边机房。结果中会加入每个加速器耗电、每百万 token 成本、每 MW 每秒 token 数，以及每 GW 可容纳的数量。取消勾选则只看芯片层面的经济性。</translation>
    </message>
    <message>
        <source>S&amp;ystem</source>
        <translation>系统(&amp;Y)</translation>
    </message>
    <message>
        <source>Cost &amp;basis</source>
        <translation>成本基础(&amp;B)</translation>
    </message>
    <message>
        <source>Per accelerator-hour</source>
        <translation>每加速器小时</translation>
    </message>
    <message>
        <source>&amp;Utilisation</source>
        <translation>利用率(&amp;U)</translation>
    </message>
    <message>
        <source>Cost of capital (WACC)</source>
        <translation>资金成本（WACC）</translation>
    </message>
    <message>
        <source>Written off over (years)</source>
        <translation>折旧年限（年）</translation>
    </message>
    <message>
        <source>Facility capex per MW</source>
        <translation>每 MW 机房资本开支</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Electricity per kWh</source>
        <translation>每度电价</translation>
    </message>
    <message>
        <source>Bought (capex)</source>
        <translation>购买（资本开支）</translation>
    </message>
    <message>
        <source>Rented</source>
        <translation>租用</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>The system the chip under &quot;Operators of&quot; is costed in: the first of its systems with a reported price unless you choose another. Each chip keeps its own choice.</source>
        <translation>“算子来自”所选芯片用来计算成本的系统：默认为其第一个有公开价格的系统，也可改选其他系统。每个芯片各自保留选择。</translation>
    </message>
    <message>
        <source>A price list&apos;s on-demand price per accelerator-hour, power and hosting included.</source>
        <translation>价目表上每加速器小时的按需价格，含电力与托管。</translation>
    </message>
    <message>
        <source>Share of hours the accelerators do paid work; the cost of an hour of work is divided by it. Default 100 %: the bound, real costs are higher.</source>
        <translation>加速器实际做付费工作的时数比例；每小时工作的成本会除以此值。默认 100%：这是上限情景，实际成本更高。</translation>
    </message>
    <message>
        <source>The yearly rate the purchase is financed at. Default 0: the price is written off evenly.</source>
        <translation>购置资金的年利率。默认 0：价格平均摊提。</translation>
    </message>
    <message>
        <source>Default 4 years: a common depreciation schedule for servers.</source>
        <translation>默认 4 年：服务器常见的折旧年限。</translation>
    </message>
    <message>
        <source>Power usage effectiveness: facility power ÷ IT power. Default 1.2, a modern AI data hall.</source>
        <translation>电能使用效率：机房总电力 ÷ IT 设备电力。默认 1.2，即现代 AI 机房的水平。</translation>
    </message>
    <message>
        <source>Default USD 0.08 per kWh: an industrial tariff in the US.</source>
        <translation>默认每度 0.08 美元：美国的工业电价。</translation>
    </message>
    <message>
        <source>Back to the defaults: each chip in its default system, bought, 100 % utilisation, no cost of capital, 4 years, no facility capex, PUE 1.2, USD 0.08 per kWh.</source>
        <translation>回到默认值：每个芯片用其默认系统、购买、利用率 100%、无资金成本、4 年、不计机房资本开支、PUE 1.2、每度 0.08 美元。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>provider: its price per accelerator-hour</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Typed price</source>
        <comment>a rental price the user types</comment>
        <translation>自行输入的价格</translation>
    </message>
    <message>
        <source>Rental: %1&apos;s on-demand list price for %2, %3 per accelerator-hour, as of %4, %5</source>
        <translation>租用：%1 的 %2 按需牌价，每加速器小时 %3，%4 时的价格，%5</translation>
    </message>
    <message>
        <source>Rental: your typed price per accelerator-hour.</source>
        <translation>租用：您输入的每加速器小时价格。</translation>
    </message>
    <message>
        <source>Price &amp;list (per hour)</source>
        <translation>价目表（每小时）(&amp;L)</translation>
    </message>
    <message>
        <source>A cloud&apos;s public on-demand price per accelerator-hour for the chip under &quot;Operators of&quot;, with the date it was read; or a price you type. Each chip keeps its own choice; a chip without a listed price is rented at the typed price.</source>
        <translation>“算子来自”所选芯片在云服务商公开价目表上的按需价格（每加速器小时，附读取日期），或您自行输入的价格。每个芯片各自保留选择；价目表上没有的芯片以输入的价格租用。</translation>
    </message>
    <message>
        <source>Buildings, power and cooling per MW of facility power, in millions of USD. Default 0: left out unless you give it. For scale: Cushman &amp; Wakefield&apos;s Data Center Development Cost Guide 2025 puts the cost of one MW of critical (IT) load at USD 11.7 M on average over 19 US markets (9.3 to 15.0), land and fit-out excluded; at PUE 1.2 that is about USD 9.75 M per MW of facility power.</source>
        <translation>每 MW 机房电力所需的建筑、供电与冷却投资，单位为百万美元。默认 0：除非填入，否则不计。参考：Cushman &amp; Wakefield《Data Center Development Cost Guide 2025》指出，美国 19 个市场每 MW 关键（IT）负载的建造成本平均为 1,170 万美元（930 万至 1,500 万），不含土地与租户装修；以 PUE 1.2 计，约合每 MW 机房电力 975 万美元。</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Announced: %1</source>
        <translation>发布：%1</translation>
    </message>
    <message>
        <source>Available: not in the data</source>
        <translation>供货：数据中没有</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>供货：%1</translation>
    </message>
    <message>
        <source>Available: %1 (a target, not yet shipping)</source>
        <translation>供货：%1（目标时间，尚未出货）</translation>
    </message>
    <message>
        <source>%1: %2 (source: %3)</source>
        <comment>an event of a chip: date, title, source</comment>
        <translation>%1：%2（来源：%3）</translation>
    </message>
    <message>
        <source>A projection: its figures are made from trends, not vendor specifications.</source>
        <translation>预测：其数字由趋势推算，并非厂商规格。</translation>
    </message>
    <message>
        <source>Click to see its figures and the history of each claim.</source>
        <translation>点击可查看其规格与各项说法的变化。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>出货中</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>available</source>
        <translation>供货</translation>
    </message>
    <message>
        <source>date uncertainty</source>
        <translation>日期不确定范围</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>today (%1)</source>
        <translation>今天（%1）</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Placed at its %1, %2 (%3)</source>
        <comment>date basis, date, decimal year</comment>
        <translation>按%1标示：%2（%3）</translation>
    </message>
    <message>
        <source>A projection, included in the fits.</source>
        <translation>预测值，已纳入拟合。</translation>
    </message>
    <message>
        <source>A projection: drawn, not fitted.</source>
        <translation>预测值：仅绘出，未纳入拟合。</translation>
    </message>
    <message>
        <source>%1 %2 — claimed %3, source: %4</source>
        <comment>metric, value, date, source</comment>
        <translation>%1 %2 — %3 公布，来源：%4</translation>
    </message>
    <message>
        <source>Click to see the chip&apos;s figures and the history of each claim.</source>
        <translation>点击可查看这颗芯片的规格与各项说法的变化。</translation>
    </message>
    <message>
        <source>Date (%1)</source>
        <translation>日期（%1）</translation>
    </message>
    <message>
        <source>%1, log scale (%2)</source>
        <translation>%1，对数刻度（%2）</translation>
    </message>
    <message>
        <source>claimed figure</source>
        <translation>公布数字</translation>
    </message>
    <message>
        <source>projection, included in the fits</source>
        <translation>预测值，已纳入拟合</translation>
    </message>
    <message>
        <source>projection, not fitted</source>
        <translation>预测值，未纳入拟合</translation>
    </message>
    <message>
        <source>left out, no %1 in the data: %2</source>
        <translation>未列入，数据中没有%1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>metric: value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>TrendReport</name>
    <message>
        <source>launch</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>keynote</source>
        <translation>主题演讲</translation>
    </message>
    <message>
        <source>earnings</source>
        <translation>财报</translation>
    </message>
    <message>
        <source>shipment</source>
        <translation>出货</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>大会</translation>
    </message>
    <message>
        <source>Accelerator roadmap</source>
        <translation>加速器路线图</translation>
    </message>
    <message>
        <source>Chips by announcement date, with the events around them</source>
        <translation>按发布日期排列的芯片，以及相关事件</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>路线图</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行类型</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>代号</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Chip or event</source>
        <translation>芯片或事件</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>发布</translation>
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
        <source>Projected</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Dates keep the precision of their source: a year, a half, a quarter, a month or a day. Availability dates of chips not yet shipping are the vendors&apos; targets.</source>
        <translation>日期保留来源的精确度：年、半年、季度、月或日。尚未出货芯片的供货日期为厂商的目标时间。</translation>
    </message>
    <message>
        <source>%1 marks a projected chip: its figures are made from trends, not vendor specifications.</source>
        <translation>%1 表示预测芯片：其数字由趋势推算，并非厂商规格。</translation>
    </message>
    <message>
        <source>Trend: %1</source>
        <translation>趋势：%1</translation>
    </message>
    <message>
        <source>Each chip at its %1; projections included in the fits</source>
        <translation>每颗芯片按%1标示；拟合纳入预测值</translation>
    </message>
    <message>
        <source>Each chip at its %1; projections drawn but not fitted</source>
        <translation>每颗芯片按%1标示；预测值仅绘出，未纳入拟合</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Decimal year</source>
        <translation>十进制年份</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>数值（%1）</translation>
    </message>
    <message>
        <source>In the fit</source>
        <translation>纳入拟合</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>数据点数</translation>
    </message>
    <message>
        <source>Slope (log10 per year)</source>
        <translation>斜率（每年 log10）</translation>
    </message>
    <message>
        <source>Growth per year (×)</source>
        <translation>每年增长（×）</translation>
    </message>
    <message>
        <source>Doubling time (years)</source>
        <translation>翻倍时间（年）</translation>
    </message>
    <message>
        <source>Doubling, 90 % low (years)</source>
        <translation>翻倍时间 90% 下限（年）</translation>
    </message>
    <message>
        <source>Doubling, 90 % high (years)</source>
        <translation>翻倍时间 90% 上限（年）</translation>
    </message>
    <message>
        <source>Halving time (years)</source>
        <translation>减半时间（年）</translation>
    </message>
    <message>
        <source>r²</source>
        <translation>r²</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>附注</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>拟合</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>point</source>
        <translation>数据点</translation>
    </message>
    <message>
        <source>Each fit is ordinary least squares of log10(value) on the date in decimal years; the doubling time is log10(2) ÷ slope, and its 90 % interval comes from the slope&apos;s, with Student&apos;s t on n − 2 degrees of freedom.</source>
        <translation>每条拟合都是以十进制年份为自变量、log10(数值) 为因变量的普通最小二乘法；翻倍时间为 log10(2) ÷ 斜率，其 90% 区间由斜率的区间换算，采用自由度 n − 2 的 Student t 分布。</translation>
    </message>
    <message>
        <source>A date sits at the middle of the period it names, counting months as twelfths of a year: a year at 1 July, a quarter or a half at its middle.</source>
        <translation>日期取其所指期间的中点，以一个月为一年的十二分之一计算：整年取 7 月 1 日，季度或半年取其中点。</translation>
    </message>
    <message>
        <source>%1 marks a projected figure: made from trends, not a vendor specification.</source>
        <translation>%1 表示预测数字：由趋势推算，并非厂商规格。</translation>
    </message>
    <message>
        <source>Left out, no %1 in the data: %2.</source>
        <translation>未列入（数据中没有%1）：%2。</translation>
    </message>
    <message>
        <source>Memory wall: dense %1 compute against memory bandwidth and capacity</source>
        <translation>内存墙：稠密 %1 算力对比显存带宽与容量</translation>
    </message>
    <message>
        <source>Each vendor&apos;s flagships at their %1; indexes relative to the first chip of each series</source>
        <translation>各厂商旗舰按%1标示；指数以各系列首款芯片为基准</translation>
    </message>
    <message>
        <source>Memory wall</source>
        <translation>内存墙</translation>
    </message>
    <message>
        <source>Dense %1 (FLOP/s)</source>
        <translation>稠密 %1（FLOP/s）</translation>
    </message>
    <message>
        <source>Compute index</source>
        <translation>算力指数</translation>
    </message>
    <message>
        <source>Bandwidth index</source>
        <translation>带宽指数</translation>
    </message>
    <message>
        <source>Capacity index</source>
        <translation>容量指数</translation>
    </message>
    <message>
        <source>A vendor&apos;s flagship series lists each chip that became its fastest at this precision: at every date the fastest chip of that date, kept if it beats every earlier one. The ridge point is compute ÷ bandwidth: above it a kernel is compute-bound, below it memory-bound; when it grows, more of the work waits on memory.</source>
        <translation>厂商的旗舰系列列出每一款在此精度下成为其最快的芯片：每个日期取当日最快的芯片，且须胜过所有更早的芯片才列入。脊点 = 算力 ÷ 带宽：运算强度高于脊点的内核为计算受限，低于则为内存受限；脊点越高，越多工作需要等待显存。</translation>
    </message>
    <message>
        <source>Throughput is dense (figures quoted with structured sparsity are halved or stored apart); memory capacity is binary (80 GB = 80 × 2^30 bytes).</source>
        <translation>算力为稠密数字（以结构化稀疏标示的数字已减半或另行存储）；显存容量采用二进制（80 GB = 80 × 2^30 字节）。</translation>
    </message>
    <message>
        <source>Memory bandwidth (bytes/s)</source>
        <translation>显存带宽（字节/秒）</translation>
    </message>
    <message>
        <source>Memory capacity (bytes)</source>
        <translation>显存容量（字节）</translation>
    </message>
    <message>
        <source>Ridge point (FLOP/byte)</source>
        <translation>脊点（FLOP/字节）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
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
