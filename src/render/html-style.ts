// The HTML report's stylesheet, inlined so the file needs nothing from the network (system fonts only).

export const reportCss = `
:root{--ink:#1f2933;--muted:#5f6b7a;--line:#e3e7ec;--soft:#f6f8fa;--accent:#2f5d8a;--conflict:#c0392b;--conflict-bg:#fdeeec;
--super:#9a6b00;--super-bg:#fff6dd;--ok:#22744a;--ok-bg:#e7f5ec;--single:#56657a;--single-bg:#eef1f5}
*{box-sizing:border-box}
html{font-size:15px}
body{margin:0;background:#fff;color:var(--ink);font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;line-height:1.5}
main{max-width:1180px;margin:0 auto;padding:28px 32px 64px}
header.top{border-bottom:1px solid var(--line);padding-bottom:14px;margin-bottom:22px}
h1{font-size:1.7rem;margin:0 0 4px;letter-spacing:-.01em}
h2{font-size:1.35rem;margin:0;line-height:1.3}
h3{font-size:.8rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:26px 0 8px}
.sub{color:var(--muted);margin:0}
a{color:var(--accent);text-decoration:none}
a:hover{text-decoration:underline}
table{border-collapse:collapse;width:100%;font-size:.93rem}
th,td{text-align:left;vertical-align:top;padding:7px 10px;border-bottom:1px solid var(--line)}
th{font-weight:600;color:var(--muted);font-size:.78rem;text-transform:uppercase;letter-spacing:.05em;background:var(--soft)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.panel{border:1px solid var(--line);border-radius:10px;padding:16px 18px;background:#fff;margin-bottom:18px}
.panel h3{margin-top:0}
.events-list td:first-child{color:var(--muted);width:2.5em}
.events-list td:nth-child(3),.events-list td:nth-child(4),.events-list td:nth-child(5){white-space:nowrap}
.events-list tr.bg td{color:var(--muted)}
.badge{display:inline-block;font-size:.72rem;font-weight:600;padding:1px 8px;border-radius:999px;white-space:nowrap;letter-spacing:.02em}
.b-conflict{background:var(--conflict-bg);color:var(--conflict)}
.b-superseded{background:var(--super-bg);color:var(--super)}
.b-consensus{background:var(--ok-bg);color:var(--ok)}
.b-single-source{background:var(--single-bg);color:var(--single)}
.b-bg,.b-dup,.b-relay{background:var(--soft);color:var(--muted);border:1px solid var(--line)}
.b-dup{color:#8a4b00;border-color:#f0d9b5;background:#fff7ea}
.b-relay{color:#3b5b8a;border-color:#cfdced;background:#f1f6fc}
section.event{margin-top:40px;padding-top:26px;border-top:3px solid var(--ink)}
section.event.background{border-top-color:var(--line)}
.meta{display:flex;flex-wrap:wrap;gap:6px 22px;margin:10px 0 0;padding:0;color:var(--muted);font-size:.92rem}
.meta b{color:var(--ink);font-weight:600}
ol.summary{margin:0;padding-left:1.3em;font-size:1.02rem;max-width:70em}
ol.summary li{margin:3px 0}
sup.cite{font-size:.72em;margin-left:2px;white-space:nowrap}
sup.cite a{padding:0 1px}
table.facts td.value{font-weight:600}
table.facts tr.s-conflict>td{background:var(--conflict-bg)}
table.facts tr.s-conflict>td:first-child{box-shadow:inset 4px 0 0 var(--conflict)}
table.facts tr.s-superseded>td{background:var(--super-bg)}
table.facts tr.s-superseded>td:first-child{box-shadow:inset 4px 0 0 #e0a800}
table.facts tr.detail>td{padding-top:0;border-bottom:1px solid var(--line)}
ul.values{list-style:none;margin:0;padding:0 0 4px 0}
ul.values>li{margin:4px 0}
ul.values .v{font-weight:600;margin-right:6px}
ul.values .lead-v::after{content:"leading";font-size:.68rem;font-weight:600;color:var(--muted);margin-left:6px;text-transform:uppercase;letter-spacing:.05em}
blockquote{margin:2px 0 2px 14px;padding:0 0 0 10px;border-left:3px solid var(--line);color:#3e4c59;font-size:.9rem}
blockquote .src{color:var(--muted);font-size:.8rem;margin-right:6px}
table.matrix td,table.matrix th{text-align:center;white-space:nowrap}
table.matrix td:first-child,table.matrix th:first-child{text-align:left}
table.matrix td.dissent{background:var(--conflict-bg);color:var(--conflict);font-weight:700}
table.matrix td.agree{background:var(--ok-bg)}
table.matrix td.none{color:#b8c0ca}
.scroll{overflow-x:auto}
svg{display:block;max-width:100%;height:auto}
svg text{font-family:inherit}
svg.map{border-radius:8px}
svg.map .sea{fill:#e9f1f7}
svg.map .land{fill:#d9dee3}
svg.map .borders{fill:none;stroke:#fff;stroke-width:.8}
svg.map .marker circle{fill:var(--conflict);stroke:#fff;stroke-width:2}
svg.map .marker.bg circle{fill:#7b8794}
svg.map .marker text{font-size:14px;font-weight:600;fill:var(--ink);paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}
svg.timeline .axis{stroke:#c8d0d8;stroke-width:2}
svg.timeline .gap-axis{stroke:#fff;stroke-width:4;stroke-dasharray:3 4}
svg.timeline .gap{font-size:12px;fill:var(--muted);font-style:italic}
svg.timeline .date{font-size:13px;font-weight:600;fill:var(--ink)}
svg.timeline .time{font-weight:400;fill:var(--muted)}
svg.timeline .label{font-size:14px;fill:var(--ink)}
svg.timeline .meta{font-size:12px;fill:var(--muted)}
svg.timeline circle{stroke:#fff;stroke-width:2;fill:#7b8794}
svg.timeline .k-event circle{fill:var(--conflict)}
svg.timeline .k-incident circle{fill:#d9822b}
svg.timeline .k-claim circle{fill:#7a4fb5}
svg.timeline .k-arrest circle{fill:#2f5d8a}
svg.timeline .k-statement circle{fill:#3f8f6b}
svg.timeline .k-visit circle{fill:#1f9aa8}
svg.timeline .k-context circle{fill:#fff;stroke:#9aa5b1;stroke-width:2}
svg.timeline .k-context .label{fill:var(--muted)}
table.articles td.t{max-width:36em}
table.articles tr.dup td{color:var(--muted)}
table.articles tr:target td{background:#fffbe6}
.why td.num{width:6em}
.errors li{color:var(--conflict)}
.empty{color:var(--muted);font-style:italic}
details>summary{cursor:pointer;color:var(--accent);margin:6px 0;font-size:.9rem}
@media (max-width:900px){main{padding:18px}}
`;
