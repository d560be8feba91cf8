// Capitalised words that are not names of people or places: everyday Swedish words
// that start sentences, and the authorities and services professionals mention all
// the time. The heuristics use them to tell "Rosendals gymnasium" from "Den skolan"
// and "123 45 Malmö" from "114 14 Polisen".

const words = (block: string) => block.split(/\s+/).filter((w) => w.length > 0);

/** Lower case. Function words and frequent sentence openers in case notes. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  words(`
alla allt andra annan annat att av bara han hans honom barnet barnen bland bor bröder båda både de
dem den denna dess deras det detta dessa dig din dina ditt du där därefter därför
efter eftersom eller en enligt er era ert ett familjen flera flickan folk fortfarande
från för första föräldrarna ha hade har hela hemma hennes henne hon hos hur här i
ibland idag igen ingen inget inga inte jag just kan kanske kom kommer kommunen
kommunens kunde kuratorn man mamma mamman med medan men mer mest min mina mitt mycket
många nu när nästa någon något några och också om pappa pappan pojken på rektorn
samma samt se sedan ser sig sin sina sitt sjukvården skolan skolans ska skulle
socialsekreteraren som så tidigare till tills trots under ungefär upp ut utan
vad var vara varför vart vem vi vid vilka vilken vilket vår våra vårt våran ytterligare
åt än ändå även över nya gamla ny gammal stora lilla stor liten egen egna eget olika
ena andra tredje hel halva inför mot per via klockan kl ca cirka ej ja nej hej tack
hälsningar mvh god goda dag idag imorgon igår vecka veckan månad året år tid
eleven elever läraren lärare kusinen brodern systern farbror morbror faster moster
mormor morfar farmor farfar maken frun mannen kvinnan familj barn unga ung vuxen
eftermiddag förmiddag kväll morgon natt helgen sommar sommaren vinter hösten våren
januari februari mars april maj juni juli augusti september oktober november december
måndag tisdag onsdag torsdag fredag lördag söndag centrum
varje förra nuvarande föregående kommunal kommunala fristående privat privata vissa
samtliga aktuella berörda närmaste lokala mottagande ansvariga dottern sonen syster
bror flicka pojke elev kvinna mannen hushållet släkten vårdnadshavaren vårdnadshavarna
handläggaren kollegan läkaren sjuksköterskan skolsköterskan polisen tolken
`),
);

/** Endings of authority and unit names ("Utbildningsnämnden", "Familjeenheten"). */
export const ORGANISATION_SUFFIX =
  /(?:nämnden|förvaltningen|kontoret|enheten|avdelningen|verket|myndigheten|rätten|jouren|mottagningen|centralen|sektionen|gruppen|teamet)$/u;

/** As written. Authorities, services and programmes that are safe to name. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  words(`
Arbetsförmedlingen Ambassaden Barnahus BRIS BUP Brottsofferjouren Dialoga Elevhälsan
Familjerätten Förvaltningsrätten Försäkringskassan Hovrätten HVB IVO Kammarrätten
Kriminalvården Kvinnofridslinjen Kvinnojouren Kommunen Landstinget Länsstyrelsen
Migrationsverket NCH NKT Origo Patriark Polisen Regionen Region Resurscentrum
Resursteam Skatteverket Skolverket Socialstyrelsen Socialtjänsten Socialnämnden SiS
Tingsrätten Tjejjouren UD Unizon Vårdcentralen Åklagarmyndigheten Sverige Teams
Barnombudsmannen Socialförvaltningen Utbildningsförvaltningen Rädda Barnen Röda Korset
Stadsmissionen Fryshuset Sahlgrenska Karolinska Al-Shabaab Al-Qaida Al-Qaeda
`),
);

/**
 * An everyday word or an authority, also in the genitive ("Flickans", "Sveriges"),
 * the way sentence openers and institutions show up capitalised.
 */
export function isOrdinaryWord(word: string): boolean {
  const lower = word.toLowerCase();
  const forms = lower.endsWith('s') ? [word, word.slice(0, -1)] : [word];
  return forms.some(
    (w) => COMMON_WORDS.has(w.toLowerCase()) || ORGANISATION_WORDS.has(w) || ORGANISATION_SUFFIX.test(w.toLowerCase()),
  );
}
