// A grade-mix table: one row per area, region or date, each grade's count and share, good-or-better and not judged.
import { DataTable } from '../../components/DataTable';
import { percent } from '../../components/format';
import type { GradeMix } from './gradeMix';
import { countAndShare } from '../../components/figureData/figureData';

export function GradeMixTable({
  caption,
  rowHeader,
  mixes,
}: {
  caption: string;
  rowHeader: string;
  mixes: readonly GradeMix[];
}) {
  const grades = mixes[0]?.rows ?? [];
  return (
    <DataTable<GradeMix>
      caption={caption}
      columns={[
        { header: rowHeader, cell: (mix) => (mix.emphasis ? <strong>{mix.label}</strong> : mix.label) },
        ...grades.map((grade) => ({
          header: grade.label,
          numeric: true,
          cell: (mix: GradeMix) => {
            const row = mix.rows.find((candidate) => candidate.grade === grade.grade);
            return row ? `${row.count} (${percent(mix.judged === 0 ? null : row.share)})` : '–';
          },
          csv: countAndShare<GradeMix>(
            grade.label,
            (mix) => mix.rows.find((candidate) => candidate.grade === grade.grade)?.count,
            (mix) => (mix.judged === 0 ? null : mix.rows.find((candidate) => candidate.grade === grade.grade)?.share),
          ),
        })),
        { header: 'Judged', cell: (mix) => mix.judged, numeric: true },
        {
          header: 'Good or better',
          cell: (mix) => `${mix.goodOrBetter} (${percent(mix.goodOrBetterShare)})`,
          numeric: true,
          csv: countAndShare<GradeMix>(
            'Good or better',
            (mix) => mix.goodOrBetter,
            (mix) => mix.goodOrBetterShare,
          ),
        },
        { header: 'Not judged', cell: (mix) => mix.notJudged, numeric: true },
      ]}
      rows={mixes}
      rowKey={(mix) => mix.key}
    />
  );
}
