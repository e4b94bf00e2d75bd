import { serveAnalysis } from '../../../src/workbook/analysis/serveAnalysis';
import { analyseIndicators } from './indicatorsAnalysis';

serveAnalysis(analyseIndicators);
