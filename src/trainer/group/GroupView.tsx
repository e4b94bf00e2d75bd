import { useMessages } from '../../i18n/useI18n';
import { trainerMessages } from '../trainerMessages';

// Being built (issue 17): replaced by the view itself.
export default function GroupView() {
  const tt = useMessages(trainerMessages);
  return <h1>{tt('trainer.group')}</h1>;
}
