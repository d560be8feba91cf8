// The role-aware menu (bot/menu/menu-table.ts): group headings, the buttons beyond the
// requester's three jobs (those stay in `welcome`), `hjälp`'s command list and the short
// answer to a question the bot cannot read.
export const svMenu = {
  groups: {
    requester: 'För dig som yrkesverksam',
    coordinator: 'För resurscentrumets koordinatorer',
    lead: 'För dig som leder ett nätverk',
    admin: 'För administratörer',
  },
  staffIntro: 'Det här kan du göra här.',
  actions: {
    mine: 'Mina konsultationer',
    mineHint: 'Se dina frågor, svaren och vad som händer med dem.',
    queue: 'Öppna ärenden',
    log: 'Logga konsultation',
    plan: 'Planera träffar',
    planFor: 'Planera träffar: {network}',
    agenda: 'Dagordning och närvaro',
    bindChannel: 'Koppla den här kanalen',
    bindNational: 'Koppla nationella kanalen',
    createNetwork: 'Skapa nätverk',
    catalogueStatus: 'Katalogstatus',
    targets: 'Svarsmål',
    closedPeriods: 'Stängda perioder',
    reopenPeriod: 'Period för ny kontakt',
    addOrganisation: 'Lägg till organisation',
    addCoLead: 'Lägg till medledare',
    networkChannel: 'Koppla nätverkets kanal',
    deputy: 'Byt ersättare',
  },
  commandsTitle: 'Det här kan du skriva till boten',
  findCommand: 'hitta rc <kommun>',
  suggestTitle: 'Det kan jag inte svara på här',
  showAll: 'Visa alla val',
};
