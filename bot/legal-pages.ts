// The privacy and terms pages the Teams manifest links to. Short, Swedish, and true to
// what the bot does: it stores de-identified case facts, not people.
const page = (title: string, body: string) =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${title}</title>` +
  `<meta name="viewport" content="width=device-width,initial-scale=1"></head>` +
  `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;line-height:1.5">` +
  `<h1>${title}</h1>${body}</body></html>`;

export const PRIVACY_PAGE = page(
  'Integritet – RC-boten',
  '<p>RC-boten används av yrkesverksamma för att få stöd från regionala resurscentrum mot hedersrelaterat våld och förtryck.</p>' +
    '<p>Ärenden beskrivs <strong>avidentifierat</strong>. Boten kontrollerar fritext innan något sparas och avvisar personnummer, telefonnummer, e-postadresser och adresser.</p>' +
    '<p>Boten sparar ditt Teams-id för att kunna svara dig, och de kodade uppgifterna om ärendet för gemensam statistik. Fritext raderas efter en bestämd tid.</p>' +
    '<p>Boten fattar inga beslut om enskilda. Anmälningsskyldigheten enligt socialtjänstlagen gäller alltid.</p>',
);

export const TERMS_PAGE = page(
  'Villkor – RC-boten',
  '<p>RC-boten ger råd och vägledning till yrkesverksamma. Råden ersätter inte myndighetsbeslut eller anmälningsskyldighet.</p>' +
    '<p>Är någon i akut fara: ring 112.</p>',
);
