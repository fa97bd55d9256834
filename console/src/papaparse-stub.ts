// Stands in for papaparse in the standalone build (see vite.config.ts): Refine imports it for
// CSV import/export, which the console does not offer.
const unavailable = () => {
  throw new Error("CSV import/export is not part of the ticketflow console")
}

/** papaparse's surface as Refine's useImport/useExport call it. */
const Papa = { parse: unavailable, unparse: unavailable }
export default Papa
