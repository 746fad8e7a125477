/** The card area's texts (Bahasa Indonesia first; English must have the same shape). */
export const cardsId = {
  links: { events: 'Acara penyerahan' },
  title: 'Kartu peserta',
};

export const cardsEn: typeof cardsId = {
  links: { events: 'Handover events' },
  title: 'Membership cards',
};
