// "Providers": the children's homes and other social care providers located in an authority, against its region and
// England, and England's provider grades over time. The filters live in the address bar.
import { useMemo } from 'react';
import { GradeMixChart } from '../../components/charts/GradeMixChart';
import { DataTable } from '../../components/DataTable';
import { Figure } from '../../components/Figure';
import { SelectField } from '../../components/filters/SelectField';
import { useUrlParams } from '../../components/url/useUrlParams';
import { DEFAULT_AUTHORITY, type ViewProps } from '../../components/viewProps';
import { AppLink } from '../../components/url/AppLink';
import { openingList, useShownProviders, type ProviderData } from '../../data/useProviders';
import {
  formatIso,
  formatLong,
  DEFAULT_PROVIDER_LIST,
  OFSTED_PROVIDER_PUBLICATION,
  providersOfList,
  type HeldProviderList,
  PROVIDER_AREAS,
  OGL_ATTRIBUTION,
  wholeOfList,
} from '../../domain';
import {
  areaHistory,
  areaModel,
  areaOptions,
  eventWords,
  gradeWord,
  historyBars,
  listLabel,
  listsSource,
  seriesModel,
  type AreaModel,
  type HistoryPoint,
  type ListRow,
} from './providersModel';
import './providers.css';

const ALL_TYPES = 'All provision types';
/** England's series: Ofsted's national time series of the same publication. */
const SOURCE = `${OFSTED_PROVIDER_PUBLICATION}: the national time series of providers by latest grade and by the year’s inspections. ${OGL_ATTRIBUTION}`;
const WHERE_LOCATED =
  'The local authority of a provider is where the provider is located, not the council that places children there: a council’s children may live in homes in other areas, and homes here may care for children from elsewhere.';
const OWN_SERVICES =
  'The council’s own fostering and adoption services are not in this list: they are judged within the council’s own inspection of children’s services (see An authority over time). The council’s own children’s homes are in it, under the sector “Local authority”.';
const LATEST_FULL =
  'Grades are those of each provider’s latest full inspection. A provider whose latest event was a monitoring or interim inspection keeps the grade of its latest full inspection; the list says when that is so.';
const NOT_GRADED =
  'Shares are of providers with a full-inspection grade; providers with none (new, or only visited) are counted apart. Providers that resigned or closed during the year are left out.';

export default function ProvidersView(_props: ViewProps) {
  const { query, lists, defaultHidden, waiting, failed } = useShownProviders();
  if (waiting) return <p className="govuk-body">Loading Ofsted’s lists of providers…</p>;
  if (failed) return <p className="govuk-body">The lists of providers could not be loaded: {failed.message}</p>;
  const latest = lists[lists.length - 1];
  if (!latest)
    return (
      <div className="govuk-inset-text">
        <p className="govuk-body">
          “Your data only” is chosen, and you hold no list of providers of your own, so there is nothing to show here.
          Bring in one of Ofsted’s lists of providers on{' '}
          <AppLink className="govuk-link" to={{ view: 'data' }}>
            Your data
          </AppLink>
          , or choose to show Ofsted’s data under “Data shown” to see the list built into the app.
        </p>
      </div>
    );
  return <ProvidersPage data={query.data} lists={lists} latest={latest} defaultHidden={defaultHidden} />;
}

