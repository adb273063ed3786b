// The Compare view: "what does good look like?" — an authority against its statistical neighbours (or a group of the
// user's own), England and its region, and who among its neighbours and region to learn from.
import { useMemo } from 'react';
import { AsAtField } from '../../components/filters/AsAtField';
import { areaOptions, authorityOptions } from '../../components/filters/options';
import { SelectField } from '../../components/filters/SelectField';
import { FigureExportContext } from '../../components/export/exportContext';
import { filterSubtitle } from '../../components/export/subtitle';
import { writeList } from '../../components/url/urlParams';
import { useUrlParams } from '../../components/url/useUrlParams';
import type { ViewProps } from '../../components/viewProps';
import {
  countedRule,
  dataReachesTo,
  ilacsSources,
  JOURNEY_RULE,
  journeysOf,
  strandHistories,
  successorNote,
  TIMING_RULE,
} from '../../analytics';
import {
  DEFAULT_NEIGHBOUR_SET,
  existedOn,
  formatIso,
  formatLong,
  isLocalAuthority,
  neighbourSet,
  OVERALL_EFFECTIVENESS,
  sourceLine,
  strandMappingNote,
  STRANDS,
  type PartialDate,
} from '../../domain';
import { regionNoun } from '../../components/regionWords';
import { AreaComparisonFigure } from './AreaComparisonFigure';
import { ComparatorPicker } from './ComparatorPicker';
import { ComparatorTable } from './ComparatorTable';
import { comparatorRanking } from './comparatorRanking';
import { nounOf } from './compareGroup';
import { comparatorNotices, comparisonNotes } from './compareNotes';
import { comparePosition, type AreaComparison } from './comparePosition';
import { compareQuickPicks, readCompareState, type CompareState } from './compareState';
import { areaTitleInSentence, describeArea, describeNotInspected } from './compareSummary';
import { GroupChooser } from './GroupChooser';
import { JourneysToGoodFigure } from './JourneysToGoodFigure';
import { journeysToGood } from './journeysToGood';
import { LearnFromFigure } from './LearnFromFigure';
import { describeLearnFrom, learnFromKeys, learnFromRows } from './learnFrom';
import { neighbourNotes, neighbourSource } from './neighbourNotes';
import { describeNeighbours, neighbourRows } from './neighbourRows';
import { NeighboursFigure } from './NeighboursFigure';
import { describeOverTime, neighboursOverTime } from './neighboursOverTime';
import { NeighboursOverTimeFigure } from './NeighboursOverTimeFigure';
import { SavedGroups } from './SavedGroups';
import { describeStanding, neighbourStanding } from './neighbourStanding';
import { NeighbourStandingFigure } from './NeighbourStandingFigure';
import './compare.css';

export default function CompareView({ dataset }: ViewProps) {
  const [params, navigate] = useUrlParams();
  const areas = useMemo(() => areaOptions(dataset), [dataset]);
  const authorities = useMemo(() => authorityOptions(dataset), [dataset]);
  const years = useMemo(() => compareQuickPicks(dataset), [dataset]);
  const state = readCompareState(
    params,
    dataset,
    areas.map((area) => area.value),
  );
  const { authorityKey, asAt, areaId, comparatorKeys, group } = state;
  const noun = nounOf(group);
  const model = useMemo(
    () => comparePosition(dataset, authorityKey, asAt, comparatorKeys, noun),
    [dataset, authorityKey, asAt, comparatorKeys, noun],
  );
  const authority = dataset.authorities.get(authorityKey);
  const authorityName = authority?.name ?? authorityKey;
  const notices = comparatorNotices(state.unknownKeys, state.withSelf, authorityName);
  const groupWords =
    group.kind === 'neighbours'
      ? `DfE statistical neighbours, ${neighbourSet(group.setId).label}`
      : comparatorKeys.length === 0
        ? 'No comparators chosen'
        : `${comparatorKeys.length} ${comparatorKeys.length === 1 ? 'comparator' : 'comparators'}`;

  // Editing the neighbours, or using a saved group, makes a group of the user's own.
  const chooseGroup = (keys: readonly string[]) =>
    navigate({ with: writeList(keys), group: keys.length === 0 ? 'own' : null });
  const picker = (
    <>
      <ComparatorPicker
        dataset={dataset}
        authorityKey={authorityKey}
        authorityName={authorityName}
        region={authority?.region}
        chosen={comparatorKeys}
        notices={notices}
        onChange={chooseGroup}
      />
      <SavedGroups dataset={dataset} onUse={chooseGroup} />
    </>
  );

  return (
    <>
      <div className="app-filters" role="group" aria-label="What to compare">
        <SelectField
          label="Authority"
          value={authorityKey}
          options={authorities}
          onChange={(authority) => navigate({ authority })}
        />
        <AsAtField value={asAt} marchYears={years} onChange={(date) => navigate({ asAt: formatIso(date) })} />
        <SelectField
          label="Judgement area"
          hint="Leave as all areas to see every area side by side"
          value={areaId ?? ''}
          options={areas}
          emptyLabel="All judgement areas"
          onChange={(area) => navigate({ area })}
        />
      </div>
      {model.kind === 'not-inspected' ? (
        <div className="govuk-inset-text app-compare-empty" role="status">
          {describeNotInspected(model.authority, asAt)}
        </div>
      ) : null}
      <GroupChooser
        group={group}
        authorityName={authorityName}
        onNeighbours={(setId) => navigate({ group: setId === DEFAULT_NEIGHBOUR_SET ? null : setId, with: null })}
        onOwn={() => navigate({ group: 'own', with: null })}
      />
      {group.kind === 'own' ? (
        picker
      ) : (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Add or remove authorities (makes a group of your own)</span>
          </summary>
          <div className="govuk-details__text">{picker}</div>
        </details>
      )}
      {model.kind === 'position' ? (
        <FigureExportContext
          value={{
            subtitle: filterSubtitle([
              authorityName,
              `As at ${formatLong(asAt)}`,
              areas.find((area) => area.value === areaId)?.label ?? 'All judgement areas',
              groupWords,
            ]),
          }}
        >
          <Comparison model={model} areaId={areaId} dataset={dataset} state={state} />
        </FigureExportContext>
      ) : null}
    </>
  );
}

