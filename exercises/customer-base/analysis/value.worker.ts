import { serveAnalysis } from '../../../src/workbook/analysis/serveAnalysis';
import { analyseValue } from './valueAnalysis';

serveAnalysis(analyseValue);
