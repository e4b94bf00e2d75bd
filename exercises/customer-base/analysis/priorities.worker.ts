import { serveAnalysis } from '../../../src/workbook/analysis/serveAnalysis';
import { analysePriorities } from './prioritiesAnalysis';

serveAnalysis(analysePriorities);
