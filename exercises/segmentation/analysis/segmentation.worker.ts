import { serveAnalysis } from '../../../src/workbook/analysis/serveAnalysis';
import { analyseSegmentation } from './segmentationAnalysis';

serveAnalysis(analyseSegmentation);
