/** An agenda item's number as the UN prints it: `71`, or `71(b)` for a sub-item. */
export function agendaItemNumber(item: { number: number; subitem?: string | undefined }): string {
  return item.subitem === undefined ? String(item.number) : `${item.number}(${item.subitem})`;
}
