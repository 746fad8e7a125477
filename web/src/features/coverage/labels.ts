import { id } from '../../i18n/id';

/**
 * Codes from the coverage API, as keys of the catalogue: every state, filter, channel, template and
 * message status is shown in words, and an unknown code (a newer server) falls back to itself.
 */
type Coverage = typeof id.coverage;

export type CoverageState = keyof Coverage['states'];
export type CoverageFilter = keyof Coverage['filters'];
export type MessageStatus = keyof Coverage['messages']['statuses'];
export type MessageChannel = keyof Coverage['messages']['channels'];
export type MessageTemplate = keyof Coverage['messages']['templates'];

function hasKey<T extends object>(record: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(record, key);
}

/** The list filters, in the order an officer reads them: the good news first, then what needs action. */
export const COVERAGE_FILTERS = ['active', 'expiring', 'arrears', 'ended', 'self', 'none'] as const satisfies readonly CoverageFilter[];
export const MESSAGE_STATUSES = ['queued', 'sent', 'failed', 'skipped'] as const satisfies readonly MessageStatus[];
export const MESSAGE_TEMPLATES = ['worker_lapse_soon', 'worker_arrears', 'worker_self_pay_paid', 'donor_renewal', 'donor_allocated'] as const satisfies readonly MessageTemplate[];

export const isCoverageState = (code: unknown): code is CoverageState => typeof code === 'string' && hasKey(id.coverage.states, code);
export const isCoverageFilter = (code: unknown): code is CoverageFilter => typeof code === 'string' && hasKey(id.coverage.filters, code);
export const isMessageStatus = (code: unknown): code is MessageStatus => typeof code === 'string' && hasKey(id.coverage.messages.statuses, code);
export const isMessageChannel = (code: string): code is MessageChannel => hasKey(id.coverage.messages.channels, code);
export const isMessageTemplate = (code: unknown): code is MessageTemplate => typeof code === 'string' && hasKey(id.coverage.messages.templates, code);

/** Badge colours by state; the words come from the catalogue. */
export const STATE_CLASS: Record<CoverageState, string> = {
  ACTIVE: 'pill pill-ok',
  ARREARS: 'pill pill-warn',
  ENDED: 'pill pill-danger',
  NOT_STARTED: 'pill pill-info',
  NONE: 'pill',
};

export const MESSAGE_STATUS_CLASS: Record<MessageStatus, string> = {
  queued: 'pill pill-info',
  sent: 'pill pill-ok',
  failed: 'pill pill-danger',
  skipped: 'pill',
};

/** The state a worker-list filter shows, for the colour of its card. */
export const FILTER_STATE: Record<CoverageFilter, CoverageState> = {
  active: 'ACTIVE',
  expiring: 'ACTIVE',
  arrears: 'ARREARS',
  ended: 'ENDED',
  self: 'ACTIVE',
  none: 'NONE',
};

/** Grace months when the rule book cannot be read (coverage.graceMonths, PP 44/2015 as amended). */
export const DEFAULT_GRACE_MONTHS = 3;