function ProvidersPage({
  data,
  lists,
  latest,
  defaultHidden,
}: {
  /** Ofsted's built-in providers and national series; not needed (nor perhaps loaded) while they are hidden. */
  data: ProviderData | undefined;
  lists: readonly HeldProviderList[];
  latest: HeldProviderList;
  defaultHidden: boolean;
}) {
  const [params, navigate] = useUrlParams();
  const list = openingList(lists, params.get('asat') ?? undefined) ?? latest;
  const builtIn = data?.providers;
  const providers = useMemo(
    () =>
      list.id === DEFAULT_PROVIDER_LIST && lists.length === 1 && builtIn ? builtIn : providersOfList(lists, list.id),
    [lists, list.id, builtIn],
  );
  const areas = useMemo(() => areaOptions(providers), [providers]);
  const requested = params.get('authority') ?? DEFAULT_AUTHORITY;
  const area =
    areas.find((option) => option.value === requested) ??
    areas.find((option) => option.value === DEFAULT_AUTHORITY) ??
    areas[0];
  const allTypes = useMemo(() => {
    const seen = new Map<string, string>();
    for (const provider of providers) seen.set(provider.provisionType.id, provider.provisionType.label);
    return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  }, [providers]);
  const typeParam = params.get('ptype') ?? '';
  const typeId = allTypes.some((type) => type.value === typeParam) ? typeParam : undefined;
  const model = useMemo(
    () =>
      area ? areaModel(providers, area, typeId, list.asAt, list.origin === 'default' ? 'england' : 'list') : undefined,
    [providers, area, typeId, list.asAt, list.origin],
  );
  // A history needs two lists: with Ofsted's alone there is one date.
  const history = useMemo(
    () => (area && lists.length > 1 ? areaHistory(lists, area.value, typeId) : undefined),
    [lists, area, typeId],
  );
  const nationalSeries = data?.series;
  const series = useMemo(
    () => (nationalSeries ? seriesModel(nationalSeries, typeId) : undefined),
    [nationalSeries, typeId],
  );
  const typeLabel = typeId ? allTypes.find((type) => type.value === typeId)!.label : ALL_TYPES;

  return (
    <div className="app-providers">
      <p className="govuk-body-l">
        Children’s homes, fostering and adoption agencies and other social care providers, each inspected by Ofsted in
        its own right, as Ofsted’s lists give them.
      </p>
      <div className="govuk-inset-text">
        <p className="govuk-body">{WHERE_LOCATED}</p>
        <p className="govuk-body">{OWN_SERVICES}</p>
      </div>
      <div className="app-providers__filters">
        <SelectField
          label="As at"
          hint="Each list held gives its providers’ latest grades on its own date."
          value={list.id}
          options={lists.map((held) => ({ value: held.id, label: listLabel(held) }))}
          onChange={(value) => navigate({ asat: value === DEFAULT_PROVIDER_LIST ? '' : value })}
        />
        <SelectField
          label="Local authority where providers are located"
          value={area?.value ?? ''}
          options={areas}
          onChange={(value) => navigate({ authority: value })}
        />
        <SelectField
          label="Provision type"
          value={typeId ?? ''}
          options={allTypes}
          emptyLabel="All provision types"
          onChange={(value) => navigate({ ptype: value })}
        />
      </div>
      {model ? (
        <AreaFigures model={model} typeLabel={typeLabel} list={list} lists={lists} history={history} />
      ) : (
        <p className="govuk-body">No provider in the lists held has a local authority.</p>
      )}
      <h2 className="govuk-heading-l">England over time</h2>
      {defaultHidden || !series ? (
        <p className="govuk-body">
          England’s grades over time come from Ofsted’s national series, built into the app. They are not shown while
          “Your data only” is chosen.
        </p>
      ) : (
        <EnglandSeries series={series} typeLabel={typeLabel} />
      )}
    </div>
  );
}

function EnglandSeries({ series, typeLabel }: { series: ReturnType<typeof seriesModel>; typeLabel: string }) {
  return (
    <>
      <Figure
        title={`${typeLabel}: latest grades as at each 31 March, England`}
        summary={
          series.latest
            ? `From Ofsted’s ${series.latest.title.replace(/:.*/, '')}: each provider’s latest overall grade on 31 March of each year.`
            : 'Ofsted’s national series has no table for this type alone.'
        }
        chart={
          series.latestBars.length > 0 ? (
            <GradeMixChart
              bars={series.latestBars}
              series={seriesOf()}
              orientation="columns"
              segmentText="share"
              categoryTitle="As at 31 March"
            />
          ) : (
            <p className="govuk-body">No national series for this type.</p>
          )
        }
        table={
          <SeriesTable
            caption={`${typeLabel}, England: providers by latest grade as at 31 March`}
            bars={series.latestBars}
          />
        }
        footnotes={[
          'Tables 8a (all providers) and 8b (all children’s homes) are totals of the other tables: they are shown only for “All provision types” and never added to the types they contain.',
          ...(series.latest?.total ? ['This is Ofsted’s total over every type of provider.'] : []),
        ]}
        source={SOURCE}
        fileParts={['England', typeLabel, 'latest grades']}
      />
      <Figure
        title={`${typeLabel}: grades of the year’s inspections, England`}
        summary={
          series.inYear
            ? `From Ofsted’s ${series.inYear.title.replace(/:.*/, '')}: the grades given at full inspections in each year to 31 March.`
            : 'Ofsted’s series of the year’s inspections has no table for this type (it covers children’s homes and residential special schools).'
        }
        chart={
          series.inYearBars.length > 0 ? (
            <GradeMixChart
              bars={series.inYearBars}
              series={seriesOf()}
              orientation="columns"
              segmentText="share"
              categoryTitle="Year to 31 March"
            />
          ) : (
            <p className="govuk-body">No series of the year’s inspections for this type.</p>
          )
        }
        table={
          <SeriesTable
            caption={`${typeLabel}, England: grades of the year’s inspections`}
            bars={series.inYearBars}
            paused={series.paused}
          />
        }
        footnotes={
          series.paused.length > 0
            ? [
                `${series.paused.join(', ')}: no inspections. Ofsted paused routine inspections during the pandemic; the zeros in its table mean no inspections, not no grades.`,
              ]
            : []
        }
        source={SOURCE}
        fileParts={['England', typeLabel, 'in-year grades']}
      />
    </>
  );
}

