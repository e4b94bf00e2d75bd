import { serveAnalysis } from '../../../src/workbook/analysis/serveAnalysis';
import { analyseWarnings } from './warningsAnalysis';

serveAnalysis(analyseWarnings);
