import { serveAnalysis } from '../../../src/workbook/analysis/serveAnalysis';
import { analyseReceipts } from './receiptsAnalysis';

serveAnalysis(analyseReceipts);
