/**
 * The pack's only styles, inline because the file must work opened from a USB stick with no network. A
 * print stylesheet puts each language and each form on its own pages and gives the forms room to write.
 */
export const OFFLINE_PACK_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Hiragino Sans", "Noto Sans JP", "Yu Gothic", Meiryo, system-ui, sans-serif;
  font-size: 15px; line-height: 1.6; color: #111; background: #fff; }
.lang { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
.lang + .lang { border-top: 6px double #444; }
h1 { font-size: 1.7rem; margin: 0 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid #333; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
.meta { color: #444; font-size: .9rem; }
.lang-link { font-weight: bold; }
.toc ol { columns: 2; }
table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid #555; padding: .35rem .5rem; vertical-align: top; text-align: left; }
th { background: #eee; }
dl.point { display: grid; grid-template-columns: 14rem 1fr; gap: .25rem 1rem; margin: .5rem 0 1rem; }
dl.point dt { font-weight: bold; }
dl.point dd { margin: 0; }
.pre { white-space: pre-wrap; }
.empty { color: #666; font-style: italic; }
.steps li { margin-bottom: .4rem; }
.type { border-left: 4px solid #333; padding-left: .75rem; margin: 1.5rem 0; }
.item { margin: .5rem 0 .75rem; }
.item .do::before { content: "✔ "; }
.item .dont::before { content: "✖ "; }
.template { border: 1px dashed #777; padding: .5rem .75rem; margin: .5rem 0; }
.form { border: 2px solid #222; padding: 1rem; margin: 1rem 0 2rem; }
.form .field { margin: .6rem 0; }
.form .label { font-weight: bold; }
.line { border-bottom: 1px solid #333; height: 2rem; }
.box { border: 1px solid #333; min-height: 6rem; margin-top: .25rem; }
.blank td { height: 2.4rem; }
.form-head th { width: 1%; white-space: nowrap; }
.checkbox { margin-left: .5rem; font-weight: normal; }
@media print {
  body { font-size: 10.5pt; }
  .lang { max-width: none; padding: 0; }
  .lang + .lang { border-top: none; break-before: page; }
  .toc, .lang-link { display: none; }
  h2 { break-after: avoid; }
  .type, .form, tr { break-inside: avoid; }
  .form { break-before: page; }
  a { color: inherit; text-decoration: none; }
  th { background: none; }
  @page { size: A4; margin: 14mm; }
}
`;
