// The web view's stylesheet: the report's, plus navigation, forms, tabs and pagers. Served as
// /assets/serve.css so the CSP can say `style-src 'self'` (no inline style at all).
import { REPORT_CSS } from '../report/html-style.ts';

export const SERVE_CSS = `${REPORT_CSS}
header.top { display:flex; flex-wrap:wrap; align-items:center; gap:12px 24px; padding:12px 32px; }
header.top a { color:#e9ecf2; text-decoration:none; }
header.top a.brand { font-weight:700; letter-spacing:.04em; font-size:14px; text-transform:uppercase; color:#8fb0ff; }
header.top nav a { margin-right:14px; }
form.search { margin-left:auto; display:flex; gap:6px; flex:1; max-width:560px; }
form.search input { flex:1; min-width:0; }
input, select, button { font:inherit; font-size:13px; padding:4px 8px; border:1px solid #c5ccd8; border-radius:6px; background:#fff; color:var(--ink); }
button { background:var(--accent); color:#fff; border-color:var(--accent); cursor:pointer; }
main a { color:var(--accent); }
h1 { font-size:22px; margin:4px 0 6px; word-break:break-all; }
nav.crumbs { font-size:12px; color:var(--muted); margin-bottom:4px; }
nav.crumbs a { color:var(--muted); }
.actions { display:flex; flex-wrap:wrap; gap:8px; margin:8px 0 4px; }
.actions a { display:inline-block; border:1px solid var(--line); background:var(--card); border-radius:6px; padding:3px 10px; font-size:12px; text-decoration:none; }
nav.tabs { display:flex; gap:4px; border-bottom:2px solid var(--line); margin:20px 0 12px; }
nav.tabs a { padding:6px 14px; text-decoration:none; color:var(--muted); border-radius:6px 6px 0 0; }
nav.tabs a.on { color:var(--ink); font-weight:600; background:var(--card); border:1px solid var(--line); border-bottom-color:var(--card); margin-bottom:-2px; }
form.filters { display:flex; flex-wrap:wrap; gap:8px; align-items:end; background:var(--card); border:1px solid var(--line); border-radius:10px; padding:10px 14px; }
form.filters label { display:flex; flex-direction:column; font-size:11px; color:var(--muted); text-transform:uppercase; letter-spacing:.05em; gap:2px; }
table.grid td.lure { min-width:30ch; }
table.grid td.lure code.url { display:-webkit-box; -webkit-line-clamp:3; -webkit-box-orient:vertical; overflow:hidden; max-width:44ch; }
table.grid td.landing code.url { white-space:nowrap; word-break:normal; }
table.grid td.landing .t { display:block; max-width:30ch; overflow:hidden; text-overflow:ellipsis; white-space:nowrap; }
table.grid td.extra { min-width:14ch; }
table.grid tr.incomplete td { background:#fffaf0; }
table.grid td.nowrap { white-space:nowrap; }
.badge { white-space:nowrap; }
.scroll { overflow-x:auto; }
.pager { display:flex; gap:12px; align-items:center; margin:10px 0; font-size:13px; color:var(--muted); }
.pager a { text-decoration:none; }
.two { display:grid; grid-template-columns:minmax(0,1fr) minmax(0,1fr); gap:20px; align-items:start; }
.two > div { min-width:0; }
.side-head { font-size:12px; text-transform:uppercase; letter-spacing:.06em; color:var(--muted); margin-bottom:4px; }
.verdict { font-size:16px; font-weight:600; margin:8px 0; }
.verdict.same { color:#2f8f5b; }
.verdict.differs { color:#c62e3b; }
.notice { background:#fff6e0; color:#7a5200; border:1px solid #f0dca8; border-radius:8px; padding:8px 12px; margin:10px 0; }
.empty { color:var(--muted); padding:16px; background:var(--card); border:1px dashed var(--line); border-radius:10px; }
footer { max-width:1280px; margin:0 auto; padding:0 32px 32px; color:var(--muted); font-size:12px; }
article.cluster table { border-collapse:collapse; font-size:12px; margin:6px 0; }
article.cluster th, article.cluster td { text-align:left; padding:4px 12px 4px 0; border-bottom:1px solid var(--line); }
dl.help { display:grid; grid-template-columns:max-content 1fr; gap:4px 16px; }
dl.help dt { font-weight:600; }
dl.help dd { margin:0; color:var(--muted); }
@media (max-width:900px) { .two { grid-template-columns:1fr; } }
`;
