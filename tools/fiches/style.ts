// Styles of the measure fiches and the grid, placed with their HTML (the pages are generated).
export const ficheStyle = `<style>
.fiche__acties, .fiche__jaren, .fiche__let-op, .fiche__leeg, .rooster__samenvatting {font: 15px/1.5 var(--sans-serif);}
.fiche__jaren ul {display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; list-style: none; padding: 0;}
.fiche__jaren a[aria-current="page"] {font-weight: 700; text-decoration: none; border-bottom: 3px solid currentColor;}
.fiche__sectie {margin: 1.5rem 0; max-width: 960px;}
.fiche__leeg {border-left: 4px solid var(--theme-foreground-muted); padding: 0.25rem 0.75rem; background: var(--theme-background-alt);}
.fiche__afgeleid, .fiche__let-op {color: var(--theme-foreground-muted);}
/* A source's address is its own link text, one word of up to 70 characters: it breaks anywhere (on a phone it made the page scroll sideways). */
.fiche__bronnen a[rel~="external"] {overflow-wrap: anywhere;}
.fiche__scroll, .rooster__scroll {max-width: 100%; overflow-x: auto;}
.fiche__scroll:focus-visible, .rooster__scroll:focus-visible {outline: 2px solid var(--theme-foreground-focus);}
.fiche__tabel, .rooster {font: 13px/1.4 var(--sans-serif); border-collapse: collapse; max-width: none;}
.fiche__tabel caption, .rooster caption {text-align: left; font-weight: 600; padding-bottom: 0.25rem;}
.fiche__tabel th, .fiche__tabel td, .rooster th, .rooster td {vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--theme-foreground-faintest);}
.fiche__tabel th[scope="row"] {font-weight: 400; max-width: 22rem;}
.fiche__tabel .num {text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums;}
.fiche__grafiek {margin: 1rem 0; max-width: 640px;}
.fiche__grafiek svg {max-width: 100%; height: auto;}
.fiche__grafiek figcaption {font: 13px/1.45 var(--sans-serif);}
.fiche__grafiek .chart-frame__legend {display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; padding: 0; font: 12px var(--sans-serif);}
.fiche__grafiek .swatch {display: inline-block; width: 0.8rem; height: 0.8rem; margin-right: 0.3rem; vertical-align: -0.1rem;}
.rooster th[scope="row"] {text-align: left; min-width: 10rem;}
.rooster td {min-width: 6.5rem;}
.rooster__ja {background: color-mix(in srgb, #2e7d32 12%, var(--theme-background));}
.rooster__periode {background: color-mix(in srgb, #b34700 10%, var(--theme-background));}
.rooster__nee {color: var(--theme-foreground-muted);}
.rooster__data {display: block; font-size: 12px;}
@media print {
  .fiche__acties, .fiche__jaren {display: none;}
  .fiche__scroll {overflow: visible;}
  .fiche__tabel {font-size: 9pt; width: 100%;}
  .fiche__sectie {break-inside: auto;}
  .fiche__grafiek {break-inside: avoid; max-width: 120mm;}
  .fiche__bronnen a[rel~="external"] {word-break: break-all;}
}
</style>`;
