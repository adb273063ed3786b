// What draws a figure as an image, in one chunk that loads when an export is first asked for, not with the first chart.
export { figureSvg } from './figureFromPage';
export { svgToPng } from './rasterise';
