import { serveAnalysis } from '../../../src/workbook/analysis/serveAnalysis';
import { analyseRfm } from './rfmAnalysis';

serveAnalysis(analyseRfm);
