// Each county's seat (residensstad), by SCB municipality code: where a centre whose coverage the
// sources do not list is measured to (Skåne's is run under Länsstyrelsen Skåne's agreement,
// seated in Malmö). General knowledge, not from the seed reports; the seats have not changed
// since the current counties were formed.
export const COUNTY_SEATS: Readonly<Record<string, string>> = {
  '01': '0180', // Stockholm
  '03': '0380', // Uppsala
  '04': '0480', // Nyköping
  '05': '0580', // Linköping
  '06': '0680', // Jönköping
  '07': '0780', // Växjö
  '08': '0880', // Kalmar
  '09': '0980', // Visby (Gotland)
  '10': '1080', // Karlskrona
  '12': '1280', // Malmö
  '13': '1380', // Halmstad
  '14': '1480', // Göteborg
  '17': '1780', // Karlstad
  '18': '1880', // Örebro
  '19': '1980', // Västerås
  '20': '2080', // Falun
  '21': '2180', // Gävle
  '22': '2280', // Härnösand
  '23': '2380', // Östersund
  '24': '2480', // Umeå
  '25': '2580', // Luleå
};
