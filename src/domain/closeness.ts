// DfE's closeness bands for statistical neighbours, closest first, and how the published files' wording maps onto them.

/** The five bands as DfE names them, from the closest to the least close. */
export const CLOSENESS_BANDS = ['Extremely close', 'Very close', 'Close', 'Somewhat close', 'Not close'] as const;

export type Closeness = (typeof CLOSENESS_BANDS)[number];

/** The band a cell names, whatever its capitalisation or spacing ("Very Close", "very close "), or undefined. */
export function closenessOf(text: string): Closeness | undefined {
  const words = text.trim().replace(/\s+/g, ' ').toLowerCase();
  return CLOSENESS_BANDS.find((band) => band.toLowerCase() === words);
}
