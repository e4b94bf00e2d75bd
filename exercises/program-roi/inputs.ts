import type { DatasetSpec } from '../../src/data/spec';
import { SALES_SPEC_ID, salesSpec } from '../../src/data/salesSpec';

export { SALES_SPEC_ID, salesSpec };

/**
 * What the "evaluate a running program" step reads from the participant's files: sales rows, and
 * optionally a separate list of members when the sales export has no member column. Header synonyms
 * cover what Russian, English and Chinese exports (1C, CRM, POS) usually call these columns.
 */

export const MEMBER_LIST_SPEC_ID = 'members';

export const memberListSpec: DatasetSpec = {
  id: MEMBER_LIST_SPEC_ID,
  title: { ru: 'Список участников программы', en: 'Program member list', zh: '会员名单' },
  columns: [
    {
      key: 'customer',
      type: 'text',
      required: true,
      label: { ru: 'Клиент', en: 'Customer', zh: '客户' },
      synonyms: salesSpec.columns[0]!.synonyms,
      example: 'C0001',
    },
    {
      key: 'joinDate',
      type: 'date',
      required: false,
      label: { ru: 'Дата вступления', en: 'Join date', zh: '入会日期' },
      synonyms: {
        ru: ['дата вступления', 'дата регистрации', 'вступил', 'дата выдачи карты', 'дата активации'],
        en: ['join date', 'joined', 'signup date', 'enrolment date', 'enrollment date', 'registration date'],
        zh: ['入会日期', '注册日期', '加入日期', '开卡日期'],
      },
      example: '2023-09-15',
    },
  ],
};

export const evaluationInputs: readonly DatasetSpec[] = [salesSpec, memberListSpec];