const seriesOf = () =>
  (['outstanding', 'good', 'requires-improvement', 'inadequate'] as const).map((grade) => ({
    grade,
    label: gradeWord(grade),
  }));

function SeriesTable({
  caption,
  bars,
  paused = [],
}: {
  caption: string;
  bars: ReturnType<typeof seriesModel>['latestBars'];
  paused?: readonly string[];
}) {
  return (
    <DataTable
      caption={caption}
      columns={[
        { header: 'Period', cell: (bar) => bar.label },
        ...seriesOf().map(({ grade, label }) => ({
          header: label,
          numeric: true,
          cell: (bar: (typeof bars)[number]) =>
            paused.includes(bar.key) ? '–' : bar.counts[grade].toLocaleString('en-GB'),
        })),
        {
          header: 'Note',
          cell: (bar) => (paused.includes(bar.key) ? 'No inspections (paused)' : (bar.description ?? '')),
        },
      ]}
      rows={bars}
      rowKey={(bar) => bar.key}
    />
  );
}

function AreaFigures({
  model,
  typeLabel,
  list,
  lists,
  history,
}: {
  model: AreaModel;
  typeLabel: string;
  list: HeldProviderList;
  lists: readonly HeldProviderList[];
  history: readonly HistoryPoint[] | undefined;
}) {
  const own = model.rows[0]!;
  // The lists whose records are shown (the chosen one) and whose events gave the grades counted (matched by URN).
  const areaSource = listsSource(lists, new Set([...list.files, ...model.files]));
  return (
    <>
      <h2 className="govuk-heading-l">
        Providers located in {model.area.label}, as at {formatLong(list.asAt)}
      </h2>
      <Figure
        title={`${typeLabel} located in ${model.area.label}, by latest grade, against ${model.region ?? 'its region'} and ${wholeOfList(list)}, as at ${formatLong(list.asAt)}`}
        summary={model.summary}
        chart={<GradeMixChart bars={model.bars} series={seriesOf()} orientation="bars" segmentText="count" />}
        table={
          <DataTable
            caption={`${typeLabel}: providers by latest full-inspection grade`}
            columns={[
              { header: 'Area', cell: (row) => row.label },
              ...seriesOf().map(({ grade, label }) => ({
                header: label,
                numeric: true,
                cell: (row: AreaModel['rows'][number]) =>
                  `${row.count.grades[grade].toLocaleString('en-GB')} (${row.count.graded > 0 ? Math.round((row.count.grades[grade] / row.count.graded) * 100) : 0}%)`,
              })),
              { header: 'With a grade', numeric: true, cell: (row) => row.count.graded.toLocaleString('en-GB') },
              {
                header: 'No full-inspection grade',
                numeric: true,
                cell: (row) => row.count.notGraded.toLocaleString('en-GB'),
              },
            ]}
            rows={model.rows}
            rowKey={(row) => row.key}
          />
        }
        footnotes={[
          LATEST_FULL,
          NOT_GRADED,
          `${model.region ?? 'The region'} is the list’s Ofsted region column, not the Government Office Region.`,
          `${own.count.graded} of ${own.providers} providers in ${model.area.label} against ${model.rows[model.rows.length - 1]!.count.graded.toLocaleString('en-GB')} in ${wholeOfList(list)}: a few homes more or less move ${model.area.label}’s shares a long way.`,
        ]}
        source={areaSource}
        fileParts={[model.area.label, typeLabel, 'providers by grade', formatIso(list.asAt)]}
      />
      <Figure
        title={`${typeLabel} located in ${model.area.label}, by sector`}
        summary={model.sectors.map((sector) => `${sector.label}: ${sector.count}`).join('; ') || 'No providers.'}
        chart={
          <ul className="app-providers__sectors" aria-label="Providers by sector">
            {model.sectors.map((sector) => (
              <li key={sector.id}>
                <span className="app-providers__sector-label">{sector.label}</span>
                <span
                  className="app-providers__sector-bar"
                  style={{ width: `${(sector.count / Math.max(1, own.providers)) * 100}%` }}
                />
                <span className="app-providers__sector-count">{sector.count}</span>
              </li>
            ))}
          </ul>
        }
        table={
          <DataTable
            caption="Providers by sector"
            columns={[
              { header: 'Sector', cell: (sector) => sector.label },
              { header: 'Providers', numeric: true, cell: (sector) => sector.count },
              { header: 'Places', numeric: true, cell: (sector) => sector.places },
            ]}
            rows={model.sectors}
            rowKey={(sector) => sector.id}
          />
        }
        footnotes={[
          '“Local authority” is the council’s own provision; private and voluntary providers are run by companies and charities. Places are blank in the list for agencies.',
        ]}
        source={areaSource}
        fileParts={[model.area.label, typeLabel, 'sectors', formatIso(list.asAt)]}
      />
      <h3 className="govuk-heading-m">The list of providers ({model.list.length})</h3>
      <DataTable<ListRow>
        caption={`${typeLabel} located in ${model.area.label}`}
        columns={[
          { header: 'URN', cell: (row) => row.urn },
          { header: 'Name', cell: (row) => row.name },
          ...(typeLabel === ALL_TYPES ? [{ header: 'Type', cell: (row: ListRow) => row.type }] : []),
          { header: 'Sector', cell: (row) => row.sector },
          { header: 'Places', numeric: true, cell: (row) => row.places ?? '–' },
          {
            header: 'Latest full inspection',
            cell: (row) => (row.latestFull ? formatLong(row.latestFull.date) : 'None in the lists held'),
          },
          { header: 'Grade', cell: (row) => (row.grade ? gradeWord(row.grade) : '–') },
          {
            header: 'Sub-judgements',
            cell: (row) =>
              row.latestFull ? (
                <ul className="govuk-list govuk-body-s app-providers__subs">
                  {Object.entries(row.latestFull.grades)
                    .filter(([id]) => id !== 'overall-experiences' && id !== 'overall-effectiveness')
                    .map(([id, grade]) => (
                      <li key={id}>
                        {SUB_LABELS[id] ?? id}: {gradeWord(grade)}
                      </li>
                    ))}
                </ul>
              ) : (
                ''
              ),
          },
          {
            header: 'Note',
            cell: (row) =>
              row.laterVisit
                ? `Latest event: ${eventWords(row.laterVisit)}; the grade is the latest full inspection’s.`
                : '',
          },
        ]}
        rows={model.list}
        rowKey={(row) => row.urn}
      />
      <p className="govuk-body-s">Names Ofsted withheld appear as REDACTED, as in its list. Source: {areaSource}</p>
      {history ? <HistoryFigure model={model} typeLabel={typeLabel} history={history} lists={lists} /> : null}
    </>
  );
}

