import { useMemo } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { rfmSegmentMessages } from '../../../../src/customers/rfmSegmentNames';
import { useLabelName, type SalesOrigin } from '../../../../src/customers/useSales';
import { segmentationNames, type SegmentationNames } from '../../content/names';
import { namesMessages } from '../../messages/names';
import type { SegmentationState } from '../../state';

/** The exercise's names in the interface's language, for the sales the steps read. */
export function useNames(origin: SalesOrigin, segments: SegmentationState['segments']): SegmentationNames {
  const t = useMessages(namesMessages);
  const rfmT = useMessages(rfmSegmentMessages);
  const format = useFormat();
  const labelName = useLabelName(origin);
  return useMemo(() => segmentationNames(t, rfmT, format, labelName, segments), [t, rfmT, format, labelName, segments]);
}
