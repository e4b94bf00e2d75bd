import { serveAnalysis } from '../../../src/workbook/analysis/serveAnalysis';
import { analyseExport } from './exportAnalysis';

serveAnalysis(analyseExport);
