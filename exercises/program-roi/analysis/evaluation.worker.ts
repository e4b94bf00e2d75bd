import { serveAnalysis } from '../../../src/workbook/analysis/serveAnalysis';
import { evaluate } from './evaluationAnalysis';

serveAnalysis(evaluate);
