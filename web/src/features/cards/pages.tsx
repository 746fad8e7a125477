/**
 * The card area's pages, as the router knows them: print batches (/cards, /cards/batches/$batchId),
 * handover ceremonies (/cards/events, /cards/events/$eventId) and the public check (/verifikasi).
 */
export { CardsPage } from './CardsPage';
export { CardBatchPage } from './CardBatchPage';
export { HandoverEventsPage } from './HandoverEventsPage';
export { HandoverEventPage } from './HandoverEventPage';
export { VerifyCardPage } from './VerifyCardPage';
