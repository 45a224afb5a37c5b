/**
 * The sessions a letter of a given date belongs to. A General Assembly session
 * opens in September (the 61st ran from September 2006 to September 2007), and
 * the Security Council counts its years from 1946 as its first (2007 → 62nd year).
 */
/** Sessions of an ISO date (`2007-06-07` → `{ generalAssembly: 61, securityCouncilYear: 62 }`). */
export function sessionOf(isoDate: string): { generalAssembly: number; securityCouncilYear: number } {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return {
    generalAssembly: year - 1946 + (month >= 9 ? 1 : 0),
    securityCouncilYear: year - 1945,
  };
}
