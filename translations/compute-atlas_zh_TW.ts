<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ChipChooser</name>
    <message>
        <source>Search by name or alias</source>
        <translation>依名稱或別名搜尋</translation>
    </message>
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
        <translation>新聞媒體</translation>
    </message>
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
        <source>reported, not confirmed by the vendor</source>
        <comment>claim basis</comment>
        <translation>媒體報導，未經廠商證實</translation>
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
        <translation>縱向擴展域</translation>
    </message>
    <message>
        <source>Price per chip</source>
        <translation>單顆晶片價格</translation>
    </message>
    <message>
        <source>%1 chips</source>
        <translation>%1 顆晶片</translation>
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
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Below this arithmetic intensity a kernel is limited by memory bandwidth, above it by compute.</source>
        <translation>運算強度低於此值時，核心受記憶體頻寬限制；高於此值則受算力限制。</translation>
    </message>
    <message>
        <source>Higher is better; the best value is marked in bold.</source>
        <translation>越高越好；最佳值以粗體標示。</translation>
    </message>
    <message>
        <source>Dense throughput: figures quoted with 2:4 sparsity are halved.</source>
        <translation>稠密算力：以 2:4 稀疏公布的數據已減半。</translation>
    </message>
    <message>
        <source>%1 · baseline</source>
        <comment>vendor · the chip the others are compared with</comment>
        <translation>%1 · 基準</translation>
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
        <source>%1 of %2</source>
        <comment>ratio of the baseline chip&apos;s value</comment>
        <translation>為 %2 的 %1</translation>
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
        <source>From the dataset&apos;s chip list (chip.csv).</source>
        <translation>出自資料集的晶片清單（chip.csv）。</translation>
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
        <source>Note: %1</source>
        <translation>附註：%1</translation>
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
        <translation>縱向擴展頻寬</translation>
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
        <source>Select a cell to see its source, date and kind, how it was obtained, and how the claim changed over time.</source>
        <translation>選取一格，即可查看其來源、日期與類型、取得方式，以及這項數據歷來如何變動。</translation>
    </message>
    <message>
        <source>Tick chips on the left to compare them.</source>
        <translation>勾選左側的晶片即可比較。</translation>
    </message>
    <message>
        <source>Ratios relative to &lt;b&gt;%1&lt;/b&gt; · &lt;b&gt;bold&lt;/b&gt; on green: best of its row · &lt;i&gt;italic&lt;/i&gt; in a dashed frame: projected, not a vendor figure · dense throughput (sparse figures halved)</source>
        <translation>倍數以 &lt;b&gt;%1&lt;/b&gt; 為基準 · 綠底&lt;b&gt;粗體&lt;/b&gt;：該列最佳 · 虛線框內&lt;i&gt;斜體&lt;/i&gt;：預測值，非廠商公布數據 · 算力為稠密值（稀疏數據已減半）</translation>
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
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
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
        <source>Write the comparison table to a spreadsheet, PDF, web page, Markdown, CSV or JSON file</source>
        <translation>將比較表匯出為試算表、PDF、網頁、Markdown、CSV 或 JSON 檔案</translation>
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
        <source>Where the data comes from: every figure cites a document (vendor pages, keynotes, press, analysts), listed in the Sources view with what each one backs. The dataset is kept as reviewed CSV files; data/dataset/README.md describes its units and conventions: dense throughput (figures quoted with sparsity are halved), binary memory capacity, and how projections are made.</source>
        <translation>資料從何而來：每個數字都引用一份文件（廠商網頁、主題演講、新聞媒體、分析師），並列於「資料來源」頁，註明每份文件佐證哪些數據。資料集以經過審閱的 CSV 檔案維護；data/dataset/README.md 說明其單位與慣例：算力為稠密值（以稀疏方式公布的數據已減半）、記憶體容量採二進位單位，以及預測值如何推算。</translation>
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
        <source>Raw values are in SI units (FLOP/s, B, B/s, W). Memory capacity follows the vendors&apos; binary convention: their GB is 2^30 B, so 80 GB is 85,899,345,920 B.</source>
        <translation>原始數值採 SI 單位（FLOP/s、B、B/s、W）。記憶體容量依廠商的二進位慣例：其 GB 為 2^30 B，因此 80 GB 即 85,899,345,920 B。</translation>
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
        <translation>付款方</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收款方</translation>
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
</context>
<context>
    <name>SourcesView</name>
    <message>
        <source>Sources</source>
        <translation>資料來源</translation>
    </message>
    <message numerus="yes">
        <source>Every figure in Compute Atlas cites one of these %n document(s). Select one to see what it backs; click an address to open it. How the dataset is kept (units, dense and sparse figures, projections) is described in data/dataset/README.md.</source>
        <translation>
            <numerusform>算力地圖中的每個數字都引用這 %n 份文件之一。選取一份即可查看它佐證的數據；按一下網址即可開啟。資料集的維護方式（單位、稠密與稀疏數據、預測值）請見 data/dataset/README.md。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search titles, publishers, kinds</source>
        <translation>搜尋標題、發布單位、類型</translation>
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
