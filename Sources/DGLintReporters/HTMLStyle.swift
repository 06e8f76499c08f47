/// The style sheet of the HTML report, inlined in its `<head>` so the page needs nothing else.
///
/// Thai text falls back through fonts that a reviewer's machine is likely to have: Sarabun (the
/// government's standard face) and TH Sarabun New, then Noto Sans Thai (Linux, Android), Leelawadee UI
/// (Windows), Tahoma, then any sans-serif. Severities have one colour each, used by badges, bars and the
/// left edge of a finding. For print, backgrounds are dropped, text is black, each proposal starts a new
/// page and findings are not split across pages; bars print in shades of grey.
enum HTMLStyle {
    /// The CSS, as written into `<style>`.
    static let css = """
        :root { --error: #c62828; --warning: #b26a00; --info: #1565c0; --hint: #5f6368; --line: #d0d7de; }
        * { box-sizing: border-box; }
        body {
          margin: 0 auto; max-width: 72rem; padding: 1.5rem; color: #1f2328; background: #fff; line-height: 1.6;
          font-family: "Sarabun", "TH Sarabun New", "Noto Sans Thai", "Leelawadee UI", Tahoma, sans-serif;
        }
        h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.4rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); }
        h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; overflow-wrap: anywhere; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; }
        th, td { border: 1px solid var(--line); padding: .25rem .6rem; text-align: left; vertical-align: top; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        code, pre { font-family: ui-monospace, "Cascadia Mono", Menlo, Consolas, "Noto Sans Mono", monospace; }
        .sha { font-size: .8rem; overflow-wrap: anywhere; }
        .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1rem; }
        figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: .75rem; }
        figcaption { font-weight: bold; margin-bottom: .5rem; }
        svg text { font-family: inherit; font-size: 13px; fill: #1f2328; }
        svg rect { fill: #6e7781; }
        svg .error { fill: var(--error); } svg .warning { fill: var(--warning); }
        svg .info { fill: var(--info); } svg .hint { fill: var(--hint); }
        ol.findings { list-style: none; padding: 0; }
        li.finding { border-left: 4px solid var(--hint); padding: .25rem .75rem; margin: 0 0 1rem; }
        li.error { border-color: var(--error); } li.warning { border-color: var(--warning); }
        li.info { border-color: var(--info); }
        li.suppressed { opacity: .7; }
        .badge { display: inline-block; padding: 0 .5rem; border-radius: 1rem; color: #fff; background: var(--hint); }
        .badge.error { background: var(--error); } .badge.warning { background: var(--warning); }
        .badge.info { background: var(--info); }
        .loc, .rule { color: #57606a; }
        .message { margin: .25rem 0; overflow-wrap: anywhere; white-space: pre-line; }
        .state { font-style: italic; }
        pre.source { background: #f6f8fa; border: 1px solid var(--line); padding: .5rem; overflow-x: auto; tab-size: 4; }
        pre.source .ln { display: inline-block; min-width: 3.5em; padding-right: .75em; color: #8c959f; text-align: right;
          user-select: none; }
        mark { background: #ffd8b5; color: inherit; text-decoration: underline wavy var(--error); }
        mark.empty { border-left: 2px solid var(--error); background: none; }
        .fix { margin: .25rem 0; }
        .note { color: #57606a; }
        @media print {
          body { max-width: none; padding: 0; color: #000; background: none; }
          h1, h2, h3, .loc, .rule, .note, svg text, pre.source .ln { color: #000; fill: #000; }
          section.proposal { break-before: page; page-break-before: always; }
          li.finding { break-inside: avoid; page-break-inside: avoid; border-color: #000; }
          .badge { color: #000; background: none; border: 1px solid #000; }
          pre.source { background: none; border-color: #000; white-space: pre-wrap; }
          mark { background: none; text-decoration: underline solid #000; font-weight: bold; }
          svg rect, svg .error, svg .warning, svg .info, svg .hint { fill: #777; }
          figure { break-inside: avoid; page-break-inside: avoid; }
          a { color: #000; }
        }
        """
}
