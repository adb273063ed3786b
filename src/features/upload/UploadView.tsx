// Upload and "Your data": bring files in through a preview, keep them all-or-nothing, and manage what is held.
import { Fragment, useId, useMemo, useState } from 'react';
import { codeBookFor, combinedGroups } from '../../data/combine';
import type { StoredDataset } from '../../data/storedDataset';
import { useDefaultDataset } from '../../data/useDefaultDataset';
import {
  useAddDataset,
  useAddProviderList,
  useKeepForTab,
  useKeepListForTab,
  useRemoveProviderList,
  useRemoveDataset,
  useSaveSettings,
  useSetDuplicateChoice,
  useUserData,
} from '../../data/useUserData';
import type { Clash } from '../../import';
import type { ViewProps } from '../../components/viewProps';
import { FileChooser } from './FileChooser';
import { ImportPreview, keptCount } from './ImportPreview';
import { ReadingProgress } from './ReadingProgress';
import { currentResult, sameFileAs, toStoredDataset, toStoredProviderList, type PendingImport } from './pendingImport';
import { formatLong } from '../../domain';
import type { StoredProviderList } from '../../data/storedProviderList';
import { ProviderListsHeld } from './ProviderListsHeld';
import { useHeldBuild } from './useHeldBuild';
import { useHeldClashes } from './useHeldClashes';
import { useLeaveWarning } from './useLeaveWarning';
import { usePendingImports } from './usePendingImports';
import { YourData, type DatasetStanding } from './YourData';
import templateUrl from '../../../data/templates/tidy-judgements-template.csv?url';
import './upload.css';

const count = (n: number, noun: string) => `${n.toLocaleString('en-GB')} ${noun}${n === 1 ? '' : 's'}`;

function recordCount(inspections: number, measures: number): string {
  return [
    inspections > 0 || measures === 0 ? count(inspections, 'inspection') : '',
    measures > 0 ? count(measures, 'measure') : '',
  ]
    .filter(Boolean)
    .join(' and ');
}

/** One empty list, so "nothing held yet" is the same value on every render. */
const NOTHING_HELD: readonly StoredDataset[] = [];
const NO_CLASHES: readonly Clash[] = [];

const NO_GROUPS: readonly never[] = [];
const NO_LISTS: readonly StoredProviderList[] = [];

/** What a kept file puts in use, after the choice about inspections already held: "1 inspection in use; 1 record …". */
function inUse(dataset: StoredDataset, clashes: readonly Clash[]): string {
  const kept = keptCount(dataset.inspections.length, clashes, dataset.onDuplicate);
  const setAside = dataset.inspections.length - kept;
  const aside =
    setAside > 0
      ? `; ${count(setAside, 'record')} of inspections already held ${setAside === 1 ? 'is' : 'are'} kept with it but not shown`
      : '';
  return `${recordCount(kept, dataset.measures.length)} in use${aside}.`;
}

/** Each held dataset's inspections in use and set aside, and its clashes, from the build of everything held. */
function standingOf(
  built: ReturnType<typeof useHeldBuild>,
  held: readonly StoredDataset[],
  firstUserGroup: number,
): ReadonlyMap<string, DatasetStanding> | undefined {
  if (!built) return undefined;
  const clashes = new Map<number, Clash[]>();
  for (const clash of built.clashes) {
    const list = clashes.get(clash.group);
    if (list) list.push(clash);
    else clashes.set(clash.group, [clash]);
  }
  return new Map(
    held.map((dataset, index) => {
      const group = firstUserGroup + index;
      const outcome = built.groups[group];
      return [
        dataset.id,
        {
          kept: (outcome?.added ?? 0) + (outcome?.replaced ?? 0) + (outcome?.merged ?? 0),
          setAside: outcome?.setAside ?? 0,
          clashes: clashes.get(group) ?? NO_CLASHES,
        },
      ];
    }),
  );
}

