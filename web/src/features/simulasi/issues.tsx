import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { ErrorNotice } from '../common/ErrorNotice';

/** One problem with the input, worded for the user, tied to a field of the request when known. */
export type Issue = { field: string | null; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The problems a 400 answer names. A rule broken by the input comes as details.issues, each already
 * worded by the server in the request language; a request of the wrong shape comes as
 * details.fields (worded by the validator in English), so those get our own sentence.
 * Null when the error is not about the input (network, server, rate limit).
 */
export function issuesOf(error: unknown, invalidField: string): Issue[] | null {
  if (!isApiError(error) || error.status !== 400) return null;
  const details = isRecord(error.details) ? error.details : {};
  if (Array.isArray(details.issues)) {
    const issues = details.issues.filter(isRecord).map(
      (issue): Issue => ({
        field: typeof issue.field === 'string' ? issue.field : null,
        message: typeof issue.message === 'string' ? issue.message : error.message,
      }),
    );
    if (issues.length > 0) return issues;
  }
  if (Array.isArray(details.fields)) {
    const fields = details.fields.filter(isRecord).map(
      (field): Issue => ({ field: typeof field.path === 'string' && field.path ? field.path : null, message: invalidField }),
    );
    if (fields.length > 0) return fields;
  }
  return [{ field: null, message: error.message }];
}

/** The issues about a field or anything inside it (`children` covers `children.0.birthDate`). */
export function issuesFor(issues: readonly Issue[], field: string): Issue[] {
  return issues.filter((issue) => issue.field === field || (issue.field?.startsWith(`${field}.`) ?? false));
}

type FieldIssuesProps = { issues: readonly Issue[]; field: string; id: string; exact?: boolean };

/** The messages for one field, right under it; the field points here with aria-describedby. */
export function FieldIssues({ issues, field, id, exact = false }: FieldIssuesProps) {
  const mine = exact ? issues.filter((issue) => issue.field === field) : issuesFor(issues, field);
  if (mine.length === 0) return null;
  return (
    <div id={id} className="field-error" data-testid={`issue-${field}`}>
      {mine.map((issue, index) => (
        <p key={index}>{issue.message}</p>
      ))}
    </div>
  );
}

type IssueSummaryProps = { issues: readonly Issue[]; error: unknown; testId: string; onRetry?: () => void };

/** Every problem at once beside the button; a failure that is not about the input, in plain words. */
export function IssueSummary({ issues, error, testId, onRetry }: IssueSummaryProps) {
  const { t } = useTranslation();
  if (issues.length === 0) {
    return error ? <ErrorNotice error={error} onRetry={onRetry} testId={testId} /> : null;
  }
  return (
    <div className="notice notice-error" role="alert" data-testid={testId}>
      <p>{issues.length === 1 ? t('simulasi.form.fixOne') : t('simulasi.form.fixMany')}</p>
      <ul className="issue-list">
        {issues.map((issue, index) => (
          <li key={index}>{issue.message}</li>
        ))}
      </ul>
    </div>
  );
}
