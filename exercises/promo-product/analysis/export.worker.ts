import { serveAnalysis } from '../../../src/workbook/analysis/serveAnalysis';
import { analyseForExport } from './exportAnalysis';

serveAnalysis(analyseForExport);
