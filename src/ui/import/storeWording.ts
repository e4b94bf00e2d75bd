import type { Translate } from '../../i18n/translate';
import type { DatasetStoreError } from '../../store/datasets';
import type { StoreMessageKey } from './storeMessages';

export function storeErrorText(t: Translate<StoreMessageKey>, error: DatasetStoreError, fileName = ''): string {
  switch (error.code) {
    case 'unavailable':
    case 'quota':
      return t(`store.${error.code}`);
    case 'invalid':
    case 'failed':
      return t(`store.${error.code}`, { detail: error.detail });
    case 'missing':
      return t('store.missing', { name: fileName });
  }
}
