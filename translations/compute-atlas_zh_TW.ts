<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>BatchSweepChart</name>
    <message>
        <source>Batch sweep</source>
        <translation>批次大小掃描</translation>
    </message>
    <message>
        <source>Batch sweep · %1, decode at context %2</source>
        <translation>批次大小掃描 · %1，解碼，上下文長度 %2</translation>
    </message>
    <message>
        <source>Batch sweep · %1, prefill of %2 tokens</source>
        <translation>批次大小掃描 · %1，預填 %2 個 token</translation>
    </message>
    <message>
        <source>Batch (sequences served together)</source>
        <translation>批次大小（同時服務的序列數）</translation>
    </message>
    <message>
        <source>Thousand tokens/s per chip</source>
        <translation>每晶片每秒 token 數（千）</translation>
    </message>
    <message>
        <source>Tokens/s per chip</source>
        <translation>每晶片每秒 token 數</translation>
    </message>
    <message>
        <source>Memory stall</source>
        <translation>記憶體等待佔比</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>每秒 token 數</translation>
    </message>
    <message>
        <source>memory stall</source>
        <translation>記憶體等待</translation>
    </message>
    <message>
        <source>KV wall</source>
        <translation>KV 牆</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>轉為運算受限</translation>
    </message>
    <message>
        <source>The batch set on the left: %1</source>
        <translation>左側設定的批次大小：%1</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>批次大小 %1</translation>
    </message>
    <message>
        <source>%1 tokens/s per chip = batch ÷ time per step ÷ chips = %2 ÷ %3 ÷ %4</source>
        <translation>每晶片每秒 %1 個 token = 批次大小 ÷ 每步時間 ÷ 晶片數 = %2 ÷ %3 ÷ %4</translation>
    </message>
    <message>
        <source>%1 tokens/s per chip = batch × prompt ÷ time to first token ÷ chips = %2 × %3 ÷ %4 ÷ %5</source>
        <translation>每晶片每秒 %1 個 token = 批次大小 × 提示長度 ÷ 首個 token 延遲 ÷ 晶片數 = %2 × %3 ÷ %4 ÷ %5</translation>
    </message>
    <message>
        <source>memory stall %1 · %2</source>
        <translation>記憶體等待 %1 · %2</translation>
    </message>
    <message>
        <source>turns compute-bound at batch %1</source>
        <translation>批次大小 %1 起轉為運算受限</translation>
    </message>
    <message>
        <source>never turns compute-bound at this context</source>
        <translation>在此上下文長度下始終不會轉為運算受限</translation>
    </message>
    <message numerus="yes">
        <source>the KV wall is at batch %1: larger batches do not fit on %n chip(s)</source>
        <translation>
            <numerusform>KV 牆位於批次大小 %1：批次大小更大時放不進 %n 顆晶片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChipChooser</name>
    <message>
        <source>Filter the chips by name, alias (&quot;Ironwood&quot;, &quot;TPU7x&quot;), family or vendor.</source>
        <translation>依名稱、別名（「Ironwood」、「TPU7x」）、系列或廠商篩選晶片。</translation>
    </message>
    <message>
        <source>Tick the chips to compare.</source>
        <translation>勾選要比較的晶片。</translation>
    </message>
    <message numerus="yes">
        <source>%n chip(s) chosen</source>
        <translation>
            <numerusform>已選 %n 款晶片</numerusform>
        </translation>
    </message>
    <message>
        <source>No chip matches &quot;%1&quot;. Search by name, alias, family or vendor.</source>
        <translation>沒有晶片符合「%1」。可依名稱、別名、系列或廠商搜尋。</translation>
    </message>
    <message>
        <source>Search by name, alias or vendor</source>
        <translation>依名稱、別名或廠商搜尋</translation>
    </message>
</context>
<context>
    <name>ChipMemoryChart</name>
    <message>
        <source>Memory capacity per chip (log scale)</source>
        <translation>每顆晶片的記憶體容量（對數刻度）</translation>
    </message>
    <message>
        <source>Memory bandwidth per chip (log scale)</source>
        <translation>每顆晶片的記憶體頻寬（對數刻度）</translation>
    </message>
    <message>
        <source>Reads per second: bandwidth ÷ capacity, how many times a second the whole memory can be read</source>
        <translation>每秒讀取次數：頻寬 ÷ 容量，即整個記憶體每秒可完整讀取幾次</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>每秒 %1 次</translation>
    </message>
    <message>
        <source>Memory generation not given by the sources</source>
        <translation>來源未提供記憶體世代</translation>
    </message>
    <message>
        <source>: %1 stacks × %2</source>
        <translation>：%1 個堆疊 × %2</translation>
    </message>
    <message>
        <source>: %1 stacks</source>
        <translation>：%1 個堆疊</translation>
    </message>
    <message>
        <source>Capacity %1, bandwidth %2</source>
        <translation>容量 %1，頻寬 %2</translation>
    </message>
    <message>
        <source>The whole memory can be read %1 times a second (%2 ÷ %3).</source>
        <translation>整個記憶體每秒可完整讀取 %1 次（%2 ÷ %3）。</translation>
    </message>
    <message>
        <source>Projected figures: made from trends, not vendor specifications.</source>
        <translation>預測數字：由趨勢推估，並非廠商規格。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>No chip has both a memory capacity and a bandwidth.</source>
        <translation>沒有晶片同時具有記憶體容量與頻寬數字。</translation>
    </message>
    <message>
        <source>Available (or announced, where no date is given)</source>
        <translation>上市日期（未提供時為發表日期）</translation>
    </message>
    <message>
        <source>generation not given</source>
        <translation>未提供世代</translation>
    </message>
    <message>
        <source>projected †</source>
        <translation>預測 †</translation>
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
        <translation>在時間軸上選一顆晶片，或點選圖表上的一個點，即可看到它的規格、每項數字的來源，以及各項說法如何變化。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <source>Announced: %1</source>
        <translation>發表：%1</translation>
    </message>
    <message>
        <source>Available: not in the data</source>
        <translation>供貨：資料中沒有</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>供貨：%1</translation>
    </message>
    <message>
        <source>Available: %1 (a target, not yet shipping)</source>
        <translation>供貨：%1（目標時程，尚未出貨）</translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>製程：%1</translation>
    </message>
    <message>
        <source>Memory: %1</source>
        <translation>記憶體：%1</translation>
    </message>
    <message>
        <source>A projection: its figures are made from trends, not vendor specifications.</source>
        <translation>預測：其數字由趨勢推估，並非廠商規格。</translation>
    </message>
    <message>
        <source>Current figures</source>
        <translation>目前規格</translation>
    </message>
    <message>
        <source>(projected)</source>
        <translation>（預測）</translation>
    </message>
    <message>
        <source>No figures in the data.</source>
        <translation>資料中沒有規格數字。</translation>
    </message>
    <message>
        <source>How the claims changed</source>
        <translation>說法如何變化</translation>
    </message>
    <message>
        <source>Each figure has been claimed once.</source>
        <translation>每項數字都只公布過一次。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>附註</translation>
    </message>
    <message>
        <source>No chip selected</source>
        <translation>未選擇晶片</translation>
    </message>
    <message>
        <source>Open in Compare</source>
        <translation>在「比較」中開啟</translation>
    </message>
    <message>
        <source>Show %1 in the Compare view, every figure with its source.</source>
        <translation>在「比較」檢視中顯示 %1，每項數字附來源。</translation>
    </message>
    <message>
        <source>Note (in English)</source>
        <comment>a note the dataset gives only in English</comment>
        <translation>附註（英文）</translation>
    </message>
