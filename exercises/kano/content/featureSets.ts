import type { Locale } from '../../../src/i18n/locale';
import type { KanoFeature } from '../state';
import type { ExampleFeature, ExampleFeatureSet } from './exampleFeatureSet';
import { RETAIL_FEATURE_SET } from './retailFeatureSet';

/** Example feature lists the participant can start from, one per kind of business the seminar meets most. */

const b2bDistribution: ExampleFeatureSet = {
  id: 'b2b-distribution',
  title: { ru: 'B2B-дистрибуция', en: 'B2B distribution', zh: 'B2B分销' },
  features: [
    {
      key: 'next-day-delivery',
      name: { ru: 'Доставка на следующий день', en: 'Next-day delivery', zh: '次日送达' },
      description: {
        ru: 'Заказ, принятый до 16:00, привозят на следующий рабочий день.',
        en: 'Orders placed before 4 pm arrive on the next working day.',
        zh: '下午四点前下的订单，下一个工作日送达。',
      },
    },
    {
      key: 'client-portal',
      name: { ru: 'Личный кабинет с остатками и ценами', en: 'Customer portal with stock and prices', zh: '可查库存和价格的客户门户' },
      description: {
        ru: 'Онлайн видны актуальные остатки на складе, ваши цены и статус заказов.',
        en: 'Live warehouse stock, your prices and order status online.',
        zh: '在线查看实时库存、专属价格和订单状态。',
      },
    },
    {
      key: 'payment-terms',
      name: { ru: 'Отсрочка платежа 30 дней', en: '30-day payment terms', zh: '30天账期' },
      description: {
        ru: 'Оплата поставки в течение 30 дней после отгрузки.',
        en: 'Deliveries are paid within 30 days of shipment.',
        zh: '发货后30天内付款。',
      },
    },
    {
      key: 'account-manager',
      name: { ru: 'Персональный менеджер', en: 'Dedicated account manager', zh: '专属客户经理' },
      description: {
        ru: 'Один менеджер знает вашу историю и отвечает в течение часа.',
        en: 'One manager who knows your history and answers within an hour.',
        zh: '一位熟悉您情况的经理，一小时内回复。',
      },
    },
    {
      key: 'edi',
      name: { ru: 'Электронный документооборот', en: 'Electronic document exchange', zh: '电子单据交换' },
      description: {
        ru: 'Счета, накладные и акты приходят через ЭДО, без бумаги.',
        en: 'Invoices, delivery notes and statements arrive electronically, without paper.',
        zh: '发票、送货单和对账单通过电子方式传送，无需纸质文件。',
      },
    },
    {
      key: 'volume-rebate',
      name: { ru: 'Бонус за объём закупок', en: 'Volume rebate', zh: '采购量返利' },
      description: {
        ru: 'Ретро-бонус по итогам квартала при выполнении плана закупок.',
        en: 'A quarterly rebate when the agreed purchase volume is reached.',
        zh: '季度采购量达标后给予返利。',
      },
    },
    {
      key: 'staff-training',
      name: { ru: 'Обучение ваших сотрудников', en: 'Training for your staff', zh: '为贵司员工提供培训' },
      description: {
        ru: 'Семинары о продукции для продавцов и технических специалистов клиента.',
        en: 'Product seminars for the customer’s sales and technical staff.',
        zh: '为客户的销售和技术人员举办产品培训。',
      },
    },
  ],
};

const services: ExampleFeatureSet = {
  id: 'car-service',
  title: { ru: 'Услуги: автосервис', en: 'Services: car repair shop', zh: '服务：汽车维修店' },
  features: [
    {
      key: 'online-booking',
      name: { ru: 'Онлайн-запись', en: 'Online booking', zh: '在线预约' },
      description: {
        ru: 'Запись на удобное время через сайт или мессенджер, без звонка.',
        en: 'Book a convenient time on the website or in a messenger, without calling.',
        zh: '通过网站或即时通讯预约方便的时间，无需打电话。',
      },
    },
    {
      key: 'fixed-price',
      name: { ru: 'Цена согласована до начала работ', en: 'Price agreed before work starts', zh: '开工前确定价格' },
      description: {
        ru: 'Итоговая сумма известна заранее; любые дополнительные работы — только с вашего согласия.',
        en: 'The total is known in advance; any extra work only with your consent.',
        zh: '事先确定总价，任何额外维修都须经您同意。',
      },
    },
    {
      key: 'courtesy-car',
      name: { ru: 'Подменный автомобиль', en: 'Courtesy car', zh: '代步车' },
      description: {
        ru: 'Автомобиль на время ремонта дольше одного дня.',
        en: 'A car to use while repairs take longer than a day.',
        zh: '维修超过一天时提供代步车。',
      },
    },
    {
      key: 'photo-report',
      name: { ru: 'Фото- и видеоотчёт о работах', en: 'Photo and video report', zh: '维修照片和视频报告' },
      description: {
        ru: 'Мастер присылает в мессенджер фото снятых деталей и видео выполненных работ.',
        en: 'The mechanic sends photos of replaced parts and a video of the work to your messenger.',
        zh: '技师通过即时通讯发送更换零件的照片和维修视频。',
      },
    },
    {
      key: 'waiting-lounge',
      name: { ru: 'Зона ожидания с кофе и Wi-Fi', en: 'Waiting lounge with coffee and Wi-Fi', zh: '提供咖啡和Wi-Fi的休息区' },
      description: {
        ru: 'Удобные кресла, кофе и быстрый интернет, пока машина в работе.',
        en: 'Comfortable seats, coffee and fast internet while the car is being serviced.',
        zh: '车辆维修期间提供舒适座椅、咖啡和高速网络。',
      },
    },
    {
      key: 'service-reminders',
      name: { ru: 'Напоминания о плановом ТО', en: 'Maintenance reminders', zh: '定期保养提醒' },
      description: {
        ru: 'Сообщение, когда по пробегу или сроку пора на плановое обслуживание.',
        en: 'A message when mileage or time says scheduled maintenance is due.',
        zh: '根据里程或时间提醒您进行定期保养。',
      },
    },
    {
      key: 'work-warranty',
      name: { ru: 'Гарантия на работы 12 месяцев', en: '12-month warranty on the work', zh: '维修工作质保12个月' },
      description: {
        ru: 'Если выполненная работа подвела в течение года, её переделают бесплатно.',
        en: 'If the work fails within a year, it is redone free of charge.',
        zh: '一年内维修质量出现问题，免费返修。',
      },
    },
  ],
};

export const EXAMPLE_FEATURE_SETS: readonly ExampleFeatureSet[] = [RETAIL_FEATURE_SET, b2bDistribution, services];

export function findExampleFeature(set: string, key: string): ExampleFeature | undefined {
  return EXAMPLE_FEATURE_SETS.find((candidate) => candidate.id === set)?.features.find((feature) => feature.key === key);
}

/** The name and description to show: the example's text in the current language while it is untouched. */
export function featureText(feature: Pick<KanoFeature, 'name' | 'description' | 'exampleRef'>, locale: Locale): { name: string; description: string } {
  const example = feature.exampleRef ? findExampleFeature(feature.exampleRef.set, feature.exampleRef.key) : undefined;
  if (!example) return { name: feature.name, description: feature.description };
  return { name: example.name[locale], description: example.description[locale] };
}
