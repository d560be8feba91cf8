// Swedish is the product's first language; every user-facing string starts here.
// English (en.ts) must provide the same keys: the type checks that.
export const sv = {
  common: {
    botName: 'RC-boten',
    backToMenu: 'Till menyn',
    emergency: 'Är någon i akut fara? Ring 112.',
    genericError: 'Något gick fel hos oss. Ingenting du skrev har sparats. Försök igen om en stund.',
    unknownAction: 'Den knappen känner boten inte igen längre. Börja om från menyn.',
  },
  welcome: {
    title: 'Välkommen till RC-boten',
    intro:
      'Här kan du som arbetar inom socialtjänst, skola, hälso- och sjukvård eller polis få stöd från ett regionalt resurscentrum i ärenden som rör hedersrelaterat våld och förtryck.',
    privacy:
      'Skriv aldrig namn, personnummer, adresser, skolor eller andra uppgifter som kan identifiera någon. Beskriv ärendet avidentifierat.',
    chooseJob: 'Vad vill du göra?',
    consultation: 'Begär konsultation',
    consultationHint: 'Ställ en avidentifierad fråga om ett ärende till ditt resurscentrum.',
    findCentre: 'Hitta resurscentrum',
    findCentreHint: 'Se vilket resurscentrum som finns för en kommun och hur du når det.',
    sessions: 'Nätverksträffar',
    sessionsHint: 'Boka plats och skicka frågor till nätverkets konsultationsträffar.',
  },
  findCentre: {
    askPlace: 'Vilken kommun gäller det? Skriv kommunens namn, till exempel Kiruna.',
  },
  comingSoon: {
    body: 'Den här delen av boten är inte klar ännu. Den kommer snart.',
    meanwhile:
      'Behöver du stöd nu? Nationellt centrum mot hedersrelaterat våld och förtryck (NCH) har en nationell stödtelefon för yrkesverksamma.',
  },
  help: {
    notUnderstood: 'Jag förstod inte riktigt. Välj något i menyn nedan, eller skriv "hjälp".',
  },
} as const;

/** The catalogue's shape with plain strings, so other languages can fill it in. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof sv>;
