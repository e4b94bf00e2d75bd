import { serveAnalysis } from '../../../src/workbook/analysis/serveAnalysis';
import { analyseOverview } from './overviewAnalysis';

serveAnalysis(analyseOverview);
