// Regions as a sentence names them: "the North West" but "London", and authorities whose file gave no region.
import { REGION_NOT_RECORDED } from '../analytics';

const noRegion = (region: string) => region === REGION_NOT_RECORDED || region.trim() === '';

/** "the North West", "the East of England", "London", "Westmorland", "authorities with no region recorded". */
export function regionNoun(region: string): string {
  if (noRegion(region)) return 'authorities with no region recorded';
  // English puts "the" before compass-point regions only: "Yorkshire and the Humber" and a user's own regions go without.
  return /^(North|South|East|West)\b/.test(region) ? `the ${region}` : region;
}

/** "in the West Midlands", "in London", "among authorities with no region recorded". */
export function inRegion(region: string): string {
  return `${noRegion(region) ? 'among' : 'in'} ${regionNoun(region)}`;
}
