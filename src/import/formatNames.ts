// The file formats the importer recognises, by id and by the name the preview shows. Its own module, so code that only
// checks a stored format (the page's store, on its first screen) does not bring in the importer.

export type FormatId = 'tidy' | 'ofsted-wide' | 'ofsted-history' | 'summary-counts' | 'measures' | 'provider-list';

export const FORMAT_NAMES: Readonly<Record<FormatId, string>> = {
  tidy: 'Tidy judgements (one row per judgement)',
  'ofsted-wide': 'Ofsted published table (one row per inspection)',
  'ofsted-history': 'Ofsted inspection history (several inspections on one row)',
  'summary-counts': 'Summary counts (one row per inspection, a count per grade)',
  measures: 'Measures (one row per figure)',
  'provider-list':
    'Ofsted provider list (children’s homes and other social care providers, one row per provider or inspection)',
};
