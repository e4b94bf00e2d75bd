import { serveAnalysis } from '../../../src/workbook/analysis/serveAnalysis';
import { analyseAbcXyz } from './abcXyzAnalysis';

serveAnalysis(analyseAbcXyz);
