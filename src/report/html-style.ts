// The report's stylesheet, inlined into every report (the CSP allows inline style, nothing else).
// System fonts only: a report must open offline and fetch nothing.
export const REPORT_CSS = `
:root { --ink:#1d2330; --muted:#6b7386; --line:#dfe3ea; --bg:#f6f7f9; --card:#fff; --accent:#2f5bd3; }
* { box-sizing: border-box; }
body { margin:0; background:var(--bg); color:var(--ink); font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK JP","Hiragino Sans",sans-serif; }
header.top { background:#141a26; color:#e9ecf2; padding:18px 32px; }
header.top .brand { font-weight:700; letter-spacing:.04em; font-size:13px; text-transform:uppercase; color:#8fb0ff; }
header.top .job { font-size:22px; font-weight:600; margin:4px 0; }
header.top .muted { color:#9aa3b5; }
header.top .job .muted { display:block; font-size:13px; font-weight:400; }
main { max-width:1280px; margin:0 auto; padding:24px 32px 64px; }
h2 { font-size:18px; margin:36px 0 12px; padding-bottom:6px; border-bottom:2px solid var(--line); }
h3 { font-size:16px; margin:0 0 4px; }
h4 { font-size:12px; text-transform:uppercase; letter-spacing:.06em; color:var(--muted); margin:16px 0 6px; }
.muted { color:var(--muted); }
code { font:12px/1.4 ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace; }
code.url { background:#eef1f6; border-radius:4px; padding:1px 5px; word-break:break-all; user-select:all; }
code.hash, code.value { word-break:break-all; }
.summary { display:flex; flex-wrap:wrap; gap:12px; }
.card { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:12px 18px; min-width:120px; }
.card.wide { flex:1; min-width:300px; }
.card .num { font-size:28px; font-weight:700; }
.card .label { color:var(--muted); font-size:12px; text-transform:uppercase; letter-spacing:.05em; }
.cats { padding:8px 0 6px; display:flex; flex-wrap:wrap; gap:6px; align-items:center; }
.cat-n { font-weight:600; margin-right:10px; }
.badge { display:inline-block; border-radius:999px; padding:2px 10px; font-size:12px; font-weight:600; color:#fff; background:#7a8296; }
.badge .conf { font-weight:400; opacity:.85; margin-left:4px; }
.cat-credential-phishing, .cat-malware-download, .cat-tech-support-scam { background:#c62e3b; }
.cat-fake-scan { background:#d9622b; }
.cat-email-harvest, .cat-prize-scam { background:#b2458f; }
.cat-dating, .cat-adult { background:#8e44c7; }
.cat-benign { background:#2f8f5b; }
.cat-parked { background:#7d8ba1; }
.cat-error, .cat-blocked { background:#b08a16; }
.cat-unknown, .cat-none { background:#9aa1ad; }
.chip { display:inline-block; background:#eef1f6; border-radius:4px; padding:0 6px; font-size:12px; }
.chip.warn { background:#fff1d6; color:#7a5200; }
article { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:16px 20px; margin:12px 0; }
.message ul, .visit ul { margin:6px 0; padding-left:18px; }
.links li { margin:2px 0; }
.visit-head { display:flex; flex-wrap:wrap; gap:10px; align-items:center; }
.visit-head .persona { font-weight:600; }
.visit-head .visit-id { margin-left:auto; color:var(--muted); font-size:12px; }
.visit-body { display:grid; grid-template-columns:minmax(0,3fr) minmax(260px,2fr); gap:24px; }
.chain { display:flex; gap:20px; align-items:flex-start; overflow-x:auto; padding-bottom:4px; }
.branch { flex:0 0 300px; }
.branch-title { font-size:12px; font-weight:600; text-transform:uppercase; letter-spacing:.06em; color:var(--accent); margin-bottom:4px; }
.arrow { position:relative; height:34px; margin-left:22px; border-left:2px solid #aab4c6; }
.arrow::after { content:""; position:absolute; left:-7px; bottom:-2px; border:6px solid transparent; border-top:8px solid #aab4c6; }
.arrow span { position:absolute; left:10px; top:7px; font-size:11px; color:var(--muted); white-space:nowrap; }
.arrow.first { height:22px; }
.hop { border:1px solid var(--line); border-left:5px solid #aab4c6; border-radius:8px; padding:6px 10px; background:#fbfcfd; }
.hop.st-2xx { border-left-color:#2f8f5b; }
.hop.st-3xx { border-left-color:#2f5bd3; }
.hop.st-4xx, .hop.st-5xx { border-left-color:#c62e3b; }
.hop.st-blocked { border-left-color:#b08a16; background:#fffaf0; }
.hop-head { display:flex; justify-content:space-between; font-size:11px; color:var(--muted); }
.hop .status { font-weight:700; color:var(--ink); }
.hop .host { font-weight:600; word-break:break-all; }
.hop .path { font:11px/1.4 ui-monospace,Menlo,Consolas,monospace; color:#4a5366; word-break:break-all; max-height:4.2em; overflow:hidden; }
.hop .meta { font-size:11px; color:var(--muted); }
.hop .blocked { font-size:12px; color:#7a5200; margin-top:4px; padding-top:4px; border-top:1px dashed #e2cf9a; }
.lure .label { font-size:11px; text-transform:uppercase; letter-spacing:.06em; color:var(--muted); margin-right:4px; }
.branch-final { margin-top:8px; font-size:12px; }
.shot { display:block; width:100%; max-height:420px; object-fit:cover; object-position:top; border:1px solid var(--line); border-radius:6px; margin-top:6px; }
.shot.none { padding:24px; text-align:center; color:var(--muted); background:#f0f2f5; }
.title { font-weight:600; margin:0 0 4px; }
.evidence li b { font-family:ui-monospace,Menlo,Consolas,monospace; font-size:12px; margin-right:6px; }
table.grid { width:100%; border-collapse:collapse; font-size:12px; margin:6px 0; }
table.grid th, table.grid td { text-align:left; border-bottom:1px solid var(--line); padding:5px 8px; vertical-align:top; }
table.grid th { color:var(--muted); font-weight:600; text-transform:uppercase; font-size:11px; letter-spacing:.05em; }
.diff tr.op-changed td:first-child { color:#b08a16; font-weight:700; }
.diff tr.op-added td:first-child { color:#2f8f5b; font-weight:700; }
.diff tr.op-removed td:first-child { color:#c62e3b; font-weight:700; }
.diff tr.diverges td { background:#fff1d6; }
.error, .warning { color:#7a5200; background:#fff6e0; border-radius:6px; padding:4px 8px; }
pre { background:#141a26; color:#e9ecf2; padding:12px; border-radius:8px; overflow:auto; font-size:12px; }
@media (max-width:900px) { .visit-body { grid-template-columns:1fr; } }
`;
