// Function words and reporting verbs that say nothing about which event an article is about.

const words = `a about above after again against ago all almost along already also although always am among an and
another any anyone anything are around as at away back be because been before being below between both but by can
cannot could did do does doing done down during each either else even ever every few for from further had has have
having he her here hers herself him himself his how however i if in into is it its itself just last least less like
made make many may me might more most much must my myself near neither never new next no nor not now of off often on
once one only onto or other others our ours ourselves out over own per perhaps rather really same says say said
saying see seen several she should since so some something still such than that the their theirs them themselves
then there these they this those though through thus to today together told too toward towards under until up upon
us very via was we well were what whatever when where whether which while who whom whose why will with within
without would yet you your yours yourself yourselves according added adding also asked called come came get got go
going gone know known let lot lots mr mrs ms dr put really reported reports reporting seem seemed take taken tell
told think thought time times told use used way went year years day days week weeks month months yesterday
tomorrow tonight morning afternoon evening night monday tuesday wednesday thursday friday saturday sunday january
february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct
nov dec am pm a.m p.m news story stories read click share comment comments email print photo video copyright
rights reserved image images page link`;

export const stopwords: ReadonlySet<string> = new Set(words.split(/\s+/).filter(Boolean));

/**
 * Words that make up many place names ("Idaho Falls", "Newton Falls"; "Wake County", "Cook County"): as a word of
 * a name, one says only what kind of place is meant, so two reports of different towns would meet by it.
 */
export const placeWords: ReadonlySet<string> = new Set(`county township parish borough city town village falls park
heights beach springs lake lakes mount mountain fort port north south east west northeast northwest southeast southwest
upper lower saint st island hills hill valley side shore bay river creek grove harbor point ridge junction center
centre station glen woods forest rapids bluff bluffs`.split(/\s+/).filter(Boolean));
