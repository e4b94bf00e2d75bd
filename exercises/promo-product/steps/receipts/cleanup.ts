/**
 * The participant's clean-up of the labels as pure changes of state.receipts: merges are kept as from → into,
 * exclusions as labels. Pure, so each change is tested on its own.
 */
import type { ReceiptSettings } from '../../state';

/**
 * Labels that are usually not a purchase: carrier bags, delivery, services (ru, en, zh), as words, so a baguette
 * is not a bag; bin bags are goods, not the carrier bag at the till.
 */
const NOT_PURCHASE = /(^|[^\p{L}])(пакет|доставк|услуг|bags?($|[^\p{L}])|deliver|services?($|[^\p{L}]))|袋(?!装)|配送|服务/iu;
const GOODS = /мусор|garbage|trash|bin ?bags?|垃圾/iu;

/** Labels that look like bags, delivery or services by their label or the name shown for it, not yet excluded. */
export function suggestedExclusions(labels: readonly string[], name: (label: string) => string, excluded: readonly string[]): string[] {
  const out = new Set(excluded);
  return labels.filter((label) => {
    if (out.has(label)) return false;
    const text = `${label} ${name(label)}`;
    return NOT_PURCHASE.test(text) && !GOODS.test(text);
  });
}

/**
 * `picked` labels are read as `into` from now on. Labels merged into a picked one follow it; `into` itself stops
 * being merged elsewhere, so the new name is where the chain ends.
 */
export function mergeLabels(settings: ReceiptSettings, picked: readonly string[], into: string): ReceiptSettings {
  const name = into.trim();
  if (name === '') return settings;
  const merges: Record<string, string> = {};
  const moved = new Set(picked);
  for (const [from, to] of Object.entries(settings.merges)) {
    if (from === name) continue;
    merges[from] = moved.has(to) ? name : to;
  }
  for (const label of picked) if (label !== name) merges[label] = name;
  return { ...settings, merges };
}

/** Every label merged into `into` is read as itself again. */
export function undoMerge(settings: ReceiptSettings, into: string): ReceiptSettings {
  return { ...settings, merges: Object.fromEntries(Object.entries(settings.merges).filter(([, to]) => to !== into)) };
}

export interface MergeGroup {
  into: string;
  from: string[];
}

/** Merges listed by the name they go into, in alphabetical order of the name shown. */
export function mergeGroups(merges: Readonly<Record<string, string>>, name: (label: string) => string): MergeGroup[] {
  const groups = new Map<string, string[]>();
  for (const [from, into] of Object.entries(merges)) groups.set(into, [...(groups.get(into) ?? []), from]);
  return [...groups.entries()].map(([into, from]) => ({ into, from: from.sort() })).sort((a, b) => name(a.into).localeCompare(name(b.into)));
}

export function setExcluded(settings: ReceiptSettings, labels: readonly string[], excluded: boolean): ReceiptSettings {
  const set = new Set(settings.excluded);
  for (const label of labels) {
    if (excluded) set.add(label);
    else set.delete(label);
  }
  return { ...settings, excluded: [...set] };
}
