// @vitest-environment jsdom
// A filter redraws the England view's figures that depend on it and leaves the others as they were: changing the area
// must not redraw the strand figures or the journeys (which do not depend on it), and changing what they do depend on must.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { use } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FigureTitleContext } from '../../../src/components/figureTitle';
import type { Dataset } from '../../../src/domain';
import EnglandView from '../../../src/features/england/EnglandView';
import { loadDefaultDatasetFromDisk } from '../../helpers/realData';
import { renderWithProviders } from '../../helpers/renderWithProviders';

// Each chart drawn, named by its figure's title; the charts themselves are not the point here, so they draw nothing.
const drawn = vi.hoisted(() => [] as string[]);
function DrawnChart() {
  drawn.push(use(FigureTitleContext) ?? '');
  return null;
}
vi.mock('../../../src/components/charts/GradeMixChart', async (original) => ({
  ...(await original<object>()),
  GradeMixChart: DrawnChart,
}));
vi.mock('../../../src/components/charts/CountColumnsChart', async (original) => ({
  ...(await original<object>()),
  CountColumnsChart: DrawnChart,
}));

let dataset: Dataset;
beforeAll(async () => {
  dataset = (await loadDefaultDatasetFromDisk()).dataset;
});
afterEach(() => window.history.replaceState(null, '', '/'));

const STRANDS = /^(Latest grades by strand|Grades by strand at each 31 March)/;
const JOURNEYS = /^(Moves from grade to grade|After an Inadequate judgement)/;

async function openEngland() {
  window.history.replaceState(null, '', '/?view=england');
  renderWithProviders(<EnglandView dataset={dataset} />);
  // The figures below the fold come in a second pass.
  await screen.findAllByRole('figure', { name: JOURNEYS }, { timeout: 10_000 });
  await screen.findAllByRole('figure', { name: STRANDS }, { timeout: 10_000 });
  drawn.length = 0;
}

describe('England view redraws', () => {
  it('redraws the ILACS figures when the area changes, and not the strand figures or the journeys', async () => {
    const user = userEvent.setup();
    await openEngland();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Judgement area' }), 'help-and-protection');
    await screen.findByRole('figure', { name: /^Help and protection by region/ });
    expect(drawn.some((title) => /latest grades in England as at/.test(title))).toBe(true);
    expect(drawn.filter((title) => STRANDS.test(title) || JOURNEYS.test(title))).toEqual([]);
  });

  it('redraws the strand figures and the journeys when the region changes', async () => {
    const user = userEvent.setup();
    await openEngland();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'London');
    await screen.findByRole('figure', { name: /^Latest grades by strand, every framework since 2009, London/ });
    expect(drawn.some((title) => /^Latest grades by strand.*London/.test(title))).toBe(true);
    expect(drawn.some((title) => /^Moves from grade to grade.*London/.test(title))).toBe(true);
  });

  it('redraws the journeys, and not the strand figures, when the journeys’ strand changes', async () => {
    const user = userEvent.setup();
    await openEngland();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Strand' }), 'children-in-care');
    await screen.findByRole('figure', { name: /^Moves from grade to grade.*Children in care/ });
    expect(drawn.some((title) => /^Moves from grade to grade.*Children in care/.test(title))).toBe(true);
    expect(drawn.filter((title) => STRANDS.test(title))).toEqual([]);
  });
});