export default function UploadView(_props: ViewProps) {
  const defaults = useDefaultDataset();
  const user = useUserData();
  const add = useAddDataset();
  const addProviderList = useAddProviderList();
  const removeProviderList = useRemoveProviderList();
  const keepForTab = useKeepForTab();
  const keepListForTab = useKeepListForTab();
  const remove = useRemoveDataset();
  const saveSettings = useSaveSettings();
  const setDuplicateChoice = useSetDuplicateChoice();
  const imports = usePendingImports();
  const [saving, setSaving] = useState<string | undefined>();
  const [saveErrors, setSaveErrors] = useState<Readonly<Record<string, string>>>({});
  const [notice, setNotice] = useState<string | undefined>();
  // An import that was saved gets GOV.UK's success banner; every other notice is important information.
  const [noticeSucceeded, setNoticeSucceeded] = useState(false);
  const noticeTitleId = useId();
  useLeaveWarning(saving !== undefined);

  const held = user.data?.datasets ?? NOTHING_HELD;
  const defaultHidden = user.data?.settings.defaultHidden ?? false;
  // What is held, grouped exactly as the views combine it: the built-in data first (unless hidden), then each file.
  const source = defaultHidden ? 'mine' : 'all';
  const defaultResults = defaults.data?.results;
  const heldGroups = useMemo(
    () => (defaultResults && user.data ? combinedGroups(defaultResults, held, source) : undefined),
    [defaultResults, user.data, held, source],
  );
  const codeBook = useMemo(() => codeBookFor(defaultResults ?? [], source), [defaultResults, source]);
  // Finding which inspections are already held is the heaviest step on the page for a big file: done in slices, once
  // per import result and per change to what is held.
  const incoming = imports.pending.flatMap((item) => {
    const result = currentResult(item);
    return result.ok ? [result.inspections] : [];
  });
  const clashesOf = useHeldClashes(heldGroups, codeBook, incoming);
  const heldBuild = useHeldBuild(heldGroups ?? NO_GROUPS, codeBook);
  const standing = useMemo(
    () => standingOf(heldBuild && heldGroups ? heldBuild : undefined, held, (heldGroups?.length ?? 0) - held.length),
    [heldBuild, heldGroups, held],
  );

  const providerLists = user.data?.providerLists ?? NO_LISTS;

  const keepProviderList = async (item: PendingImport, list: StoredProviderList) => {
    setSaving(item.key);
    try {
      await addProviderList.mutateAsync(list);
      imports.discard(item.key);
      setNotice(
        `Kept “${list.name}”: ${count(list.records.length, 'provider row')}, as at ${formatLong(list.asAt)}. The Providers view offers it beside Ofsted’s list.`,
      );
      setNoticeSucceeded(true);
    } catch (error) {
      setSaveErrors((errors) => ({ ...errors, [item.key]: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(undefined);
    }
  };

  const confirm = async (item: PendingImport) => {
    const result = currentResult(item);
    if (!result.ok) return;
    const list = toStoredProviderList(item, result, crypto.randomUUID(), new Date());
    if (list) return keepProviderList(item, list);
    setSaving(item.key);
    const order = held.reduce((max, dataset) => Math.max(max, dataset.order), 0) + 1;
    const stored = toStoredDataset(item, result, order, crypto.randomUUID(), new Date());
    try {
      await add.mutateAsync(stored);
      imports.discard(item.key);
      setNotice(
        `Imported “${stored.name}”: ${inUse(stored, clashesOf(result.inspections) ?? NO_CLASHES)} Every view now includes what is in use.`,
      );
      setNoticeSucceeded(true);
    } catch (error) {
      setSaveErrors((errors) => ({ ...errors, [item.key]: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(undefined);
    }
  };

  // After a refused save: the same dataset or provider list, used in this tab until it closes, so the file is not lost
  // with the failure.
  const keepInThisTab = async (item: PendingImport) => {
    const result = currentResult(item);
    if (!result.ok) return;
    const list = toStoredProviderList(item, result, crypto.randomUUID(), new Date());
    let said: string;
    if (list) {
      const kept = await keepListForTab.mutateAsync(list);
      said = `“${kept.name}” is kept until you close or reload this tab: ${count(kept.records.length, 'provider row')}, as at ${formatLong(kept.asAt)}.`;
    } else {
      const order = held.reduce((max, dataset) => Math.max(max, dataset.order), 0) + 1;
      const kept = await keepForTab.mutateAsync(toStoredDataset(item, result, order, crypto.randomUUID(), new Date()));
      said = `“${kept.name}” is kept until you close or reload this tab: ${inUse(kept, clashesOf(result.inspections) ?? NO_CLASHES)}`;
    }
    imports.discard(item.key);
    setNoticeSucceeded(false);
    setNotice(`${said} It is not saved in this browser; what you saved before has not changed.`);
  };

  const removeDataset = async (dataset: StoredDataset) => {
    try {
      await remove.mutateAsync(dataset.id);
      setNoticeSucceeded(false);
      setNotice(`Removed “${dataset.name}”.`);
    } catch (error) {
      setNoticeSucceeded(false);
      setNotice(`“${dataset.name}” could not be removed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <>
      <p className="govuk-body">
        Bring in your own inspection tables, a colleague’s spreadsheet, or Ofsted’s latest publication. Files are read
        in this browser and kept only in this browser: nothing is sent anywhere.
      </p>
      {user.data && !user.data.persistent ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {user.data.warning}
          </strong>
        </div>
      ) : null}
      <div role="status" aria-live="polite" className="app-notice">
        {notice ? (
          <div
            className={`govuk-notification-banner${noticeSucceeded ? ' govuk-notification-banner--success' : ''}`}
            aria-labelledby={noticeTitleId}
          >
            <div className="govuk-notification-banner__header">
              <h2 className="govuk-notification-banner__title" id={noticeTitleId}>
                {noticeSucceeded ? 'Success' : 'Important'}
              </h2>
            </div>
            <div className="govuk-notification-banner__content">
              <p className="govuk-notification-banner__heading">{notice}</p>
            </div>
          </div>
        ) : null}
        {imports.stopped ? (
          <div className="govuk-inset-text">
            Stopped reading “{imports.stopped}”. Nothing from it was kept, and the data you hold is unchanged.
          </div>
        ) : null}
      </div>
      <FileChooser onFiles={(files) => void imports.addFiles(files)} />
      {imports.reading ? (
        <p className="govuk-body" role="status">
          Reading…
        </p>
      ) : null}
      {imports.readings.map((reading) => (
        <ReadingProgress key={reading.key} reading={reading} />
      ))}
      {imports.pending.map((item) => {
        const result = currentResult(item);
        const list = result.ok ? toStoredProviderList(item, result, '', new Date()) : undefined;
        return (
          <Fragment key={item.key}>
            <ImportPreview
              pending={item}
              result={result}
              clashes={result.ok ? clashesOf(result.inspections) : []}
              sameFile={sameFileAs(item, held) ?? sameFileAs(item, providerLists)}
              {...(list
                ? { providerListAsAt: { date: formatLong(list.asAt), fromName: list.asAtFrom === 'file-name' } }
                : {})}
              saving={saving === item.key}
              saveError={saveErrors[item.key]}
              onSheet={(index) => imports.chooseSheet(item.key, index)}
              onRemap={(index, role) => imports.remap(item.key, index, role)}
              onHeaderRow={(line) => imports.chooseHeader(item.key, line)}
              onMeaning={(valueKey, value, meaning) => imports.giveMeaning(item.key, valueKey, value, meaning)}
              onKeepUnknownAuthorities={(keep) => imports.keepUnknownAuthorities(item.key, keep)}
              onDuplicateChoice={(choice) => imports.chooseDuplicate(item.key, choice)}
              onConfirm={() => void confirm(item)}
              onCancel={() => imports.discard(item.key)}
            />
            {saveErrors[item.key] ? (
              <div className="govuk-inset-text">
                <p className="govuk-body">
                  You can still use this file until you close or reload this tab:{' '}
                  {list ? 'the Providers view will offer it' : 'every view will include it'}, and nothing is saved.
                </p>
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  onClick={() => void keepInThisTab(item)}
                >
                  Use it in this tab only<span className="govuk-visually-hidden"> for {item.fileName}</span>
                </button>
              </div>
            ) : null}
          </Fragment>
        );
      })}
      <YourData
        datasets={held}
        defaultHidden={defaultHidden}
        defaultInspections={defaults.data?.dataset.inspections.length ?? 0}
        busy={remove.isPending || saveSettings.isPending || setDuplicateChoice.isPending}
        standing={standing}
        onRemove={(dataset) => void removeDataset(dataset)}
        onChoose={(dataset, choice) =>
          setDuplicateChoice.mutate(
            { id: dataset.id, choice },
            {
              onSuccess: () => {
                setNoticeSucceeded(false);
                setNotice(
                  `“${dataset.name}”: ${choice === 'skip' ? 'the held records are shown' : 'this file’s records are shown instead of the held ones'}.`,
                );
              },
              onError: (error) => {
                setNoticeSucceeded(false);
                setNotice(`“${dataset.name}” could not be changed: ${error.message}`);
              },
            },
          )
        }
        onToggleDefault={() =>
          saveSettings.mutate({ ...(user.data?.settings ?? { defaultHidden: false }), defaultHidden: !defaultHidden })
        }
      />
      <ProviderListsHeld
        lists={providerLists}
        busy={removeProviderList.isPending}
        onRemove={(list) =>
          removeProviderList.mutate(list.id, {
            onSuccess: () => {
              setNoticeSucceeded(false);
              setNotice(`Removed “${list.name}”.`);
            },
            onError: (error) => {
              setNoticeSucceeded(false);
              setNotice(`“${list.name}” could not be removed: ${error.message}`);
            },
          })
        }
      />
      <h2 className="govuk-heading-m">Formats you can bring</h2>
      <p className="govuk-body">
        Our tidy format has one row per judgement:{' '}
        <a className="govuk-link" href={templateUrl} download="scrutiny-lens-template.csv">
          download the template (CSV)
        </a>
        . Ofsted’s published tables, summary counts per grade and measures (such as the share of children who felt safe)
        are recognised from their headings too.
      </p>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">How to get Ofsted’s latest data</span>
        </summary>
        <div className="govuk-details__text">
          Ofsted publishes “Local authority inspection outcomes” as official statistics each year, as an .ods
          spreadsheet, on GOV.UK (search for “Ofsted local authority inspection outcomes”). Download the spreadsheet and
          choose it above as it is: pick the sheet you want (for example ILACS_inspection_history) in the preview.
          Ofsted’s data is published under the Open Government Licence v3.0.
        </div>
      </details>
    </>
  );
}
