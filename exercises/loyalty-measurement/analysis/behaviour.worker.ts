import { serveAnalysis } from '../../../src/workbook/analysis/serveAnalysis';
import { analyseStoredBehaviour } from './behaviourAnalysis';

serveAnalysis(analyseStoredBehaviour);
