import { serveAnalysis } from '../../workbook/analysis/serveAnalysis';
import { storedCsvFile } from './storedCsv';

serveAnalysis(storedCsvFile);
