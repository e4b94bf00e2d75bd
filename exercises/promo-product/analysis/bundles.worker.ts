import { serveAnalysis } from '../../../src/workbook/analysis/serveAnalysis';
import { analyseBundles } from './bundlesAnalysis';

serveAnalysis(analyseBundles);
