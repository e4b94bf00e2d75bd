import { serveAnalysis } from '../../../src/workbook/analysis/serveAnalysis';
import { analyseMatrix } from './matrixAnalysis';

serveAnalysis(analyseMatrix);
