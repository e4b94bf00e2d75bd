import { serveAnalysis } from '../../../src/workbook/analysis/serveAnalysis';
import { analyseMatrices } from './matricesAnalysis';

serveAnalysis(analyseMatrices);
