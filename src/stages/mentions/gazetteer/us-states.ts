// US state abbreviations as written in news datelines (AP style) and as postal codes.

/** AP-style abbreviations ("Tenn.", "N.C.") to GeoNames admin1 codes, which for the US are postal codes. */
export const apStateAbbreviations: Readonly<Record<string, string>> = {
  'Ala.': 'AL', 'Ariz.': 'AZ', 'Ark.': 'AR', 'Calif.': 'CA', 'Cal.': 'CA', 'Colo.': 'CO', 'Conn.': 'CT',
  'Del.': 'DE', 'D.C.': 'DC', 'Fla.': 'FL', 'Ga.': 'GA', 'Ill.': 'IL', 'Ind.': 'IN', 'Kan.': 'KS',
  'Kans.': 'KS', 'Ky.': 'KY', 'La.': 'LA', 'Md.': 'MD', 'Mass.': 'MA', 'Mich.': 'MI', 'Minn.': 'MN',
  'Miss.': 'MS', 'Mo.': 'MO', 'Mont.': 'MT', 'Neb.': 'NE', 'Nebr.': 'NE', 'Nev.': 'NV', 'N.H.': 'NH',
  'N.J.': 'NJ', 'N.M.': 'NM', 'N.Y.': 'NY', 'N.C.': 'NC', 'N.D.': 'ND', 'Okla.': 'OK', 'Ore.': 'OR',
  'Oreg.': 'OR', 'Pa.': 'PA', 'Penn.': 'PA', 'R.I.': 'RI', 'S.C.': 'SC', 'S.D.': 'SD', 'Tenn.': 'TN',
  'Tex.': 'TX', 'Vt.': 'VT', 'Va.': 'VA', 'Wash.': 'WA', 'W.Va.': 'WV', 'W. Va.': 'WV', 'Wis.': 'WI',
  'Wisc.': 'WI', 'Wyo.': 'WY',
};

/** Two-letter postal codes; only trusted right after "City," since IN, OR, ME are also words. */
export const postalCodes: ReadonlySet<string> = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY',
  'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH',
  'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
]);

/**
 * The US cities AP style lets a report name without their state, by name key. Any other city named without
 * its state is, by the same style, in the report's own state (or a place of the report's city).
 */
export const apStandaloneCities: ReadonlySet<string> = new Set([
  'atlanta', 'baltimore', 'boston', 'chicago', 'cincinnati', 'cleveland', 'dallas', 'denver', 'detroit', 'honolulu',
  'houston', 'indianapolis', 'las vegas', 'los angeles', 'miami', 'milwaukee', 'minneapolis', 'new orleans',
  'new york', 'oklahoma city', 'philadelphia', 'phoenix', 'pittsburgh', 'saint louis', 'salt lake city',
  'san antonio', 'san diego', 'san francisco', 'seattle', 'washington',
]);
