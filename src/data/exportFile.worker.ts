import { serveAnalysis } from '../workbook/analysis/serveAnalysis';
import { exportFile } from './exportWorkbook';

serveAnalysis(exportFile);
