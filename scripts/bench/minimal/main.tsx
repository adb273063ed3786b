// The smallest page with the app's stack (React, recharts) that draws one chart: the baseline for time to first chart.
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';

const grades = [
  { grade: 'Outstanding', authorities: 24 },
  { grade: 'Good', authorities: 71 },
  { grade: 'Requires improvement', authorities: 43 },
  { grade: 'Inadequate', authorities: 15 },
];

createRoot(document.getElementById('root')!).render(
  <BarChart width={600} height={300} data={grades}>
    <XAxis dataKey="grade" />
    <YAxis />
    <Bar dataKey="authorities" fill="#1d70b8" isAnimationActive={false} />
  </BarChart>,
);
