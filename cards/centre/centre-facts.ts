// How one resource centre reads on a card: who runs it, for whom, what it offers, how to reach it.
import type { ContactChannel, NationalFallback, ResourceCentre } from '../../services/directory/schema.js';
import { paragraph } from '../card.js';
import { fill, type Messages } from '../i18n/catalogue.js';
import type { CardElement } from '../types.js';

export function agesText(m: Messages, centre: ResourceCentre): string {
  const ages = centre.targetAges;
  if (ages.kind === 'range') return fill(m.centre.agesRange, { min: ages.min, max: ages.max });
  return ages.kind === 'all_ages' ? m.centre.agesAll : m.centre.notStated;
}

/** Only contacts that exist: a "Telefon" row without a number helps nobody who needs to call. */
export function channelFacts(m: Messages, channels: readonly ContactChannel[]): Array<{ title: string; value: string }> {
  return channels.flatMap((c) => (c.value ? [{ title: m.centre.channelNames[c.kind], value: c.value }] : []));
}

export function centreFacts(m: Messages, centre: ResourceCentre): CardElement {
  const services = centre.services.map((s) => m.centre.serviceNames[s]).join(', ');
  return {
    type: 'FactSet',
    facts: [
      { title: m.centre.host, value: centre.host ?? m.centre.notStated },
      { title: m.centre.ages, value: agesText(m, centre) },
      { title: m.centre.services, value: services || m.centre.notStated },
      { title: m.centre.status, value: m.centre.statusNames[centre.status] },
      ...channelFacts(m, centre.channels),
    ],
  };
}

/** True when a professional could actually pick up a phone or write: some channel has a value. */
export function reachable(channels: readonly ContactChannel[]): boolean {
  return channels.some((c) => c.value !== undefined);
}

export function nationalBlock(m: Messages, nch: NationalFallback): CardElement {
  return {
    type: 'Container',
    style: 'emphasis',
    spacing: 'medium',
    items: [
      paragraph(m.centre.national, { weight: 'bolder' }),
      // The directory describes NCH in Swedish; the English catalogue says it in English.
      paragraph(fill(m.centre.nationalAbout, { name: nch.name, short: nch.shortName, host: nch.host, description: nch.description }), { size: 'small' }),
      { type: 'FactSet', facts: channelFacts(m, nch.channels) },
    ],
  };
}
