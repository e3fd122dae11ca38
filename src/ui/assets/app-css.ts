// The one stylesheet. Served from /assets/ (the CSP allows no inline style).
export const APP_CSS = `
:root { --fg: #1d1f23; --bg: #fff; --muted: #5f6670; --line: #d8dce1; --accent: #0b57d0; --bad: #b3261e;
  --good: #146c2e; --mark: #ffe27a; --soft: #f3f5f8; color-scheme: light dark; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6e8eb; --bg: #15171a; --muted: #a3aab3; --line: #343a42; --accent: #8ab4f8; --bad: #f2b8b5;
    --good: #7dd69b; --mark: #6b5a00; --soft: #1f2327; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip-link { position: absolute; left: -999px; top: 0; background: var(--bg); padding: .5rem 1rem; z-index: 10; }
.skip-link:focus { left: .5rem; top: .5rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.site-header { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem; padding: .6rem 1rem; border-bottom: 1px solid var(--line); background: var(--soft); }
.brand { font-weight: 700; text-decoration: none; color: var(--fg); font-size: 1.1rem; }
.nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; margin: 0; padding: 0; }
.nav a { text-decoration: none; padding: .2rem .1rem; }
.nav a[aria-current="page"] { font-weight: 700; border-bottom: 3px solid var(--accent); }
.header-search { display: flex; gap: .3rem; flex: 1 1 16rem; max-width: 28rem; }
.header-search input { flex: 1; }
.account { margin-left: auto; color: var(--muted); font-size: .9rem; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
main:focus { outline: none; }
h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.2rem; margin: 1.6rem 0 .6rem; }
.muted { color: var(--muted); }
input, select, button, textarea { font: inherit; color: inherit; }
input[type="text"], input[type="search"], input[type="url"], input[type="password"], input[type="date"], select {
  padding: .35rem .5rem; border: 1px solid var(--line); border-radius: 4px; background: var(--bg); max-width: 100%; }
button { padding: .35rem .9rem; border: 1px solid var(--accent); background: var(--accent); color: var(--bg); border-radius: 4px; cursor: pointer; }
button.secondary { background: transparent; color: var(--accent); }
button.danger { background: var(--bad); border-color: var(--bad); }
button.link { background: none; border: none; color: var(--accent); padding: 0; text-decoration: underline; }
form.inline { display: inline; }
.field { display: flex; flex-direction: column; gap: .2rem; margin-bottom: .8rem; }
.fields { display: flex; flex-wrap: wrap; gap: .8rem 1.2rem; align-items: flex-end; }
.fields .field { margin-bottom: 0; }
.check { display: flex; gap: .4rem; align-items: center; }
.notice, .error { padding: .6rem .9rem; border-radius: 4px; margin: 0 0 1rem; border: 1px solid; }
.notice { border-color: var(--good); color: var(--good); }
.error { border-color: var(--bad); color: var(--bad); }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .8rem; margin: 0 0 1rem; padding: 0; list-style: none; }
.stats li { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; }
.stats strong { display: block; font-size: 1.5rem; }
.chart { margin: 0 0 1rem; }
.chart svg { width: 100%; height: auto; max-height: 14rem; }
.chart .bar { fill: var(--accent); }
.chart .axis { stroke: var(--line); }
.chart .tick { fill: var(--muted); font-size: 11px; }
.milestone line { stroke: var(--fg); stroke-width: 1; stroke-dasharray: 3 2; }
.milestone circle { fill: var(--bg); stroke: var(--fg); stroke-width: 1.5; }
.milestones { list-style: none; margin: .3rem 0 0; padding: 0; font-size: .9rem; }
.chart figcaption { color: var(--muted); font-size: .9rem; }
.table-wrap { overflow-x: auto; }
table.data { border-collapse: collapse; width: 100%; font-size: .95rem; }
table.data th, table.data td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
.state { display: inline-block; padding: 0 .4rem; border-radius: 3px; font-size: .85rem; border: 1px solid var(--line); }
.state-failing { color: var(--bad); border-color: var(--bad); }
.state-active { color: var(--good); border-color: var(--good); }
.results { list-style: none; padding: 0; margin: 0; }
.results li { padding: .7rem 0; border-bottom: 1px solid var(--line); }
.results .meta { color: var(--muted); font-size: .9rem; }
.results .snippet { margin: .2rem 0 0; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; }
.item-meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1rem; }
.item-meta dt { color: var(--muted); }
.item-meta dd { margin: 0; overflow-wrap: anywhere; }
.item-content { border-top: 1px solid var(--line); border-bottom: 1px solid var(--line); padding: .5rem 0; overflow-wrap: anywhere; }
.item-content img, .item-content video { max-width: 100%; height: auto; }
.item-content iframe, .item-content object, .item-content embed, .item-content form { display: none; }
.diff { white-space: pre-wrap; background: var(--soft); padding: .6rem; border-radius: 4px; font-size: .95rem; }
.diff ins { background: rgba(20, 108, 46, .2); text-decoration: none; }
.diff del { background: rgba(179, 38, 30, .2); }
code, .hash { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .85rem; overflow-wrap: anywhere; }
kbd { border: 1px solid var(--line); border-radius: 3px; padding: 0 .3rem; font-size: .85rem; }
progress { width: 100%; height: 1.2rem; }
.pager { margin: 1rem 0; display: flex; gap: 1rem; }
.site-footer { border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; padding: .5rem 1rem; text-align: center; }
.match { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .9rem; margin: 0 0 1rem; }
.match h4 { margin: 0 0 .4rem; font-size: 1.05rem; }
.match h5 { margin: .8rem 0 .3rem; font-size: .95rem; }
.match blockquote { margin: .3rem 0 .3rem 1rem; padding-left: .6rem; border-left: 3px solid var(--line); font-style: italic; }
.evidence { padding-left: 1.3rem; }
.evidence li { margin-bottom: .6rem; }
.evidence .meta { color: var(--muted); font-size: .9rem; }
.reasons caption { text-align: left; color: var(--muted); font-size: .9rem; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.decision-confirmed { color: var(--good); }
.decision-rejected { color: var(--bad); }
textarea { width: 100%; padding: .35rem .5rem; border: 1px solid var(--line); border-radius: 4px; background: var(--bg); }
fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 1rem; padding: .6rem .9rem; }
li.failed { color: var(--bad); }
li.ok { color: var(--good); }
.subnav ul { display: flex; flex-wrap: wrap; gap: .2rem 1rem; list-style: none; margin: 0 0 1rem; padding: 0; font-size: .95rem; }
.subnav a[aria-current="page"] { font-weight: 700; text-decoration: none; }
.lead { font-size: 1.05rem; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 0 2rem; }
.chips { display: flex; flex-wrap: wrap; gap: .3rem .6rem; list-style: none; margin: 0; padding: 0; }
.chips li { border: 1px solid var(--line); border-radius: 999px; padding: .1rem .7rem; }
.spark { width: 100%; min-width: 8rem; height: 1.8rem; display: block; }
.spark .bar { fill: var(--accent); }
.spark .axis { stroke: var(--line); }
.theme-chart th[scope="row"] { font-weight: 400; }
.entity-evidence blockquote { margin: .3rem 0 0; padding-left: .7rem; border-left: 3px solid var(--line); }
.figure-group h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
form.decision, fieldset.decision { max-width: 36rem; }
.nowrap { white-space: nowrap; }
@media (max-width: 700px) {
  .site-header { padding: .5rem; }
  .header-search { flex-basis: 100%; max-width: none; }
  .account { margin-left: 0; }
  main { padding: .7rem; }
  .item-meta { grid-template-columns: 1fr; }
  table.data { font-size: .88rem; }
}
`;