type Position = Extract<ReturnType<typeof comparePosition>, { kind: 'position' }>;

function Comparison({
  model,
  areaId,
  dataset,
  state,
}: {
  model: Position;
  areaId: string | undefined;
  dataset: ViewProps['dataset'];
  state: CompareState;
}) {
  const focusId = areaId ?? OVERALL_EFFECTIVENESS;
  const focus = model.areas.find((comparison) => comparison.area.id === focusId) ?? model.areas[0];
  const shown = areaId ? model.areas.filter((comparison) => comparison.area.id === areaId) : model.areas;
  if (!focus || shown.length === 0) {
    return (
      <div className="govuk-inset-text app-compare-empty" role="status">
        {model.authority.name}’s latest inspection made no judgement for this area. Choose all judgement areas or
        another area.
      </div>
    );
  }
  const { group } = state;
  const ofstedSource = sourceLine(ilacsSources(dataset));
  // Figures that name or count the neighbours credit DfE's set as well as Ofsted's data.
  const source = group.kind === 'neighbours' ? neighbourSource(ofstedSource, group.setId) : ofstedSource;
  const groupNotes = group.kind === 'neighbours' ? neighbourNotes(group.setId) : [];
  const footnotes = [
    ...comparisonNotes({
      dataset,
      asAt: model.asAt,
      authority: model.authority,
      regionName: model.regionName,
      areas: shown,
    }),
    ...groupNotes,
  ];
  const ranking = comparatorRanking(
    focus.comparatorGrades,
    focus.area,
    model.authority.name,
    focus.outcome,
    model.scale,
    model.asAt,
    model.noun,
  );
  const standings = neighbourStanding(shown, model.scale);
  const focusStanding = standings.find((standing) => standing.area.id === focus.area.id) ?? standings[0]!;
  const rows = neighbourRows(state.neighbours, model.areas);
  return (
    <>
      {group.kind === 'neighbours' ? (
        <NeighboursFigure
          model={model}
          setId={group.setId}
          rows={rows}
          summary={describeNeighbours(model.authority.name, group.setId, rows, model.asAt)}
          footnotes={[
            ...groupNotes,
            'Grades are each authority’s latest ILACS inspection (from 2018) on or before the date; “Not inspected” means no ILACS inspection by then.',
          ]}
          source={source}
        />
      ) : null}
      <AreaComparisonFigure
        model={model}
        areas={shown}
        summary={describeArea(model, focus)}
        footnotes={footnotes}
        source={source}
      />
      {model.comparatorCount > 0 ? (
        <NeighbourStandingFigure
          model={model}
          standings={standings}
          summary={describeStanding(model.authority.name, focusStanding, model.scale, model.noun)}
          footnotes={[
            'Better, the same and worse compare grades on Ofsted’s scale: Outstanding, Good, Requires improvement to be good, Inadequate. The place counts the authority and those with a grade; equal grades share a place.',
            ...groupNotes,
          ]}
          source={source}
        />
      ) : null}
      <ComparatorTable
        groupLabel={group.kind === 'neighbours' ? 'Statistical neighbours' : 'Chosen comparators'}
        areaLabel={focus.area.label}
        rows={ranking.rows}
        summary={ranking.summary}
        scale={model.scale}
        asAt={model.asAt}
        source={source}
      />
      {model.comparatorCount > 0 ? (
        <OverTime model={model} focus={focus} dataset={dataset} state={state} source={source} notes={groupNotes} />
      ) : null}
      <LearnFrom model={model} dataset={dataset} state={state} ofstedSource={ofstedSource} />
      <JourneysToGoodList model={model} dataset={dataset} state={state} />
    </>
  );
}

