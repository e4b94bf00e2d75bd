import { serveAnalysis } from '../workbook/analysis/serveAnalysis';
import { exportFileContent } from './exportWorkbook';

serveAnalysis(exportFileContent);
