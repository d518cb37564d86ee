import {formatNumber} from "../components/format.js";
import {allWithTablePlace} from "./sql.js";
import type {ChartInput} from "./types.js";

// Individueel maatwerk. The periods are quarters ("2023K3"), not years, so no chart has a period selector.

export const imwCharts: ChartInput[] = [
  {
    id: "imw-sectoren",
    title: "In welke sectoren worden dossiers individueel maatwerk goedgekeurd?",
    subtitle:
      "Aandeel van de goedgekeurde dossiers per sector van de werkgever (NACE-sectie, %), per kwartaal, Vlaanderen",
    datasets: ["imw-sectoren"],
    select: allWithTablePlace,
    order: "period, sector",
    type: "dot-rows",
    row: "sector",
    sort: "last",
    change: true,
    // Tabel 1 prints two decimals ("14,30%").
    digits: 2,
    columns: "ends",
    notes: ["Sectornamen op de as zijn ingekort; de tabel en de tooltips geven de volledige naam."]
  },
  {
    id: "imw-dossiers",
    title: "Goedgekeurde dossiers individueel maatwerk per premietype",
    subtitle:
      "Aantal goedgekeurde dossiers zoals gemeld voor het derde kwartaal 2024 (mogelijk alle goedkeuringen sinds de start in juli 2023), werkgevers en zelfstandigen, Vlaanderen",
    datasets: ["imw-dossiers"],
    order: "period, premium_type",
    type: "bars",
    // Not stacked or summed: the source does not say whether the wage premiums include the combined ones.
    category: "premium_type",
    describeMore: () =>
      "Het zijn mogelijk alle goedkeuringen sinds de start van individueel maatwerk en niet die van één kwartaal; de bron zegt het niet. De drie aantallen worden niet opgeteld: de bron zegt niet of de loonpremiedossiers de combinaties met een begeleidingspremie omvatten. Geen ander kwartaal is gepubliceerd.",
    notes: ["De bron schrijft ‘loonpremedossiers’, een schrijffout voor loonpremiedossiers."]
  },
  {
    type: "key-figures",
    id: "imw-kerncijfers",
    title: "Goedgekeurde premies individueel maatwerk sinds de start",
    subtitle: "Aantal goedgekeurde premies (ondergrens), werkgevers en zelfstandigen met een beperking, Vlaanderen",
    datasets: ["imw-kerncijfers"],
    where: "measure = 'premies_sinds_start_ondergrens'",
    // As the beleidsnota words it: a lower bound ("meer dan"), with its period and missing reference date.
    figure: (r) => `meer dan ${formatNumber(Number(r.value))} premies`,
    caption: () =>
      "sinds de start op 1 juli 2023, tot de beleidsnota van 15 november 2024; een ondergrens, de peildatum staat niet in de bron",
    describeMore: () => "Dit zijn premies, geen personen; er is geen reeks.",
    notes: [
      "Letterlijk uit de inleiding van de beleidsnota: ‘meer dan 6.800 premies’. Een ondergrens, geen exact aantal.",
      "Dit zijn premies, geen personen; de verdeling naar premietype geeft de grafiek van de dossiers in het derde kwartaal van 2024."
    ]
  }
];