function HistoryFigure({
  model,
  typeLabel,
  history,
  lists,
}: {
  model: AreaModel;
  typeLabel: string;
  history: readonly HistoryPoint[];
  lists: readonly HeldProviderList[];
}) {
  const bars = historyBars(history);
  const good = (point: HistoryPoint) => point.count.grades.outstanding + point.count.grades.good;
  return (
    <>
      <h2 className="govuk-heading-l">{model.area.label} across the lists held</h2>
      <Figure
        title={`${typeLabel} located in ${model.area.label}, by latest grade at each list’s date`}
        summary={history
          .map(
            (point) =>
              `${formatLong(point.list.asAt)}: ${good(point)} of ${point.count.graded} with a grade good or outstanding, of ${point.providers} providers`,
          )
          .join('; ')}
        chart={
          <GradeMixChart
            bars={bars}
            series={seriesOf()}
            orientation="columns"
            segmentText="count"
            categoryTitle="As at"
          />
        }
        table={
          <DataTable
            caption={`${typeLabel} located in ${model.area.label}: providers by latest full-inspection grade at each list’s date`}
            columns={[
              { header: 'As at', cell: (point) => formatLong(point.list.asAt) },
              { header: 'List', cell: (point) => listLabel(point.list).replace(/^[^:]*: /, '') },
              ...seriesOf().map(({ grade, label }) => ({
                header: label,
                numeric: true,
                cell: (point: HistoryPoint) => point.count.grades[grade],
              })),
              { header: 'With a grade', numeric: true, cell: (point) => point.count.graded },
              { header: 'No full-inspection grade', numeric: true, cell: (point) => point.count.notGraded },
            ]}
            rows={history}
            rowKey={(point) => point.list.id}
          />
        }
        footnotes={[
          'Each list gives its own providers, located and registered as it says, with their latest full-inspection grade on its date. The same provider in two lists is matched by its URN, so a grade that one list records counts at another list’s date if it was given by then.',
          'A provider that is not in a list is not counted at that list’s date: one list’s providers are never added to another’s.',
          WHERE_LOCATED,
        ]}
        source={listsSource(lists)}
        fileParts={[model.area.label, typeLabel, 'providers across lists']}
      />
    </>
  );
}

const SUB_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  PROVIDER_AREAS.map((area) => [area.id, area.shortLabel]),
);
