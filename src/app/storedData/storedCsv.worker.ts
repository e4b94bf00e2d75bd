import { serveAnalysis } from '../../workbook/analysis/serveAnalysis';
import { storedCsvText } from './storedCsv';

serveAnalysis(storedCsvText);
