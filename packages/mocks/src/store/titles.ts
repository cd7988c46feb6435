import { addDays, type IsoDate } from '@tessera/core';
import { MOCK_IDS } from './ids.js';
import { both, type StoredTitleCase } from './texts.js';

/**
 * title-1: the paid-off Camry, titled in Florida (electronic titles), lien release in
 * progress. title-2: an older loan, paid off months ago and no longer listed among the
 * accounts, whose paper title was mailed to the owner in Texas after a move from Florida.
 * Step notes and guidance are in both languages; vehicles and carriers are names.
 */
export function seedTitles(today: IsoDate): StoredTitleCase[] {
  const payoff = addDays(today, -9);
  const olderPayoff = addDays(today, -99);
  return [
    {
      id: MOCK_IDS.title,
      accountId: MOCK_IDS.paidOffLoan,
      vehicle: { year: 2019, make: 'Toyota', model: 'Camry', vinLast6: 'K20554' },
      payoffDate: payoff,
      titlingState: 'FL',
      delivery: { method: 'electronic', recipient: 'dmv' },
      steps: [
        { key: 'payoff-received', status: 'done', completedOn: payoff },
        { key: 'payment-cleared', status: 'done', completedOn: addDays(today, -2) },
        {
          key: 'lien-released',
          status: 'current',
          estimate: { from: addDays(today, 2), to: addDays(today, 4) },
          note: both(
            'We release the lien electronically with the Florida motor vehicle agency.',
            'Liberamos el gravamen electrónicamente ante el DMV de Florida.',
          ),
        },
        { key: 'title-sent', status: 'upcoming', estimate: { from: addDays(today, 9), to: addDays(today, 13) } },
        { key: 'title-delivered', status: 'upcoming', estimate: { from: addDays(today, 16), to: addDays(today, 27) } },
      ],
      guidance: [
        both(
          'Florida keeps vehicle titles electronically. Once the lien is released, the title is in your name with no lender listed.',
          'Florida guarda los títulos en forma electrónica. Liberado el gravamen, el título queda solo a su nombre.',
        ),
        both(
          'If you want a paper title, ask your county tax collector’s office for one after the lien release is recorded. They may charge a fee.',
          'Si quiere un título en papel, pídalo en la oficina de impuestos de su condado una vez registrada la liberación. Puede tener un costo.',
        ),
      ],
      emailUpdates: { enabled: false, maskedEmail: 'j•••••@example.com' },
    },
    {
      id: 'title-2',
      accountId: 'auto-acct-3',
      vehicle: { year: 2016, make: 'Ford', model: 'F-150', vinLast6: 'C09318' },
      payoffDate: olderPayoff,
      titlingState: 'TX',
      previousState: 'FL',
      delivery: { method: 'paper', recipient: 'owner' },
      steps: [
        { key: 'payoff-received', status: 'done', completedOn: olderPayoff },
        { key: 'payment-cleared', status: 'done', completedOn: addDays(olderPayoff, 6) },
        { key: 'lien-released', status: 'done', completedOn: addDays(olderPayoff, 11) },
        { key: 'title-sent', status: 'done', completedOn: addDays(olderPayoff, 15) },
        { key: 'title-delivered', status: 'done', completedOn: addDays(olderPayoff, 19) },
      ],
      guidance: [
        both(
          'Texas issues paper titles. Keep yours in a safe place, not in the vehicle.',
          'Texas emite títulos en papel. Guarde el suyo en un lugar seguro, no en el vehículo.',
        ),
        both(
          'Because you moved from Florida, take the title to your county tax office if you have not registered the vehicle in Texas yet.',
          'Como se mudó desde Florida, lleve el título a la oficina de impuestos de su condado si aún no registró el vehículo en Texas.',
        ),
      ],
      tracking: { carrier: 'USPS', number: '9400 1118 9922 3344 5566 77', url: 'https://tracking.example.com/usps/9400111899223344556677' },
      emailUpdates: { enabled: true, maskedEmail: 'j•••••@example.com' },
    },
  ];
}
