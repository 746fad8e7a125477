import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../common/ErrorNotice';
import { describedBy } from '../simulasi/fields';
import { useRevealWorker, type RevealBody, type RevealReason } from './api';
import { isRevealReason, REVEAL_REASONS } from './labels';

/** How long the full NIK and phone stay on screen. */
const SHOW_SECONDS = 60;
const NOTE_MIN = 5;

type RevealPanelProps = { workerId: string; onClose: () => void };

/**
 * The full NIK and phone, for a reason that is recorded with the user's name. Shown for a minute,
 * then hidden again; the answer is kept in this component only.
 */
export function RevealPanel({ workerId, onClose }: RevealPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const reveal = useRevealWorker(workerId);
  const [reason, setReason] = useState<RevealReason | ''>('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<'reason' | 'note' | null>(null);
  const [secondsLeft, setSecondsLeft] = useState(SHOW_SECONDS);
  const revealed = reveal.data;
  const { reset } = reveal;

  useEffect(() => {
    if (!revealed) return;
    setSecondsLeft(SHOW_SECONDS);
    const timer = window.setInterval(() => setSecondsLeft((left) => left - 1), 1000);
    return () => window.clearInterval(timer);
  }, [revealed]);

  useEffect(() => {
    if (revealed && secondsLeft <= 0) {
      reset();
      onClose();
    }
  }, [revealed, secondsLeft, reset, onClose]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason) {
      setProblem('reason');
      return;
    }
    if (reason === 'OTHER' && note.trim().length < NOTE_MIN) {
      setProblem('note');
      return;
    }
    setProblem(null);
    const body: RevealBody = { reason };
    if (note.trim()) body.note = note.trim();
    reveal.mutate(body);
  };

  const hide = () => {
    reset();
    onClose();
  };

  if (revealed) {
    return (
      <section className="card reveal-panel reveal-shown" aria-labelledby={`${id}-shown`} data-testid="reveal-result">
        <h2 id={`${id}-shown`}>{t('workers.reveal.shownTitle')}</h2>
        <dl className="facts">
          <dt>{t('workers.fields.nik')}</dt>
          <dd>
            <code className="nik-full" data-testid="reveal-nik">
              {revealed.nik}
            </code>
          </dd>
          <dt>{t('workers.fields.phone')}</dt>
          <dd data-testid="reveal-phone">{revealed.phone ?? <span className="muted">{t('workers.none')}</span>}</dd>
        </dl>
        <p className="notice notice-info" data-testid="reveal-recorded">
          {t('workers.reveal.recorded')}
        </p>
        <p className="muted small" aria-live="off">
          {t('workers.reveal.hidesIn', { n: Math.max(secondsLeft, 0) })}
        </p>
        <button type="button" className="button button-secondary" data-testid="reveal-hide" onClick={hide}>
          {t('workers.reveal.hide')}
        </button>
      </section>
    );
  }

  return (
    <form className="card form reveal-panel" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="reveal-form">
      <h2 id={`${id}-title`}>{t('workers.reveal.title')}</h2>
      <p className="muted small">{t('workers.reveal.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('workers.reveal.reason')}</label>
        <select
          id={`${id}-reason`}
          data-testid="reveal-reason"
          value={reason}
          onChange={(event) => setReason(isRevealReason(event.target.value) ? event.target.value : '')}
          aria-invalid={problem === 'reason'}
          aria-describedby={describedBy(problem === 'reason' && `${id}-problem`)}
        >
          <option value="">{t('workers.reveal.reasonChoose')}</option>
          {REVEAL_REASONS.map((option) => (
            <option key={option} value={option}>
              {t(`workers.reveal.reasons.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{reason === 'OTHER' ? t('workers.reveal.noteRequired') : t('workers.reveal.note')}</label>
        <textarea
          id={`${id}-note`}
          data-testid="reveal-note"
          rows={2}
          maxLength={300}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={problem === 'note'}
          aria-describedby={describedBy(problem === 'note' && `${id}-problem`)}
        />
      </div>
      {problem ? (
        <p className="field-error" id={`${id}-problem`} role="alert" data-testid="reveal-problem">
          {problem === 'reason' ? t('workers.reveal.reasonMissing') : t('workers.reveal.noteMissing', { n: NOTE_MIN })}
        </p>
      ) : null}
      {reveal.isError ? <ErrorNotice error={reveal.error} /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" data-testid="reveal-submit" disabled={reveal.isPending}>
          {reveal.isPending ? t('app.loading') : t('workers.reveal.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('workers.form.cancel')}
        </button>
      </div>
    </form>
  );
}
