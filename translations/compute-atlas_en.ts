<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BatchSweepChart</name>
    <message numerus="yes">
        <source>the KV wall is at batch %1: larger batches do not fit on %n chip(s)</source>
        <translation>
            <numerusform>the KV wall is at batch %1: larger batches do not fit on %n chip</numerusform>
            <numerusform>the KV wall is at batch %1: larger batches do not fit on %n chips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChipChooser</name>
    <message numerus="yes">
        <source>%n chip(s) chosen</source>
        <translation>
            <numerusform>%n chip chosen</numerusform>
            <numerusform>%n chips chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimText</name>
    <message numerus="yes">
        <source>%n chip(s)</source>
        <translation>
            <numerusform>%n chip</numerusform>
            <numerusform>%n chips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataTablePage</name>
    <message numerus="yes">
        <source>%n row(s): %1 bundled, %2 ✎ yours. Bundled rows are read-only; double-click a field of your own row to change it.</source>
        <translation>
            <numerusform>%n row: %1 bundled, %2 ✎ yours. Bundled rows are read-only; double-click a field of your own row to change it.</numerusform>
            <numerusform>%n rows: %1 bundled, %2 ✎ yours. Bundled rows are read-only; double-click a field of your own row to change it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeploymentsView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n deployment(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n deployment&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n deployments&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s), as of %1</source>
        <translation>
            <numerusform>%n site, as of %1</numerusform>
            <numerusform>%n sites, as of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowDetails</name>
    <message numerus="yes">
        <source>%n without an amount</source>
        <comment>flows</comment>
        <translation>
            <numerusform>%n without an amount</numerusform>
            <numerusform>%n without an amount</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Commits: %1 in %n flow(s)</source>
        <translation>
            <numerusform>Commits: %1 in %n flow</numerusform>
            <numerusform>Commits: %1 in %n flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receives: %1 in %n flow(s)</source>
        <translation>
            <numerusform>Receives: %1 in %n flow</numerusform>
            <numerusform>Receives: %1 in %n flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) without a disclosed amount are not in these sums.</source>
        <translation>
            <numerusform>%n flow without a disclosed amount is not in these sums.</numerusform>
            <numerusform>%n flows without a disclosed amount are not in these sums.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) that are part of a larger flow are listed but not added to these sums.</source>
        <translation>
            <numerusform>%n flow that is part of a larger flow is listed but not added to these sums.</numerusform>
            <numerusform>%n flows that are part of a larger flow are listed but not added to these sums.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowText</name>
    <message numerus="yes">
        <source>how much goes round is not known: %n flow(s) on the loop without an amount</source>
        <translation>
            <numerusform>how much goes round is not known: %n flow on the loop without an amount</numerusform>
            <numerusform>how much goes round is not known: %n flows on the loop without an amount</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowsView</name>
    <message numerus="yes">
        <source>%n flow(s) counted</source>
        <translation>
            <numerusform>%n flow counted</numerusform>
            <numerusform>%n flows counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(-ies)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more drawn faded, not counted</source>
        <translation>
            <numerusform>%n more drawn faded, not counted</numerusform>
            <numerusform>%n more drawn faded, not counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loop(s)</source>
        <translation>
            <numerusform>%n loop</numerusform>
            <numerusform>%n loops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… the first %n loops are listed; narrow the filters to see the others.</source>
        <translation>
            <numerusform>… the first loop is listed; narrow the filters to see the others.</numerusform>
            <numerusform>… the first %n loops are listed; narrow the filters to see the others.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n problem(s): nothing can be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n problem: nothing can be imported until the file is corrected.</numerusform>
            <numerusform>%n problems: nothing can be imported until the file is corrected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) pass every check. Nothing is written until you press Import.</source>
        <translation>
            <numerusform>%n row passes every check. Nothing is written until you press Import.</numerusform>
            <numerusform>%n rows pass every check. Nothing is written until you press Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>Nothing was imported: the file has %n problem.</numerusform>
            <numerusform>Nothing was imported: the file has %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Dataset %1 · %n chip(s)</source>
        <translation>
            <numerusform>Dataset %1 · %n chip</numerusform>
            <numerusform>Dataset %1 · %n chips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dataset version %1: %n chip(s)</source>
        <translation>
            <numerusform>Dataset version %1: %n chip</numerusform>
            <numerusform>Dataset version %1: %n chips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n source(s).</source>
        <translation>
            <numerusform>, %n source.</numerusform>
            <numerusform>, %n sources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n row(s) to %1 (read as %2).</source>
        <translation>
            <numerusform>Added %n row to %1 (read as %2).</numerusform>
            <numerusform>Added %n rows to %1 (read as %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RooflineControls</name>
    <message numerus="yes">
        <source> chip(s)</source>
        <comment>tensor-parallel degree suffix: 1 chip, 2 chips</comment>
        <translation>
            <numerusform> chip</numerusform>
            <numerusform> chips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> stage(s)</source>
        <comment>pipeline stages: 1 stage, 2 stages</comment>
        <translation>
            <numerusform> stage</numerusform>
            <numerusform> stages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RooflineReport</name>
    <message numerus="yes">
        <source>Roofline: %1 on %n chip(s)</source>
        <translation>
            <numerusform>Roofline: %1 on %n chip</numerusform>
            <numerusform>Roofline: %1 on %n chips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roofline on %n chip(s)</source>
        <translation>
            <numerusform>Roofline on %n chip</numerusform>
            <numerusform>Roofline on %n chips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workload: %1, decode, batch %2, context %3 tokens, tensor parallel over %n chip(s); weights and compute %4, KV cache %5.</source>
        <translation>
            <numerusform>Workload: %1, decode, batch %2, context %3 tokens, on %n chip; weights and compute %4, KV cache %5.</numerusform>
            <numerusform>Workload: %1, decode, batch %2, context %3 tokens, tensor parallel over %n chips; weights and compute %4, KV cache %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workload: %1, prefill, batch %2, prompt %3 tokens, tensor parallel over %n chip(s); weights and compute %4, KV cache %5.</source>
        <translation>
            <numerusform>Workload: %1, prefill, batch %2, prompt %3 tokens, on %n chip; weights and compute %4, KV cache %5.</numerusform>
            <numerusform>Workload: %1, prefill, batch %2, prompt %3 tokens, tensor parallel over %n chips; weights and compute %4, KV cache %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RooflineResultsModel</name>
    <message numerus="yes">
        <source>Tokens/s, all %n chip(s)</source>
        <translation>
            <numerusform>Tokens/s, the %n chip</numerusform>
            <numerusform>Tokens/s, all %n chips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no: needs %n chip(s)</source>
        <translation>
            <numerusform>no: needs %n chip</numerusform>
            <numerusform>no: needs %n chips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>per chip = %1 ÷ %n chip(s) = %2</source>
        <translation>
            <numerusform>per chip = %1 ÷ %n chip = %2</numerusform>
            <numerusform>per chip = %1 ÷ %n chips = %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model does not fit in memory on %n chip(s) at this batch and context, so it has no speed or cost here.</source>
        <translation>
            <numerusform>The model does not fit in memory on %n chip at this batch and context, so it has no speed or cost here.</numerusform>
            <numerusform>The model does not fit in memory on %n chips at this batch and context, so it has no speed or cost here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It needs %n chip(s): set tensor parallelism to that, or lower the batch or context.</source>
        <translation>
            <numerusform>It needs %n chip: set tensor parallelism to that, or lower the batch or context.</numerusform>
            <numerusform>It needs %n chips: set tensor parallelism to that, or lower the batch or context.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n accelerator(s). Choose another system of the chip under &quot;Systems and facility&quot;.</source>
        <translation>
            <numerusform>%1 holds %n accelerator. Choose another system of the chip under &quot;Systems and facility&quot;.</numerusform>
            <numerusform>%1 holds %n accelerators. Choose another system of the chip under &quot;Systems and facility&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has no GEMM measured at %2: compute takes the median measured ÷ peak over %n GEMM measurement(s) of every chip.</source>
        <translation>
            <numerusform>%1 has no GEMM measured at %2: compute takes the median measured ÷ peak over %n GEMM measurement of every chip.</numerusform>
            <numerusform>%1 has no GEMM measured at %2: compute takes the median measured ÷ peak over %n GEMM measurements of every chip.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has no stream measured: memory takes the median measured ÷ bandwidth over %n stream measurement(s) of every chip.</source>
        <translation>
            <numerusform>%1 has no stream measured: memory takes the median measured ÷ bandwidth over %n stream measurement of every chip.</numerusform>
            <numerusform>%1 has no stream measured: memory takes the median measured ÷ bandwidth over %n stream measurements of every chip.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) no other beats on both tokens/s per chip and tokens/s per user, over tensor and expert parallel layouts within the scale-up domain and batches from 1 to 4,096.</source>
        <translation>
            <numerusform>%n point no other beats on both tokens/s per chip and tokens/s per user, over tensor and expert parallel layouts within the scale-up domain and batches from 1 to 4,096.</numerusform>
            <numerusform>%n points no other beats on both tokens/s per chip and tokens/s per user, over tensor and expert parallel layouts within the scale-up domain and batches from 1 to 4,096.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RooflineView</name>
    <message numerus="yes">
        <source>Use %n chip(s)</source>
        <translation>
            <numerusform>Use %n chip</numerusform>
            <numerusform>Use %n chips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 does not fit in memory at batch %2 on %n chip(s) (%3, decode at context %4, %5).</source>
        <translation>
            <numerusform>%1 does not fit in memory at batch %2 on %n chip (%3, decode at context %4, %5).</numerusform>
            <numerusform>%1 does not fit in memory at batch %2 on %n chips (%3, decode at context %4, %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 does not fit in memory at batch %2 on %n chip(s) (%3, prefill of %4 tokens, %5).</source>
        <translation>
            <numerusform>%1 does not fit in memory at batch %2 on %n chip (%3, prefill of %4 tokens, %5).</numerusform>
            <numerusform>%1 does not fit in memory at batch %2 on %n chips (%3, prefill of %4 tokens, %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It needs %n chip(s).</source>
        <translation>
            <numerusform>It needs %n chip.</numerusform>
            <numerusform>It needs %n chips.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowForm</name>
    <message numerus="yes">
        <source>%n problem(s) to fix before the row can be added:</source>
        <translation>
            <numerusform>%n problem to fix before the row can be added:</numerusform>
            <numerusform>%n problems to fix before the row can be added:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServingCapacity</name>
    <message numerus="yes">
        <source>Tensor parallel over %n chip(s): the fewest that hold the weights and one sequence (%1), rounded up to a power of two.</source>
        <translation>
            <numerusform>Tensor parallel over %n chip: the fewest that hold the weights and one sequence (%1), rounded up to a power of two.</numerusform>
            <numerusform>Tensor parallel over %n chips: the fewest that hold the weights and one sequence (%1), rounded up to a power of two.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 tokens/s per model copy ÷ %n chip(s) = %2 tokens/s per chip.</source>
        <translation>
            <numerusform>%1 tokens/s per model copy ÷ %n chip = %2 tokens/s per chip.</numerusform>
            <numerusform>%1 tokens/s per model copy ÷ %n chips = %2 tokens/s per chip.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message numerus="yes">
        <source>%n chip figure(s)</source>
        <translation>
            <numerusform>%n chip figure</numerusform>
            <numerusform>%n chip figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n measurement</numerusform>
            <numerusform>%n measurements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model preset(s)</source>
        <translation>
            <numerusform>%n model preset</numerusform>
            <numerusform>%n model presets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n deployment</numerusform>
            <numerusform>%n deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n money flow(s)</source>
        <translation>
            <numerusform>%n money flow</numerusform>
            <numerusform>%n money flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n market-share figure(s)</source>
        <translation>
            <numerusform>%n market-share figure</numerusform>
            <numerusform>%n market-share figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chip memory technology claim(s)</source>
        <translation>
            <numerusform>%n chip memory technology claim</numerusform>
            <numerusform>%n chip memory technology claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memory outlook item(s)</source>
        <translation>
            <numerusform>%n memory outlook item</numerusform>
            <numerusform>%n memory outlook items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n system</numerusform>
            <numerusform>%n systems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rental price(s)</source>
        <translation>
            <numerusform>%n rental price</numerusform>
            <numerusform>%n rental prices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message numerus="yes">
        <source>What moved, newest first: %n dated fact(s). The newest is from %1. Double-click a row to see its source.</source>
        <translation>
            <numerusform>What moved, newest first: %n dated fact. The newest is from %1. Double-click a row to see its source.</numerusform>
            <numerusform>What moved, newest first: %n dated facts. The newest is from %1. Double-click a row to see its source.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every figure in Compute Atlas cites one or more of these %n document(s). Select one to see what it backs and in which role (primary source, copy, discussion or dispute); click an address to open it. Throughput is dense (without 2:4 sparsity), memory is in binary GB, and projections are marked as such.</source>
        <translation>
            <numerusform>Every figure in Compute Atlas cites this %n document. Select it to see what it backs and in which role (primary source, copy, discussion or dispute); click an address to open it. Throughput is dense (without 2:4 sparsity), memory is in binary GB, and projections are marked as such.</numerusform>
            <numerusform>Every figure in Compute Atlas cites one or more of these %n documents. Select one to see what it backs and in which role (primary source, copy, discussion or dispute); click an address to open it. Throughput is dense (without 2:4 sparsity), memory is in binary GB, and projections are marked as such.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SystemPanel</name>
    <message numerus="yes">
        <source>Power: %1 for %n accelerator(s), %2</source>
        <translation>
            <numerusform>Power: %1 for %n accelerator, %2</numerusform>
            <numerusform>Power: %1 for %n accelerators, %2</numerusform>
        </translation>
    </message>
</context>
</TS>
