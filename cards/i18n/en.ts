import type { Messages } from './sv.js';

export const en: Messages = {
  common: {
    botName: 'RC bot',
    backToMenu: 'Back to menu',
    emergency: 'Is someone in immediate danger? Call 112.',
    genericError: 'Something went wrong on our side. Nothing you wrote was saved. Please try again shortly.',
    unknownAction: 'The bot no longer recognises that button. Please start again from the menu.',
  },
  welcome: {
    title: 'Welcome to the RC bot',
    intro:
      'Professionals in social services, schools, health care or the police can get support from a regional resource centre in cases of honour-related violence and oppression.',
    privacy:
      'Never write names, personal identity numbers, addresses, schools or anything else that could identify someone. Describe the case de-identified.',
    chooseJob: 'What would you like to do?',
    consultation: 'Request a consultation',
    consultationHint: 'Ask your resource centre a de-identified question about a case.',
    findCentre: 'Find a resource centre',
    findCentreHint: 'See which resource centre serves a municipality and how to reach it.',
    sessions: 'Network sessions',
    sessionsHint: "Book a place and send questions to the network's consultation sessions.",
  },
  findCentre: {
    askPlace: 'Which municipality is it about? Write its name, for example Kiruna.',
  },
  comingSoon: {
    body: 'This part of the bot is not ready yet. It is coming soon.',
    meanwhile:
      'Need support now? The National Centre against honour-related violence and oppression (NCH) runs a national support phone for professionals.',
  },
  help: {
    notUnderstood: 'I did not quite understand. Choose something from the menu below, or write "help".',
  },
};
