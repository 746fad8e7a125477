import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type RuleBook = components['schemas']['RuleBook'];
export type RuleSource = components['schemas']['RuleSource'];
export type SourceStatus = RuleSource['status'];
export type Regulation = components['schemas']['Regulation'];
export type QuoteBody = components['schemas']['QuoteRequestInput'];
export type Quote = components['schemas']['Quote'];
export type BenefitBody = components['schemas']['BenefitRequestInput'];
export type BenefitSimulation = components['schemas']['BenefitSimulation'];
export type NikBody = components['schemas']['NikCheckRequestInput'];
export type NikCheck = components['schemas']['NikCheck'];

/** The rule book changes only with a new release: load it once per visit. */
export const rulesQuery = queryOptions({
  queryKey: ['rules'] as const,
  queryFn: () => unwrap(api.GET('/api/rules')),
  staleTime: Infinity,
});

export const postQuote = (body: QuoteBody) => unwrap(api.POST('/api/quotes', { body }));
export const postBenefit = (body: BenefitBody) => unwrap(api.POST('/api/benefits/simulate', { body }));
export const postNik = (body: NikBody) => unwrap(api.POST('/api/nik/check', { body }));

type Submission<TBody> = { id: number; body: TBody };

/**
 * One calculation form: the last submitted input, and the server's answer to it. The answer is
 * keyed by the interface language too, so switching language asks again and the server's own
 * words (error messages, notes, discount names) follow the new language.
 */
export function useSimulation<TBody, TResult>(name: string, run: (body: TBody) => Promise<TResult>, options: { gcTime?: number } = {}) {
  const { i18n } = useTranslation();
  const [submission, setSubmission] = useState<Submission<TBody> | null>(null);
  const query = useQuery({
    queryKey: ['simulasi', name, i18n.language, submission] as const,
    queryFn: () => (submission ? run(submission.body) : Promise.reject(new Error('Nothing submitted'))),
    enabled: submission !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    ...(options.gcTime === undefined ? {} : { gcTime: options.gcTime }),
  });

  // A new answer moves focus to its heading: on a phone the result is below the form.
  const resultRef = useRef<HTMLHeadingElement>(null);
  const focusedFor = useRef(0);
  const submissionId = submission?.id ?? 0;
  const hasFreshData = query.isSuccess && !query.isPlaceholderData;
  useEffect(() => {
    if (!hasFreshData || submissionId === 0 || focusedFor.current === submissionId) return;
    focusedFor.current = submissionId;
    resultRef.current?.focus();
  }, [hasFreshData, submissionId]);

  return {
    query,
    resultRef,
    /** Every press of the button asks again, even with the same input (after a network error). */
    submit: (body: TBody) => setSubmission((previous) => ({ id: (previous?.id ?? 0) + 1, body })),
    /** The input is wrong before it is sent: forget the previous answer so it is not mistaken for this one. */
    reset: () => setSubmission(null),
  };
}