function OverTime({
  model,
  focus,
  dataset,
  state,
  source,
  notes,
}: {
  model: Position;
  focus: AreaComparison;
  dataset: ViewProps['dataset'];
  state: CompareState;
  source: string;
  notes: readonly string[];
}) {
  const { authorityKey, comparatorKeys, asAt } = state;
  const points = useMemo(() => {
    const dates = compareQuickPicks(dataset)
      .filter((year) => year <= asAt.year)
      .map((year): PartialDate => ({ precision: 'day', year, month: 3, day: 31 }));
    return neighboursOverTime(dataset, authorityKey, comparatorKeys, focus.area.id, dates);
  }, [dataset, authorityKey, comparatorKeys, focus.area.id, asAt.year]);
  if (points.length === 0) return null;
  const { noun } = model;
  return (
    <NeighboursOverTimeFigure
      authorityName={model.authority.name}
      area={focus.area}
      noun={noun}
      members={comparatorKeys.length}
      points={points}
      scale={model.scale}
      summary={describeOverTime(points, comparatorKeys.length, noun.many, areaTitleInSentence(focus.area))}
      footnotes={[
        `Each 31 March counts each of the ${noun.many} once, at its latest ILACS inspection by then; those not yet inspected under ILACS are left out, so the number with a grade grows over time.`,
        `The ${noun.many} are today’s group throughout: the same authorities in every year.`,
        ...notes,
      ]}
      source={source}
    />
  );
}

function LearnFrom({
  model,
  dataset,
  state,
  ofstedSource,
}: {
  model: Position;
  dataset: ViewProps['dataset'];
  state: CompareState;
  ofstedSource: string;
}) {
  const { authorityKey, asAt, neighbours, neighbourSetId } = state;
  const regionName = model.regionName;
  const learn = useMemo(() => {
    const regionKeys = [...dataset.authorities]
      .filter(
        ([key, authority]) =>
          key !== authorityKey &&
          isLocalAuthority(authority) &&
          authority.region?.trim() === regionName &&
          existedOn(authority, asAt),
      )
      .map(([key]) => key);
    const keys = learnFromKeys(neighbours, regionKeys, authorityKey);
    const position = comparePosition(dataset, authorityKey, asAt, keys);
    const areas = position.kind === 'position' ? position.areas : [];
    return { areas, looked: keys.length, rows: learnFromRows(areas, neighbours, regionNoun(regionName), regionKeys) };
  }, [dataset, authorityKey, asAt, neighbours, regionName]);
  return (
    <LearnFromFigure
      authorityName={model.authority.name}
      areas={learn.areas.map((comparison) => comparison.area)}
      rows={learn.rows}
      scale={model.scale}
      summary={describeLearnFrom(model.authority.name, learn.rows, learn.areas, learn.looked, asAt)}
      footnotes={[
        `Listed: ${model.authority.name}’s statistical neighbours (DfE, ${neighbourSet(neighbourSetId).label}) and every authority in ${regionNoun(regionName)} (Ofsted’s region), judged Good or Outstanding at their latest ILACS inspection on or before ${formatLong(asAt)}.`,
        'Each name opens that authority’s own view, with every inspection it had.',
        ...neighbourNotes(neighbourSetId).slice(0, 2),
      ]}
      source={neighbourSource(ofstedSource, neighbourSetId)}
    />
  );
}

/** Every journey in England from Inadequate to Good or better, in the strand the address names (the whole service by default). */
function JourneysToGoodList({
  model,
  dataset,
  state,
}: {
  model: Position;
  dataset: ViewProps['dataset'];
  state: CompareState;
}) {
  const [params, navigate] = useUrlParams();
  const strandText = params.get('strand');
  const strand = STRANDS.find((candidate) => candidate.id === strandText) ?? STRANDS[0]!;
  const read = useMemo(() => {
    const histories = strandHistories(dataset, strand);
    return {
      journeys: journeysOf(histories),
      reachesTo: dataReachesTo(dataset),
      source: sourceLine(histories.flatMap((history) => history.steps.flatMap((step) => step.inspection.sources))),
    };
  }, [dataset, strand]);
  const { reachesTo } = read;
  const list = useMemo(
    () =>
      reachesTo
        ? journeysToGood(
            read.journeys,
            strand,
            { key: state.authorityKey, name: model.authority.name, region: model.regionName },
            state.neighbours,
            `in ${regionNoun(model.regionName)}`,
            reachesTo,
          )
        : undefined,
    [read, reachesTo, strand, state.authorityKey, state.neighbours, model.authority.name, model.regionName],
  );
  if (!list) return null;
  return (
    <>
      {strandText && strandText !== strand.id ? (
        <div className="govuk-inset-text" role="status">
          ‘{strandText}’ in the address is not a strand, so journeys in the whole service are shown.
        </div>
      ) : null}
      <JourneysToGoodFigure
        model={list}
        strand={strand}
        onStrand={(id) => navigate({ strand: id === 'whole-service' ? null : id })}
        footnotes={[
          JOURNEY_RULE,
          countedRule(strand),
          TIMING_RULE,
          `Every journey in England is listed, whatever the date chosen above: the data runs to ${formatLong(reachesTo!)}. Journeys still below Good by then, and those ended by the authority ceasing, are counted in the sentence.`,
          strandMappingNote(),
          successorNote(dataset),
          'Each name opens that authority’s own view, with every inspection it had.',
        ]}
        source={read.source}
      />
    </>
  );
}
