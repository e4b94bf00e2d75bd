import { serveAnalysis } from '../../../src/workbook/analysis/serveAnalysis';
import { analyseRules } from './rulesAnalysis';

serveAnalysis(analyseRules);
