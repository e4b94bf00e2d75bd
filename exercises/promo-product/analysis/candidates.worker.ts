import { serveAnalysis } from '../../../src/workbook/analysis/serveAnalysis';
import { analyseCandidates } from './candidatesAnalysis';

serveAnalysis(analyseCandidates);
