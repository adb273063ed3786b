// The grade scale an inspection or framework is judged on.
import { FRAMEWORKS, GRADE_SCALES } from '../domain';
import type { FrameworkId, GradeScale, Inspection } from '../domain';

export function scaleOfFramework(framework: FrameworkId): GradeScale {
  return GRADE_SCALES[FRAMEWORKS[framework].scale];
}

export function scaleOf(inspection: Inspection): GradeScale {
  return scaleOfFramework(inspection.framework);
}
