const numberFormat = new Intl.NumberFormat("en-US");

/** "1,234 events", "1 event". */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${numberFormat.format(count)} ${count === 1 ? singular : plural}`;
}

/** "1,234". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}
