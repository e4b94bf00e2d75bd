import { serveAnalysis } from '../../../src/workbook/analysis/serveAnalysis';
import { segmentationCustomerTable } from './segmentationAnalysis';

serveAnalysis(segmentationCustomerTable);