</context>
<context>
    <name>ClaimText</name>
    <message>
        <source>analyst</source>
        <comment>source kind</comment>
        <translation>分析師</translation>
    </message>
    <message>
        <source>article</source>
        <comment>source kind</comment>
        <translation>文章</translation>
    </message>
    <message>
        <source>measurement</source>
        <comment>source kind</comment>
        <translation>實測</translation>
    </message>
    <message>
        <source>user</source>
        <comment>source kind</comment>
        <translation>使用者</translation>
    </message>
    <message>
        <source>official figure</source>
        <comment>claim basis</comment>
        <translation>官方數據</translation>
    </message>
    <message>
        <source>derived from official figures</source>
        <comment>claim basis</comment>
        <translation>由官方數據推算</translation>
    </message>
    <message>
        <source>estimate</source>
        <comment>claim basis</comment>
        <translation>估計</translation>
    </message>
    <message>
        <source>projection</source>
        <comment>claim basis</comment>
        <translation>預測</translation>
    </message>
    <message>
        <source>Shipping</source>
        <comment>chip status</comment>
        <translation>出貨中</translation>
    </message>
    <message>
        <source>Announced</source>
        <comment>chip status</comment>
        <translation>已發表</translation>
    </message>
    <message>
        <source>Reported</source>
        <comment>chip status</comment>
        <translation>據報導</translation>
    </message>
    <message>
        <source>Projected</source>
        <comment>chip status</comment>
        <translation>預測</translation>
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
        <translation>垂直擴展域</translation>
    </message>
    <message>
        <source>Price per chip</source>
        <translation>單顆晶片價格</translation>
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
        <translation>（預測）</translation>
    </message>
    <message>
        <source>measured matrix multiply (GEMM)</source>
        <translation>實測矩陣乘法（GEMM）</translation>
    </message>
    <message>
        <source>measured memory bandwidth (copy)</source>
        <translation>實測記憶體頻寬（複製）</translation>
    </message>
    <message>
        <source>MLPerf result (%1)</source>
        <translation>MLPerf 成績（%1）</translation>
    </message>
    <message>
        <source>measured %1</source>
        <translation>實測 %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>Claimed: %1 · basis: %2</source>
        <comment>when a figure was claimed, and how it was obtained</comment>
        <translation>公布日期：%1 · 依據：%2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>附註：%1</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>歷次數據：%1</translation>
    </message>
    <message>
        <source>filing</source>
        <comment>source kind</comment>
        <translation>申報文件</translation>
    </message>
    <message>
        <source>press report</source>
        <comment>source kind</comment>
        <translation>新聞報導</translation>
    </message>
    <message>
        <source>Primary source</source>
        <comment>citation role</comment>
        <translation>一手來源</translation>
    </message>
    <message>
        <source>Secondary (copy or report)</source>
        <comment>citation role</comment>
        <translation>二手來源（轉載或報導）</translation>
    </message>
    <message>
        <source>Discussed in</source>
        <comment>citation role</comment>
        <translation>相關討論</translation>
    </message>
    <message>
        <source>Disputed by</source>
        <comment>citation role</comment>
        <translation>持異議的來源</translation>
    </message>
    <message>
        <source>reported, not confirmed by the vendor</source>
        <comment>claim basis</comment>
        <translation>據報導，未經廠商證實</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>citation role: source</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>official publication</source>
        <comment>source kind</comment>
        <translation>官方發布</translation>
    </message>
    <message numerus="yes">
        <source>%n chip(s)</source>
        <translation>
            <numerusform>%n 顆晶片</numerusform>
        </translation>
    </message>
    <message>
        <source>Note (in English): %1</source>
        <comment>a note the dataset gives only in English</comment>
        <translation>附註（英文）：%1</translation>
    </message>
    <message>
        <source>English</source>
        <comment>a source&apos;s language</comment>
        <translation>英文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <comment>a source&apos;s language</comment>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <comment>a source&apos;s language</comment>
        <translation>簡體中文</translation>
    </message>
    <message>
        <source>Japanese</source>
        <comment>a source&apos;s language</comment>
        <translation>日文</translation>
    </message>
    <message>
        <source>Korean</source>
        <comment>a source&apos;s language</comment>
        <translation>韓文</translation>
    </message>
    <message>
        <source>German</source>
        <comment>a source&apos;s language</comment>
        <translation>德文</translation>
    </message>
    <message>
        <source>French</source>
        <comment>a source&apos;s language</comment>
        <translation>法文</translation>
    </message>
    <message>
        <source>Spanish</source>
        <comment>a source&apos;s language</comment>
        <translation>西班牙文</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <comment>a source&apos;s language</comment>
        <translation>葡萄牙文</translation>
    </message>
    <message>
        <source>Polish</source>
        <comment>a source&apos;s language</comment>
        <translation>波蘭文</translation>
    </message>
    <message>
        <source>Czech</source>
        <comment>a source&apos;s language</comment>
        <translation>捷克文</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <comment>a source&apos;s language</comment>
        <translation>立陶宛文</translation>
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
        <translation>你的資料：這一列是你匯入或新增的</translation>
    </message>
    <message>
        <source>%1, your data</source>
        <comment>a claim in a history: its publisher, and that the user added it</comment>
        <translation>%1，你的資料</translation>
    </message>
    <message>
        <source>%1 your data: rows you imported or added, not part of the bundled dataset.</source>
        <translation>%1 你的資料：你匯入或新增的資料列，不屬於內建資料集。</translation>
    </message>
    <message>
        <source>%1 Your data</source>
        <translation>%1 你的資料</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Below this arithmetic intensity a kernel is limited by memory bandwidth, above it by compute.</source>
        <translation>運算強度低於此值時，核函式受記憶體頻寬限制；高於此值則受算力限制。</translation>
    </message>
    <message>
        <source>Higher is better; the best value is marked in bold.</source>
        <translation>越高越好；最佳值以粗體標示。</translation>
    </message>
    <message>
        <source>Baseline: the ratios in the other columns are relative to this chip.</source>
        <translation>基準：其他欄的倍數皆相對於此晶片。</translation>
    </message>
    <message>
        <source>(projected)</source>
        <translation>（預測）</translation>
    </message>
    <message>
        <source>The dataset has no figure for this chip.</source>
        <translation>資料集中沒有這款晶片的此項數據。</translation>
    </message>
    <message>
        <source>(baseline)</source>
        <translation>（基準）</translation>
    </message>
    <message>
        <source>best in this row</source>
        <translation>本列最佳</translation>
    </message>
    <message>
        <source>A projection, not a vendor figure: the note below says how it was made.</source>
        <translation>此為預測值，並非廠商公布的數據；推算方式見下方附註。</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>單位：%1</translation>
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
        <translation>別名：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <source>GB = 2³⁰ bytes</source>
        <comment>memory capacity is in binary GB</comment>
        <translation>GB = 2³⁰ 位元組</translation>
    </message>
    <message>
        <source>Dense throughput, without 2:4 sparsity: a vendor&apos;s sparse figure is twice as high.</source>
        <translation>稠密算力，不含 2:4 稀疏：廠商的稀疏數據是其兩倍。</translation>
    </message>
    <message>
        <source>%1 the value of %2</source>
        <comment>a ratio to the baseline chip: 2.27× the value of H100 SXM</comment>
        <translation>為 %2 的 %1</translation>
    </message>
    <message>
        <source>Process, status and dates describe the chip as a whole; the note below says what they rest on.</source>
        <translation>製程、狀態與日期描述整顆晶片；下方附註說明其依據。</translation>
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
        <translation>記憶體容量</translation>
    </message>
    <message>
        <source>Memory bandwidth</source>
        <translation>記憶體頻寬</translation>
    </message>
    <message>
        <source>TDP</source>
        <translation>熱設計功耗（TDP）</translation>
    </message>
    <message>
        <source>Scale-up bandwidth</source>
        <translation>垂直擴展頻寬</translation>
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
        <translation>脊點（BF16）</translation>
    </message>
    <message>
        <source>dense BF16 FLOP/s ÷ memory bandwidth</source>
        <translation>稠密 BF16 FLOP/s ÷ 記憶體頻寬</translation>
    </message>
    <message>
        <source>Ridge point (FP8)</source>
        <translation>脊點（FP8）</translation>
    </message>
    <message>
        <source>dense FP8 FLOP/s ÷ memory bandwidth</source>
        <translation>稠密 FP8 FLOP/s ÷ 記憶體頻寬</translation>
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
        <translation>每瓦頻寬</translation>
    </message>
    <message>
        <source>memory bandwidth ÷ TDP</source>
        <translation>記憶體頻寬 ÷ TDP</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>製程</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>發表時間</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>供貨時間</translation>
    </message>
    <message>
        <source>System power per accelerator</source>
        <translation>系統每顆加速器功耗</translation>
    </message>
    <message>
        <source>System price per accelerator</source>
        <translation>系統每顆加速器價格</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>&amp;Baseline</source>
        <translation>基準(&amp;B)</translation>
    </message>
    <message>
        <source>The chip the others are compared with: every ratio is relative to it.</source>
        <translation>作為比較基準的晶片：所有倍數都相對於它。</translation>
    </message>
    <message>
        <source>&amp;Chips</source>
        <translation>晶片(&amp;C)</translation>
    </message>
    <message>
        <source>Where this figure comes from</source>
        <translation>此數據的來源</translation>
    </message>
    <message>
        <source>Tick chips on the left to compare them.</source>
        <translation>勾選左側的晶片即可比較。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Choose at least one chip to export the comparison.</source>
        <translation>請至少選擇一款晶片，才能匯出比較表。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>網頁 (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON, raw values (*.json)</source>
        <translation>JSON，原始數值 (*.json)</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>匯出比較表</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>The comparison could not be written to %1:
%2</source>
        <translation>無法將比較表寫入 %1：
%2</translation>
    </message>
    <message>
        <source>Write the comparison table to a spreadsheet, PDF, web page, Markdown, CSV or JSON file</source>
        <translation>將比較表匯出為試算表、PDF、網頁、Markdown、CSV 或 JSON 檔案</translation>
    </message>
    <message>
        <source>Select a cell to see its sources, date and kind, how it was obtained, and how the claim changed over time.</source>
        <translation>選取一格，即可查看其各項來源、日期與類型、取得方式，以及這項數據歷來如何變動。</translation>
    </message>
    <message>
        <source>Ratios relative to &lt;b&gt;%1&lt;/b&gt; · &lt;b&gt;bold&lt;/b&gt; on green: best of its row · &lt;i&gt;italic&lt;/i&gt; in a dashed frame: projected, not a vendor figure · &lt;span style=&quot;color:%2&quot;&gt;&amp;#9700;&lt;/span&gt; orange corner: disputed, sources disagree · throughput is dense, without 2:4 sparsity</source>
        <translation>倍數以 &lt;b&gt;%1&lt;/b&gt; 為基準 · 綠底&lt;b&gt;粗體&lt;/b&gt;：該列最佳 · 虛線框內&lt;i&gt;斜體&lt;/i&gt;：預測值，非廠商公布數據 · &lt;span style=&quot;color:%2&quot;&gt;&amp;#9700;&lt;/span&gt; 橘色角標：有爭議，來源說法不一 · 算力為稠密值，不含 2:4 稀疏</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>圖表已複製到剪貼簿</translation>
    </message>
    <message>
        <source>Show as c&amp;hart</source>
        <translation>以圖表顯示(&amp;H)</translation>
    </message>
    <message>
        <source>One bar chart per row in place of the table; hover a bar to see where its figure comes from</source>
        <translation>以每列一張長條圖取代表格；滑鼠移到長條上可看數字出處</translation>
    </message>
    <message>
        <source>&amp;Log scale where a row spans more than tenfold</source>
        <translation>某列數值相差逾十倍時用對數刻度(&amp;L)</translation>
    </message>
    <message>
        <source>Co&amp;py chart</source>
        <translation>複製圖表(&amp;P)</translation>
    </message>
    <message>
        <source>Put the charts on the clipboard as a picture, for a slide or a document</source>
        <translation>將圖表以圖片放到剪貼簿，可貼進簡報或文件</translation>
    </message>
    <message>
        <source>Comparison chart, PNG image (*.png)</source>
        <translation>比較圖表，PNG 圖檔 (*.png)</translation>
    </message>
    <message>
        <source>Comparison chart, SVG drawing (*.svg)</source>
        <translation>比較圖表，SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>The chart could not be written to %1:
%2</source>
        <translation>無法將圖表寫入 %1：
%2</translation>
    </message>
</context>
<context>
    <name>DataTableModel</name>
    <message>
        <source>✎ Your data: double-click a field to change it (Edit → Undo takes it back).</source>
        <translation>✎ 你的資料：按兩下欄位即可修改（編輯 → 復原可還原）。</translation>
    </message>
    <message>
        <source>Bundled row: it cannot be edited, only superseded by a newer row with its own source.</source>
        <translation>內建資料列：無法編輯，只能以附自己來源的較新資料列取代。</translation>
    </message>
</context>
<context>
    <name>DataTablePage</name>
    <message>
        <source>Bundled rows cannot be edited, only superseded: use &quot;New row from this one…&quot;.</source>
        <translation>內建資料列無法編輯，只能取代：請用「以此列新增…」。</translation>
    </message>
    <message>
        <source>The id names the row: to change it, make a new row from this one and delete this one.</source>
        <translation>ID 是這一列的名稱：要改它，請以此列新增一列，再刪除這一列。</translation>
    </message>
    <message>
        <source>Rows of this table have no id: they can be added here, and changed or removed by a new import.</source>
        <translation>這個資料表的資料列沒有 ID：可在此新增，修改或移除則需重新匯入。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 bundled, %2 ✎ yours. Bundled rows are read-only; double-click a field of your own row to change it.</source>
        <translation>
            <numerusform>%n 列：%1 列內建，%2 列 ✎ 你的。內建資料列唯讀；按兩下你自己資料列的欄位即可修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>資料表(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Add a row…</source>
        <translation>新增資料列(&amp;A)…</translation>
    </message>
    <message>
        <source>A new row of this table with its source, checked by the dataset&apos;s rules as you type</source>
        <translation>為這個資料表新增一列並附來源，輸入時即依資料集規則檢查</translation>
    </message>
    <message>
        <source>&amp;New row from this one…</source>
        <translation>以此列新增(&amp;N)…</translation>
    </message>
    <message>
        <source>A new row that starts from the selected one (a newer figure, a similar system): its own id and source</source>
        <translation>以選取的資料列為起點新增一列（較新的數據、相近的系統），使用自己的 ID 與來源</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DeploymentCharts</name>
    <message>
        <source>Top countries</source>
        <translation>國家排行</translation>
    </message>
    <message>
        <source>Top owners</source>
        <translation>擁有者排行</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>時間趨勢</translation>
    </message>
    <message>
        <source>Top countries by %1</source>
        <translation>國家排行（依%1）</translation>
    </message>
    <message>
        <source>Top owners by %1</source>
        <translation>擁有者排行（依%1）</translation>
    </message>
    <message>
        <source>Units announced, cumulative</source>
        <translation>累計宣布數量</translation>
    </message>
    <message>
        <source>Units announced over time</source>
        <translation>歷來宣布的加速器數量（累計）</translation>
    </message>
</context>
<context>
    <name>DeploymentsReport</name>
    <message>
        <source>Key</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Units, all kinds</source>
        <translation>數量（所有類別）</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安裝</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>規劃中</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>H100-equivalents</source>
        <translation>H100 等效數量</translation>
    </message>
    <message>
        <source>Of which assumed chip (units)</source>
        <translation>其中依假設晶片計（顆）</translation>
    </message>
    <message>
        <source>Units without a chip</source>
        <translation>晶片不明的數量</translation>
    </message>
    <message>
        <source>Power (MW)</source>
        <translation>電力（MW）</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>地點數</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Units that may be counted twice</source>
        <translation>可能重複計算的數量</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>每秒 token 數</translation>
    </message>
    <message>
        <source>Units that cannot serve the model</source>
        <translation>無法執行此模型的數量</translation>
    </message>
    <message>
        <source>Kinds are kept apart: installed (installed or delivered), planned (ordered or planned) and unknown (an estimate that does not say which). &quot;Units, all kinds&quot; adds the three.</source>
        <translation>類別分開計算：已安裝（已安裝或已交付）、規劃中（已訂購或規劃中）與未知（未說明屬於何者的估計）。「數量（所有類別）」為三者相加。</translation>
    </message>
    <message>
        <source>A total that other rows are part of (a country or programme total) counts only the units its parts do not explain, never its parts again.</source>
        <translation>其他資料所屬的總計（國家或計畫總計）只計入其組成未涵蓋的數量，絕不重複計算組成。</translation>
    </message>
    <message>
        <source>Rows that may count the same accelerators are both counted; &quot;Units that may be counted twice&quot; gives the smaller of each such pair.</source>
        <translation>可能計入相同加速器的資料兩者都計入；「可能重複計算的數量」為每組中較小者。</translation>
    </message>
    <message>
        <source>H100-equivalents: units × the chip&apos;s dense BF16 throughput ÷ the H100 SXM&apos;s. Rows that name no chip count as the chip their family is assumed to be, or stay out.</source>
        <translation>H100 等效數量：數量 × 該晶片的稠密 BF16 算力 ÷ H100 SXM 的稠密 BF16 算力。未寫明晶片的資料以其系列假設的晶片計，或不計入。</translation>
    </message>
    <message>
        <source>Deployments by country</source>
        <translation>各國部署</translation>
    </message>
    <message>
        <source>Deployments by owner</source>
        <translation>各擁有者部署</translation>
    </message>
    <message>
        <source>Deployments by chip</source>
        <translation>各晶片部署</translation>
    </message>
    <message>
        <source>Deployments by site</source>
        <translation>各地點部署</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合計</translation>
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
        <translation>國家</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>擁有者</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>晶片</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Units counted in totals</source>
        <translation>計入合計的數量</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>宣布日期</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標日期</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>所屬總計</translation>
    </message>
    <message>
        <source>May overlap</source>
        <translation>可能重疊</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>DeploymentsTableModel</name>
    <message>
        <source>(not attributed)</source>
        <translation>（未歸屬）</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>已安裝</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>已訂購</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>規劃中</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估計</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>A total: its parts add up to %1, so it adds %2 to any total that holds it.</source>
        <translation>此列為總計：其組成合計 %1，因此只為所屬合計增加 %2。</translation>
    </message>
    <message>
        <source>Part of %1.</source>
        <translation>屬於 %1。</translation>
    </message>
    <message>
        <source>May count some of the same accelerators as %1.</source>
        <translation>可能與 %1 重複計算部分加速器。</translation>
    </message>
    <message>
        <source>No chip is assumed for this family: left out of H100-equivalents.</source>
        <translation>此系列未假設晶片：不計入 H100 等效數量。</translation>
    </message>
    <message>
        <source>Counted as %1 in H100-equivalents (assumed for its family).</source>
        <translation>以 %1 計入 H100 等效數量（依其系列假設）。</translation>
    </message>
    <message>
        <source>not disclosed</source>
        <translation>未揭露</translation>
    </message>
    <message>
        <source>%1 (total)</source>
        <translation>%1（總計）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>擁有者</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>晶片</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>電力</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>宣布日期</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
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
        <translation>所有類別</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安裝</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>規劃中</translation>
    </message>
    <message>
        <source>Unknown (estimates)</source>
        <translation>未知（估計）</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>所有部門</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公部門</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>民間</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>公私混合</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>所有供應商</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>H100-equivalents</source>
        <translation>H100 等效數量</translation>
    </message>
    <message>
        <source>Power (MW)</source>
        <translation>電力（MW）</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>每秒 token 數</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>每秒 %1 個 token</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n deployment(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n 筆部署&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>installed %1 · planned %2 · unknown %3 units</source>
        <translation>已安裝 %1 · 規劃中 %2 · 未知 %3 顆</translation>
    </message>
    <message>
        <source>%1 H100-equivalents</source>
        <translation>%1 H100 等效</translation>
    </message>
    <message>
        <source> (%1 units by an assumed chip)</source>
        <translation>（其中 %1 顆依假設晶片計）</translation>
    </message>
    <message>
        <source>, %1 units of no known chip left out</source>
        <translation>，%1 顆晶片不明者未計入</translation>
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
        <translation>⚠ 最多 %1 顆可能重複計算</translation>
    </message>
    <message>
        <source>No deployments shown</source>
        <translation>沒有顯示的部署</translation>
    </message>
    <message>
        <source>Installed %1 · planned %2 · unknown %3</source>
        <translation>已安裝 %1 · 規劃中 %2 · 未知 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s), as of %1</source>
        <translation>
            <numerusform>%n 個地點，截至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Where this deployment comes from</source>
        <translation>此部署的來源</translation>
    </message>
    <message>
        <source>What the totals rest on</source>
        <translation>合計的依據</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>國家：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>擁有者：</translation>
    </message>
    <message>
        <source>no chip assumed: left out of H100-equivalents</source>
        <translation>未假設晶片：不計入 H100 等效數量</translation>
    </message>
    <message>
        <source>counted as %1, an assumption</source>
        <translation>以 %1 計（假設）</translation>
    </message>
    <message>
        <source>Accelerators:</source>
        <translation>加速器：</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>數量：</translation>
    </message>
    <message>
        <source>not disclosed</source>
        <translation>未揭露</translation>
    </message>
    <message>
        <source>A total:</source>
        <translation>總計：</translation>
    </message>
    <message>
        <source>its parts add up to %1; it adds %2 beyond them.</source>
        <translation>其組成合計 %1；在此之外只增加 %2。</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>電力：</translation>
    </message>
    <message>
        <source>Announced:</source>
        <translation>宣布日期：</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目標 %1</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>屬於：</translation>
    </message>
    <message>
        <source>May overlap:</source>
        <translation>可能重疊：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>來源：</translation>
    </message>
    <message>
        <source>Kinds are kept apart: installed (installed, delivered), planned (ordered, planned) and unknown (estimates that say neither).</source>
        <translation>類別分開計算：已安裝（已安裝、已交付）、規劃中（已訂購、規劃中）與未知（未說明屬於何者的估計）。</translation>
    </message>
    <message>
        <source>A country or programme total counts only what its parts do not explain, never its parts again.</source>
        <translation>國家或計畫的總計只計入其組成未涵蓋的部分，絕不重複計算組成。</translation>
    </message>
    <message>
        <source>Chips assumed for rows that name only a family</source>
        <translation>只寫出系列的資料所假設的晶片</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>不計入</translation>
    </message>
    <message>
        <source>%1 → %2: %3 units</source>
        <translation>%1 → %2：%3 顆</translation>
    </message>
    <message>
        <source>Change them with the Assumptions button.</source>
        <translation>可用「假設」按鈕更改。</translation>
    </message>
    <message>
        <source>May be counted twice</source>
        <translation>可能重複計算</translation>
    </message>
    <message>
        <source>%1 and %2: up to %3 units</source>
        <translation>%1 與 %2：最多 %3 顆</translation>
    </message>
    <message>
        <source>Tokens per second: the working</source>
        <translation>每秒 token 數：計算過程</translation>
    </message>
    <message>
        <source>Each chip decodes at the batch where it turns compute-bound, or the largest that fits; the upper bound of the roofline (dense peaks, full bandwidth). Units × tokens/s per chip.</source>
        <translation>每顆晶片以轉為運算受限的批次大小解碼，或以放得下的最大批次大小；為屋頂線模型的上限（稠密峰值算力、完整頻寬）。數量 × 每顆晶片每秒 token 數。</translation>
    </message>
    <message>
        <source>Leave out of H100-equivalents</source>
        <translation>不計入 H100 等效數量</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類別(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>部門(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>供應商(&amp;V)</translation>
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
        <translation>指標(&amp;M)</translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation>模型(&amp;O)</translation>
    </message>
    <message>
        <source>Con&amp;text</source>
        <translation>上下文長度(&amp;T)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Installed counts installed and delivered accelerators, planned counts ordered and planned ones; unknown is an estimate that says neither.</source>
        <translation>已安裝包含已安裝與已交付的加速器，規劃中包含已訂購與規劃中者；未知是未說明屬於何者的估計。</translation>
    </message>
    <message>
        <source>What colours the map and sizes the bars: accelerators, H100-equivalents (dense BF16 throughput relative to the H100 SXM), power, or the tokens per second they could serve.</source>
        <translation>地圖顏色與長條長度所依據的指標：加速器數量、H100 等效數量（相對 H100 SXM 的稠密 BF16 算力）、電力，或可提供的每秒 token 數。</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假設</translation>
    </message>
    <message>
        <source>The chip counted for rows that name only a family (&quot;NVIDIA Blackwell GPUs&quot;), in H100-equivalents and tokens; or leave the family out.</source>
        <translation>只寫出系列（如「NVIDIA Blackwell GPUs」）的資料在 H100 等效數量與 token 數中以哪顆晶片計算；或不計入該系列。</translation>
    </message>
    <message>
        <source>Show every country again</source>
        <translation>再次顯示所有國家</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>全球</translation>
    </message>
    <message>
        <source>Zoom the map out to the whole world (or double-click the map). Wheel to zoom, drag to pan.</source>
        <translation>將地圖縮回全球（或雙擊地圖）。滾輪縮放，拖曳平移。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Deployments table…</source>
        <translation>部署表格…</translation>
    </message>
    <message>
        <source>Totals by country…</source>
        <translation>各國合計…</translation>
    </message>
    <message>
        <source>Map as PNG or SVG…</source>
        <translation>地圖（PNG 或 SVG）…</translation>
    </message>
    <message>
        <source>Chart shown as PNG or SVG…</source>
        <translation>目前圖表（PNG 或 SVG）…</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Assumption: %1 rows count as %2 (%3 units).</source>
        <translation>假設：%1 的資料以 %2 計（%3 顆）。</translation>
    </message>
    <message>
        <source>nothing (left out)</source>
        <translation>不計（排除）</translation>
    </message>
    <message>
        <source>Tokens per second: %1 at %2, decode at context %3, each chip at its compute-bound batch or the largest that fits.</source>
        <translation>每秒 token 數：%1，%2，解碼，上下文長度 %3，每顆晶片以運算受限的批次大小或放得下的最大批次大小計。</translation>
    </message>
    <message>
        <source>Country: %1.</source>
        <translation>國家：%1。</translation>
    </message>
    <message>
        <source>Write the deployments shown to a spreadsheet, PDF, web page, Markdown, CSV or JSON file</source>
        <translation>將顯示的部署寫入試算表、PDF、網頁、Markdown、CSV 或 JSON 檔案</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>網頁 (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON, raw values (*.json)</source>
        <translation>JSON，原始數值 (*.json)</translation>
    </message>
    <message>
        <source>Export the totals by country</source>
        <translation>匯出各國合計</translation>
    </message>
    <message>
        <source>Export the deployments</source>
        <translation>匯出部署</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>%1 could not be written:
%2</source>
        <translation>無法寫入 %1：
%2</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖檔 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>匯出地圖</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>匯出圖表</translation>
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
        <translation>%1 × %2，裝於 %3，每顆耗電（含機房）%4（PUE %5）</translation>
    </message>
    <message>
        <source>Its power holds:</source>
        <translation>其電力可容納：</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>unknown chip &apos;%1&apos;</source>
        <translation>未知的晶片「%1」</translation>
    </message>
    <message>
        <source>a gemm measurement needs a precision</source>
        <translation>gemm 實測需要註明精度</translation>
    </message>
    <message>
        <source>a gemm measurement is in FLOP/s or OP/s, not %1</source>
        <comment>%1: the measurement&apos;s unit</comment>
        <translation>gemm 實測的單位應為 FLOP/s 或 OP/s，而不是 %1</translation>
    </message>
    <message>
        <source>dense %1 peak</source>
        <comment>the kind of bound a measurement is checked against; %1: a precision such as bf16</comment>
        <translation>稠密 %1 峰值</translation>
    </message>
    <message>
        <source>%1 has no dense %2 peak</source>
        <comment>%1: a chip id; %2: a precision such as fp4</comment>
        <translation>%1 沒有稠密 %2 峰值</translation>
    </message>
    <message>
        <source>a stream measurement is in B/s, not %1</source>
        <comment>%1: the measurement&apos;s unit</comment>
        <translation>stream 實測的單位應為 B/s，而不是 %1</translation>
    </message>
    <message>
        <source>hbm bandwidth</source>
        <comment>the kind of bound a stream measurement is checked against</comment>
        <translation>HBM 頻寬</translation>
    </message>
    <message>
        <source>%1 has no memory bandwidth figure</source>
        <comment>%1: a chip id</comment>
        <translation>%1 沒有記憶體頻寬數據</translation>
    </message>
    <message>
        <source>no calculator bound for &apos;%1&apos;: it needs a serving configuration</source>
        <comment>%1: what was measured, e.g. tokens_per_s</comment>
        <translation>計算器無法為「%1」給出上限：它需要一套推論服務設定</translation>
    </message>
    <message>
        <source>%1: no %2 gemm measurement; compute efficiency 1.0</source>
        <comment>%1: a chip id; %2: a precision such as bf16</comment>
        <translation>%1：沒有 %2 gemm 實測；運算效率取 1.0</translation>
    </message>
    <message>
        <source>%1: no stream measurement; memory efficiency 1.0</source>
        <comment>%1: a chip id</comment>
        <translation>%1：沒有 stream 實測；記憶體效率取 1.0</translation>
    </message>
    <message>
        <source>the rental price per chip-hour must be positive</source>
        <translation>每晶片小時的租用價格必須大於零</translation>
    </message>
    <message>
        <source>give a rental price per chip-hour or a purchase price for %1</source>
        <comment>%1: a chip id</comment>
        <translation>請為 %1 提供每晶片小時的租用價格或購買價格</translation>
    </message>
    <message>
        <source>price and years must be positive, PUE at least 1, electricity price not negative</source>
        <translation>價格與年數必須大於零，PUE 至少為 1，電價不可為負</translation>
    </message>
    <message>
        <source>%1 has no TDP figure in the dataset, so its power cost is unknown; give a rental price instead</source>
        <comment>%1: a chip id</comment>
        <translation>資料集中沒有 %1 的 TDP 數據，因此無法得知其電費；請改用租用價格</translation>
    </message>
    <message>
        <source>model %1: layers is missing or out of range (needed for every per-layer operator)</source>
        <translation>模型 %1：layers 缺漏或超出範圍（每個逐層運算子都需要它）</translation>
    </message>
    <message>
        <source>model %1: hidden is missing or out of range (needed for every projection)</source>
        <translation>模型 %1：hidden 缺漏或超出範圍（每個投影都需要它）</translation>
    </message>
    <message>
        <source>model %1: heads is missing or out of range (needed for attention)</source>
        <translation>模型 %1：heads 缺漏或超出範圍（注意力需要它）</translation>
    </message>
    <message>
        <source>model %1: vocab is missing or out of range (needed for lm_head)</source>
        <translation>模型 %1：vocab 缺漏或超出範圍（lm_head 需要它）</translation>
    </message>
    <message>
        <source>model %1: params_total is missing or out of range (needed for the weights&apos; size)</source>
        <translation>模型 %1：params_total 缺漏或超出範圍（計算權重大小需要它）</translation>
    </message>
    <message>
        <source>model %1: kv_heads is missing or out of range (GQA needs 1 to heads key/value heads)</source>
        <translation>模型 %1：kv_heads 缺漏或超出範圍（GQA 需要 1 到 heads 個 KV 頭）</translation>
    </message>
    <message>
        <source>model %1: kv_lora_rank is missing or out of range (MLA caches the compressed latent)</source>
        <translation>模型 %1：kv_lora_rank 缺漏或超出範圍（MLA 快取的是壓縮後的潛在向量）</translation>
    </message>
    <message>
        <source>model %1: sliding_layers is missing or out of range (0 to layers)</source>
        <translation>模型 %1：sliding_layers 缺漏或超出範圍（應介於 0 到 layers）</translation>
    </message>
    <message>
        <source>model %1: sliding_window is missing or out of range (sliding layers need a window)</source>
        <translation>模型 %1：sliding_window 缺漏或超出範圍（滑動視窗層需要視窗大小）</translation>
    </message>
    <message>
        <source>model %1: expert_ffn is missing or out of range (MoE layers need the width of one expert)</source>
        <translation>模型 %1：expert_ffn 缺漏或超出範圍（MoE 層需要單一專家的寬度）</translation>
    </message>
    <message>
        <source>model %1: experts_active is missing or out of range (1 to experts routed experts per token)</source>
        <translation>模型 %1：experts_active 缺漏或超出範圍（每個 token 路由到 1 到 experts 個專家）</translation>
    </message>
    <message>
        <source>model %1: dense_layers is missing or out of range (0 to layers)</source>
        <translation>模型 %1：dense_layers 缺漏或超出範圍（應介於 0 到 layers）</translation>
    </message>
    <message>
        <source>model %1: ffn is missing or out of range (the leading dense layers need their FFN width)</source>
        <translation>模型 %1：ffn 缺漏或超出範圍（前段的稠密層需要其 FFN 寬度）</translation>
    </message>
    <message>
        <source>model %1: ffn is missing or out of range (needed for the FFN)</source>
        <translation>模型 %1：ffn 缺漏或超出範圍（FFN 需要它）</translation>
    </message>
    <message>
        <source>tensor parallelism must be 1 or more chips</source>
        <translation>張量平行至少須為 1 顆晶片</translation>
    </message>
    <message>
        <source>%1 has no scale-up bandwidth figure; tensor parallelism over it cannot be computed</source>
        <comment>%1: a chip id</comment>
        <translation>%1 沒有垂直擴展頻寬數據，無法計算其張量平行</translation>
    </message>
    <message>
        <source>decode needs a context of 1 token or more</source>
        <translation>解碼需要至少 1 個 token 的上下文長度</translation>
    </message>
    <message>
        <source>prefill needs a prompt of 1 token or more</source>
        <translation>預填需要至少 1 個 token 的提示</translation>
    </message>
    <message>
        <source>weights and KV cache must be placed on one of the chip&apos;s memory tiers</source>
        <translation>權重與 KV 快取必須放在晶片的其中一層記憶體上</translation>
    </message>
    <message>
        <source>the memory reserve must be in [0, 1)</source>
        <translation>記憶體保留比例必須在 [0, 1) 之間</translation>
    </message>
    <message>
        <source>%1 has no memory capacity figure in the dataset</source>
        <comment>%1: a chip id</comment>
        <translation>資料集中沒有 %1 的記憶體容量數據</translation>
    </message>
    <message>
        <source>memory tier &apos;%1&apos; has no capacity</source>
        <comment>%1: the tier&apos;s name, e.g. HBF</comment>
        <translation>記憶體層「%1」沒有容量</translation>
    </message>
    <message>
        <source>the batch must be 1 or more sequences</source>
        <translation>批次大小至少須為 1 個序列</translation>
    </message>
    <message>
        <source>every batch must be 1 or more sequences</source>
        <translation>每個批次大小都至少須為 1 個序列</translation>
    </message>
    <message>
        <source>%1 has no dense %2 peak, nor any other dense peak in the dataset</source>
        <comment>%1: a chip id; %2: a precision such as fp4</comment>
        <translation>%1 沒有稠密 %2 峰值，資料集中也沒有它的任何其他稠密峰值</translation>
    </message>
    <message>
        <source>%1 has no dense %2 peak; it has %3</source>
        <comment>%1: a chip id; %2: a precision such as fp4; %3: the precisions it has, &quot;fp64, bf16, fp8&quot;</comment>
        <translation>%1 沒有稠密 %2 峰值；它有 %3</translation>
    </message>
    <message>
        <source>%1 has no memory bandwidth figure in the dataset</source>
        <comment>%1: a chip id</comment>
        <translation>資料集中沒有 %1 的記憶體頻寬數據</translation>
    </message>
    <message>
        <source>efficiency factors must be in (0, 1]</source>
        <translation>效率係數必須在 (0, 1] 之間</translation>
    </message>
    <message>
        <source>memory tier &apos;%1&apos; needs a positive bandwidth</source>
        <comment>%1: the tier&apos;s name, e.g. HBF</comment>
        <translation>記憶體層「%1」的頻寬必須大於零</translation>
    </message>
    <message>
        <source>memory tier name &apos;%1&apos; is taken; choose another</source>
        <comment>%1: the tier&apos;s name, e.g. HBM</comment>
        <translation>記憶體層名稱「%1」已被使用，請另取一個</translation>
    </message>
    <message>
        <source>%1 compute efficiency %2 = best measured %3 gemm / dense peak (measurement %4, source %5)</source>
        <comment>%1: a chip id; %2: a number; %3: a precision such as bf16; %4, %5: ids</comment>
        <translation>%1 運算效率 %2 = 最佳 %3 gemm 實測 / 稠密峰值（實測 %4，來源 %5）</translation>
    </message>
    <message>
        <source>%1 memory efficiency %2 = best measured stream / HBM bandwidth (measurement %3, source %4)</source>
        <comment>%1: a chip id; %2: a number; %3, %4: ids</comment>
        <translation>%1 記憶體效率 %2 = 最佳 stream 實測 / HBM 頻寬（實測 %3，來源 %4）</translation>
    </message>
    <message>
        <source>%1: measurement %2 is marked low-confidence and is not used (ask for it to include it)</source>
        <comment>%1: a chip id; %2: a measurement id</comment>
        <translation>%1：實測 %2 標為低可信度，未採用（需明確要求才納入）</translation>
    </message>
    <message>
        <source>expert parallelism must be 1 or more chips</source>
        <translation>專家平行須為 1 顆以上晶片</translation>
    </message>
    <message>
        <source>expert parallelism applies to mixture-of-experts models; %1 is dense</source>
        <comment>%1: a model id</comment>
        <translation>專家平行只適用於混合專家（MoE）模型；%1 是稠密模型</translation>
    </message>
    <message>
        <source>expert parallelism over %1 chips is more than the model&apos;s %2 experts</source>
        <translation>專家平行的 %1 顆晶片多於模型的 %2 個專家</translation>
    </message>
    <message>
        <source>tensor and expert parallelism share one group: give them the same number of chips, or one of them</source>
        <translation>張量平行與專家平行共用同一組晶片：兩者請設相同晶片數，或只設其一</translation>
    </message>
    <message>
        <source>expert parallelism over %1 chips needs attention spread over them too: tensor parallelism over %1 chips or data-parallel attention</source>
        <translation>%1 顆晶片的專家平行也需要把注意力分散到這些晶片上：%1 顆晶片的張量平行，或資料平行注意力</translation>
    </message>
    <message>
        <source>data-parallel attention needs a group of 2 or more chips (tensor or expert parallelism)</source>
        <translation>資料平行注意力需要 2 顆以上晶片的一組（張量平行或專家平行）</translation>
    </message>
    <message>
        <source>%1 has no dense %2 peak for the attention matmuls</source>
        <comment>%1: a chip id; %2: a precision such as fp8</comment>
        <translation>%1 沒有可供注意力矩陣乘法使用的稠密 %2 峰值</translation>
    </message>
    <message>
        <source>a request needs 1 or more input tokens and 1 or more output tokens</source>
        <translation>一個請求需要至少 1 個輸入 token 與至少 1 個輸出 token</translation>
    </message>
    <message>
        <source>accepted tokens per step must be from 1 to 16</source>
        <translation>每步接受的 token 數必須介於 1 到 16</translation>
    </message>
    <message>
        <source>pipeline parallelism must be 1 or more stages</source>
        <translation>管線平行至少須為 1 個階段</translation>
    </message>
    <message>
        <source>pipeline parallelism over %1 stages is more than the model&apos;s %2 layers</source>
        <translation>管線平行的 %1 個階段多於模型的 %2 層</translation>
    </message>
    <message>
        <source>prefill chunks ride in decode steps only</source>
        <translation>預填分塊只能搭載在解碼步驟中</translation>
    </message>
    <message>
        <source>%1 chips are more than %2&apos;s scale-up domain of %3, and no scale-out bandwidth is known to join domains (a system with that figure gives it)</source>
        <comment>%2: a chip id</comment>
        <translation>%1 顆晶片超過 %2 的垂直擴展域（%3 顆），且沒有可連接各域的水平擴展頻寬數字（提供該數字的系統才有）</translation>
    </message>
    <message>
        <source>a prefill chunk must be 1 or more tokens</source>
        <translation>預填分塊至少須為 1 個 token</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>OPs</source>
        <comment>integer operations, an amount of work: OPs / peak</comment>
        <translation>整數運算量</translation>
    </message>
    <message>
        <source>FLOPs</source>
        <comment>floating-point operations, an amount of work: FLOPs / peak</comment>
        <translation>浮點運算量</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>運算受限</translation>
    </message>
    <message>
        <source>memory-bound</source>
        <translation>記憶體受限</translation>
    </message>
    <message>
        <source>link-bound</source>
        <comment>bound by the scale-up link between chips</comment>
        <translation>互連受限</translation>
    </message>
    <message>
        <source>peak = dense %1 peak × compute efficiency = %2 × %3 = %4</source>
        <translation>峰值 = 稠密 %1 峰值 × 運算效率 = %2 × %3 = %4</translation>
    </message>
    <message>
        <source>scale-up link = bidirectional bandwidth / 2 = %1 / 2 = %2 each way</source>
        <translation>垂直擴展互連 = 雙向頻寬 / 2 = %1 / 2 = 每個方向 %2</translation>
    </message>
    <message>
        <source>time = max(%1 / peak, bytes / bandwidth) = max(%2 / %3, %4 / %5) = max(%6, %7) = %8</source>
        <comment>%1: FLOPs or OPs</comment>
        <translation>時間 = max(%1 / 峰值, 位元組 / 頻寬) = max(%2 / %3, %4 / %5) = max(%6, %7) = %8</translation>
    </message>
    <message>
        <source>KV = batch × (full layers × context + sliding layers × min(context, window)) × KV per token per layer = %1 × (%2 × %3 + %4 × %5) × %6 = %7</source>
        <translation>KV = 批次大小 × (全注意力層數 × 上下文長度 + 滑動視窗層數 × min(上下文長度, 視窗)) × 每層每個 token 的 KV = %1 × (%2 × %3 + %4 × %5) × %6 = %7</translation>
    </message>
    <message>
        <source>KV = batch × context × KV per token = %1 × %2 × %3 = %4</source>
        <translation>KV = 批次大小 × 上下文長度 × 每個 token 的 KV = %1 × %2 × %3 = %4</translation>
    </message>
    <message>
        <source>per chip: weights / %1 + KV / %2 = %3 + %4 = %5 ≤ %6 = %7 → fits</source>
        <translation>每晶片：權重 / %1 + KV / %2 = %3 + %4 = %5 ≤ %6 = %7 → 容得下</translation>
    </message>
    <message>
        <source>per chip: weights / %1 + KV / %2 = %3 + %4 = %5 &gt; %6 = %7 → does not fit</source>
        <translation>每晶片：權重 / %1 + KV / %2 = %3 + %4 = %5 &gt; %6 = %7 → 容不下</translation>
    </message>
    <message>
        <source>per chip: weights / %1 = %2 on %3 (usable %4); KV / %5 = %6 on %7 (usable %8) → fits</source>
        <comment>%3, %7: memory tiers&apos; names (hbm, hbf)</comment>
        <translation>每晶片：權重 / %1 = %2，放在 %3（可用 %4）；KV / %5 = %6，放在 %7（可用 %8）→ 容得下</translation>
    </message>
    <message>
        <source>per chip: weights / %1 = %2 on %3 (usable %4); KV / %5 = %6 on %7 (usable %8) → does not fit</source>
        <comment>%3, %7: memory tiers&apos; names (hbm, hbf)</comment>
        <translation>每晶片：權重 / %1 = %2，放在 %3（可用 %4）；KV / %5 = %6，放在 %7（可用 %8）→ 容不下</translation>
    </message>
    <message>
        <source>the KV cache is not split: MLA keeps one latent per token, whole, on every chip</source>
        <translation>KV 快取不切分：MLA 每個 token 只存一個潛在向量，每顆晶片都保存完整的一份</translation>
    </message>
    <message>
        <source>the KV cache splits only %1 ways: there are only %1 KV heads, so chips share copies</source>
        <translation>KV 快取只能切成 %1 份：KV 頭只有 %1 個，因此多顆晶片保存相同的副本</translation>
    </message>
    <message>
        <source>fewest chips that fit = %1</source>
        <translation>容得下所需的最少晶片數 = %1</translation>
    </message>
    <message>
        <source>no number of chips fits: the KV cache a chip must hold alone exceeds its memory</source>
        <translation>再多晶片也容不下：單顆晶片必須獨自保存的 KV 快取已超過其記憶體</translation>
    </message>
    <message>
        <source>KV wall: max batch = floor((usable − weights per chip) / KV per sequence per chip) = floor((%1 − %2) / %3) = %4</source>
        <translation>KV 牆：最大批次大小 = floor((可用容量 − 每晶片權重) / 每晶片每個序列的 KV) = floor((%1 − %2) / %3) = %4</translation>
    </message>
    <message>
        <source>distinct experts per MoE layer = E × (1 − (1 − k/E)^tokens) = %1 × (1 − (1 − %2/%1)^%3) = %4 (+ %5 shared)</source>
        <translation>每個 MoE 層用到的不同專家數 = E × (1 − (1 − k/E)^token 數) = %1 × (1 − (1 − %2/%1)^%3) = %4（另加 %5 個共享專家）</translation>
    </message>
    <message>
        <source>%1: max(%2 / peak, bytes / bandwidth) = max(%3 / %4, %5 / %6) = max(%7, %8) → %9, %10</source>
        <comment>%1: an operator&apos;s key (qkv, ffn); %2: FLOPs or OPs; %10: memory-bound or compute-bound</comment>
        <translation>%1：max(%2 / 峰值, 位元組 / 頻寬) = max(%3 / %4, %5 / %6) = max(%7, %8) → %9，%10</translation>
    </message>
    <message>
        <source>%1: %2 %3, bytes %4; max(compute %5, slowest tier %6) → %7, %8</source>
        <comment>%1: an operator&apos;s key (qkv, ffn); %2: FLOPs or OPs; %8: memory-bound or compute-bound</comment>
        <translation>%1：%2 %3，位元組 %4；max(運算 %5, 最慢記憶體層 %6) → %7，%8</translation>
    </message>
    <message>
        <source>time per step = Σ operator times = %1</source>
        <translation>每步時間 = Σ 各運算子時間 = %1</translation>
    </message>
    <message>
        <source>time to first token = Σ operator times = %1</source>
        <translation>首個 token 延遲 = Σ 各運算子時間 = %1</translation>
    </message>
    <message>
        <source>tokens/s = batch / time per step = %1 / %2 = %3 for %4 chip(s); per chip %5; per user 1 / %2 = %6</source>
        <translation>每秒 token 數 = 批次大小 / 每步時間 = %1 / %2 = %3（%4 顆晶片合計）；每晶片 %5；每位使用者 1 / %2 = %6</translation>
    </message>
    <message>
        <source>tokens/s = batch × prompt / TTFT = %1 × %2 / %3 = %4 for %5 chip(s); per chip %6; per user %2 / %3 = %7</source>
        <comment>TTFT: time to first token</comment>
        <translation>每秒 token 數 = 批次大小 × 提示長度 / 首個 token 延遲 = %1 × %2 / %3 = %4（%5 顆晶片合計）；每晶片 %6；每位使用者 %2 / %3 = %7</translation>
    </message>
    <message>
        <source>memory stall = Σ (time − max(compute, link)) over memory-bound operators / step = %1 / %2 = %3</source>
        <translation>記憶體等待佔比 = Σ 記憶體受限運算子的 (時間 − max(運算, 互連)) / 每步時間 = %1 / %2 = %3</translation>
    </message>
    <message>
        <source>compute-bound batch = smallest batch with Σ %1 / peak ≥ Σ bytes / bandwidth at context %2 = %3</source>
        <comment>%1: FLOPs or OPs</comment>
        <translation>轉為運算受限的批次大小 = 上下文長度 %2 下使 Σ %1 / 峰值 ≥ Σ 位元組 / 頻寬 的最小批次大小 = %3</translation>
    </message>
    <message>
        <source>no batch turns the step compute-bound at context %1: attention&apos;s intensity stays below the ridge</source>
        <translation>在上下文長度 %1 下，沒有任何批次大小能讓這一步轉為運算受限：注意力的運算強度始終低於脊點</translation>
    </message>
    <message>
        <source>cost per chip-hour = rental = USD %1 (power and hosting included)</source>
        <translation>每晶片小時成本 = 租用價格 = %1 美元（含電力與機房託管）</translation>
    </message>
    <message>
        <source>cost per chip-hour = price / (years × 8766 h) + TDP × PUE × electricity = %1 / (%2 × 8766) + %3 kW × %4 × %5 USD/kWh = %6 + %7 = USD %8</source>
        <translation>每晶片小時成本 = 價格 / (年數 × 8,766 小時) + TDP × PUE × 電價 = %1 / (%2 × 8,766) + %3 kW × %4 × 每度 %5 美元 = %6 + %7 = %8 美元</translation>
    </message>
    <message>
        <source>USD per million tokens = cost per chip-hour / (tokens/s per chip × 3600) × 1e6 = %1 / (%2 × 3600) × 1e6 = %3</source>
        <translation>每百萬 token 成本（美元）= 每晶片小時成本 / (每晶片每秒 token 數 × 3600) × 1e6 = %1 / (%2 × 3600) × 1e6 = %3</translation>
    </message>
    <message>
        <source>tokens per USD = tokens/s per chip × 3600 / cost per chip-hour = %1</source>
        <translation>每美元 token 數 = 每晶片每秒 token 數 × 3600 / 每晶片小時成本 = %1</translation>
    </message>
    <message>
        <source>tokens per joule = tokens/s per chip / TDP = %1 / %2 W = %3</source>
        <translation>每焦耳 token 數 = 每晶片每秒 token 數 / TDP = %1 / %2 W = %3</translation>
    </message>
    <message>
        <source>%1 %2: measured / %3 = %4 / %5 = %6 — ABOVE THE BOUND: a figure or the bound is wrong</source>
        <translation>%1 %2：實測值 / %3 = %4 / %5 = %6 — 超過上限：某個數據或上限有誤</translation>
    </message>
    <message>
        <source>%1 %2: measured / %3 = %4 / %5 = %6</source>
        <translation>%1 %2：實測值 / %3 = %4 / %5 = %6</translation>
    </message>
    <message>
        <source>%1 bandwidth = %2 × memory efficiency %3 = %4; ridge = peak / bandwidth = %5 / %4 = %6 %7/byte</source>
        <comment>%1 is a memory tier&apos;s name (hbm)</comment>
        <translation>%1 頻寬 = %2 × 記憶體效率 %3 = %4；脊點 = 峰值 / 頻寬 = %5 / %4 = %6 %7/位元組</translation>
    </message>
    <message>
        <source>intensity = %1 / bytes = %2 / %3 = %4 %5/byte</source>
        <comment>%1: FLOPs or OPs; %5: its unit, FLOP or OP</comment>
        <translation>運算強度 = %1 / 位元組 = %2 / %3 = %4 %5/位元組</translation>
    </message>
    <message>
        <source>attainable = min(peak, intensity × bandwidth) = min(%1, %2 %3/byte × %4) = %5, %6 (intensity %2 %7 ridge %8)</source>
        <comment>%6: memory-bound or compute-bound; %7: &lt; or ≥</comment>
        <translation>可達算力 = min(峰值, 運算強度 × 頻寬) = min(%1, %2 %3/位元組 × %4) = %5，%6（運算強度 %2 %7 脊點 %8）</translation>
    </message>
    <message>
        <source>bytes = (M×K + K×N + M×N) × element size = (%1 + %2 + %3) × %4 bytes = %5</source>
        <translation>位元組 = (M×K + K×N + M×N) × 元素大小 = (%1 + %2 + %3) × %4 位元組 = %5</translation>
    </message>
    <message>
        <source>memory in GB, MB and KB is binary (1 GB = 2³⁰ bytes), as vendors print it; bandwidth is decimal (1 TB/s = 10¹² bytes/s)</source>
        <translation>以 GB、MB、KB 表示的記憶體為二進位（1 GB = 2³⁰ 位元組），與廠商標示相同；頻寬為十進位（1 TB/s = 10¹² 位元組/秒）</translation>
    </message>
    <message>
        <source>weights = params_total × element size = %1 × %2 bytes = %3</source>
        <translation>權重 = params_total × 元素大小 = %1 × %2 位元組 = %3</translation>
    </message>
    <message>
        <source>KV per token = layers × (kv_lora_rank + rope_head_dim) × element size = %1 × (%2 + %3) × %4 bytes = %5</source>
        <translation>每個 token 的 KV = 層數 × (kv_lora_rank + rope_head_dim) × 元素大小 = %1 × (%2 + %3) × %4 位元組 = %5</translation>
    </message>
    <message>
        <source>KV per token = layers × 2 × kv_heads × head_dim × element size = %1 × 2 × %2 × %3 × %4 bytes = %5</source>
        <translation>每個 token 的 KV = 層數 × 2 × kv_heads × head_dim × 元素大小 = %1 × 2 × %2 × %3 × %4 位元組 = %5</translation>
    </message>
    <message>
        <source>switched</source>
        <translation>交換式</translation>
    </message>
    <message>
        <source>full mesh of %1</source>
        <translation>%1 顆全互連網狀</translation>
    </message>
    <message>
        <source>torus</source>
        <translation>環面（torus）</translation>
    </message>
    <message>
        <source>precisions: weights %1, KV cache %2, activations and collectives %3, attention matmuls %4 at %5</source>
        <comment>%1–%4: precisions such as FP8; %5: a peak rate such as 2.25 PFLOP/s</comment>
        <translation>精度：權重 %1、KV 快取 %2、激活值與集合通訊 %3、注意力矩陣乘法 %4，峰值 %5</translation>
    </message>
    <message>
        <source>layout: %1 chip(s) per model copy; attention split %2 way(s) (%3 data-parallel copies); experts %4</source>
        <comment>%4: how experts are placed</comment>
        <translation>配置：每份模型副本 %1 顆晶片；注意力切成 %2 份（%3 份資料平行副本）；專家%4</translation>
    </message>
    <message>
        <source>spread over %1 chips, %2 each</source>
        <translation>分散到 %1 顆晶片，每顆 %2 個</translation>
    </message>
    <message>
        <source>split like tensor parallelism</source>
        <translation>按張量平行切分</translation>
    </message>
    <message>
        <source>per chip: routed experts / %1 + the other weights / %2 + KV of batch / %3 sequences = %4 + %5 = %6 ≤ %7 → fits</source>
        <translation>每晶片：路由專家 / %1 + 其餘權重 / %2 + 批次大小 / %3 個序列的 KV = %4 + %5 = %6 ≤ %7 → 容得下</translation>
    </message>
    <message>
        <source>per chip: routed experts / %1 + the other weights / %2 + KV of batch / %3 sequences = %4 + %5 = %6 &gt; %7 → does not fit</source>
        <translation>每晶片：路由專家 / %1 + 其餘權重 / %2 + 批次大小 / %3 個序列的 KV = %4 + %5 = %6 &gt; %7 → 容不下</translation>
    </message>
    <message>
        <source>all_reduce: ring 2(N − 1)/N × tokens × hidden × element size per all-reduce, %1 in all over %2 (%3 of the link: %4), plus %5 of message latency per all-reduce on %6 → %7</source>
        <comment>all_reduce is the operator&apos;s key; %6: the fabric&apos;s name, e.g. NVLink</comment>
        <translation>all_reduce：每次環狀 all-reduce 傳 2(N − 1)/N × token 數 × hidden × 元素大小，共 %1，走 %2（可用鏈路 %3：%4），另加每次 all-reduce 在 %6 上的訊息延遲 %5 → %7</translation>
    </message>
    <message>
        <source>all_to_all: dispatch and combine in each of %1 MoE layers, each tokens / %2 × %3 experts × hidden × element size × (%2 − 1)/%2 = %4 a chip, over %5 plus %6 of message latency on %7 → %8</source>
        <comment>all_to_all is the operator&apos;s key; %7: the fabric&apos;s name</comment>
        <translation>all_to_all：%1 個 MoE 層各做一次分派與合併，每次 token 數 / %2 × %3 個專家 × hidden × 元素大小 × (%2 − 1)/%2 = 每晶片 %4，走 %5，另加 %7 上的訊息延遲 %6 → %8</translation>
    </message>
    <message>
        <source>compute-bound batch at context %1 = %2, not reachable: the KV wall is at %3</source>
        <translation>上下文長度 %1 下轉為運算受限的批次大小 = %2，無法達到：KV 牆位於 %3</translation>
    </message>
    <message>
        <source>the scale-out network of %1</source>
        <comment>%1: a system id</comment>
        <translation>%1 的水平擴展網路</translation>
    </message>
    <message>
        <source>a group of %1 chips is more than the scale-up domain of %2: its collectives cross %3 at %4 each way (the slowest link), %5 per message (assumed: an RDMA message through a leaf-spine network)</source>
        <translation>%1 顆晶片的一組超過 %2 顆的垂直擴展域：其集合通訊走 %3，單向 %4（最慢的鏈路），每則訊息 %5（假設值：經 leaf-spine 網路的一則 RDMA 訊息）</translation>
    </message>
    <message>
        <source>pipeline: %1 stages of %2 chip(s), each with 1/%1 of the layers, weights and KV cache; M = min(batch, stages) = %3 micro-batch(es) of %4 sequences; stage time (one micro-batch through one stage, its send included) = %5</source>
        <translation>管線：%1 個階段，每階段 %2 顆晶片，各持有 1/%1 的層、權重與 KV 快取；M = min(批次大小, 階段數) = %3 個微批，每個 %4 條序列；階段時間（一個微批通過一個階段，含傳送）= %5</translation>
    </message>
    <message>
        <source>pipeline, decode in steady state: step = max(M, stages) × stage time = %1 × %2 = %3, a chip busy M × stage time; bubble = (stages − M) / stages = %4</source>
        <translation>管線，穩態解碼：每步 = max(M, 階段數) × 階段時間 = %1 × %2 = %3，晶片忙碌 M × 階段時間；氣泡 = (階段數 − M) / 階段數 = %4</translation>
    </message>
    <message>
        <source>pipeline, prefill through an empty pipeline: TTFT = (M + stages − 1) × stage time = %1 × %2 = %3; bubble = (stages − 1) / (M + stages − 1) = %4</source>
        <translation>管線，預填通過空管線：TTFT = (M + 階段數 − 1) × 階段時間 = %1 × %2 = %3；氣泡 = (階段數 − 1) / (M + 階段數 − 1) = %4</translation>
    </message>
    <message>
        <source>%1 chips in all are more than the scale-up domain of %2: stage sends cross %3 at %4 each way, %5 per message (assumed)</source>
        <translation>總共 %1 顆晶片超過 %2 顆的垂直擴展域：階段間傳送走 %3，單向 %4，每則訊息 %5（假設值）</translation>
    </message>
    <message>
        <source>stage_send: each micro-batch&apos;s activations, tokens × hidden × element size / %1 chip(s) = %2 a chip, to the next stage over %3 at %4 plus %5 of message latency; M = %6 sends a step → %7</source>
        <comment>stage_send is the operator&apos;s key; %3: a link&apos;s name, e.g. NVLink</comment>
        <translation>stage_send：每個微批的激活值，token 數 × hidden × 元素大小 / %1 顆晶片 = 每晶片 %2，經 %3 以 %4 傳給下一階段，另加訊息延遲 %5；每步 M = %6 次傳送 → %7</translation>
    </message>
    <message>
        <source>chunked prefill: each decode step carries the prompt tokens that keep the batch full, batch × K × I / O = %1 × %2 × %3 / %4 = %5, at most C = %6: %7 a step; %8 sequence(s) decode at once</source>
        <translation>分塊預填：每個解碼步驟搭載讓整批保持滿載所需的提示 token，批次大小 × K × I / O = %1 × %2 × %3 / %4 = %5，最多 C = %6：每步 %7 個；同時解碼 %8 條序列</translation>
    </message>
    <message>
        <source>chunked prefill: step with its chunk = %1; TTFT = ceil(I / C) × step = %2 × %1 = %3; output tokens/s per chip = sequences × K / step / chips = %4 × %5 / %1 / %6 = %7</source>
        <translation>分塊預填：含分塊的每步 = %1；TTFT = ceil(I / C) × 每步 = %2 × %1 = %3；每晶片每秒輸出 token = 序列數 × K / 每步 / 晶片數 = %4 × %5 / %1 / %6 = %7</translation>
    </message>
    <message>
        <source>disaggregated: a decode chip makes D = %1 output tokens/s, a prefill chip takes in P = %2 input tokens/s; prefill chips per decode chip = D × I / (O × P) = %1 × %3 / (%4 × %2) = %5; tokens/s per chip over both pools = D / (1 + ratio) = %6</source>
        <translation>預填與解碼分離：一顆解碼晶片每秒產出 D = %1 個輸出 token，一顆預填晶片每秒處理 P = %2 個輸入 token；每顆解碼晶片配預填晶片 = D × I / (O × P) = %1 × %3 / (%4 × %2) = %5；兩個池合計每晶片每秒 token = D / (1 + 比例) = %6</translation>
    </message>
    <message>
        <source>disaggregated: the request&apos;s KV cache, %1, moves to the decode pool over %2 in %3; TTFT = prefill %4 + %3 = %5</source>
        <translation>預填與解碼分離：請求的 KV 快取 %1 經 %2 移到解碼池，耗時 %3；TTFT = 預填 %4 + %3 = %5</translation>
    </message>
</context>
<context>
    <name>FlowDetails</name>
    <message numerus="yes">
        <source>%n without an amount</source>
        <comment>flows</comment>
        <translation>
            <numerusform>%n 筆未揭露金額</numerusform>
        </translation>
    </message>
    <message>
        <source> + </source>
        <comment>firm amount + &quot;up to&quot; amount</comment>
        <translation> + </translation>
    </message>
    <message>
        <source>%1: not counted as live money</source>
        <translation>%1：不計為實際資金</translation>
    </message>
    <message>
        <source>Announced %1</source>
        <translation>宣布日期：%1</translation>
    </message>
    <message>
        <source> · period %1</source>
        <translation> · 期間：%1</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>來源：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Commits: %1 in %n flow(s)</source>
        <translation>
            <numerusform>流出：%1，共 %n 筆</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receives: %1 in %n flow(s)</source>
        <translation>
            <numerusform>流入：%1，共 %n 筆</numerusform>
        </translation>
    </message>
    <message>
        <source>No flow counted under the current filters.</source>
        <translation>在目前的篩選條件下沒有計入的資金往來。</translation>
    </message>
    <message>
        <source>Click to see its deals; drag to move it.</source>
        <translation>點一下查看其交易；拖曳可移動。</translation>
    </message>
    <message>
        <source>Replaced by: %1</source>
        <translation>由此交易取代：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>附註：%1</translation>
    </message>
    <message>
        <source>All flows on the loop: %1</source>
        <translation>環路上所有資金往來合計：%1</translation>
    </message>
    <message>
        <source>announced %1 – %2</source>
        <translation>宣布於 %1至 %2</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <comment>one hop of a loop and its amount</comment>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>No flow of this company is counted under the current filters.</source>
        <translation>在目前的篩選條件下，這家公司沒有計入的資金往來。</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>確定金額</translation>
    </message>
    <message>
        <source>&quot;Up to&quot;</source>
        <translation>「最高」金額</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>資金往來</translation>
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
            <numerusform>另有 %n 筆未揭露金額的資金往來不計入上述合計。</numerusform>
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
        <translation>依交易對手</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>依類型</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Part of a larger flow (the note names it): its amount is not added to any total, so it is not counted twice.</source>
        <translation>屬於一筆較大的資金往來（附註列出是哪一筆）：其金額不計入任何合計，以免重複計算。</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) that are part of a larger flow are listed but not added to these sums.</source>
        <translation>
            <numerusform>另有 %n 筆屬於較大資金往來一部分的資金往來，只列出不計入上述合計。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowText</name>
    <message>
        <source>Equity</source>
        <translation>股權投資</translation>
    </message>
    <message>
        <source>Chip purchase</source>
        <translation>晶片採購</translation>
    </message>
    <message>
        <source>Compute contract</source>
        <translation>算力合約</translation>
    </message>
    <message>
        <source>Cloud commitment</source>
        <translation>雲端承諾採購</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>貸款</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation>認股權證</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>合資</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>資本支出</translation>
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
        <translation>模型實驗室</translation>
    </message>
    <message>
        <source>Cloud / neocloud</source>
        <translation>雲端／新雲端</translation>
    </message>
    <message>
        <source>Chip designer</source>
        <translation>晶片設計</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>記憶體</translation>
    </message>
    <message>
        <source>Foundry</source>
        <translation>晶圓代工</translation>
    </message>
    <message>
        <source>Server maker</source>
        <translation>伺服器製造</translation>
    </message>
    <message>
        <source>Investor / sovereign</source>
        <translation>投資人／政府</translation>
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
        <translation>未揭露</translation>
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
        <translation>所有狀態的資金往來</translation>
    </message>
    <message>
        <source>Active flows</source>
        <translation>有效的資金往來</translation>
    </message>
    <message>
        <source>Flows: %1</source>
        <comment>the statuses counted</comment>
        <translation>資金往來：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>every kind</source>
        <translation>所有類型</translation>
    </message>
    <message>
        <source>announced %1 – %2</source>
        <translation>宣布於 %1至 %2</translation>
    </message>
    <message>
        <source>announced from %1</source>
        <translation>宣布於 %1以後</translation>
    </message>
    <message>
        <source>announced up to %1</source>
        <translation>宣布於 %1以前</translation>
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
        <translation>最多 %1可繞行一圈（為「最高」金額）</translation>
    </message>
    <message>
        <source>at most %1 goes round</source>
        <translation>最多 %1可繞行一圈</translation>
    </message>
    <message>
        <source> (with &quot;up to&quot; amounts on the loop)</source>
        <translation>（環路上含「最高」金額）</translation>
    </message>
    <message numerus="yes">
        <source>how much goes round is not known: %n flow(s) on the loop without an amount</source>
        <translation>
            <numerusform>繞行金額不明：環路上有 %n 筆未揭露金額</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a loop of companies · what goes round it</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Part of a larger flow</source>
        <translation>屬於較大資金往來</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>收購</translation>
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
        <translation>每季宣布金額（依類型堆疊；淺色為「最高」金額）</translation>
    </message>
    <message>
        <source>USD billion</source>
        <translation>十億美元</translation>
    </message>
    <message>
        <source>100 million USD</source>
        <comment>the axis unit in Chinese: 億美元</comment>
        <translation>億美元</translation>
    </message>
</context>
<context>
    <name>FlowsReport</name>
    <message>
        <source>Amounts are in US dollars as announced. &quot;Up to&quot; amounts are ceilings: they are kept apart from firm amounts and never added to them. An empty amount was not disclosed.</source>
        <translation>金額為宣布時的美元金額。「最高」金額是上限，與確定金額分開列示，絕不相加。金額空白表示未揭露。</translation>
    </message>
    <message>
        <source>Lapsed flows never became binding or were dropped, superseded flows were replaced by another: neither counts as live money unless the filter asks for them. Counted here: %1.</source>
        <translation>已失效的資金往來從未具約束力或已被放棄，已被取代的則由另一筆交易取代：除非篩選條件要求，兩者皆不計為實際資金。本表計入：%1。</translation>
    </message>
    <message>
        <source>Money flows</source>
        <translation>資金往來</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>資金往來</translation>
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
        <translation>類型</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>金額（美元）</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>宣布日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>附註</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>取代交易</translation>
    </message>
    <message>
        <source>Circular flows</source>
        <translation>循環資金</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>環路</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>環路</translation>
    </message>
    <message>
        <source>At most round the loop (USD)</source>
        <translation>最多可繞行金額（美元）</translation>
    </message>
    <message>
        <source>All flows on the loop (USD)</source>
        <translation>環路資金合計（美元）</translation>
    </message>
    <message>
        <source>Includes &quot;up to&quot; amounts</source>
        <translation>含「最高」金額</translation>
    </message>
    <message>
        <source>Flows without an amount</source>
        <translation>未揭露金額筆數</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司數</translation>
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
        <translation>環路是一串公司，每家都向下一家付款或承諾付款，最後一家再付回第一家。能繞行一整圈的金額最多等於其中最小的一段；同兩家公司之間同方向的資金往來合併為一段計算。依可繞行金額由大到小排列。</translation>
    </message>
    <message>
        <source>Capex flows go to a catch-all supplier node and take part in no loop.</source>
        <translation>資本支出流向統稱的供應商節點，不參與任何環路。</translation>
    </message>
    <message>
        <source>Company totals</source>
        <translation>各公司合計</translation>
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
        <translation>流出，「最高」金額（美元）</translation>
    </message>
    <message>
        <source>Committed in (USD)</source>
        <translation>流入（美元）</translation>
    </message>
    <message>
        <source>In, &quot;up to&quot; (USD)</source>
        <translation>流入，「最高」金額（美元）</translation>
    </message>
    <message>
        <source>Flows out</source>
        <translation>流出筆數</translation>
    </message>
    <message>
        <source>Flows in</source>
        <translation>流入筆數</translation>
    </message>
    <message>
        <source>Committed out is what a company pays or commits to others, committed in what others pay or commit to it, firm amounts and &quot;up to&quot; amounts in separate columns.</source>
        <translation>流出是公司付給或承諾付給他方的金額，流入是他方付給或承諾付給該公司的金額；確定金額與「最高」金額分欄列示。</translation>
    </message>
</context>
<context>
    <name>FlowsView</name>
    <message>
        <source>&amp;Count:</source>
        <translation>計入(&amp;C)：</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>僅有效交易</translation>
    </message>
    <message>
        <source>Active and lapsed</source>
        <translation>有效與已失效</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>Which flows the graph, the loops and the totals count. Active flows are live money; a letter of intent that lapsed or a deal that was superseded is not.</source>
        <translation>圖、環路與合計要計入哪些資金往來。有效的資金往來是實際資金；已失效的意向書或已被取代的交易則不是。</translation>
    </message>
    <message>
        <source>Show the others &amp;faded</source>
        <translation>其餘以淡色顯示(&amp;F)</translation>
    </message>
    <message>
        <source>Draw the flows the count leaves out (lapsed, superseded) faded, without counting them.</source>
        <translation>以淡色畫出未計入的資金往來（已失效、已被取代），但不計入。</translation>
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
        <translation>只計入此日期當天或之後宣布的資金往來。時間軸下方的滑桿設定範圍的終點。</translation>
    </message>
    <message>
        <source>&amp;Minimum:</source>
        <translation>最低金額(&amp;M)：</translation>
    </message>
    <message>
        <source>Leave out flows below this amount, and flows without a disclosed amount.</source>
        <translation>排除低於此金額及未揭露金額的資金往來。</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>重設版面</translation>
    </message>
    <message>
        <source>Put every company back in its column; drag a company to move it.</source>
        <translation>將所有公司放回原欄位；拖曳公司即可移動。</translation>
    </message>
    <message>
        <source>Show and count the flows of this kind (click to switch it off or on). The colour is the kind&apos;s on the arrows and the timeline.</source>
        <translation>顯示並計入此類型的資金往來（點一下可關閉或開啟）。箭頭與時間軸上都以此顏色代表該類型。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Click a company in the graph, or choose one above, to see its totals and deals.</source>
        <translation>點選圖中的公司，或在上方選擇一家，即可查看其合計與交易。</translation>
    </message>
    <message>
        <source>Click a loop to light it up in the graph and list its flows with their sources.</source>
        <translation>點選一個環路，即可在圖中標示出來，並列出其資金往來與來源。</translation>
    </message>
    <message>
        <source>Every loop of companies that pay or commit to one another, the largest amount that can go all the way round first.</source>
        <translation>所有互相付款或承諾付款的公司環路，依可繞行一圈的金額由大到小排列。</translation>
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
        <translation>逐季重播資金往來圖，從第一根長條到最後一根。</translation>
    </message>
    <message>
        <source>As of: the graph, the loops and the totals count the flows announced up to the end of this quarter. Click a bar to jump to it.</source>
        <translation>截至：圖、環路與合計只計入本季結束前宣布的資金往來。點一下長條可直接跳到該季。</translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>不限金額</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>Choose a company…</source>
        <translation>選擇公司…</translation>
    </message>
    <message>
        <source>As of: every flow</source>
        <translation>截至：所有資金往來</translation>
    </message>
    <message>
        <source>As of the end of %1</source>
        <translation>截至 %1末</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) counted</source>
        <translation>
            <numerusform>計入 %n 筆資金往來</numerusform>
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
            <numerusform>另有 %n 筆以淡色顯示、不計入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loop(s)</source>
        <translation>
            <numerusform>%n 個環路</numerusform>
        </translation>
    </message>
    <message>
        <source>All flows on the loop: %1</source>
        <translation>環路上所有資金往來合計：%1</translation>
    </message>
    <message numerus="yes">
        <source>… the first %n loops are listed; narrow the filters to see the others.</source>
        <translation>
            <numerusform>…只列出前 %n 個環路；請縮小篩選範圍以查看其他環路。</numerusform>
        </translation>
    </message>
    <message>
        <source>No loop among the flows counted.</source>
        <translation>計入的資金往來中沒有環路。</translation>
    </message>
    <message>
        <source>Loops (%1)</source>
        <translation>環路（%1）</translation>
    </message>
    <message>
        <source>Money flows</source>
        <translation>資金往來</translation>
    </message>
    <message>
        <source>Export the flows, the loops or the company totals (Excel, PDF, CSV, web page, Markdown, JSON), or the graph and the timeline as PNG or SVG</source>
        <translation>匯出資金往來、環路或各公司合計（Excel、PDF、CSV、網頁、Markdown、JSON），或將圖與時間軸匯出為 PNG 或 SVG</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>資金往來</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>環路</translation>
    </message>
    <message>
        <source>Company totals</source>
        <translation>各公司合計</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>網頁 (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON, raw values (*.json)</source>
        <translation>JSON，原始數值 (*.json)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>what is exported · file type</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Graph, PNG image (*.png)</source>
        <translation>資金往來圖，PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>Graph, SVG drawing (*.svg)</source>
        <translation>資金往來圖，SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>Timeline, PNG image (*.png)</source>
        <translation>時間軸，PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>Timeline, SVG drawing (*.svg)</source>
        <translation>時間軸，SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>Export the money flows</source>
        <translation>匯出資金往來</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>The money flows could not be written to %1:
%2</source>
        <translation>無法將資金往來寫入 %1：
%2</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#555&quot;&gt;width: amount · ─ ─ &quot;up to&quot; · ┈┈ not disclosed · faded: not counted&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#555&quot;&gt;粗細：金額 · ─ ─ 「最高」金額 · ┈┈ 未揭露 · 淡色：不計入&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Arrow width grows with the amount (log scale). Dashed: the amount is a ceiling (&quot;up to&quot;). Dotted: no amount was disclosed. Faded: a lapsed or superseded flow, or one that is part of a larger flow (one site of a company&apos;s capex), shown but not counted.</source>
        <translation>箭頭粗細隨金額增加（對數刻度）。虛線：金額為上限（「最高」）。點線：未揭露金額。淡色：已失效或已被取代的資金往來，或屬於一筆較大資金往來的一部分（例如公司資本支出中的單一園區），只顯示不計入。</translation>
    </message>
</context>
<context>
    <name>FrontierChart</name>
    <message>
        <source>Throughput–interactivity frontier</source>
        <translation>吞吐量與互動性前緣</translation>
    </message>
    <message>
        <source>Frontier at the bound · %1, %2 in, %3 out</source>
        <translation>上限下的前緣 · %1，輸入 %2、輸出 %3 個 token</translation>
    </message>
    <message>
        <source>Frontier at the bound · %1, decode at context %2</source>
        <translation>上限下的前緣 · %1，解碼，上下文長度 %2</translation>
    </message>
    <message>
        <source>Tokens/s per user (interactivity)</source>
        <translation>每位使用者每秒 token 數（互動性）</translation>
    </message>
    <message>
        <source>Thousand tokens/s per chip</source>
        <translation>每晶片每秒 token 數（千）</translation>
    </message>
    <message>
        <source>Tokens/s per chip</source>
        <translation>每晶片每秒 token 數</translation>
    </message>
    <message>
        <source>best layouts and batches</source>
        <translation>最佳平行配置與批次大小</translation>
    </message>
    <message>
        <source>best at the target</source>
        <translation>達標下的最佳點</translation>
    </message>
    <message>
        <source>target %1 tokens/s per user</source>
        <translation>目標：每位使用者每秒 %1 個 token</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>The target set on the left: at least %1 tokens/s for every user</source>
        <translation>左側設定的目標：每位使用者每秒至少 %1 個 token</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>批次大小 %1</translation>
    </message>
    <message>
        <source>%1 tokens/s per user, %2 tokens/s per chip (bound)</source>
        <translation>每位使用者每秒 %1 個 token，每晶片每秒 %2 個 token（上限）</translation>
    </message>
    <message>
        <source>expected %1 tokens/s per chip</source>
        <translation>預期每晶片每秒 %1 個 token</translation>
    </message>
    <message>
        <source>time to first token %1</source>
        <translation>首個 token 延遲（TTFT）%1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a CSV file</source>
        <translation>匯入 CSV 檔案</translation>
    </message>
    <message>
        <source>Choose a CSV file…</source>
        <translation>選擇 CSV 檔案…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose a table</source>
        <translation>選擇資料表</translation>
    </message>
    <message>
        <source>The table the file&apos;s rows go into: its columns must be the table&apos;s</source>
        <translation>檔案各列要匯入的資料表：檔案的欄位必須與該資料表相同</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動偵測</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>資料表(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>編碼(&amp;E)：</translation>
    </message>
    <message>
        <source>First rows, as read</source>
        <translation>前幾列（依讀取結果）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import, and then all rows or none.</source>
        <translation>按下「匯入」之前不會寫入任何資料；匯入時全部寫入，或完全不寫入。</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Choose a file to see its first rows and any problems.</source>
        <translation>請選擇檔案，即可看到前幾列及所有問題。</translation>
    </message>
    <message>
        <source>Choose the table the rows go into.</source>
        <translation>請選擇要匯入的資料表。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在檢查 %1…</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>檢查中</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>偵測結果：%1</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>以 %1 讀取</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>檢查已取消。</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>無法匯入此檔案：%1</translation>
    </message>
    <message>
        <source>The file cannot be read as text in the encoding detected or chosen: choose its encoding above.</source>
        <translation>無法以偵測到或所選的編碼將檔案讀成文字：請在上方選擇檔案的編碼。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n 個問題：修正檔案之前無法匯入任何資料。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>檔案中沒有可匯入的資料列。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) pass every check. Nothing is written until you press Import.</source>
        <translation>
            <numerusform>%n 列通過所有檢查。按下「匯入」之前不會寫入任何資料。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>…另有 %n 個問題</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>匯入中</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>匯入已取消，未匯入任何資料。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未匯入任何資料：%1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>未匯入任何資料：檔案有 %n 個問題。</numerusform>
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
        <translation>晶片數據</translation>
    </message>
    <message>
        <source>Money flow</source>
        <translation>資金往來</translation>
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
        <translation>（預測）</translation>
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
        <translation>類型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Compute Atlas</source>
        <translation>算力地圖</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Chips side by side, with the source of every figure (Ctrl+1)</source>
        <translation>並排比較晶片，每個數字都附來源（Ctrl+1）</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>Every source the dataset cites and what it backs (Ctrl+2)</source>
        <translation>資料集引用的每個來源及其佐證的數據（Ctrl+2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>資料來源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Compute Atlas</source>
        <translation>關於算力地圖(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>Dataset %1 · %n chip(s)</source>
        <translation>
            <numerusform>資料集 %1 · %n 款晶片</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundled dataset&apos;s version; the Sources view lists every document behind it.</source>
        <translation>內建資料集的版本；「資料來源」頁列出其背後的每份文件。</translation>
    </message>
    <message>
        <source>⚠ Your own data could not be used; showing the bundled data only.</source>
        <translation>⚠ 無法使用您自己的資料，目前僅顯示內建資料。</translation>
    </message>
    <message>
        <source>Compute Atlas %1</source>
        <translation>算力地圖 %1</translation>
    </message>
    <message>
        <source>What AI accelerators can do, where they go and where the money goes: offline, with a source behind every number.</source>
        <translation>AI 加速器的實力、部署去向與資金流向：離線可用，每個數字都有來源。</translation>
    </message>
    <message numerus="yes">
        <source>Dataset version %1: %n chip(s)</source>
        <translation>
            <numerusform>資料集版本 %1：%n 款晶片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n source(s).</source>
        <translation>
            <numerusform>，%n 份資料來源。</numerusform>
        </translation>
    </message>
    <message>
        <source>Projected figures are estimates made from trends, not vendor figures, and are always shown as projections.</source>
        <translation>預測值是依趨勢推估的數字，並非廠商公布的數據，且一律以預測樣式標示。</translation>
    </message>
    <message>
        <source>About Compute Atlas</source>
        <translation>關於算力地圖</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已匯出至 %1</translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation>屋頂線</translation>
    </message>
    <message>
        <source>Compute-bound or memory-bound: the roofline calculator, tokens per second and per dollar (Ctrl+3)</source>
        <translation>運算受限還是記憶體受限：屋頂線計算器，每秒與每美元的 token 數（Ctrl+3）</translation>
    </message>
    <message>
        <source>&amp;Roofline</source>
        <translation>屋頂線(&amp;R)</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>路線圖</translation>
    </message>
    <message>
        <source>R&amp;oadmap</source>
        <translation>路線圖(&amp;O)</translation>
    </message>
    <message>
        <source>When each accelerator arrives, how fast its figures grow, and whether memory keeps up (Ctrl+4)</source>
        <translation>各加速器何時推出、規格成長多快、記憶體是否跟得上（Ctrl+4）</translation>
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
        <translation>加速器流向何處：世界地圖、國家與擁有者、H100 等效數量與每秒 token 數（Ctrl+5）</translation>
    </message>
    <message>
        <source>Money flows</source>
        <translation>資金往來</translation>
    </message>
    <message>
        <source>&amp;Money flows</source>
        <translation>資金往來(&amp;M)</translation>
    </message>
    <message>
        <source>Who pays whom: the deal graph, circular financing found and measured, and a timeline (Ctrl+6)</source>
        <translation>誰付錢給誰：交易關係圖、找出並衡量循環融資，以及時間軸（Ctrl+6）</translation>
    </message>
    <message>
        <source>Where the data comes from: every figure cites a document (vendor pages, keynotes, press, analysts), listed in the Sources view with what each one backs. Throughput is dense, without 2:4 sparsity (a vendor&apos;s sparse figure is twice as high); memory in GB is binary, as vendors print it (1 GB = 2³⁰ bytes).</source>
        <translation>資料從何而來：每個數字都引用一份文件（廠商網頁、主題演講、新聞媒體、分析師），並列於「資料來源」頁，註明每份文件佐證哪些數據。算力為稠密值，不含 2:4 稀疏（廠商的稀疏數據是其兩倍）；以 GB 表示的記憶體為二進位，與廠商標示相同（1 GB = 2³⁰ 位元組）。</translation>
    </message>
    <message>
        <source>ⓘ A note about your own data: point here to read it.</source>
        <translation>ⓘ 關於您自己的資料有一則提示：將游標移到這裡即可閱讀。</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>記憶體</translation>
    </message>
    <message>
        <source>M&amp;emory</source>
        <translation>記憶體(&amp;E)</translation>
    </message>
    <message>
        <source>The HBM market by supplier, every chip&apos;s memory and how often it can be read, and the high-bandwidth-flash outlook (Ctrl+7)</source>
        <translation>各供應商的 HBM 市場、每顆晶片的記憶體及其每秒可讀取次數，以及高頻寬快閃記憶體展望（Ctrl+7）</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add your own rows from a CSV file: checked and previewed before anything is written</source>
        <translation>從 CSV 檔案加入您自己的資料列：寫入之前先檢查並預覽</translation>
    </message>
    <message numerus="yes">
        <source>Added %n row(s) to %1 (read as %2).</source>
        <translation>
            <numerusform>已將 %n 列加入 %1（以 %2 讀取）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>Add a &amp;money flow…</source>
        <translation>新增資金往來(&amp;M)…</translation>
    </message>
    <message>
        <source>Add a deal you read about, with its source: it shows in Money flows at once</source>
        <translation>新增你讀到的一筆交易及其來源：資金往來檢視會立即顯示</translation>
    </message>
    <message>
        <source>Add a &amp;deployment…</source>
        <translation>新增部署(&amp;D)…</translation>
    </message>
    <message>
        <source>Add a cluster or an order, with its source: it shows in Deployments at once</source>
        <translation>新增一座叢集或一筆訂單及其來源：部署檢視會立即顯示</translation>
    </message>
    <message>
        <source>Add a newer &amp;claim…</source>
        <translation>新增較新的數據聲明(&amp;C)…</translation>
    </message>
    <message>
        <source>A newer figure for a chip: it becomes the current value, and the claim history keeps both</source>
        <translation>晶片的較新數字：成為目前的值，聲明歷程保留新舊兩者</translation>
    </message>
    <message>
        <source>&amp;Your rows…</source>
        <translation>你的資料列(&amp;Y)…</translation>
    </message>
    <message>
        <source>Edit or delete the rows you added; the bundled rows cannot be edited, only superseded</source>
        <translation>編輯或刪除你新增的資料列；內建資料列無法編輯，只能以較新的資料取代</translation>
    </message>
    <message>
        <source>Show &amp;my data</source>
        <translation>顯示我的資料(&amp;M)</translation>
    </message>
    <message>
        <source>Show the rows you imported or added beside the bundled data, or the bundled data alone</source>
        <translation>在內建資料旁顯示你匯入或新增的資料列，或只顯示內建資料</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>復原 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
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
        <translation>你的資料未變更</translation>
    </message>
    <message>
        <source>The change could not be written: %1</source>
        <translation>無法寫入這項變更：%1</translation>
    </message>
    <message>
        <source>Only your own rows can be deleted; a bundled row can only be superseded.</source>
        <translation>只能刪除你自己的資料列；內建資料列只能以較新的資料取代。</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>刪除 %1</translation>
    </message>
    <message>
        <source>Bundled rows cannot be edited, only superseded: add a newer row with its source.</source>
        <translation>內建資料列無法編輯，只能取代：請新增一筆附來源的較新資料。</translation>
    </message>
    <message>
        <source>money flow</source>
        <translation>資金往來</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>數據聲明</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>編輯%1 %2</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>新增%1 %2</translation>
    </message>
    <message>
        <source>Your rows</source>
        <translation>你的資料列</translation>
    </message>
    <message>
        <source>Money flow</source>
        <translation>資金往來</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>數據聲明</translation>
    </message>
    <message>
        <source>Rows you imported or added. Bundled rows are not listed: they cannot be edited, only superseded.</source>
        <translation>你匯入或新增的資料列。內建資料列不列出：它們無法編輯，只能以較新的資料取代。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Reset to bundled data</source>
        <translation>重設為內建資料</translation>
    </message>
    <message>
        <source>Start again with the bundled data only?</source>
        <translation>要只用內建資料重新開始嗎？</translation>
    </message>
    <message>
        <source>Your user database %1 will be moved aside in the same folder under a name with today&apos;s date and time. It is never deleted: your rows stay in it. The Undo history is cleared.</source>
        <translation>您的使用者資料庫 %1 會在同一資料夾中改名為含今天日期與時間的檔名並移到一旁。它絕不會被刪除：您的資料列仍保存在其中。復原記錄會被清除。</translation>
    </message>
    <message>
        <source>Move aside and reset</source>
        <translation>移到一旁並重設</translation>
    </message>
    <message>
        <source>Your data was not reset</source>
        <translation>您的資料未重設</translation>
    </message>
    <message>
        <source>There was no user database to move aside; showing the bundled data.</source>
        <translation>沒有可移到一旁的使用者資料庫；目前顯示內建資料。</translation>
    </message>
    <message>
        <source>Reset to bundled data: your old user database is now %1</source>
        <translation>已重設為內建資料：您原本的使用者資料庫現在是 %1</translation>
    </message>
    <message>
        <source>&amp;Reset to bundled data…</source>
        <translation>重設為內建資料(&amp;R)…</translation>
    </message>
    <message>
        <source>Move your own rows aside in a dated file (never deleted) and go on with the bundled data only</source>
        <translation>將您自己的資料列移到一個標有日期的檔案（絕不刪除），之後只使用內建資料</translation>
    </message>
    <message>
        <source>An import into %1 is running: nothing was moved. Try again when it has finished.</source>
        <translation>正在匯入 %1：沒有移動任何檔案。請在匯入完成後再試一次。</translation>
    </message>
    <message>
        <source>%1 could not be moved to %2 (no permission to write its folder?): nothing was moved.</source>
        <translation>無法將 %1 移至 %2（沒有寫入該資料夾的權限？）：沒有移動任何檔案。</translation>
    </message>
    <message>
        <source>The write-ahead log %1 could not be moved beside %2: nothing was moved.</source>
        <translation>無法將預寫日誌 %1 移到 %2 旁：沒有移動任何檔案。</translation>
    </message>
    <message>
        <source>This window uses no user database: nothing was moved.</source>
        <translation>這個視窗沒有使用使用者資料庫：沒有移動任何檔案。</translation>
    </message>
    <message>
        <source>Only your own rows can be changed; a bundled row can only be superseded.</source>
        <translation>只能修改你自己的資料列；內建資料列只能以較新的資料取代。</translation>
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
        <translation>正在讀取資料…</translation>
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
        <translation>據報導</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>share of revenue</source>
        <translation>營收市占率</translation>
    </message>
    <message>
        <source>share of shipments</source>
        <translation>出貨量市占率</translation>
    </message>
    <message>
        <source>share of bits</source>
        <translation>位元市占率</translation>
    </message>
    <message>
        <source>share of what: not stated</source>
        <translation>市占率類別：未說明</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>協議</translation>
    </message>
    <message>
        <source>standardisation</source>
        <translation>標準化</translation>
    </message>
    <message>
        <source>sample target</source>
        <translation>樣品目標</translation>
    </message>
    <message>
        <source>product target</source>
        <translation>產品目標</translation>
    </message>
    <message>
        <source>capacity target</source>
        <translation>容量目標</translation>
    </message>
    <message>
        <source>bandwidth target</source>
        <translation>頻寬目標</translation>
    </message>
    <message>
        <source>HBM market shares</source>
        <translation>HBM 市占率</translation>
    </message>
    <message>
        <source>Each supplier&apos;s share by period, with what it is a share of</source>
        <translation>各期間各供應商的市占率，並註明是何種市占率</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>市占率</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>區隔</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Share of</source>
        <translation>市占率類別</translation>
    </message>
    <message>
        <source>Supplier id</source>
        <translation>供應商 ID</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>市占率（%）</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>附註</translation>
    </message>
    <message>
        <source>Shares from different firms, periods or measures (revenue, shipments, bits) are not comparable with each other; a period no source covers is left out, never filled in.</source>
        <translation>不同機構、期間或類別（營收、出貨量、位元）的市占率彼此不可比較；沒有來源涵蓋的期間不列出，也絕不補值。</translation>
    </message>
    <message>
        <source>%1 marks a forecast, not an outturn.</source>
        <translation>%1 表示預測值，並非實際結果。</translation>
    </message>
    <message>
        <source>Memory per chip</source>
        <translation>各晶片記憶體</translation>
    </message>
    <message>
        <source>Capacity, bandwidth and how many times a second the whole memory can be read</source>
        <translation>容量、頻寬，以及整個記憶體每秒可完整讀取幾次</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>晶片</translation>
    </message>
    <message>
        <source>Chip id</source>
        <translation>晶片 ID</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>晶片</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>記憶體</translation>
    </message>
    <message>
        <source>Stacks</source>
        <translation>堆疊數</translation>
    </message>
    <message>
        <source>Per stack</source>
        <translation>每個堆疊</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>頻寬</translation>
    </message>
    <message>
        <source>Reads per second</source>
        <translation>每秒讀取次數</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>供貨時間</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>預測</translation>
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
        <translation>每秒讀取次數 = 頻寬 ÷ 容量：整個記憶體每秒可完整讀取幾次。解碼時每一步都要讀取全部權重一次，因此占滿記憶體的模型每秒最多只能執行這麼多步。</translation>
    </message>
    <message>
        <source>%1 marks a projected figure, made from trends, not a vendor specification.</source>
        <translation>%1 表示預測數字，依趨勢推算，並非廠商規格。</translation>
    </message>
    <message>
        <source>High-bandwidth flash outlook</source>
        <translation>高頻寬快閃記憶體展望</translation>
    </message>
    <message>
        <source>What has been announced, with dates and sources: targets, not products</source>
        <translation>已宣布的內容，附日期與來源：是目標，不是產品</translation>
    </message>
    <message>
        <source>HBF</source>
        <translation>HBF</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>代號</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技術</translation>
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
        <translation>類別</translation>
    </message>
    <message>
        <source>Stated on</source>
        <translation>宣布日期</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目標日期</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>High-bandwidth flash is not a product yet: every figure here is a target a company has stated, on the date shown.</source>
        <translation>高頻寬快閃記憶體尚未成為產品：此處每個數字都是公司在所示日期提出的目標。</translation>
    </message>
</context>
<context>
    <name>MemoryView</name>
    <message>
        <source>Market</source>
        <translation>市場</translation>
    </message>
    <message>
        <source>Per chip</source>
        <translation>各晶片</translation>
    </message>
    <message>
        <source>HBF outlook</source>
        <translation>HBF 展望</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>區隔(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Upper panel:</source>
        <translation>上方圖表(&amp;U)：</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>頻寬</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Market shares table…</source>
        <translation>市占率表格…</translation>
    </message>
    <message>
        <source>Memory per chip table…</source>
        <translation>各晶片記憶體表格…</translation>
    </message>
    <message>
        <source>HBF outlook table…</source>
        <translation>HBF 展望表格…</translation>
    </message>
    <message>
        <source>Chart shown as PNG or SVG…</source>
        <translation>目前圖表（PNG 或 SVG）…</translation>
    </message>
    <message>
        <source>Shares from different firms or of different things (revenue, shipments, bits) are drawn side by side, never added together. A period no source covers stays empty. Hover a bar for its source.</source>
        <translation>不同機構或不同類別（營收、出貨量、位元）的市占率並排呈現，絕不相加。沒有來源涵蓋的期間保持空白。將滑鼠移到長條上可查看來源。</translation>
    </message>
    <message>
        <source>Every chip with a stated capacity and bandwidth, at its availability date. Reads per second = bandwidth ÷ capacity: decoding reads every weight once per token step, so a model that fills the memory can run at most this many steps a second on one chip. %1</source>
        <translation>列出每顆有公布容量與頻寬的晶片，依上市日期排列。每秒讀取次數 = 頻寬 ÷ 容量：解碼時每個 token 步驟都要讀取全部權重一次，因此占滿記憶體的模型在一顆晶片上每秒最多只能執行這麼多步。%1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Share of</source>
        <translation>市占率類別</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>市占率</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>official</source>
        <translation>官方</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>據報導</translation>
    </message>
    <message>
        <source>High-bandwidth flash (HBF): announced, not shipping</source>
        <translation>高頻寬快閃記憶體（HBF）：已宣布，尚未出貨</translation>
    </message>
    <message>
        <source>HBF stacks NAND flash like HBM stacks DRAM, to put far more capacity beside an accelerator at a bandwidth near HBM&apos;s, for inference weights that are read, not rewritten. Every figure below is a target a company has stated, on the date shown; none is a product specification.</source>
        <translation>HBF 以堆疊 NAND 快閃記憶體的方式（如同 HBM 堆疊 DRAM），在加速器旁放置大得多的容量，頻寬接近 HBM，用於只讀取、不改寫的推論權重。以下每個數字都是公司在所示日期提出的目標，沒有一個是產品規格。</translation>
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
        <translation>內容</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標日期</translation>
    </message>
    <message>
        <source>At these targets one HBF stack could be read whole %1 times a second (%2 ÷ %3). The HBM of the chips in the Per chip tab is read %4 to %5 times a second: HBF adds capacity for weights, not speed, and a model served from it would take fewer decode steps a second than one served from HBM.</source>
        <translation>依這些目標，一個 HBF 堆疊每秒可完整讀取 %1 次（%2 ÷ %3）。「各晶片」分頁中晶片的 HBM 每秒可讀取 %4 至 %5 次：HBF 為權重增加的是容量而非速度，從 HBF 提供服務的模型每秒解碼步數會少於從 HBM 提供服務者。</translation>
    </message>
    <message>
        <source>Try it in the Roofline view…</source>
        <translation>在屋頂線檢視中試算…</translation>
    </message>
    <message>
        <source>Opens the Roofline calculator for LLM decoding with one HBF stack per chip at the announced targets (%1, %2), holding the model&apos;s weights: choose the model and chips there and compare tokens per second and cost.</source>
        <translation>開啟屋頂線計算器，以 LLM 解碼為工作負載，每顆晶片配置一個符合已宣布目標（%1、%2）的 HBF 堆疊並存放模型權重：在該處選擇模型與晶片，比較每秒 token 數與成本。</translation>
    </message>
    <message>
        <source>No announced capacity and bandwidth targets to try.</source>
        <translation>沒有已宣布的容量與頻寬目標可供試算。</translation>
    </message>
    <message>
        <source>Write the HBM shares, the memory of every chip or the HBF outlook to a spreadsheet, PDF, web page, Markdown, CSV or JSON file</source>
        <translation>將 HBM 市占率、各晶片記憶體或 HBF 展望寫入試算表、PDF、網頁、Markdown、CSV 或 JSON 檔案</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>網頁 (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON, raw values (*.json)</source>
        <translation>JSON，原始數值 (*.json)</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>匯出表格</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>%1 could not be written:
%2</source>
        <translation>無法寫入 %1：
%2</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖檔 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>匯出圖表</translation>
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
        <translation>記憶體頻寬：%1（首款的 %2）</translation>
    </message>
    <message>
        <source>Memory capacity: %1 (%2 of the first)</source>
        <translation>記憶體容量：%1（首款的 %2）</translation>
    </message>
    <message>
        <source>Projected figures: made from trends, not vendor specifications.</source>
        <translation>預測數字：由趨勢推估，並非廠商規格。</translation>
    </message>
    <message>
        <source>Click to see the chip&apos;s figures and the history of each claim.</source>
        <translation>點選可查看這顆晶片的規格與各項說法的變化。</translation>
    </message>
    <message>
        <source>dense %1 compute</source>
        <translation>稠密 %1 算力</translation>
    </message>
    <message>
        <source>memory bandwidth</source>
        <translation>記憶體頻寬</translation>
    </message>
    <message>
        <source>memory capacity</source>
        <translation>記憶體容量</translation>
    </message>
    <message>
        <source>Date (%1)</source>
        <translation>日期（%1）</translation>
    </message>
    <message>
        <source>Growth since the first flagship (×, log scale)</source>
        <translation>相對首款旗艦的成長（×，對數刻度）</translation>
    </message>
    <message>
        <source>Memory wall: dense %1 compute against memory bandwidth and capacity</source>
        <translation>記憶體牆：稠密 %1 算力對比記憶體頻寬與容量</translation>
    </message>
    <message>
        <source>No vendor has two flagships with dense %1, bandwidth and capacity figures to compare.</source>
        <translation>沒有任何廠商有兩款同時具備稠密 %1、頻寬與容量數字的旗艦可比較。</translation>
    </message>
    <message>
        <source>Ridge point: %1</source>
        <translation>脊點：%1</translation>
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
        <translation>位元組</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>位元組/秒</translation>
    </message>
    <message>
        <source>FLOP/byte</source>
        <translation>FLOP/位元組</translation>
    </message>
    <message>
        <source>OP/byte</source>
        <translation>OP/位元組</translation>
    </message>
    <message>
        <source>bytes/s per W</source>
        <translation>位元組/秒/W</translation>
    </message>
    <message>
        <source>bytes/FLOP</source>
        <translation>位元組/FLOP</translation>
    </message>
    <message>
        <source>Memory in GB is binary, as vendors print it: 1 GB = 2³⁰ bytes.</source>
        <translation>以 GB 表示的記憶體為二進位，與廠商標示相同：1 GB = 2³⁰ 位元組。</translation>
    </message>
</context>
<context>
    <name>OperatorModel</name>
    <message>
        <source>Operator</source>
        <translation>運算子</translation>
    </message>
    <message>
        <source>FLOPs</source>
        <translation>浮點運算量</translation>
    </message>
    <message>
        <source>Bytes moved</source>
        <translation>搬移位元組</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>運算強度</translation>
    </message>
    <message>
        <source>Attainable</source>
        <translation>可達算力</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>瓶頸</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Share of step</source>
        <translation>佔每步比例</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>&apos;%1&apos; is required</source>
        <translation>必須填寫「%1」</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Hn</source>
        <translation>「%1」不是日期：請用 YYYY、YYYY-MM、YYYY-MM-DD、YYYY-Qn 或 YYYY-Hn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (write plain SI values such as 989.4e12)</source>
        <translation>「%1」不是數字（請寫 SI 單位的純數值，例如 989.4e12）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>「%1」必須是整數</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use lower-case letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>「%1」不是有效的代號：請用小寫字母、數字、「-」與「.」</translation>
    </message>
    <message>
        <source>%1 = %2 is outside the plausible range %3 to %4</source>
        <translation>%1 = %2 超出合理範圍 %3 至 %4</translation>
    </message>
    <message>
        <source>%1 must be positive, not %2</source>
        <translation>%1 必須為正數，而非 %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; does not exist in %3</source>
        <translation>%1「%2」不在 %3 中</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; already exists in %2; choose another id</source>
        <translation>代號「%1」已存在於 %2；請換一個代號</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first on line %2)</source>
        <translation>代號「%1」重複（首次出現在第 %2 行）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2; valid: %3</source>
        <translation>「%1」不是有效的 %2；有效值：%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be 0 or 1, not &apos;%2&apos;</source>
        <translation>「%1」必須是 0 或 1，而非「%2」</translation>
    </message>
    <message>
        <source>%1 %2 is before %3 %4</source>
        <translation>%1 %2 早於 %3 %4</translation>
    </message>
    <message>
        <source>%1 is stored in %2, not &apos;%3&apos;</source>
        <translation>%1 以 %2 儲存，而非「%3」</translation>
    </message>
    <message>
        <source>peak_flops needs a precision (%1)</source>
        <translation>peak_flops 需要精度（%1）</translation>
    </message>
    <message>
        <source>a %1 figure must say in its note how it was obtained</source>
        <translation>依據為 %1 的數字須在備註中說明如何取得</translation>
    </message>
    <message>
        <source>a projected figure must say how it was projected in Chinese too (%1)</source>
        <translation>預測數字也須以中文說明預測方法（%1）</translation>
    </message>
    <message>
        <source>only peak_flops can be sparse</source>
        <translation>只有 peak_flops 可以是稀疏數字</translation>
    </message>
    <message>
        <source>name the accelerator: give chip_id or accelerator text</source>
        <translation>請指明加速器：填寫晶片（chip_id）或加速器名稱</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>shipping</source>
        <translation>出貨中</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>已發表</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>據報導</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>Throughput is dense FLOP/s. Vendors often quote figures with 2:4 structured sparsity, which doubles the number; those sparse figures are stored beside the dense ones and are used neither in this table nor in rooflines.</source>
        <translation>算力為稠密 FLOP/s。廠商常以 2:4 結構化稀疏公布數據，數字因此加倍；這些稀疏數據與稠密數據並列儲存，但不用於本表，也不用於屋頂線模型。</translation>
    </message>
    <message>
        <source>Ratios divide each chip&apos;s value by the baseline&apos;s (%1).</source>
        <translation>倍數為各晶片數值除以基準晶片（%1）的數值。</translation>
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
        <translation>AI 加速器比較</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>基準：%1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>%1 ÷ %2</source>
        <extracomment>a ratio column: &quot;B200 ÷ H100 SXM&quot; is B200&apos;s value divided by H100 SXM&apos;s</extracomment>
        <translation>%1 ÷ %2</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>附註</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Dataset version</source>
        <translation>資料集版本</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Dataset version: %1</source>
        <translation>資料集版本：%1</translation>
    </message>
    <message>
        <source>Bold: the best value of its row.</source>
        <translation>粗體：該列最佳值。</translation>
    </message>
    <message>
        <source>%1 the best value of its row.</source>
        <translation>%1 該列最佳值。</translation>
    </message>
    <message>
        <source>%1 projected value, not a vendor figure (see Notes).</source>
        <translation>%1 預測值，並非廠商公布數據（見附註）。</translation>
    </message>
    <message>
        <source>official</source>
        <translation>官方</translation>
    </message>
    <message>
        <source>press</source>
        <translation>新聞媒體</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>分析師</translation>
    </message>
    <message>
        <source>article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>實測</translation>
    </message>
    <message>
        <source>user</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>發布單位</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>發布日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>來源代號</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>代號</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>附註</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名稱（英文）</translation>
    </message>
    <message>
        <source>Name (Traditional Chinese)</source>
        <translation>名稱（繁體中文）</translation>
    </message>
    <message>
        <source>Name (Simplified Chinese)</source>
        <translation>名稱（簡體中文）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家／地區</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>股票代號</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>廠商</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>別名</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>發表時間</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>供貨時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>製程</translation>
    </message>
    <message>
        <source>Memory type</source>
        <translation>記憶體類型</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>晶片</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Sparse (1 = with sparsity)</source>
        <translation>稀疏（1 = 含稀疏）</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>公布日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>標題（英文）</translation>
    </message>
    <message>
        <source>Title (Traditional Chinese)</source>
        <translation>標題（繁體中文）</translation>
    </message>
    <message>
        <source>Title (Simplified Chinese)</source>
        <translation>標題（簡體中文）</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>擁有者</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站點</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速器</translation>
    </message>
    <message>
        <source>Units (accelerators)</source>
        <translation>數量（加速器）</translation>
    </message>
    <message>
        <source>Units kind</source>
        <translation>數量類型</translation>
    </message>
    <message>
        <source>Power (MW)</source>
        <translation>電力（MW）</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目標日期</translation>
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
        <translation>金額（美元）</translation>
    </message>
    <message>
        <source>Upper bound (1 = at most)</source>
        <translation>上限（1 = 最多）</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期間起始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期間結束</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>說明（英文）</translation>
    </message>
    <message>
        <source>Description (Traditional Chinese)</source>
        <translation>說明（繁體中文）</translation>
    </message>
    <message>
        <source>Description (Simplified Chinese)</source>
        <translation>說明（簡體中文）</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>區隔</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>市占率（%）</translation>
    </message>
    <message>
        <source>Parameters, total</source>
        <translation>總參數量</translation>
    </message>
    <message>
        <source>Parameters, active</source>
        <translation>啟用參數量</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>層數</translation>
    </message>
    <message>
        <source>Dense layers</source>
        <translation>稠密層數</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>隱藏層維度</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>注意力頭數</translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation>KV 頭數</translation>
    </message>
    <message>
        <source>Head dimension</source>
        <translation>頭維度</translation>
    </message>
    <message>
        <source>FFN size</source>
        <translation>FFN 維度</translation>
    </message>
    <message>
        <source>Expert FFN size</source>
        <translation>專家 FFN 維度</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>詞彙表大小</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>專家數</translation>
    </message>
    <message>
        <source>Active experts</source>
        <translation>啟用專家數</translation>
    </message>
    <message>
        <source>Shared experts</source>
        <translation>共享專家數</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意力類型</translation>
    </message>
    <message>
        <source>KV latent rank</source>
        <translation>KV 潛在秩</translation>
    </message>
    <message>
        <source>RoPE head dimension</source>
        <translation>RoPE 頭維度</translation>
    </message>
    <message>
        <source>Sliding window (tokens)</source>
        <translation>滑動視窗（token）</translation>
    </message>
    <message>
        <source>Sliding-window layers</source>
        <translation>滑動視窗層數</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>量測項目</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>條件</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>量測日期</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>晶片</translation>
    </message>
    <message>
        <source>Spec claims</source>
        <translation>規格數據</translation>
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
        <translation>資金往來</translation>
    </message>
    <message>
        <source>Market share</source>
        <translation>市占率</translation>
    </message>
    <message>
        <source>LLM models</source>
        <translation>大型語言模型</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>實測</translation>
    </message>
    <message>
        <source>Dataset metadata</source>
        <translation>資料集中繼資料</translation>
    </message>
    <message>
        <source>The %1 table of the Compute Atlas dataset; values as stored, in SI units (FLOP/s, B, B/s, W, USD).</source>
        <translation>算力地圖資料集的 %1 表；數值依原樣儲存，採 SI 單位（FLOP/s、B、B/s、W、USD）。</translation>
    </message>
    <message>
        <source>Throughput is stored dense. A vendor figure quoted with 2:4 structured sparsity is stored with sparse = 1 beside its dense value, never in place of it; rooflines use dense figures only.</source>
        <translation>算力以稠密值儲存。廠商以 2:4 結構化稀疏公布的數據以 sparse = 1 與其稠密值並列儲存，絕不取代稠密值；屋頂線模型只使用稠密數據。</translation>
    </message>
    <message>
        <source>%1 marks a projected value (basis = projected); its note says how it was projected.</source>
        <translation>%1 表示預測值（basis = projected）；其附註說明推算方式。</translation>
    </message>
    <message>
        <source>The best value of each row is marked; rows that are properties rather than merits (ridge point, TDP) have none.</source>
        <translation>每列的最佳值均有標示；屬於特性而非優劣的列（脊點、熱設計功耗）則不標示。</translation>
    </message>
    <message>
        <source>%1 marks a projection: a value made from trends across generations or from roadmap statements, not a vendor specification.</source>
        <translation>%1 表示預測值：依歷代趨勢或路線圖說法推算的數值，並非廠商規格。</translation>
    </message>
    <message>
        <source>How each projected value in this table was made:</source>
        <translation>本表各預測值的推算方式：</translation>
    </message>
    <message>
        <source>filing</source>
        <translation>申報文件</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>ISO 代碼</translation>
    </message>
    <message>
        <source>ISO numeric code</source>
        <translation>ISO 數字代碼</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Part of (total)</source>
        <translation>所屬總計</translation>
    </message>
    <message>
        <source>May overlap</source>
        <translation>可能重疊</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>國家</translation>
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
        <translation>GB = 2³⁰ 位元組</translation>
    </message>
    <message>
        <source>Memory in GB is binary, as vendors print it: 1 GB = 2³⁰ bytes, so 80 GB is 85,899,345,920 bytes. Bandwidth is decimal: 1 TB/s = 10¹² bytes/s. CSV and JSON files hold the raw values in SI units (FLOP/s, bytes, bytes/s, W).</source>
        <translation>以 GB 表示的記憶體為二進位，與廠商標示相同：1 GB = 2³⁰ 位元組，因此 80 GB 即 85,899,345,920 位元組。頻寬為十進位：1 TB/s = 10¹² 位元組/秒。CSV 與 JSON 檔案保留 SI 單位的原始數值（FLOP/s、位元組、位元組/秒、W）。</translation>
    </message>
    <message>
        <source>Announced</source>
        <comment>the date a deal or a deployment was announced</comment>
        <translation>宣布日期</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>已安裝</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>已訂購</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>規劃中</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估計</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公部門</translation>
    </message>
    <message>
        <source>private</source>
        <translation>民間</translation>
    </message>
    <message>
        <source>public and private</source>
        <translation>公私混合</translation>
    </message>
    <message>
        <source>official figure</source>
        <translation>官方數據</translation>
    </message>
    <message>
        <source>derived from official figures</source>
        <translation>由官方數據推算</translation>
    </message>
    <message>
        <source>reported, not confirmed by the vendor</source>
        <translation>據報導，未經廠商證實</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>估計</translation>
    </message>
    <message>
        <source>projection</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>Share of</source>
        <translation>市占率類別</translation>
    </message>
    <message>
        <source>Memory generation</source>
        <translation>記憶體世代</translation>
    </message>
    <message>
        <source>Stacks</source>
        <translation>堆疊數</translation>
    </message>
    <message>
        <source>Capacity per stack (B)</source>
        <translation>每個堆疊容量（B）</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技術</translation>
    </message>
    <message>
        <source>Stated on</source>
        <translation>宣布日期</translation>
    </message>
    <message>
        <source>Chip memory</source>
        <translation>晶片記憶體</translation>
    </message>
    <message>
        <source>Memory outlook</source>
        <translation>記憶體展望</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a chart&apos;s title: the row and its unit, &quot;Dense BF16 (FLOP/s)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Specified</source>
        <extracomment>a chart series: the values vendors specify or the press reports, as opposed to projections</extracomment>
        <translation>公布值</translation>
    </message>
    <message>
        <source>Projected %1</source>
        <translation>預測 %1</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <extracomment>a chart&apos;s label for the chip every ratio divides by</extracomment>
        <translation>%1（基準）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>a source in a chart&apos;s source line: publisher, date</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 項</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>資料來源：%1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>two sources in a chart&apos;s source line, joined</extracomment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>%1 stands in its system %2 (the first of its systems with a reported price, else its first); %3 is that system&apos;s figure ÷ its accelerators.</source>
        <translation>%1 以其系統 %2 代表（其第一個有公開價格的系統，沒有則為第一個系統）；%3 為該系統的數字 ÷ 其加速器數。</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假設</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>加速器數</translation>
    </message>
    <message>
        <source>Scale-up domain (accelerators)</source>
        <translation>垂直擴展域（加速器數）</translation>
    </message>
    <message>
        <source>Scale-up bandwidth per accelerator (B/s)</source>
        <translation>每顆加速器垂直擴展頻寬（B/s）</translation>
    </message>
    <message>
        <source>Scale-out bandwidth per accelerator (B/s)</source>
        <translation>每顆加速器水平擴展頻寬（B/s）</translation>
    </message>
    <message>
        <source>System IT power (W)</source>
        <translation>系統 IT 功耗（W）</translation>
    </message>
    <message>
        <source>Power basis</source>
        <translation>功耗依據</translation>
    </message>
    <message>
        <source>System price (USD)</source>
        <translation>系統價格（美元）</translation>
    </message>
    <message>
        <source>Price basis</source>
        <translation>價格依據</translation>
    </message>
    <message>
        <source>Price date</source>
        <translation>價格日期</translation>
    </message>
    <message>
        <source>Price source</source>
        <translation>價格來源</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>系統</translation>
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
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
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
        <translation>HBM 頻寬</translation>
    </message>
    <message>
        <source>dense BF16 per watt</source>
        <translation>每瓦稠密 BF16</translation>
    </message>
    <message>
        <source>bandwidth per watt</source>
        <translation>每瓦頻寬</translation>
    </message>
    <message>
        <source>ridge point (BF16)</source>
        <translation>脊點（BF16）</translation>
    </message>
    <message>
        <source>ridge point (FP8)</source>
        <translation>脊點（FP8）</translation>
    </message>
    <message>
        <source>bytes per FLOP (BF16)</source>
        <translation>每 FLOP 位元組數（BF16）</translation>
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
        <translation>供貨日期</translation>
    </message>
    <message>
        <source>announcement date</source>
        <translation>發表日期</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>所有廠商</translation>
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
        <translation>%1：無法擬合，少於三個資料點（n %2）</translation>
    </message>
    <message>
        <source>%1: no fit, every point on one date (n %2)</source>
        <translation>%1：無法擬合，所有資料點都在同一日期（n %2）</translation>
    </message>
    <message>
        <source>%1: no fit, a value is not positive (n %2)</source>
        <translation>%1：無法擬合，有數值不是正數（n %2）</translation>
    </message>
    <message>
        <source>%1: %2 / yr, doubles every %3 yr (90 %: %4–%5), r² %6, n %7</source>
        <translation>%1：每年 %2，每 %3 年翻倍（90%：%4–%5），r² %6，n %7</translation>
    </message>
    <message>
        <source>%1: %2 / yr, doubles every %3 yr (90 %: %4 yr or more), r² %5, n %6</source>
        <translation>%1：每年 %2，每 %3 年翻倍（90%：%4 年或更長），r² %5，n %6</translation>
    </message>
    <message>
        <source>%1: %2 / yr, halves every %3 yr, r² %4, n %5</source>
        <translation>%1：每年 %2，每 %3 年減半，r² %4，n %5</translation>
    </message>
    <message>
        <source>%1: no growth, n %2</source>
        <translation>%1：沒有成長，n %2</translation>
    </message>
    <message>
        <source>%1, includes projections</source>
        <translation>%1，含預測值</translation>
    </message>
    <message>
        <source>fewer than three points: no trend can be fitted</source>
        <translation>少於三個資料點：無法擬合趨勢</translation>
    </message>
    <message>
        <source>every point is on the same date: the slope is undefined</source>
        <translation>所有資料點都在同一日期：斜率無定義</translation>
    </message>
    <message>
        <source>a value is zero or negative and has no logarithm</source>
        <translation>有數值為零或負數，無法取對數</translation>
    </message>
    <message>
        <source>no growth: every value is the same, so there is no doubling time and r² is undefined</source>
        <translation>沒有成長：所有數值相同，因此沒有翻倍時間，r² 無定義</translation>
    </message>
    <message>
        <source>falling: it halves every %1 years; there is no doubling time</source>
        <translation>下降：每 %1 年減半；沒有翻倍時間</translation>
    </message>
    <message>
        <source>the 90 % interval of the slope reaches zero: the data cannot rule out no growth, so the doubling time has no upper bound</source>
        <translation>斜率的 90% 區間觸及零：資料無法排除沒有成長，因此翻倍時間沒有上限</translation>
    </message>
    <message>
        <source>includes projected figures</source>
        <translation>含預測數字</translation>
    </message>
    <message>
        <source>(%1 is a projection.)</source>
        <translation>（%1 為預測值。）</translation>
    </message>
    <message>
        <source>HBM capacity (bytes)</source>
        <translation>HBM 容量（位元組）</translation>
    </message>
    <message>
        <source>HBM bandwidth (bytes/s)</source>
        <translation>HBM 頻寬（位元組/秒）</translation>
    </message>
    <message>
        <source>Bandwidth per watt (bytes/s per W)</source>
        <translation>每瓦頻寬（位元組/秒/W）</translation>
    </message>
    <message>
        <source>Ridge point, BF16 (FLOP/byte)</source>
        <translation>脊點，BF16（FLOP/位元組）</translation>
    </message>
    <message>
        <source>Ridge point, FP8 (FLOP/byte)</source>
        <translation>脊點，FP8（FLOP/位元組）</translation>
    </message>
    <message>
        <source>Bytes of bandwidth per BF16 FLOP (bytes/FLOP)</source>
        <translation>每 BF16 FLOP 的頻寬位元組數（位元組/FLOP）</translation>
    </message>
    <message>
        <source>%1, %2 (%3) to %4 (%5): dense %6 compute %7, memory bandwidth %8, capacity %9; the ridge point went from %10 to %11 FLOP/byte, %12 in %13 yr (%14 a year).</source>
        <translation>%1，從 %2（%3）到 %4（%5）：稠密 %6 算力 %7，記憶體頻寬 %8，容量 %9；脊點由 %10 變為 %11 FLOP/位元組，%13 年內 %12（每年 %14）。</translation>
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
        <translation>供貨</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>發表</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趨勢</translation>
    </message>
    <message>
        <source>Memory wall</source>
        <translation>記憶體牆</translation>
    </message>
    <message>
        <source>Each vendor&apos;s chips from announcement to availability, with its events and today&apos;s date</source>
        <translation>各廠商晶片從發表到供貨的時程，附事件與今天的日期</translation>
    </message>
    <message>
        <source>A figure of every chip over time on a log scale, with a fitted trend and doubling time per vendor</source>
        <translation>各晶片某項規格隨時間的變化（對數刻度），附各廠商的擬合趨勢與翻倍時間</translation>
    </message>
    <message>
        <source>Each vendor&apos;s flagships: compute against memory bandwidth and capacity, as growth since the first</source>
        <translation>各廠商旗艦：算力對比記憶體頻寬與容量，以相對首款的成長表示</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指標(&amp;M)：</translation>
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
        <translation>把每顆晶片放在供貨日期（季或半年取其中點，整年取 7 月 1 日）或發表日期</translation>
    </message>
    <message>
        <source>&amp;Include projections</source>
        <translation>納入預測值(&amp;I)</translation>
    </message>
    <message>
        <source>Projected figures are always drawn (hollow); ticked, they count in the fits and the memory wall</source>
        <translation>預測數字一律以空心點繪出；勾選後，會納入擬合與記憶體牆</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>事件(&amp;E)</translation>
    </message>
    <message>
        <source>Keynotes, conferences, launches, shipments and earnings on a line above each vendor&apos;s chips</source>
        <translation>主題演講、大會、發表、出貨與財報，標在各廠商晶片上方的一行</translation>
    </message>
    <message>
        <source>Which vendors every tab shows</source>
        <translation>各分頁顯示哪些廠商</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>所有廠商</translation>
    </message>
    <message>
        <source>Vendors: all</source>
        <translation>廠商：全部</translation>
    </message>
    <message>
        <source>Vendors: %1 of %2</source>
        <translation>廠商：%2 家中的 %1 家</translation>
    </message>
    <message>
        <source>Write what the current tab shows to a spreadsheet, PDF, web page, Markdown, CSV or JSON file, or its chart to a PNG or SVG image</source>
        <translation>將目前分頁的內容寫成試算表、PDF、網頁、Markdown、CSV 或 JSON 檔，或將圖表存成 PNG 或 SVG 圖檔</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>趨勢圖</translation>
    </message>
    <message>
        <source>Memory wall chart</source>
        <translation>記憶體牆圖</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>網頁 (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON, raw values (*.json)</source>
        <translation>JSON，原始數值 (*.json)</translation>
    </message>
    <message>
        <source>%1, PNG image (*.png)</source>
        <translation>%1，PNG 圖檔 (*.png)</translation>
    </message>
    <message>
        <source>%1, SVG drawing (*.svg)</source>
        <translation>%1，SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>Export the roadmap</source>
        <translation>匯出路線圖</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>The roadmap could not be written to %1:
%2</source>
        <translation>路線圖無法寫入 %1：
%2</translation>
    </message>
</context>
<context>
    <name>RooflineChart</name>
    <message>
        <source>Roofline · dense %1</source>
        <translation>屋頂線 · 稠密 %1</translation>
    </message>
    <message>
        <source>Attainable (%1%2)</source>
        <translation>可達算力（%1%2）</translation>
    </message>
    <message>
        <source>memory-bound</source>
        <translation>記憶體受限</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>運算受限</translation>
    </message>
    <message>
        <source>operators (%1)</source>
        <translation>運算子（%1）</translation>
    </message>
    <message>
        <source>%1 roof (%2)</source>
        <comment>what-if memory tier&apos;s roof (chip)</comment>
        <translation>%1 屋頂（%2）</translation>
    </message>
    <message>
        <source>(projected)</source>
        <translation>（預測）</translation>
    </message>
    <message>
        <source>dense %1 peak %2 · memory bandwidth %3</source>
        <translation>稠密 %1 峰值 %2 · 記憶體頻寬 %3</translation>
    </message>
    <message>
        <source>ridge = peak ÷ bandwidth = %1 ÷ %2 = %3</source>
        <translation>脊點 = 峰值 ÷ 頻寬 = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>at %1: attainable = min(peak, intensity × bandwidth) = min(%2, %1 × %3) = %4, %5</source>
        <translation>在 %1：可達算力 = min(峰值, 運算強度 × 頻寬) = min(%2, %1 × %3) = %4，%5</translation>
    </message>
    <message>
        <source>the whole step: Σ FLOPs ÷ Σ bytes = %1; Σ FLOPs ÷ time per step = %2 (%3 of the peak)</source>
        <translation>整步：Σ 浮點運算量 ÷ Σ 位元組 = %1；Σ 浮點運算量 ÷ 每步時間 = %2（峰值的 %3）</translation>
    </message>
    <message>
        <source>compute %1 vs memory %2 per step · memory stall %3</source>
        <translation>每步運算 %1，記憶體 %2 · 記憶體等待 %3</translation>
    </message>
    <message>
        <source>%1 tokens/s per chip</source>
        <translation>每晶片每秒 %1 個 token</translation>
    </message>
    <message>
        <source>attainable = min(peak, intensity × bandwidth) = min(%1, %2 × %3) = %4</source>
        <translation>可達算力 = min(峰值, 運算強度 × 頻寬) = min(%1, %2 × %3) = %4</translation>
    </message>
    <message>
        <source>What-if tier %1: %2 per chip; a kernel reading only from it reaches min(peak, intensity × %2)</source>
        <translation>假設記憶體層 %1：每晶片 %2；只從此層讀取的核函式可達 min(峰值, 運算強度 × %2)</translation>
    </message>
    <message>
        <source>%1 · ridge %2</source>
        <comment>chip name · ridge point in FLOP/byte</comment>
        <translation>%1 · 脊點 %2</translation>
    </message>
    <message>
        <source>Arithmetic intensity (FLOP/byte)</source>
        <translation>運算強度（FLOP/位元組）</translation>
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
        <translation>運算子來自(&amp;O)</translation>
    </message>
    <message>
        <source>The chip whose operators are drawn on the roofline and listed in the operator table.</source>
        <translation>在屋頂線圖上繪出並在運算子表中列出其運算子的晶片。</translation>
    </message>
    <message>
        <source>&amp;Intensity</source>
        <translation>運算強度(&amp;I)</translation>
    </message>
    <message>
        <source>Arithmetic intensity: floating-point operations done per byte moved to or from memory.</source>
        <translation>運算強度：每從記憶體搬移一個位元組所做的浮點運算次數。</translation>
    </message>
    <message>
        <source>C = A·B with A of M×K and B of K×N: 2·M·N·K FLOPs; each matrix read or written once.</source>
        <translation>C = A·B，A 為 M×K、B 為 K×N：2·M·N·K 次浮點運算；每個矩陣只讀寫一次。</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>P&amp;hase</source>
        <translation>階段(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>批次大小(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Context</source>
        <translation>上下文長度(&amp;C)</translation>
    </message>
    <message>
        <source>Pro&amp;mpt</source>
        <translation>提示長度(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Tensor parallel</source>
        <translation>張量平行(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;KV cache</source>
        <translation>KV 快取(&amp;K)</translation>
    </message>
    <message>
        <source>A model preset from the dataset: layers, widths, attention type and experts as its configuration gives them.</source>
        <translation>資料集中的模型預設：層數、寬度、注意力類型與專家數，依其設定檔。</translation>
    </message>
    <message>
        <source>Decode: one new token per sequence per step, reading all weights and the KV cache. Prefill: the whole prompt at once, the time to first token.</source>
        <translation>解碼：每步為每個序列產生一個新 token，須讀取全部權重與 KV 快取。預填：一次處理整段提示，即首個 token 延遲（TTFT）。</translation>
    </message>
    <message>
        <source>Sequences served together, on a log scale from 1 to 4,096; type any batch in the box.</source>
        <translation>同時服務的序列數，以對數刻度從 1 到 4,096；也可在方框中輸入任意批次大小。</translation>
    </message>
    <message>
        <source>Sequences served together.</source>
        <translation>同時服務的序列數。</translation>
    </message>
    <message>
        <source>Decode: the tokens each new token attends to (prompt plus tokens generated so far).</source>
        <translation>解碼：每個新 token 所關注的 token 數（提示加上已產生的 token）。</translation>
    </message>
    <message>
        <source>Prefill: prompt tokens per sequence.</source>
        <translation>預填：每個序列的提示 token 數。</translation>
    </message>
    <message>
        <source>Tensor parallelism: chips that split every layer over their scale-up link (NVLink, ICI …).</source>
        <translation>張量平行：透過垂直擴展互連（NVLink、ICI 等）分攤每一層的晶片數。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Capacity per chip</source>
        <translation>每晶片容量</translation>
    </message>
    <message>
        <source>Bandwidth per chip</source>
        <translation>每晶片頻寬</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>存放</translation>
    </message>
    <message>
        <source>Add a memory tier beside HBM, such as high-bandwidth flash (HBF) or host memory over NVLink-C2C, and put the weights or the KV cache on it.</source>
        <translation>在 HBM 之外加一層記憶體，例如高頻寬快閃記憶體（HBF）或經 NVLink-C2C 連接的主機記憶體，並把權重或 KV 快取放在上面。</translation>
    </message>
    <message>
        <source>Price per chip</source>
        <translation>單顆晶片價格</translation>
    </message>
    <message>
        <source>Written off over (years)</source>
        <translation>折舊年限（年）</translation>
    </message>
    <message>
        <source>Electricity per kWh</source>
        <translation>每度電價</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Pa&amp;y by</source>
        <translation>付費方式(&amp;Y)</translation>
    </message>
    <message>
        <source>Per chip-hour</source>
        <translation>每晶片小時</translation>
    </message>
    <message>
        <source>What renting one chip for an hour costs, power and hosting included. The same for every chip, so the cost per million tokens compares throughput; change it to compare offers.</source>
        <translation>租用一顆晶片一小時的費用，含電力與機房託管。每款晶片相同，因此每百萬 token 成本比較的是吞吐量；修改它即可比較不同報價。</translation>
    </message>
    <message>
        <source>Use the dataset&apos;s price estimate for the chips that have one; the price above applies to the rest.</source>
        <translation>資料集有價格估計的晶片使用該估計；其餘晶片套用上方的價格。</translation>
    </message>
    <message>
        <source>Default 4 years: a common depreciation schedule for servers.</source>
        <translation>預設 4 年：伺服器常見的折舊年限。</translation>
    </message>
    <message>
        <source>Default USD 0.08 per kWh: an industrial tariff in the US.</source>
        <translation>預設每度 0.08 美元：美國的工業電價。</translation>
    </message>
    <message>
        <source>Power usage effectiveness: facility power ÷ IT power. Default 1.2, a modern AI data hall.</source>
        <translation>電力使用效率：機房總電力 ÷ IT 設備電力。預設 1.2，即現代 AI 機房的水準。</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 chips)</source>
        <comment>precision (chips that have it of chips chosen)</comment>
        <translation>%1（%3 款中 %2 款有）</translation>
    </message>
    <message>
        <source>Not on: %1</source>
        <translation>資料集無此精度數據：%1</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>晶片</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作負載</translation>
    </message>
    <message>
        <source>What-if memory tier</source>
        <translation>假設的記憶體層</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>經濟性</translation>
    </message>
    <message>
        <source>Arithmetic intensity</source>
        <translation>運算強度</translation>
    </message>
    <message>
        <source>Matrix multiply (GEMM)</source>
        <translation>矩陣乘法（GEMM）</translation>
    </message>
    <message>
        <source>LLM inference</source>
        <translation>大型語言模型推論</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>解碼</translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation>預填</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 快取</translation>
    </message>
    <message>
        <source>Renting</source>
        <translation>租用</translation>
    </message>
    <message>
        <source>Buying</source>
        <translation>購買</translation>
    </message>
    <message>
        <source>Dataset&apos;s estimate where it has one</source>
        <translation>有資料集估計時採用估計</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>預設值</translation>
    </message>
    <message>
        <source>Back to the documented defaults: USD %1 per chip-hour rented; bought, written off over 4 years, PUE 1.2, USD 0.08 per kWh.</source>
        <translation>恢復文件所載的預設值：租用每晶片小時 %1 美元；購買則折舊 4 年、PUE 1.2、每度 0.08 美元。</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 個 token</translation>
    </message>
    <message>
        <source>Binary gigabytes, as vendors print memory capacity (1 GB = 2³⁰ bytes).</source>
        <translation>二進位 GB，與廠商標示記憶體容量的方式相同（1 GB = 2³⁰ 位元組）。</translation>
    </message>
    <message>
        <source>Decimal terabytes per second (1 TB/s = 10¹² bytes/s).</source>
        <translation>十進位的每秒 TB（1 TB/s = 10¹² 位元組/秒）。</translation>
    </message>
    <message numerus="yes">
        <source> chip(s)</source>
        <comment>tensor-parallel degree suffix: 1 chip, 2 chips</comment>
        <translation>
            <numerusform> 顆晶片</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>The weights and their matmuls. Default FP8, the same as the command line&apos;s. Only precisions at least one chosen chip has a dense figure for are offered; a chip without the chosen one keeps its column in the results, marked as such.</source>
        <translation>權重及其矩陣乘法所用的精度。預設 FP8，與命令列相同。只列出至少一款所選晶片有稠密數據的精度；缺少所選精度的晶片仍保留在結果中，並標明缺少。</translation>
    </message>
    <message>
        <source>The KV cache&apos;s element format. By default BF16 for BF16 weights and FP8 for FP8 or narrower weights, as serving engines do; an FP4 KV cache only when chosen here.</source>
        <translation>KV 快取的數值格式。預設與推論服務引擎相同：BF16 權重用 BF16，FP8 或更窄的權重用 FP8；只有在此選擇時才用 FP4 KV 快取。</translation>
    </message>
    <message>
        <source>E&amp;xpert parallel</source>
        <translation>專家平行(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Attention math</source>
        <translation>注意力運算(&amp;A)</translation>
    </message>
    <message>
        <source>Expert parallelism: chips the routed experts are spread over, each holding its share whole; tokens reach them by an all-to-all in every MoE layer. 1: experts split like the other layers.</source>
        <translation>專家平行：分攤路由專家的晶片數，每顆晶片完整保有自己的那一份專家；每個 MoE 層以 all-to-all 把 token 送到專家。1：專家與其他層一樣切分。</translation>
    </message>
    <message>
        <source>Each chip of the group runs attention for its own sequences and keeps only their KV cache, instead of splitting every sequence&apos;s attention.</source>
        <translation>組內每顆晶片只為自己的序列計算注意力，並只保存這些序列的 KV 快取，而不是切分每個序列的注意力。</translation>
    </message>
    <message>
        <source>The format attention&apos;s own matmuls (q·k and p·v) run at. By default BF16, as serving engines do.</source>
        <translation>注意力本身的矩陣乘法（q·k 與 p·v）所用的格式。預設 BF16，與推論服務引擎相同。</translation>
    </message>
    <message>
        <source>Default (BF16)</source>
        <translation>預設（BF16）</translation>
    </message>
    <message>
        <source>&amp;Data-parallel attention</source>
        <translation>資料平行注意力(&amp;D)</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <comment>KV cache precision the engine picks for these weights</comment>
        <translation>預設（%1）</translation>
    </message>
    <message>
        <source>I&amp;nput tokens</source>
        <translation>輸入長度(&amp;N)</translation>
    </message>
    <message>
        <source>O&amp;utput tokens</source>
        <translation>輸出長度(&amp;U)</translation>
    </message>
    <message>
        <source>Accepted per &amp;step</source>
        <translation>每步接受數(&amp;S)</translation>
    </message>
    <message>
        <source>Tar&amp;get per user</source>
        <translation>每人目標(&amp;G)</translation>
    </message>
    <message>
        <source>Serve whole requests: prefill the input once (the time to first token), then decode the output one step at a time as the context grows. Tokens/s then count output tokens over the whole request.</source>
        <translation>以完整請求服務：輸入先一次預填（即首個 token 延遲），再隨上下文增長逐步解碼輸出。此時每秒 token 數計算的是整個請求期間的輸出 token。</translation>
    </message>
    <message>
        <source>Prompt tokens per request, prefilled at once.</source>
        <translation>每個請求的提示 token 數，一次預填。</translation>
    </message>
    <message>
        <source>Tokens generated per request; decode runs at the mean context, input plus half the output.</source>
        <translation>每個請求生成的 token 數；解碼以平均上下文長度計算，即輸入加一半輸出。</translation>
    </message>
    <message>
        <source>Tokens each sequence gains per decode step with multi-token prediction or speculative decoding (the mean accepted). The step reads the weights and the KV cache once for all of them. 1: plain decoding.</source>
        <translation>使用多 token 預測或推測解碼時，每個序列每個解碼步驟平均接受的 token 數。該步驟只讀取一次權重與 KV 快取。1：一般解碼。</translation>
    </message>
    <message>
        <source>The frontier chart picks, for each chip, the layout and batch with the most tokens/s per chip that still gives every user at least this many tokens/s.</source>
        <translation>前緣圖為每款晶片挑出在每位使用者每秒至少獲得這麼多 token 的前提下，每晶片每秒 token 數最高的平行配置與批次大小。</translation>
    </message>
    <message>
        <source>&amp;Whole request</source>
        <translation>完整請求(&amp;W)</translation>
    </message>
    <message>
        <source> tokens/s</source>
        <translation> token/秒</translation>
    </message>
    <message>
        <source>Pipeline parallelism: the layers split over this many stages, each on its own group of chips; a batch smaller than the stages leaves them idle (the bubble). 1: no pipeline.</source>
        <translation>管線平行：各層分給這麼多個階段，每個階段由自己的一組晶片執行；批次大小小於階段數時，部分階段會閒置（氣泡）。1：不使用管線。</translation>
    </message>
    <message>
        <source>Chunked prefill: the prompt tokens each decode step also carries, as vLLM and SGLang schedule it; a request&apos;s first token comes after ⌈input ÷ chunk⌉ such steps. Off: the prompts are prefilled apart.</source>
        <translation>分塊預填：每個解碼步驟同時夾帶的提示 token 數，與 vLLM、SGLang 的排程方式相同；請求的首個 token 在 ⌈輸入 ÷ 分塊⌉ 個這樣的步驟後產生。關閉：提示另行預填。</translation>
    </message>
    <message numerus="yes">
        <source> stage(s)</source>
        <comment>pipeline stages: 1 stage, 2 stages</comment>
        <translation>
            <numerusform> 個階段</numerusform>
        </translation>
    </message>
    <message>
        <source>Off</source>
        <comment>chunked prefill off: prompts prefilled apart</comment>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Prefill &amp;chunk</source>
        <translation>預填分塊(&amp;C)</translation>
    </message>
    <message>
        <source>P&amp;ipeline stages</source>
        <translation>管線平行(&amp;I)</translation>
    </message>
</context>
<context>
    <name>RooflineReport</name>
    <message numerus="yes">
        <source>Roofline: %1 on %n chip(s)</source>
        <translation>
            <numerusform>屋頂線：%1，%n 款晶片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roofline on %n chip(s)</source>
        <translation>
            <numerusform>屋頂線：%n 款晶片</numerusform>
        </translation>
    </message>
    <message>
        <source>Workload: a kernel of %1, dense %2.</source>
        <translation>工作負載：運算強度 %1 的核函式，稠密 %2。</translation>
    </message>
    <message>
        <source>Workload: matrix multiply M = %1, N = %2, K = %3, dense %4.</source>
        <translation>工作負載：矩陣乘法 M = %1、N = %2、K = %3，稠密 %4。</translation>
    </message>
    <message>
        <source>Every figure is the roofline&apos;s upper bound: dense peak throughput and memory bandwidth as the dataset gives them, no efficiency losses. Real systems reach less; real costs are higher.</source>
        <translation>每個數字都是屋頂線的上限：採用資料集中的稠密峰值算力與記憶體頻寬，不計效率損失。實際系統達不到，實際成本也更高。</translation>
    </message>
    <message>
        <source>Memory kept back on every chip for activations and workspace: %1.</source>
        <translation>每顆晶片保留給激活值與工作區的記憶體：%1。</translation>
    </message>
    <message>
        <source>What-if memory tier %1: %2 GB and %3 per chip, holding the %4.</source>
        <translation>假設的記憶體層 %1：每晶片 %2 GB、%3，存放%4。</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 快取</translation>
    </message>
    <message>
        <source>Cost: chips rented at %1 per chip-hour, the same for every chip (an assumption).</source>
        <translation>成本：晶片以每晶片小時 %1 租用，每款晶片相同（此為假設）。</translation>
    </message>
    <message>
        <source>Cost: chips bought at %1 each (the dataset&apos;s estimate where it has one), written off over %2 years, power at TDP × PUE %3 × %4 per kWh.</source>
        <translation>成本：晶片以每顆 %1 購買（資料集有估計時採用估計），折舊 %2 年，電費為 TDP × PUE %3 × 每度 %4。</translation>
    </message>
    <message>
        <source>Tokens per joule count the chip&apos;s energy at its TDP, without facility overhead: a lower bound.</source>
        <translation>每焦耳 token 數以晶片的 TDP 計算能耗，不含機房損耗：為下限。</translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation>屋頂線</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>%1 marks a figure computed from projected chip figures, not vendor specifications.</source>
        <translation>%1 表示由晶片的預測數據算出的數字，並非廠商規格。</translation>
    </message>
    <message numerus="yes">
        <source>Workload: %1, decode, batch %2, context %3 tokens, tensor parallel over %n chip(s); weights and compute %4, KV cache %5.</source>
        <translation>
            <numerusform>工作負載：%1，解碼，批次大小 %2，上下文長度 %3 個 token，張量平行 %n 顆晶片；權重與運算 %4，KV 快取 %5。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workload: %1, prefill, batch %2, prompt %3 tokens, tensor parallel over %n chip(s); weights and compute %4, KV cache %5.</source>
        <translation>
            <numerusform>工作負載：%1，預填，批次大小 %2，提示 %3 個 token，張量平行 %n 顆晶片；權重與運算 %4，KV 快取 %5。</numerusform>
        </translation>
    </message>
    <message>
        <source>no power figure</source>
        <translation>無功耗數字</translation>
    </message>
    <message>
        <source>power %1 per accelerator from the system (%2)</source>
        <translation>每顆加速器功耗 %1，取自系統（%2）</translation>
    </message>
    <message>
        <source>power %1 per accelerator: the chip&apos;s TDP × %2, no system figure</source>
        <translation>每顆加速器功耗 %1：晶片 TDP × %2，無系統數字</translation>
    </message>
    <message>
        <source>price %1 (%2, %3, %4)</source>
        <translation>價格 %1（%2，%3，%4）</translation>
    </message>
    <message>
        <source>no system price: the chip&apos;s own price × accelerators, %1</source>
        <translation>無系統價格：晶片本身價格 × 加速器數，%1</translation>
    </message>
    <message>
        <source>rented</source>
        <translation>租用</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>無價格</translation>
    </message>
    <message>
        <source>%1 in %2: %3; %4.</source>
        <translation>%1 位於 %2：%3；%4。</translation>
    </message>
    <message>
        <source>Cost basis: bought at the system&apos;s price, written off over %1 years at a cost of capital of %2 (0: evenly).</source>
        <translation>成本基礎：以系統價格購買，按資金成本 %2 在 %1 年內攤還（0：平均攤提）。</translation>
    </message>
    <message>
        <source>Utilisation %1: the share of hours doing paid work (100%: every hour, the bound).</source>
        <translation>使用率 %1：做付費工作的時數比例（100%：每小時皆是，即上限）。</translation>
    </message>
    <message>
        <source>Facility capex %1 per MW of facility power (0: left out).</source>
        <translation>每 MW 機房電力的機房資本支出 %1（0：不計）。</translation>
    </message>
    <message>
        <source>Electricity %1 per kWh (default 0.08: an industrial tariff in the US).</source>
        <translation>電價每度 %1（預設 0.08：美國工業電價）。</translation>
    </message>
    <message>
        <source>PUE %1: facility power ÷ IT power (default 1.2: a modern AI data hall).</source>
        <translation>PUE %1：機房總電力 ÷ IT 設備電力（預設 1.2：現代 AI 機房）。</translation>
    </message>
    <message>
        <source>rented at %1&apos;s on-demand list price for %2, %3 per accelerator-hour (as of %4, %5)</source>
        <translation>以 %1 的 %2 隨需牌價租用，每加速器小時 %3（%4 時，%5）</translation>
    </message>
    <message>
        <source>Cost basis: rented, power and hosting included: at the list price named for each system above, else at %1 per accelerator-hour (typed).</source>
        <translation>成本基礎：租用，含電力與託管；按上列各系統註明的牌價，否則以每加速器小時 %1（自行輸入）計。</translation>
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
        <translation>記憶體頻寬</translation>
    </message>
    <message>
        <source>Ridge point</source>
        <translation>脊點</translation>
    </message>
    <message>
        <source>Arithmetic intensity</source>
        <translation>運算強度</translation>
    </message>
    <message>
        <source>Attainable throughput</source>
        <translation>可達算力</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>瓶頸</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Time per token</source>
        <translation>每個 token 的時間</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首個 token 延遲（TTFT）</translation>
    </message>
    <message numerus="yes">
        <source>Tokens/s, all %n chip(s)</source>
        <translation>
            <numerusform>每秒 token 數，全部 %n 顆晶片</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens/s per chip</source>
        <translation>每晶片每秒 token 數</translation>
    </message>
    <message>
        <source>Tokens/s per user</source>
        <translation>每位使用者每秒 token 數</translation>
    </message>
    <message>
        <source>Memory stall</source>
        <translation>記憶體等待佔比</translation>
    </message>
    <message>
        <source>Fits in memory</source>
        <translation>記憶體容得下</translation>
    </message>
    <message>
        <source>KV wall (largest batch)</source>
        <translation>KV 牆（最大批次大小）</translation>
    </message>
    <message>
        <source>Compute-bound from batch</source>
        <translation>自此批次大小起運算受限</translation>
    </message>
    <message>
        <source>Cost per chip-hour</source>
        <translation>每晶片小時成本</translation>
    </message>
    <message>
        <source>Cost per million tokens</source>
        <translation>每百萬 token 成本</translation>
    </message>
    <message>
        <source>Tokens per joule</source>
        <translation>每焦耳 token 數</translation>
    </message>
    <message>
        <source>no %1</source>
        <comment>the chip has no figure for this precision: &quot;no FP4&quot;</comment>
        <translation>無 %1</translation>
    </message>
    <message>
        <source>TP too wide</source>
        <comment>tensor parallelism wider than the chip&apos;s scale-up domain</comment>
        <translation>張量平行過寬</translation>
    </message>
    <message>
        <source>cannot compute</source>
        <translation>無法計算</translation>
    </message>
    <message>
        <source>%1 has no dense %2 figure in the dataset; it has %3. Choose one of those precisions to include it.</source>
        <translation>資料集中 %1 沒有稠密 %2 數據；它有 %3。選擇其中一種精度即可納入。</translation>
    </message>
    <message>
        <source>Tensor parallelism over %1 chips is more than %2&apos;s scale-up domain of %3 chips.</source>
        <translation>張量平行 %1 顆晶片，超過 %2 的垂直擴展域 %3 顆晶片。</translation>
    </message>
    <message>
        <source>The calculator cannot run this workload on %1: %2</source>
        <translation>計算器無法在 %1 上執行此工作負載：%2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <source>no: needs %n chip(s)</source>
        <translation>
            <numerusform>否：需 %n 顆晶片</numerusform>
        </translation>
    </message>
    <message>
        <source>no: never fits</source>
        <translation>否：再多晶片也容不下</translation>
    </message>
    <message>
        <source>never</source>
        <comment>no batch makes the step compute-bound</comment>
        <translation>始終不會</translation>
    </message>
    <message>
        <source>The bandwidth of %1&apos;s own memory (HBM).</source>
        <translation>%1 自身記憶體（HBM）的頻寬。</translation>
    </message>
    <message>
        <source>ridge = peak ÷ bandwidth = %1 ÷ %2 = %3</source>
        <translation>脊點 = 峰值 ÷ 頻寬 = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>intensity = FLOPs ÷ bytes = %1 ÷ %2 = %3</source>
        <translation>運算強度 = 浮點運算量 ÷ 位元組 = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>The intensity you chose: FLOPs done per byte moved.</source>
        <translation>您選擇的運算強度：每搬移一個位元組所做的浮點運算次數。</translation>
    </message>
    <message>
        <source>attainable = Σ FLOPs ÷ time per step = %1 ÷ %2 = %3 (%4 of the peak)</source>
        <translation>可達算力 = Σ 浮點運算量 ÷ 每步時間 = %1 ÷ %2 = %3（峰值的 %4）</translation>
    </message>
    <message>
        <source>attainable = min(peak, intensity × bandwidth) = min(%1, %2 × %3) = %4</source>
        <translation>可達算力 = min(峰值, 運算強度 × 頻寬) = min(%1, %2 × %3) = %4</translation>
    </message>
    <message>
        <source>Σ compute time %1 vs Σ memory time %2 over the step&apos;s operators: %3</source>
        <translation>本步各運算子的 Σ 運算時間 %1 對 Σ 記憶體時間 %2：%3</translation>
    </message>
    <message>
        <source>intensity %1 %2 ridge %3: %4</source>
        <translation>運算強度 %1 %2 脊點 %3：%4</translation>
    </message>
    <message>
        <source>time = max(FLOPs ÷ peak, bytes ÷ bandwidth) = max(%1, %2) = %3</source>
        <translation>時間 = max(浮點運算量 ÷ 峰值, 位元組 ÷ 頻寬) = max(%1, %2) = %3</translation>
    </message>
    <message>
        <source>Σ over operators of max(FLOPs ÷ peak, bytes ÷ bandwidth) = %1; compute alone would take %2, memory alone %3</source>
        <translation>各運算子的 max(浮點運算量 ÷ 峰值, 位元組 ÷ 頻寬) 加總 = %1；單看運算需 %2，單看記憶體需 %3</translation>
    </message>
    <message>
        <source>tokens/s = batch ÷ time per token = %1 ÷ %2 = %3</source>
        <translation>每秒 token 數 = 批次大小 ÷ 每個 token 的時間 = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>tokens/s = batch × prompt ÷ time to first token = %1 × %2 ÷ %3 = %4</source>
        <translation>每秒 token 數 = 批次大小 × 提示長度 ÷ 首個 token 延遲 = %1 × %2 ÷ %3 = %4</translation>
    </message>
    <message numerus="yes">
        <source>per chip = %1 ÷ %n chip(s) = %2</source>
        <translation>
            <numerusform>每晶片 = %1 ÷ %n 顆晶片 = %2</numerusform>
        </translation>
    </message>
    <message>
        <source>per user = %1 ÷ %2 sequences = %3</source>
        <translation>每位使用者 = %1 ÷ %2 個序列 = %3</translation>
    </message>
    <message>
        <source>memory stall = time the compute units wait on memory ÷ time per step = %1 ÷ %2 = %3</source>
        <translation>記憶體等待佔比 = 運算單元等待記憶體的時間 ÷ 每步時間 = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>per chip: weights %1 + KV cache %2 = %3, against %4 usable (%5 kept back)</source>
        <translation>每晶片：權重 %1 + KV 快取 %2 = %3，可用 %4（保留 %5）</translation>
    </message>
    <message>
        <source>fewest chips that hold it: %1</source>
        <translation>容得下所需的最少晶片數：%1</translation>
    </message>
    <message>
        <source>largest batch whose KV cache (%1 per token of context) fits beside the weights at context %2</source>
        <translation>在上下文長度 %2 下，KV 快取（每個上下文 token %1）與權重一同容得下的最大批次大小</translation>
    </message>
    <message>
        <source>smallest batch at which Σ FLOPs ÷ peak ≥ Σ bytes ÷ bandwidth at context %1</source>
        <translation>在上下文長度 %1 下，使 Σ 浮點運算量 ÷ 峰值 ≥ Σ 位元組 ÷ 頻寬 的最小批次大小</translation>
    </message>
    <message>
        <source>No batch turns the step compute-bound at context %1: attention reads the whole KV cache for every token, and its intensity stays below the ridge. Shorter contexts turn compute-bound.</source>
        <translation>在上下文長度 %1 下，沒有任何批次大小能讓這一步轉為運算受限：注意力每產生一個 token 都要讀取整個 KV 快取，其運算強度始終低於脊點。較短的上下文才會轉為運算受限。</translation>
    </message>
    <message>
        <source>Rental price per chip-hour, your assumption; it covers power and hosting.</source>
        <translation>每晶片小時的租用價格，為您的假設；已含電力與機房託管。</translation>
    </message>
    <message>
        <source>price ÷ (years × 8,766 h) + TDP × PUE × electricity = %1 ÷ (%2 × 8,766) + %3 kW × %4 × %5 per kWh = %6</source>
        <translation>價格 ÷ (年數 × 8,766 小時) + TDP × PUE × 電價 = %1 ÷ (%2 × 8,766) + %3 kW × %4 × 每度 %5 = %6</translation>
    </message>
    <message>
        <source>The price is the dataset&apos;s estimate for %1.</source>
        <translation>此價格為資料集對 %1 的估計。</translation>
    </message>
    <message>
        <source>cost per chip-hour ÷ (tokens/s per chip × 3,600) × 1,000,000 = %1 ÷ (%2 × 3,600) × 10⁶ = %3. Chips kept busy at the bound: real costs are higher.</source>
        <translation>每晶片小時成本 ÷ (每晶片每秒 token 數 × 3,600) × 1,000,000 = %1 ÷ (%2 × 3,600) × 10⁶ = %3。假設晶片滿載達到上限：實際成本更高。</translation>
    </message>
    <message>
        <source>The dataset has no TDP figure for %1.</source>
        <translation>資料集沒有 %1 的 TDP 數據。</translation>
    </message>
    <message>
        <source>tokens per joule = tokens/s per chip ÷ TDP = %1 ÷ %2 W = %3 (at full TDP: a lower bound)</source>
        <translation>每焦耳 token 數 = 每晶片每秒 token 數 ÷ TDP = %1 ÷ %2 W = %3（以滿載 TDP 計：為下限）</translation>
    </message>
    <message>
        <source>(from projected figures)</source>
        <translation>（依預測數據）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>row label (unit)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(projected)</source>
        <translation>（預測）</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <source>Projected figures: drawn dashed on the charts.</source>
        <translation>預測數據：在圖表上以虛線繪製。</translation>
    </message>
    <message>
        <source>Its operators are shown on the roofline and in the operator table.</source>
        <translation>其運算子顯示在屋頂線圖與運算子表中。</translation>
    </message>
    <message>
        <source>The model does not fit in memory on any number of chips at this batch and context: the KV cache each chip must hold alone is too large. A smaller batch or context fits.</source>
        <translation>在此批次大小與上下文長度下，再多晶片也放不下這個模型：每顆晶片必須各自存放的 KV 快取太大。較小的批次大小或上下文長度放得下。</translation>
    </message>
    <message numerus="yes">
        <source>The model does not fit in memory on %n chip(s) at this batch and context, so it has no speed or cost here.</source>
        <translation>
            <numerusform>在此批次大小與上下文長度下，%n 顆晶片的記憶體放不下這個模型，因此這裡沒有速度與成本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It needs %n chip(s): set tensor parallelism to that, or lower the batch or context.</source>
        <translation>
            <numerusform>它需要 %n 顆晶片：將張量平行設為此數，或降低批次大小或上下文長度。</numerusform>
        </translation>
    </message>
    <message>
        <source>not even batch 1</source>
        <comment>the KV wall: no batch fits in memory</comment>
        <translation>批次大小 1 也容不下</translation>
    </message>
    <message>
        <source>The dense %1 peak the dataset gives for %2, without 2:4 sparsity (a vendor&apos;s sparse figure is twice as high).</source>
        <translation>資料集中 %2 的稠密 %1 峰值，不含 2:4 稀疏（廠商的稀疏數據是其兩倍）。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>Power per accelerator, at the wall</source>
        <translation>每顆加速器耗電（含機房）</translation>
    </message>
    <message>
        <source>Cost per accelerator-hour, in the system</source>
        <translation>每加速器小時成本（系統）</translation>
    </message>
    <message>
        <source>Cost per million tokens, in the system</source>
        <translation>每百萬 token 成本（系統）</translation>
    </message>
    <message>
        <source>Tokens/s per MW</source>
        <translation>每 MW 每秒 token 數</translation>
    </message>
    <message>
        <source>Per gigawatt: accelerators</source>
        <translation>每 GW：加速器</translation>
    </message>
    <message>
        <source>Per gigawatt: systems</source>
        <translation>每 GW：系統</translation>
    </message>
    <message>
        <source>Per gigawatt: capex</source>
        <translation>每 GW：資本支出</translation>
    </message>
    <message>
        <source>Per gigawatt: tokens/s</source>
        <translation>每 GW：每秒 token 數</translation>
    </message>
    <message>
        <source>chip alone</source>
        <translation>僅晶片</translation>
    </message>
    <message>
        <source>No source gives the power of %1 and the dataset has no TDP for %2: no power, cost or per-gigawatt figure.</source>
        <translation>沒有來源提供 %1 的功耗，資料中也沒有 %2 的 TDP：無法算出耗電、成本或每 GW 數字。</translation>
    </message>
    <message>
        <source>system IT power ÷ accelerators × PUE = %1 ÷ %2 × %3 = %4</source>
        <translation>系統 IT 功耗 ÷ 加速器數 × PUE = %1 ÷ %2 × %3 = %4</translation>
    </message>
    <message>
        <source>No source gives the system&apos;s power: chip TDP × overhead × PUE = %1 W × %2 × %3 = %4</source>
        <translation>沒有來源提供系統功耗：晶片 TDP × 附加係數 × PUE = %1 W × %2 × %3 = %4</translation>
    </message>
    <message>
        <source>No price is reported for %1 and the dataset has no price for %2.</source>
        <translation>%1 沒有公開價格，資料中也沒有 %2 的價格。</translation>
    </message>
    <message>
        <source>rental price ÷ utilisation = %1 ÷ %2 = %3</source>
        <translation>租用價格 ÷ 使用率 = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>(capex repaid over %1 years at %2 + energy) ÷ utilisation = (%3 + %4 kW × %5 per kWh) ÷ %6 = %7; capex per accelerator = %8 (price ÷ accelerators + facility capex per MW × MW)</source>
        <translation>（資本支出以 %2 在 %1 年內攤還 + 電費）÷ 使用率 =（%3 + %4 kW × 每度 %5）÷ %6 = %7；每顆加速器資本支出 = %8（價格 ÷ 加速器數 + 每 MW 機房資本支出 × MW）</translation>
    </message>
    <message>
        <source>No price is reported for the system: the chip&apos;s own price × accelerators, which leaves out the server, network and rack.</source>
        <translation>系統沒有公開價格：以晶片本身價格 × 加速器數計，未含伺服器、網路與機櫃。</translation>
    </message>
    <message>
        <source>No cost per accelerator-hour for %1.</source>
        <translation>%1 沒有每加速器小時成本。</translation>
    </message>
    <message>
        <source>cost per accelerator-hour ÷ (tokens/s per chip × 3,600) × 10⁶ = %1 ÷ (%2 × 3,600) × 10⁶ = %3</source>
        <translation>每加速器小時成本 ÷（每晶片每秒 token 數 × 3,600）× 10⁶ = %1 ÷（%2 × 3,600）× 10⁶ = %3</translation>
    </message>
    <message>
        <source>tokens/s per chip × 10⁶ ÷ power per accelerator at the wall = %1 × 10⁶ ÷ %2 = %3</source>
        <translation>每晶片每秒 token 數 × 10⁶ ÷ 每顆加速器耗電（含機房）= %1 × 10⁶ ÷ %2 = %3</translation>
    </message>
    <message>
        <source>10⁹ W ÷ %1 = %2 accelerators</source>
        <translation>10⁹ W ÷ %1 = %2 顆加速器</translation>
    </message>
    <message>
        <source>%1 accelerators ÷ %2 per system = %3</source>
        <translation>%1 顆加速器 ÷ 每系統 %2 顆 = %3</translation>
    </message>
    <message>
        <source>Rented: nothing is bought.</source>
        <translation>租用：沒有購買任何設備。</translation>
    </message>
    <message>
        <source>No price: no capex.</source>
        <translation>沒有價格：無資本支出數字。</translation>
    </message>
    <message>
        <source>%1 accelerators × %2 capex each = %3</source>
        <translation>%1 顆加速器 × 每顆資本支出 %2 = %3</translation>
    </message>
    <message>
        <source>%1 accelerators × %2 tokens/s each = %3</source>
        <translation>%1 顆加速器 × 每顆每秒 %2 個 token = %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a result: its formula</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>系統：%1</translation>
    </message>
    <message>
        <source>Power: %1</source>
        <translation>功耗：%1</translation>
    </message>
    <message>
        <source>Price (%1, %2): %3</source>
        <translation>價格（%1，%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n accelerator(s). Choose another system of the chip under &quot;Systems and facility&quot;.</source>
        <translation>
            <numerusform>%1 含 %n 顆加速器。可在「系統與機房」中改選此晶片的其他系統。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s on-demand list price (%2, as of %3) ÷ utilisation = %4 ÷ %5 = %6</source>
        <translation>%1 的隨需牌價（%2，%3 時）÷ 利用率 = %4 ÷ %5 = %6</translation>
    </message>
    <message>
        <source>Tokens/s per chip: bound</source>
        <translation>每晶片每秒 token 數：上限</translation>
    </message>
    <message>
        <source>Tokens/s per chip: expected</source>
        <translation>每晶片每秒 token 數：預期</translation>
    </message>
    <message>
        <source>Expected: compute factor</source>
        <translation>預期：運算係數</translation>
    </message>
    <message>
        <source>Expected: memory factor</source>
        <translation>預期：記憶體係數</translation>
    </message>
    <message>
        <source>Input tokens/s per chip</source>
        <translation>每晶片每秒輸入 token 數</translation>
    </message>
    <message>
        <source>The KV cache of a whole request (%1 input + %2 output tokens) at this batch does not fit by its last token: lower the batch or the lengths, or add chips.</source>
        <translation>在此批次大小下，完整請求（輸入 %1 + 輸出 %2 個 token）的 KV 快取到最後一個 token 時放不下：請降低批次大小或長度，或增加晶片。</translation>
    </message>
    <message>
        <source>no: full before the last token</source>
        <translation>否：最後一個 token 前已滿</translation>
    </message>
    <message>
        <source>The expected figure is the bound&apos;s workload on ceilings lowered by two factors: compute (a GEMM measured ÷ the dense peak) and memory (a stream measured ÷ HBM bandwidth). A chip without its own measurement of a kind takes the median over every chip measured.</source>
        <translation>預期值是將同一工作負載放在以兩個係數調低的上限上計算：運算（實測 GEMM ÷ 稠密峰值）與記憶體（實測 stream ÷ HBM 頻寬）。晶片若沒有某類自己的實測，則取所有已實測晶片的中位數。</translation>
    </message>
    <message>
        <source>tokens/s = batch × tokens accepted per step ÷ time per step = %1 × %2 ÷ %3 = %4</source>
        <translation>每秒 token 數 = 批次大小 × 每步接受 token 數 ÷ 每步時間 = %1 × %2 ÷ %3 = %4</translation>
    </message>
    <message>
        <source>%1 (own)</source>
        <comment>an efficiency factor from the chip&apos;s own measurement</comment>
        <translation>%1（實測）</translation>
    </message>
    <message>
        <source>%1 (median)</source>
        <translation>%1（中位數）</translation>
    </message>
    <message>
        <source>100% (none)</source>
        <comment>no measurement of the kind on any chip</comment>
        <translation>100%（無實測）</translation>
    </message>
    <message>
        <source>expected = the same workload at compute × %1 and memory × %2 = %3 tokens/s per chip, %4 of the bound %5</source>
        <translation>預期 = 同一工作負載在運算 × %1、記憶體 × %2 下 = 每晶片每秒 %3 個 token，為上限 %5 的 %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no GEMM measured at %2: compute takes the median measured ÷ peak over %n GEMM measurement(s) of every chip.</source>
        <translation>
            <numerusform>%1 沒有 %2 的 GEMM 實測：運算係數取所有晶片 %n 筆 GEMM 實測的「實測 ÷ 峰值」中位數。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has no stream measured: memory takes the median measured ÷ bandwidth over %n stream measurement(s) of every chip.</source>
        <translation>
            <numerusform>%1 沒有 stream 實測：記憶體係數取所有晶片 %n 筆 stream 實測的「實測 ÷ 頻寬」中位數。</numerusform>
        </translation>
    </message>
    <message>
        <source>request time = time to first token + output ÷ accepted per step × time per step = %1 + %2 ÷ %3 × %4 = %5</source>
        <translation>請求時間 = 首個 token 延遲 + 輸出 ÷ 每步接受 token 數 × 每步時間 = %1 + %2 ÷ %3 × %4 = %5</translation>
    </message>
    <message>
        <source>time to first token = prefill of the batch&apos;s %1 prompts of %2 tokens at once = %3</source>
        <translation>首個 token 延遲 = 一次預填整批 %1 段、各 %2 個 token 的提示 = %3</translation>
    </message>
    <message>
        <source>input tokens/s per chip = batch × input ÷ request time ÷ chips = %1 × %2 ÷ %3 ÷ %4 = %5</source>
        <translation>每晶片每秒輸入 token 數 = 批次大小 × 輸入 ÷ 請求時間 ÷ 晶片數 = %1 × %2 ÷ %3 ÷ %4 = %5</translation>
    </message>
    <message>
        <source>output tokens/s per chip = batch × output ÷ request time ÷ chips = %1 × %2 ÷ %3 ÷ %4 = %5</source>
        <translation>每晶片每秒輸出 token 數 = 批次大小 × 輸出 ÷ 請求時間 ÷ 晶片數 = %1 × %2 ÷ %3 ÷ %4 = %5</translation>
    </message>
    <message>
        <source>Decode runs at the mean context, input + output ÷ 2 = %1 tokens.</source>
        <translation>解碼以平均上下文長度計算，輸入 + 輸出 ÷ 2 = %1 個 token。</translation>
    </message>
    <message>
        <source>Accepted per step: each decode step runs %1 × %2 query tokens through every matmul and attention but reads the weights and the KV cache once; tokens/s = %1 × %2 ÷ %3 = %4</source>
        <translation>每步接受 token 數：每個解碼步驟讓 %1 × %2 個查詢 token 通過所有矩陣乘法與注意力，但權重與 KV 快取只讀一次；每秒 token 數 = %1 × %2 ÷ %3 = %4</translation>
    </message>
    <message>
        <source>Whole request</source>
        <translation>完整請求</translation>
    </message>
    <message>
        <source>Cost and energy per token use the output tokens/s over the whole request, %1, not one decode step&apos;s %2.</source>
        <translation>每 token 的成本與能耗採用整個請求期間的每秒輸出 token 數 %1，而非單一解碼步驟的 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) no other beats on both tokens/s per chip and tokens/s per user, over tensor and expert parallel layouts within the scale-up domain and batches from 1 to 4,096.</source>
        <translation>
            <numerusform>在垂直擴展域內的張量平行與專家平行配置、批次大小 1 至 4,096 之間，共有 %n 個點在每晶片與每位使用者每秒 token 數上都不被其他點同時超越。</numerusform>
        </translation>
    </message>
    <message>
        <source>Best at %1 tokens/s per user or more: %2, batch %3: %4 tokens/s per chip (bound) at %5 tokens/s per user</source>
        <translation>每位使用者每秒至少 %1 個 token 時的最佳點：%2，批次大小 %3：每晶片每秒 %4 個 token（上限），每位使用者每秒 %5 個 token</translation>
    </message>
    <message>
        <source>expected there: %1 tokens/s per chip</source>
        <translation>該點的預期值：每晶片每秒 %1 個 token</translation>
    </message>
    <message>
        <source>No layout reaches %1 tokens/s per user: the fastest is %2 at batch %3, %4 tokens/s per user.</source>
        <translation>沒有任何配置能讓每位使用者每秒達到 %1 個 token：最快的是 %2、批次大小 %3，每位使用者每秒 %4 個 token。</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>前緣</translation>
    </message>
    <message>
        <source>Measurement %1: %2</source>
        <translation>實測 %1：%2</translation>
    </message>
    <message>
        <source>chunked prefill: each step of %1 carries %2 prompt tokens beside %3 decoding sequences</source>
        <translation>分塊預填：每個 %1 的步驟在 %3 個解碼中序列之外夾帶 %2 個提示 token</translation>
    </message>
    <message>
        <source>time to first token = ⌈input ÷ chunk⌉ × step = ⌈%1 ÷ %2⌉ × %3 = %4</source>
        <translation>首個 token 延遲 = ⌈輸入 ÷ 分塊⌉ × 每步時間 = ⌈%1 ÷ %2⌉ × %3 = %4</translation>
    </message>
    <message>
        <source>input tokens/s per chip = output tokens/s per chip × input ÷ output = %1 × %2 ÷ %3 = %4</source>
        <translation>每晶片每秒輸入 token 數 = 每晶片每秒輸出 token 數 × 輸入 ÷ 輸出 = %1 × %2 ÷ %3 = %4</translation>
    </message>
    <message>
        <source>output tokens/s per chip = decoding sequences × accepted per step ÷ step ÷ chips = %1 × %2 ÷ %3 ÷ %4 = %5</source>
        <translation>每晶片每秒輸出 token 數 = 解碼中序列數 × 每步接受 token 數 ÷ 每步時間 ÷ 晶片數 = %1 × %2 ÷ %3 ÷ %4 = %5</translation>
    </message>
</context>
<context>
    <name>RooflineText</name>
    <message>
        <source>compute-bound</source>
        <translation>運算受限</translation>
    </message>
    <message>
        <source>memory-bound</source>
        <translation>記憶體受限</translation>
    </message>
    <message>
        <source>link-bound</source>
        <comment>bound by the scale-up link between chips</comment>
        <translation>互連受限</translation>
    </message>
    <message>
        <source>decode</source>
        <comment>LLM inference phase</comment>
        <translation>解碼</translation>
    </message>
    <message>
        <source>prefill</source>
        <comment>LLM inference phase</comment>
        <translation>預填</translation>
    </message>
    <message>
        <source>QKV projection</source>
        <translation>QKV 投影</translation>
    </message>
    <message>
        <source>Attention scores (Q·Kᵀ)</source>
        <translation>注意力分數（Q·Kᵀ）</translation>
    </message>
    <message>
        <source>Attention × V</source>
        <translation>注意力 × V</translation>
    </message>
    <message>
        <source>Output projection</source>
        <translation>輸出投影</translation>
    </message>
    <message>
        <source>Feed-forward (FFN)</source>
        <translation>前饋網路（FFN）</translation>
    </message>
    <message>
        <source>Expert router</source>
        <translation>專家路由器</translation>
    </message>
    <message>
        <source>Experts (MoE FFN)</source>
        <translation>專家（MoE FFN）</translation>
    </message>
    <message>
        <source>LM head</source>
        <translation>LM 輸出頭</translation>
    </message>
    <message>
        <source>All-reduce (tensor parallel)</source>
        <translation>All-reduce（張量平行）</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>核函式</translation>
    </message>
    <message>
        <source>Matrix multiply (GEMM)</source>
        <translation>矩陣乘法（GEMM）</translation>
    </message>
    <message>
        <source>time = bytes sent over the scale-up link ÷ link bandwidth = %1 ÷ %2 = %3</source>
        <translation>時間 = 經垂直擴展互連傳送的位元組 ÷ 互連頻寬 = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>intensity = FLOPs ÷ bytes = %1 ÷ %2 = %3</source>
        <translation>運算強度 = 浮點運算量 ÷ 位元組 = %1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>time = max(FLOPs ÷ peak, bytes ÷ bandwidth) = max(%1 ÷ %2, %3 ÷ %4) = max(%5, %6) = %7: %8</source>
        <translation>時間 = max(浮點運算量 ÷ 峰值, 位元組 ÷ 頻寬) = max(%1 ÷ %2, %3 ÷ %4) = max(%5, %6) = %7：%8</translation>
    </message>
    <message>
        <source>time = max(FLOPs ÷ peak, the slowest memory tier&apos;s bytes ÷ its bandwidth) = max(%1, %2) = %3: %4</source>
        <translation>時間 = max(浮點運算量 ÷ 峰值, 最慢記憶體層的位元組 ÷ 其頻寬) = max(%1, %2) = %3：%4</translation>
    </message>
    <message>
        <source>attainable = FLOPs ÷ time = %1</source>
        <translation>可達算力 = 浮點運算量 ÷ 時間 = %1</translation>
    </message>
    <message>
        <source>attainable = min(peak, intensity × bandwidth) = min(%1, %2 × %3) = %4: %5</source>
        <translation>可達算力 = min(峰值, 運算強度 × 頻寬) = min(%1, %2 × %3) = %4：%5</translation>
    </message>
    <message>
        <source>%1 of the step</source>
        <translation>佔本步的 %1</translation>
    </message>
    <message>
        <source>TP %1</source>
        <comment>tensor parallelism over N chips</comment>
        <translation>張量平行 %1</translation>
    </message>
    <message>
        <source>EP %1</source>
        <comment>expert parallelism over N chips</comment>
        <translation>專家平行 %1</translation>
    </message>
    <message>
        <source>DP attention</source>
        <comment>data-parallel attention</comment>
        <translation>資料平行注意力</translation>
    </message>
</context>
<context>
    <name>RooflineView</name>
    <message>
        <source>Operators on %1</source>
        <translation>%1 的運算子</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>運算子</translation>
    </message>
    <message>
        <source>Tick chips on the left to draw their roofs.</source>
        <translation>勾選左側的晶片即可畫出它們的屋頂線。</translation>
    </message>
    <message>
        <source>%1 reaches %2 at %3: %4 (its ridge is at %5).</source>
        <translation>%1 在 %3 可達 %2：%4（脊點在 %5）。</translation>
    </message>
    <message>
        <source>%1: the first token after %2 for %3 prompt(s) of %4 tokens: %5, memory stall %6.</source>
        <translation>%1：%3 段各 %4 個 token 的提示，首個 token 需 %2：%5，記憶體等待 %6。</translation>
    </message>
    <message>
        <source>(Every chip rented at %1 per hour.)</source>
        <translation>（每款晶片皆以每小時 %1 租用。）</translation>
    </message>
    <message>
        <source>(projected)</source>
        <translation>（預測）</translation>
    </message>
    <message>
        <source>The working for %1</source>
        <translation>%1 的計算過程</translation>
    </message>
    <message>
        <source>Results per chip</source>
        <translation>各晶片結果</translation>
    </message>
    <message>
        <source>Every figure per chip; hover a cell for its formula with the numbers and the sources of the chip&apos;s figures. Click a chip&apos;s name to see its operators and working.</source>
        <translation>每款晶片的各項數字；滑鼠移到儲存格上可看公式與代入的數字，以及晶片數據的來源。點選晶片名稱可查看其運算子與計算過程。</translation>
    </message>
    <message>
        <source>Show the working</source>
        <translation>顯示計算過程</translation>
    </message>
    <message>
        <source>Every result of the chosen chip as its formula with the numbers put in.</source>
        <translation>所選晶片的每個結果，以公式並代入數字呈現。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Choose at least one chip to export its results.</source>
        <translation>請至少選擇一款晶片才能匯出結果。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>網頁 (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON, raw values (*.json)</source>
        <translation>JSON，原始數值 (*.json)</translation>
    </message>
    <message>
        <source>Roofline chart, PNG image (*.png)</source>
        <translation>屋頂線圖，PNG 圖檔 (*.png)</translation>
    </message>
    <message>
        <source>Roofline chart, SVG drawing (*.svg)</source>
        <translation>屋頂線圖，SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>Batch sweep chart, PNG image (*.png)</source>
        <translation>批次大小掃描圖，PNG 圖檔 (*.png)</translation>
    </message>
    <message>
        <source>Batch sweep chart, SVG drawing (*.svg)</source>
        <translation>批次大小掃描圖，SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>Export the roofline</source>
        <translation>匯出屋頂線</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>The roofline could not be written to %1:
%2</source>
        <translation>無法將屋頂線寫入 %1：
%2</translation>
    </message>
    <message>
        <source>Each result as its formula with the numbers put in, as the calculator computes it (compute-atlas roofline --explain prints the same lines). Choose another chip under &quot;Operators of&quot; or click its name in the results to see its working.</source>
        <translation>每個結果以公式並代入數字呈現，與計算器的算法一致（compute-atlas roofline --explain 會以英文印出相同內容）。在「運算子來自」中選擇其他晶片，或在結果中點選其名稱，即可查看它的計算過程。</translation>
    </message>
    <message>
        <source>Working for %1</source>
        <translation>%1 的計算過程</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>計算過程</translation>
    </message>
    <message>
        <source>Write the roofline results to a spreadsheet, PDF, web page, Markdown, CSV or JSON file, or a chart to a PNG or SVG image</source>
        <translation>將屋頂線結果寫成試算表、PDF、網頁、Markdown、CSV 或 JSON 檔，或將圖表存成 PNG 或 SVG 圖檔</translation>
    </message>
    <message numerus="yes">
        <source>Use %n chip(s)</source>
        <translation>
            <numerusform>改用 %n 顆晶片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 does not fit in memory at batch %2 on %n chip(s) (%3, decode at context %4, %5).</source>
        <translation>
            <numerusform>批次大小 %2 時，%n 顆 %1 的記憶體放不下（%3，解碼，上下文長度 %4，%5）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 does not fit in memory at batch %2 on %n chip(s) (%3, prefill of %4 tokens, %5).</source>
        <translation>
            <numerusform>批次大小 %2 時，%n 顆 %1 的記憶體放不下（%3，預填 %4 個 token，%5）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It needs %n chip(s).</source>
        <translation>
            <numerusform>需要 %n 顆晶片。</numerusform>
        </translation>
    </message>
    <message>
        <source>No number of chips holds it: lower the batch or the context.</source>
        <translation>再多晶片也放不下：請降低批次大小或上下文長度。</translation>
    </message>
    <message>
        <source>%1 at batch %2 (%3, decode at context %4, %5): %6, %7 tokens/s per chip.</source>
        <translation>%1 在批次大小 %2（%3，解碼，上下文長度 %4，%5）：%6，每顆晶片每秒 %7 個 token。</translation>
    </message>
    <message>
        <source>It turns compute-bound from batch %1, past its KV wall: that needs more chips.</source>
        <translation>從批次大小 %1 起轉為運算受限，但已超過其 KV 牆：需要更多晶片。</translation>
    </message>
    <message>
        <source>It turns compute-bound from batch %1.</source>
        <translation>從批次大小 %1 起轉為運算受限。</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a link that is a sentence of its own: Go to batch 845.</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>Go to batch %1</source>
        <translation>改用批次大小 %1</translation>
    </message>
    <message>
        <source>At context %1 no batch turns it compute-bound: attention reads the whole KV cache for each token; shorten the context to see it turn.</source>
        <translation>在上下文長度 %1 下，無論批次大小多大都不會轉為運算受限：注意力每個 token 都要讀取整個 KV 快取；縮短上下文即可看到轉折。</translation>
    </message>
    <message>
        <source>A million tokens cost %1 on %2.</source>
        <translation>%2 每百萬 token 成本為 %1。</translation>
    </message>
    <message>
        <source>A million tokens cost %1 on %2; on the others at the same batch: %3.</source>
        <translation>%2 每百萬 token 成本為 %1；其他晶片在同一批次大小下：%3。</translation>
    </message>
    <message>
        <source>Does not fit at this batch: %1.</source>
        <translation>此批次大小放不下：%1。</translation>
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
        <translation>屋頂線</translation>
    </message>
    <message>
        <source>Batch sweep</source>
        <translation>批次大小掃描</translation>
    </message>
    <message>
        <source>Each chip&apos;s colour on both charts and in the table. Dashed: projected figures. In the table, bold is the best of its row.</source>
        <translation>各晶片在兩張圖表與表格中的顏色。虛線：預測數據。表格中的粗體為該列最佳。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a chip: why the calculator cannot run it</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>In the system</source>
        <translation>在系統中</translation>
    </message>
    <message>
        <source>Whole requests of %1 in and %2 out: first token after %3; %4 output tokens/s per chip at the bound, %5 expected.</source>
        <translation>完整請求（輸入 %1、輸出 %2 個 token）：首個 token 在 %3 後產生；每晶片每秒輸出 token 數上限為 %4，預期為 %5。</translation>
    </message>
    <message>
        <source>Whole requests of %1 in and %2 out: first token after %3; %4 output tokens/s per chip at the bound.</source>
        <translation>完整請求（輸入 %1、輸出 %2 個 token）：首個 token 在 %3 後產生；每晶片每秒輸出 token 數上限為 %4。</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>推論服務</translation>
    </message>
    <message>
        <source>Roofline and batch sweep</source>
        <translation>屋頂線與批次大小掃描</translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation>前緣</translation>
    </message>
    <message>
        <source>Tokens/s per chip against tokens/s per user for every chip: the best batch and parallel layout at each interactivity, with the target set on the left.</source>
        <translation>每款晶片的每晶片每秒 token 數對每位使用者每秒 token 數：各互動性下的最佳批次大小與平行配置，並標出左側設定的目標。</translation>
    </message>
    <message>
        <source>Frontier chart, PNG image (*.png)</source>
        <translation>前緣圖，PNG 圖檔 (*.png)</translation>
    </message>
    <message>
        <source>Frontier chart, SVG drawing (*.svg)</source>
        <translation>前緣圖，SVG 向量圖 (*.svg)</translation>
    </message>
</context>
<context>
    <name>RowForm</name>
    <message>
        <source>New source</source>
        <translation>新來源</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit your money flow</source>
        <translation>編輯你的資金往來</translation>
    </message>
    <message>
        <source>Add a money flow</source>
        <translation>新增資金往來</translation>
    </message>
    <message>
        <source>Edit your deployment</source>
        <translation>編輯你的部署</translation>
    </message>
    <message>
        <source>Add a deployment</source>
        <translation>新增部署</translation>
    </message>
    <message>
        <source>Edit your claim</source>
        <translation>編輯你的數據聲明</translation>
    </message>
    <message>
        <source>Add a newer claim</source>
        <translation>新增較新的數據聲明</translation>
    </message>
    <message>
        <source>New source (below)</source>
        <translation>新來源（於下方填寫）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Qn or YYYY-Hn</source>
        <translation>YYYY-MM-DD、YYYY-MM、YYYY、YYYY-Qn 或 YYYY-Hn</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整數</translation>
    </message>
    <message>
        <source>lower-case letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>小寫字母、數字、「-」與「.」</translation>
    </message>
    <message>
        <source>Your data cannot be written: %1</source>
        <translation>無法寫入你的資料：%1</translation>
    </message>
    <message>
        <source>✓ Every rule of the dataset holds; the row can be added.</source>
        <translation>✓ 符合資料集的所有規則，可以加入這一列。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the row can be added:</source>
        <translation>
            <numerusform>加入這一列前須修正 %n 個問題：</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation>代號</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Amount (US$)</source>
        <translation>金額（美元）</translation>
    </message>
    <message>
        <source>Amount is an upper bound</source>
        <translation>金額為最高值</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>宣布日期</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期間起始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期間結束</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>說明（英文）</translation>
    </message>
    <message>
        <source>Description (Traditional Chinese)</source>
        <translation>說明（繁體中文）</translation>
    </message>
    <message>
        <source>Description (Simplified Chinese)</source>
        <translation>說明（簡體中文）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>取代交易</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>國家（ISO 代碼）</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>擁有者</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>晶片</translation>
    </message>
    <message>
        <source>Accelerator (as the source names it)</source>
        <translation>加速器（依來源所稱）</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>What the units are</source>
        <translation>數量的性質</translation>
    </message>
    <message>
        <source>Power (MW)</source>
        <translation>電力（MW）</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目標日期</translation>
    </message>
    <message>
        <source>Part of deployment</source>
        <translation>所屬部署</translation>
    </message>
    <message>
        <source>May overlap with</source>
        <translation>可能重疊的部署</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Value (SI units)</source>
        <translation>數值（SI 單位）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Sparse figure</source>
        <translation>稀疏數字</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>Claimed on</source>
        <translation>聲明日期</translation>
    </message>
    <message>
        <source>Note (Traditional Chinese)</source>
        <translation>備註（繁體中文）</translation>
    </message>
    <message>
        <source>Note (Simplified Chinese)</source>
        <translation>備註（簡體中文）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>發布單位</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>發布日期</translation>
    </message>
    <message>
        <source>Language (en, zh-Hant …)</source>
        <translation>語言（en、zh-Hant …）</translation>
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
        <translation>美元，例如 2.5e9 即 25 億</translation>
    </message>
    <message>
        <source>megawatts, e.g. 150</source>
        <translation>百萬瓦（MW），例如 150</translation>
    </message>
    <message>
        <source>a plain number in SI units, e.g. 989.4e12</source>
        <translation>SI 單位的純數值，例如 989.4e12</translation>
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
        <translation>編輯你在%1中的資料列</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>新增資料列至%1</translation>
    </message>
    <message>
        <source>source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>chip</source>
        <translation>晶片</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>數據</translation>
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
        <translation>資金流</translation>
    </message>
    <message>
        <source>market-share figure</source>
        <translation>市占率數據</translation>
    </message>
    <message>
        <source>model preset</source>
        <translation>模型預設</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>實測</translation>
    </message>
    <message>
        <source>chip memory</source>
        <translation>晶片記憶體</translation>
    </message>
    <message>
        <source>memory outlook item</source>
        <translation>記憶體展望項目</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系統</translation>
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
        <translation>在此上下文長度下，單一序列的 KV 快取放不進任何數量的晶片</translation>
    </message>
    <message>
        <source>the model needs %1 chips, more than one scale-up domain of %2</source>
        <translation>模型需要 %1 顆晶片，超過一個 %2 顆的垂直擴展域</translation>
    </message>
    <message>
        <source>no batch fits at this context</source>
        <translation>在此上下文長度下，任何批次大小都放不下</translation>
    </message>
    <message>
        <source>%1: %2 at %3, decode at context %4, KV cache %5.</source>
        <translation>%1：%2，%3，解碼，上下文長度 %4，KV 快取 %5。</translation>
    </message>
    <message numerus="yes">
        <source>Tensor parallel over %n chip(s): the fewest that hold the weights and one sequence (%1), rounded up to a power of two.</source>
        <translation>
            <numerusform>張量平行 %n 顆晶片：可容納權重與一個序列的最少晶片數（%1），向上取至 2 的次方。</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1: the smallest at which decode is compute-bound (the KV wall is %2).</source>
        <translation>批次大小 %1：解碼轉為運算受限的最小批次大小（KV 牆為 %2）。</translation>
    </message>
    <message>
        <source>Batch %1: the largest that fits (the KV wall); decode stays memory-bound below it.</source>
        <translation>批次大小 %1：放得下的最大批次大小（KV 牆）；低於此值解碼仍為記憶體受限。</translation>
    </message>
    <message numerus="yes">
        <source>%1 tokens/s per model copy ÷ %n chip(s) = %2 tokens/s per chip.</source>
        <translation>
            <numerusform>每份模型每秒 %1 個 token ÷ %n 顆晶片 = 每顆晶片每秒 %2 個 token。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareChartWidget</name>
    <message>
        <source>revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>shipments</source>
        <translation>出貨量</translation>
    </message>
    <message>
        <source>bits</source>
        <translation>位元</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未說明</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%2 的%1，%3</translation>
    </message>
    <message>
        <source>A forecast, not an outturn.</source>
        <translation>預測值，並非實際結果。</translation>
    </message>
    <message>
        <source>The company&apos;s own figure.</source>
        <translation>公司自行公布的數字。</translation>
    </message>
    <message>
        <source>The source does not say whether this is a share of revenue, shipments or bits.</source>
        <translation>來源未說明這是營收、出貨量還是位元的市占率。</translation>
    </message>
    <message>
        <source>Source: %1 — %2</source>
        <translation>來源：%1 — %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>%1: no source gives %2 shares for this period.</source>
        <translation>%1：沒有來源提供此期間的 %2 市占率。</translation>
    </message>
    <message>
        <source>%1%: not attributed to a supplier by the source.</source>
        <translation>%1%：來源未歸屬任何供應商。</translation>
    </message>
    <message>
        <source>%1 market share by supplier (%)</source>
        <translation>%1 各供應商市占率（%）</translation>
    </message>
    <message>
        <source>No market-share figures for %1.</source>
        <translation>沒有 %1 的市占率數字。</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>share of what: not stated</source>
        <translation>市占率類別：未說明</translation>
    </message>
    <message>
        <source>not attributed by the source</source>
        <translation>來源未歸屬</translation>
    </message>
    <message>
        <source>no source for the period</source>
        <translation>該期間無來源</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message numerus="yes">
        <source>%n chip figure(s)</source>
        <translation>
            <numerusform>%n 項晶片數據</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n 項實測</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model preset(s)</source>
        <translation>
            <numerusform>%n 個模型預設</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 個事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n 筆部署</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n money flow(s)</source>
        <translation>
            <numerusform>%n 筆資金往來</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n market-share figure(s)</source>
        <translation>
            <numerusform>%n 項市占率數據</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>在瀏覽器中開啟 %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>發布單位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Backs</source>
        <translation>佐證數據</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>background reading</source>
        <translation>背景資料</translation>
    </message>
    <message>
        <source>chip figure</source>
        <translation>晶片數據</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>實測</translation>
    </message>
    <message>
        <source>model preset</source>
        <translation>模型預設</translation>
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
        <translation>資金往來</translation>
    </message>
    <message>
        <source>market-share figure</source>
        <translation>市占率數據</translation>
    </message>
    <message>
        <source>chip memory technology</source>
        <translation>晶片記憶體技術</translation>
    </message>
    <message>
        <source>memory outlook item</source>
        <translation>記憶體展望項目</translation>
    </message>
    <message numerus="yes">
        <source>%n chip memory technology claim(s)</source>
        <translation>
            <numerusform>%n 項晶片記憶體技術資料</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memory outlook item(s)</source>
        <translation>
            <numerusform>%n 個記憶體展望項目</numerusform>
        </translation>
    </message>
    <message>
        <source>system</source>
        <translation>系統</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n 個系統</numerusform>
        </translation>
    </message>
    <message>
        <source>rental price</source>
        <translation>租用價格</translation>
    </message>
    <message numerus="yes">
        <source>%n rental price(s)</source>
        <translation>
            <numerusform>%n 筆租用價格</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <source>Sources</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>What this source backs</source>
        <translation>此來源佐證的數據</translation>
    </message>
    <message>
        <source>Select a source to see its note and every figure it backs.</source>
        <translation>選取一份來源，查看其附註及它佐證的每項數據。</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>語言：%1</translation>
    </message>
    <message>
        <source>Identifier: %1</source>
        <translation>識別碼：%1</translation>
    </message>
    <message>
        <source>(projected)</source>
        <translation>（預測）</translation>
    </message>
    <message>
        <source>no figure: background reading</source>
        <translation>無數據：背景資料</translation>
    </message>
    <message>
        <source>Backs: %1</source>
        <translation>佐證：%1</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部來源</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Chip figures, money flows, deployments and events by date, newest first</source>
        <translation>依日期排列的晶片數據、資金往來、部署與事件，最新的在前</translation>
    </message>
    <message numerus="yes">
        <source>What moved, newest first: %n dated fact(s). The newest is from %1. Double-click a row to see its source.</source>
        <translation>
            <numerusform>最新動態，依日期由新到舊：共 %n 筆有日期的數據，最新一筆為 %1。按兩下任一列即可查看其來源。</numerusform>
        </translation>
    </message>
    <message>
        <source>No source matches &quot;%1&quot;. The search looks in titles, publishers, notes, kinds and addresses.</source>
        <translation>沒有資料來源符合「%1」。搜尋範圍包括標題、發布單位、附註、類型與網址。</translation>
    </message>
    <message numerus="yes">
        <source>Every figure in Compute Atlas cites one or more of these %n document(s). Select one to see what it backs and in which role (primary source, copy, discussion or dispute); click an address to open it. Throughput is dense (without 2:4 sparsity), memory is in binary GB, and projections are marked as such.</source>
        <translation>
            <numerusform>算力地圖中的每個數字都引用這 %n 份文件中的一份或多份。選取一份即可查看它佐證的數據及其角色（一手來源、轉載、討論或異議）；按一下網址即可開啟。算力為稠密值（不含 2:4 稀疏），記憶體以二進位 GB 計，預測值皆有標示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search titles, publishers, notes</source>
        <translation>搜尋標題、發布單位、附註</translation>
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
        <translation>資料</translation>
    </message>
    <message>
        <source>Systems, measurements, chip memory, model presets, companies, sources and the other tables: add your own rows and edit them</source>
        <translation>系統、實測、晶片記憶體、模型預設、公司、來源及其他資料表：新增並編輯你自己的資料列</translation>
    </message>
</context>
<context>
    <name>SystemPanel</name>
    <message>
        <source>%1 alone</source>
        <comment>a chip costed without a system</comment>
        <translation>僅 %1</translation>
    </message>
    <message numerus="yes">
        <source>Power: %1 for %n accelerator(s), %2</source>
        <translation>
            <numerusform>功耗：%n 顆加速器共 %1，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Power: no source gives it; the chip&apos;s TDP × 1.4 (GB200 NVL72: 120 kW ÷ 72 = 1,667 W over a 1,200 W TDP).</source>
        <translation>功耗：沒有來源提供；以晶片 TDP × 1.4 計（GB200 NVL72：120 kW ÷ 72 = 1,667 W，TDP 為 1,200 W）。</translation>
    </message>
    <message>
        <source>Price: %1, %2, %3</source>
        <translation>價格：%1，%2，%3</translation>
    </message>
    <message>
        <source>Price: none reported for the system; the chip&apos;s own estimate × accelerators (no server, network or rack).</source>
        <translation>價格：系統沒有公開價格；以晶片本身的估計價格 × 加速器數計（未含伺服器、網路與機櫃）。</translation>
    </message>
    <message>
        <source>Price: none reported.</source>
        <translation>價格：沒有公開價格。</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>系統：%1</translation>
    </message>
    <message>
        <source>Systems and facility</source>
        <translation>系統與機房</translation>
    </message>
    <message>
        <source>Cost each chip as part of the system it is bought or rented in: the system&apos;s power per accelerator, its price, the facility around it. Adds power per accelerator, cost per million tokens, tokens/s per MW and what a gigawatt holds to the results. Untick for the chip-level economics alone.</source>
        <translation>以每顆晶片所屬、實際購買或租用的系統計算成本：系統每顆加速器的功耗、價格，以及周邊機房。結果中會加入每顆加速器耗電、每百萬 token 成本、每 MW 每秒 token 數，以及每 GW 可容納的數量。取消勾選則只看晶片層級的經濟性。</translation>
    </message>
    <message>
        <source>S&amp;ystem</source>
        <translation>系統(&amp;Y)</translation>
    </message>
    <message>
        <source>Cost &amp;basis</source>
        <translation>成本基礎(&amp;B)</translation>
    </message>
    <message>
        <source>Per accelerator-hour</source>
        <translation>每加速器小時</translation>
    </message>
    <message>
        <source>&amp;Utilisation</source>
        <translation>使用率(&amp;U)</translation>
    </message>
    <message>
        <source>Cost of capital (WACC)</source>
        <translation>資金成本（WACC）</translation>
    </message>
    <message>
        <source>Written off over (years)</source>
        <translation>折舊年限（年）</translation>
    </message>
    <message>
        <source>Facility capex per MW</source>
        <translation>每 MW 機房資本支出</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Electricity per kWh</source>
        <translation>每度電價</translation>
    </message>
    <message>
        <source>Bought (capex)</source>
        <translation>購買（資本支出）</translation>
    </message>
    <message>
        <source>Rented</source>
        <translation>租用</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>預設值</translation>
    </message>
    <message>
        <source>The system the chip under &quot;Operators of&quot; is costed in: the first of its systems with a reported price unless you choose another. Each chip keeps its own choice.</source>
        <translation>「運算子來自」所選晶片用來計算成本的系統：預設為其第一個有公開價格的系統，也可改選其他系統。每顆晶片各自保留選擇。</translation>
    </message>
    <message>
        <source>A price list&apos;s on-demand price per accelerator-hour, power and hosting included.</source>
        <translation>價目表上每加速器小時的隨需價格，含電力與託管。</translation>
    </message>
    <message>
        <source>Share of hours the accelerators do paid work; the cost of an hour of work is divided by it. Default 100 %: the bound, real costs are higher.</source>
        <translation>加速器實際做付費工作的時數比例；每小時工作的成本會除以此值。預設 100%：這是上限情境，實際成本更高。</translation>
    </message>
    <message>
        <source>The yearly rate the purchase is financed at. Default 0: the price is written off evenly.</source>
        <translation>購置資金的年利率。預設 0：價格平均攤提。</translation>
    </message>
    <message>
        <source>Default 4 years: a common depreciation schedule for servers.</source>
        <translation>預設 4 年：伺服器常見的折舊年限。</translation>
    </message>
    <message>
        <source>Power usage effectiveness: facility power ÷ IT power. Default 1.2, a modern AI data hall.</source>
        <translation>電力使用效率：機房總電力 ÷ IT 設備電力。預設 1.2，即現代 AI 機房的水準。</translation>
    </message>
    <message>
        <source>Default USD 0.08 per kWh: an industrial tariff in the US.</source>
        <translation>預設每度 0.08 美元：美國的工業電價。</translation>
    </message>
    <message>
        <source>Back to the defaults: each chip in its default system, bought, 100 % utilisation, no cost of capital, 4 years, no facility capex, PUE 1.2, USD 0.08 per kWh.</source>
        <translation>回到預設值：每顆晶片用其預設系統、購買、使用率 100%、無資金成本、4 年、不計機房資本支出、PUE 1.2、每度 0.08 美元。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>provider: its price per accelerator-hour</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Typed price</source>
        <comment>a rental price the user types</comment>
        <translation>自行輸入的價格</translation>
    </message>
    <message>
        <source>Rental: %1&apos;s on-demand list price for %2, %3 per accelerator-hour, as of %4, %5</source>
        <translation>租用：%1 的 %2 隨需牌價，每加速器小時 %3，%4 時的價格，%5</translation>
    </message>
    <message>
        <source>Rental: your typed price per accelerator-hour.</source>
        <translation>租用：您輸入的每加速器小時價格。</translation>
    </message>
    <message>
        <source>Price &amp;list (per hour)</source>
        <translation>價目表（每小時）(&amp;L)</translation>
    </message>
    <message>
        <source>A cloud&apos;s public on-demand price per accelerator-hour for the chip under &quot;Operators of&quot;, with the date it was read; or a price you type. Each chip keeps its own choice; a chip without a listed price is rented at the typed price.</source>
        <translation>「運算子來自」所選晶片在雲端業者公開價目表上的隨需價格（每加速器小時，附讀取日期），或您自行輸入的價格。每顆晶片各自保留選擇；價目表上沒有的晶片以輸入的價格租用。</translation>
    </message>
    <message>
        <source>Buildings, power and cooling per MW of facility power, in millions of USD. Default 0: left out unless you give it. For scale: Cushman &amp; Wakefield&apos;s Data Center Development Cost Guide 2025 puts the cost of one MW of critical (IT) load at USD 11.7 M on average over 19 US markets (9.3 to 15.0), land and fit-out excluded; at PUE 1.2 that is about USD 9.75 M per MW of facility power.</source>
        <translation>每 MW 機房電力所需的建築、供電與冷卻投資，單位為百萬美元。預設 0：除非填入，否則不計。參考：Cushman &amp; Wakefield《Data Center Development Cost Guide 2025》指出，美國 19 個市場每 MW 關鍵（IT）負載的建造成本平均為 1,170 萬美元（930 萬至 1,500 萬），不含土地與租戶裝修；以 PUE 1.2 計，約合每 MW 機房電力 975 萬美元。</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Status: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <source>Announced: %1</source>
        <translation>發表：%1</translation>
    </message>
    <message>
        <source>Available: not in the data</source>
        <translation>供貨：資料中沒有</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>供貨：%1</translation>
    </message>
    <message>
        <source>Available: %1 (a target, not yet shipping)</source>
        <translation>供貨：%1（目標時程，尚未出貨）</translation>
    </message>
    <message>
        <source>%1: %2 (source: %3)</source>
        <comment>an event of a chip: date, title, source</comment>
        <translation>%1：%2（來源：%3）</translation>
    </message>
    <message>
        <source>A projection: its figures are made from trends, not vendor specifications.</source>
        <translation>預測：其數字由趨勢推估，並非廠商規格。</translation>
    </message>
    <message>
        <source>Click to see its figures and the history of each claim.</source>
        <translation>點選可查看其規格與各項說法的變化。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>shipping</source>
        <translation>出貨中</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>已發表</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>available</source>
        <translation>供貨</translation>
    </message>
    <message>
        <source>date uncertainty</source>
        <translation>日期不確定範圍</translation>
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
        <translation>依%1標示：%2（%3）</translation>
    </message>
    <message>
        <source>A projection, included in the fits.</source>
        <translation>預測值，已納入擬合。</translation>
    </message>
    <message>
        <source>A projection: drawn, not fitted.</source>
        <translation>預測值：僅繪出，未納入擬合。</translation>
    </message>
    <message>
        <source>%1 %2 — claimed %3, source: %4</source>
        <comment>metric, value, date, source</comment>
        <translation>%1 %2 — %3 公布，來源：%4</translation>
    </message>
    <message>
        <source>Click to see the chip&apos;s figures and the history of each claim.</source>
        <translation>點選可查看這顆晶片的規格與各項說法的變化。</translation>
    </message>
    <message>
        <source>Date (%1)</source>
        <translation>日期（%1）</translation>
    </message>
    <message>
        <source>%1, log scale (%2)</source>
        <translation>%1，對數刻度（%2）</translation>
    </message>
    <message>
        <source>claimed figure</source>
        <translation>公布數字</translation>
    </message>
    <message>
        <source>projection, included in the fits</source>
        <translation>預測值，已納入擬合</translation>
    </message>
    <message>
        <source>projection, not fitted</source>
        <translation>預測值，未納入擬合</translation>
    </message>
    <message>
        <source>left out, no %1 in the data: %2</source>
        <translation>未列入，資料中沒有%1：%2</translation>
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
        <translation>發表</translation>
    </message>
    <message>
        <source>keynote</source>
        <translation>主題演講</translation>
    </message>
    <message>
        <source>earnings</source>
        <translation>財報</translation>
    </message>
    <message>
        <source>shipment</source>
        <translation>出貨</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>大會</translation>
    </message>
    <message>
        <source>Accelerator roadmap</source>
        <translation>加速器路線圖</translation>
    </message>
    <message>
        <source>Chips by announcement date, with the events around them</source>
        <translation>依發表日期排列的晶片，以及相關事件</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>路線圖</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列別</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>代號</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>廠商</translation>
    </message>
    <message>
        <source>Chip or event</source>
        <translation>晶片或事件</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>發表</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>供貨時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>chip</source>
        <translation>晶片</translation>
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
        <translation>日期保留來源的精確度：年、半年、季、月或日。尚未出貨晶片的供貨日期為廠商的目標時程。</translation>
    </message>
    <message>
        <source>%1 marks a projected chip: its figures are made from trends, not vendor specifications.</source>
        <translation>%1 表示預測晶片：其數字由趨勢推估，並非廠商規格。</translation>
    </message>
    <message>
        <source>Trend: %1</source>
        <translation>趨勢：%1</translation>
    </message>
    <message>
        <source>Each chip at its %1; projections included in the fits</source>
        <translation>每顆晶片依%1標示；擬合納入預測值</translation>
    </message>
    <message>
        <source>Each chip at its %1; projections drawn but not fitted</source>
        <translation>每顆晶片依%1標示；預測值僅繪出，未納入擬合</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趨勢</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>晶片</translation>
    </message>
    <message>
        <source>Decimal year</source>
        <translation>十進位年份</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>數值（%1）</translation>
    </message>
    <message>
        <source>In the fit</source>
        <translation>納入擬合</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>資料點數</translation>
    </message>
    <message>
        <source>Slope (log10 per year)</source>
        <translation>斜率（每年 log10）</translation>
    </message>
    <message>
        <source>Growth per year (×)</source>
        <translation>每年成長（×）</translation>
    </message>
    <message>
        <source>Doubling time (years)</source>
        <translation>翻倍時間（年）</translation>
    </message>
    <message>
        <source>Doubling, 90 % low (years)</source>
        <translation>翻倍時間 90% 下限（年）</translation>
    </message>
    <message>
        <source>Doubling, 90 % high (years)</source>
        <translation>翻倍時間 90% 上限（年）</translation>
    </message>
    <message>
        <source>Halving time (years)</source>
        <translation>減半時間（年）</translation>
    </message>
    <message>
        <source>r²</source>
        <translation>r²</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>附註</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>擬合</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>point</source>
        <translation>資料點</translation>
    </message>
    <message>
        <source>Each fit is ordinary least squares of log10(value) on the date in decimal years; the doubling time is log10(2) ÷ slope, and its 90 % interval comes from the slope&apos;s, with Student&apos;s t on n − 2 degrees of freedom.</source>
        <translation>每條擬合都是以十進位年份為自變數、log10(數值) 為應變數的普通最小平方法；翻倍時間為 log10(2) ÷ 斜率，其 90% 區間由斜率的區間換算，採自由度 n − 2 的 Student t 分布。</translation>
    </message>
    <message>
        <source>A date sits at the middle of the period it names, counting months as twelfths of a year: a year at 1 July, a quarter or a half at its middle.</source>
        <translation>日期取其所指期間的中點，以一個月為一年的十二分之一計算：整年取 7 月 1 日，季或半年取其中點。</translation>
    </message>
    <message>
        <source>%1 marks a projected figure: made from trends, not a vendor specification.</source>
        <translation>%1 表示預測數字：由趨勢推估，並非廠商規格。</translation>
    </message>
    <message>
        <source>Left out, no %1 in the data: %2.</source>
        <translation>未列入（資料中沒有%1）：%2。</translation>
    </message>
    <message>
        <source>Memory wall: dense %1 compute against memory bandwidth and capacity</source>
        <translation>記憶體牆：稠密 %1 算力對比記憶體頻寬與容量</translation>
    </message>
    <message>
        <source>Each vendor&apos;s flagships at their %1; indexes relative to the first chip of each series</source>
        <translation>各廠商旗艦依%1標示；指數以各系列首款晶片為基準</translation>
    </message>
    <message>
        <source>Memory wall</source>
        <translation>記憶體牆</translation>
    </message>
    <message>
        <source>Dense %1 (FLOP/s)</source>
        <translation>稠密 %1（FLOP/s）</translation>
    </message>
    <message>
        <source>Compute index</source>
        <translation>算力指數</translation>
    </message>
    <message>
        <source>Bandwidth index</source>
        <translation>頻寬指數</translation>
    </message>
    <message>
        <source>Capacity index</source>
        <translation>容量指數</translation>
    </message>
    <message>
        <source>A vendor&apos;s flagship series lists each chip that became its fastest at this precision: at every date the fastest chip of that date, kept if it beats every earlier one. The ridge point is compute ÷ bandwidth: above it a kernel is compute-bound, below it memory-bound; when it grows, more of the work waits on memory.</source>
        <translation>廠商的旗艦系列列出每一款在此精度下成為其最快的晶片：每個日期取當日最快的晶片，且須勝過所有更早的晶片才列入。脊點 = 算力 ÷ 頻寬：運算強度高於脊點的核函式為運算受限，低於則為記憶體受限；脊點愈高，愈多工作得等待記憶體。</translation>
    </message>
    <message>
        <source>Throughput is dense (figures quoted with structured sparsity are halved or stored apart); memory capacity is binary (80 GB = 80 × 2^30 bytes).</source>
        <translation>算力為稠密數字（以結構化稀疏標示的數字已減半或另行儲存）；記憶體容量採二進位（80 GB = 80 × 2^30 位元組）。</translation>
    </message>
    <message>
        <source>Memory bandwidth (bytes/s)</source>
        <translation>記憶體頻寬（位元組/秒）</translation>
    </message>
    <message>
        <source>Memory capacity (bytes)</source>
        <translation>記憶體容量（位元組）</translation>
    </message>
    <message>
        <source>Ridge point (FLOP/byte)</source>
        <translation>脊點（FLOP/位元組）</translation>
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
        <translation>算力地圖</translation>
    </message>
    <message>
        <source>The bundled data cannot be read: %1</source>
        <translation>無法讀取內建資料：%1</translation>
    </message>
</context>
</TS>
