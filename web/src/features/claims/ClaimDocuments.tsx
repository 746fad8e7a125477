import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../lib/format';
import { describedBy } from '../simulasi/fields';
import { DOCUMENT_MAX_BYTES, DOCUMENT_TYPES, documentUrl, useUploadDocument, type Claim } from './api';
import { DOCUMENT_KINDS, documentName, isDocumentKind } from './labels';
import { FilePicker, useClaimErrorText } from './parts';

/** The browser's guess of a file's type; the server decides by the first bytes. */
export function fileProblem(file: File | null): 'fileRequired' | 'fileType' | 'fileTooBig' | null {
  if (!file) return 'fileRequired';
  if (file.type && !DOCUMENT_TYPES.some((type) => type === file.type)) return 'fileType';
  if (file.size > DOCUMENT_MAX_BYTES) return 'fileTooBig';
  return null;
}

function UploadForm({ claim, onDone }: { claim: Claim; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const upload = useUploadDocument(claim.id);
  const errorText = useClaimErrorText();
  const firstMissing = claim.checklist.find((item) => !item.isPresent)?.kind;
  const [kind, setKind] = useState<string>(firstMissing ?? 'LAINNYA');
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isPending) return;
    const local = fileProblem(file);
    if (local || !file) return setProblem(t(`claims.docs.${local ?? 'fileRequired'}`));
    setProblem(null);
    upload.mutate(
      { kind, file },
      {
        onSuccess: () => {
          onDone(t('claims.docs.uploaded', { kind: documentName(t, kind) }));
          setFile(null);
          setInputKey((key) => key + 1);
          // Next, the first document still missing (the list refreshes after this upload).
          const next = claim.checklist.find((item) => !item.isPresent && item.kind !== kind)?.kind;
          if (next) setKind(next);
        },
      },
    );
  };
  const message = problem ?? (upload.isError ? errorText(upload.error) : null);

  return (
    <form className="claim-upload upload-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="claim-upload-form">
      <h3 id={`${id}-title`}>{t('claims.docs.uploadTitle')}</h3>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('claims.docs.kind')}</label>
        <select id={`${id}-kind`} data-testid="claim-upload-kind" value={kind} onChange={(event) => isDocumentKind(event.target.value) && setKind(event.target.value)}>
          {DOCUMENT_KINDS.map((option) => (
            <option key={option} value={option}>
              {documentName(t, option)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('claims.docs.file')}</label>
        <FilePicker
          key={inputKey}
          id={`${id}-file`}
          file={file}
          testId="claim-upload-file"
          onChange={(chosen) => {
            setFile(chosen);
            setProblem(null);
            upload.reset();
          }}
          isInvalid={message !== null}
          describedBy={describedBy(`${id}-hint`, message && `${id}-error`)}
        />
        <p className="hint" id={`${id}-hint`}>
          {t('claims.docs.fileHint')}
        </p>
        {message ? (
          <p className="field-error" id={`${id}-error`} role="alert" data-testid="claim-upload-error">
            {message}
          </p>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" data-testid="claim-upload-submit" disabled={upload.isPending}>
          {upload.isPending ? t('claims.docs.uploading') : t('claims.docs.upload')}
        </button>
      </div>
    </form>
  );
}

/** The checklist of required documents, what was uploaded (opened through the audited route), and the upload. */
export function ClaimDocuments({ claim, onDone }: { claim: Claim; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const missing = claim.checklist.filter((item) => !item.isPresent).length;
  return (
    <section className="section card claim-documents" aria-labelledby="claim-docs-title" data-testid="claim-documents">
      <h2 id="claim-docs-title">{t('claims.docs.title')}</h2>
      <h3>{t('claims.docs.checklistTitle')}</h3>
      <p className={missing === 0 ? 'small claim-docs-complete' : 'small'} data-testid="claim-docs-summary" data-missing={missing}>
        {missing === 0 ? t('claims.docs.complete') : t('claims.docs.missingCount', { n: missing })}
      </p>
      <ul className="claim-checklist" data-testid="claim-checklist">
        {claim.checklist.map((item) => (
          <li key={item.kind} data-testid="claim-checklist-item" data-kind={item.kind} data-present={String(item.isPresent)}>
            <span className={item.isPresent ? 'claim-check is-present' : 'claim-check'} aria-hidden="true">
              {item.isPresent ? '✓' : '○'}
            </span>
            <span className="claim-check-name">{documentName(t, item.kind)}</span>
            <span className={item.isPresent ? 'pill pill-ok' : 'pill pill-warn'}>{item.isPresent ? t('claims.docs.present') : t('claims.docs.missing')}</span>
          </li>
        ))}
      </ul>

      <h3>{t('claims.docs.uploadedTitle')}</h3>
      {claim.documents.length === 0 ? (
        <p className="muted small">{t('claims.docs.noneUploaded')}</p>
      ) : (
        <>
          <ul className="claim-doc-list" data-testid="claim-doc-list">
            {claim.documents.map((doc) => (
              <li key={doc.id} data-testid="claim-doc" data-kind={doc.kind}>
                <span>
                  <span className="cell-strong">{documentName(t, doc.kind)}</span>
                  <span className="cell-sub">
                    {doc.fileName} · {t('claims.docs.size', { kb: formatNumber(Math.max(1, Math.round(doc.sizeBytes / 1024)), lang) })} · {formatDateTime(doc.uploadedAt, lang)}
                  </span>
                </span>
                <a href={documentUrl(claim.id, doc.id)} target="_blank" rel="noopener noreferrer" className="button button-secondary button-small" data-testid="claim-doc-open">
                  {t('claims.docs.open')}
                </a>
              </li>
            ))}
          </ul>
          <p className="muted small">{t('claims.docs.openHint')}</p>
        </>
      )}

      {claim.status === 'rejected' ? <p className="muted small">{t('claims.docs.closed')}</p> : <UploadForm key={claim.id} claim={claim} onDone={onDone} />}
    </section>
  );
}
