import Ingest
import Rules

/// The stylesheet and the filter script embedded in every HTML report, so the file is self-contained:
/// it fetches nothing and opens the same on a reviewer's laptop, on a file share, or printed on A4.
enum HTMLAssets {
    /// The opening of every page the tool writes, up to and including its header block.
    static func pageOpening(language: Language, title: String, subtitle: String, extraStyles: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="\(ToolInfo.name) \(ToolInfo.version)">
        <title>\(htmlEscape(title))</title>
        <style>
        \(stylesheet)
        \(extraStyles)
        </style>
        </head>
        <body>
        <header>
        <h1>\(htmlEscape(title))</h1>
        <p class="subtitle">\(htmlEscape(subtitle))</p>
        </header>

        """
    }

    static let stylesheet = """
    :root { --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --head: #f3f4f6; --hit: #fff1c2; --found: #ffd29a;
            --found-edge: #c2410c; --error: #b42318; --error-bg: #fdecea; --warning: #8a5300; --warning-bg: #fff4d6;
            --info: #1f5f8b; --info-bg: #e6f1fa; --operand: #e3efff; --operand-edge: #1d4ed8; --related: #efe6fb; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 72rem; padding: 1.5rem 2rem 3rem; color: var(--ink); background: #fff;
           font: 15px/1.5 system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.3rem; margin: 2.5rem 0 .5rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); word-break: break-all; }
    h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
    h4 { font-size: 1rem; margin: 1.25rem 0 .5rem; color: var(--muted); }
    .subtitle { color: var(--muted); margin: 0 0 1.5rem; }
    table { border-collapse: collapse; }
    th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
    th { background: var(--head); font-weight: 600; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .summary { margin: 1rem 0; }
    .meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0 1rem; }
    .meta dt { color: var(--muted); }
    .meta dd { margin: 0; }
    .filters { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: .75rem 1rem; margin: 1rem 0;
               border: 1px solid var(--line); border-radius: 6px; background: var(--head); }
    .filters fieldset { border: 0; margin: 0; padding: 0; }
    .filters legend { font-weight: 600; padding: 0; margin-bottom: .25rem; }
    .filters label { margin-right: .9rem; white-space: nowrap; }
    .toc ol { padding-left: 1.25rem; }
    .badge { display: inline-block; min-width: 5.5em; padding: .05rem .5rem; border-radius: 999px; font-size: .8rem;
             font-weight: 600; text-align: center; border: 1px solid currentColor; }
    .badge-error { color: var(--error); background: var(--error-bg); }
    .badge-warning { color: var(--warning); background: var(--warning-bg); }
    .badge-info { color: var(--info); background: var(--info-bg); }
    article.finding { border: 1px solid var(--line); border-left: 4px solid var(--info); border-radius: 4px;
                      padding: .6rem .9rem; margin: .75rem 0; }
    article.finding[data-severity="error"] { border-left-color: var(--error); }
    article.finding[data-severity="warning"] { border-left-color: var(--warning); }
    article.finding > header { display: flex; flex-wrap: wrap; align-items: baseline; gap: .5rem; }
    .rule { font-weight: 600; }
    .where { margin-left: auto; color: var(--muted); font-size: .85rem; }
    .message { margin: .4rem 0; }
    .values { display: flex; flex-wrap: wrap; gap: .25rem 2rem; margin: .25rem 0 .5rem; }
    .values div { display: flex; gap: .5rem; }
    .values dt { color: var(--muted); }
    .values dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
    .excerpt { margin: .5rem 0; }
    .excerpt table { font-size: .8rem; table-layout: fixed; width: 100%; }
    .excerpt th, .excerpt td { overflow-wrap: anywhere; hyphens: auto; }
    .excerpt td.line { color: var(--muted); background: var(--head); text-align: right; }
    .excerpt-caption { margin: .6rem 0 0; color: var(--muted); font-size: .85rem; }
    td.hit, tr.row-wrong td { background: var(--hit); }
    td.found { background: var(--found); outline: 2px solid var(--found-edge); outline-offset: -2px; }
    td.operand { background: var(--operand); outline: 1px dashed var(--operand-edge); outline-offset: -2px; }
    td.related, tr.row-related td { background: var(--related); }
    .more { color: var(--muted); font-size: .85rem; font-style: italic; }
    pre.source { margin: .5rem 0 0; padding: .4rem .6rem; background: #f6f8fa; border: 1px solid var(--line); border-radius: 4px;
                 font-size: .8rem; white-space: pre-wrap; word-break: break-word; tab-size: 4; }
    pre.source .ln { color: var(--muted); user-select: none; }
    .clean { color: #1a7f37; font-weight: 600; }
    .input-error { color: var(--error); font-weight: 600; }
    .note { color: var(--muted); }
    .filter-note { color: var(--error); font-weight: 600; }
    .reviewed-files td.digest code { word-break: break-all; font-size: 0.8em; }
    .appendix h3 { font-size: 1em; margin-bottom: 0.2em; }
    .not-checked { color: var(--error); font-weight: 600; border: 1px solid var(--error); padding: 0.4em 0.6em; }
    @page { size: A4; margin: 14mm 12mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 9.5pt; }
      .filters, .toc { display: none; }
      section.file + section.file { break-before: page; }
      section.appendix { break-before: page; }
      h3, h4 { break-after: avoid; }
      article.finding { break-inside: avoid; }
      .excerpt { overflow: visible; }
      .excerpt table { font-size: 7pt; }
      .excerpt table.dense { font-size: 6pt; }
      .excerpt th, .excerpt td { padding: .15rem .25rem; }
      .excerpt tr { break-inside: avoid; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """

    /// Shows or hides findings by severity and family; hides chapter and table groups left empty.
    static let filterScript = """
    (function () {
      var boxes = Array.prototype.slice.call(document.querySelectorAll('.filters input[type=checkbox]'));
      function apply() {
        var off = {};
        boxes.forEach(function (box) { if (!box.checked) { off[box.name + ':' + box.value] = true; } });
        var shown = 0;
        document.querySelectorAll('article.finding').forEach(function (finding) {
          var visible = !off['severity:' + finding.dataset.severity] && !off['family:' + finding.dataset.family];
          finding.hidden = !visible;
          if (visible) { shown += 1; }
        });
        document.querySelectorAll('.group').forEach(function (group) {
          group.hidden = group.querySelector('article.finding:not([hidden])') === null;
        });
        var counter = document.getElementById('shown-count');
        if (counter) { counter.textContent = String(shown); }
        var note = document.getElementById('filter-note');
        if (note) {
          var hidden = boxes.filter(function (box) { return !box.checked; })
            .map(function (box) { return box.parentNode.textContent.trim(); });
          note.hidden = hidden.length === 0;
          note.textContent = hidden.length === 0 ? '' : note.dataset.hidden + hidden.join(', ') + '. '
            + note.dataset.shown.replace('%1', String(shown)).replace('%2', String(boxes.length ? document.querySelectorAll('article.finding').length : 0));
        }
      }
      boxes.forEach(function (box) { box.addEventListener('change', apply); });
    })();
    """
}
