import { useEffect, useId, useRef, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DialogState } from '@/components/ui/app-dialog';
import { DialogFrame } from '@/components/ui/dialog-frame';
import { embedScriptUrl, embedSnippet, embedUrl } from '@/lib/embed/snippet';
import { useConfig } from '@/api/config';
import { deepLink } from '@/lib/url/deep-link';
import { urlStateOf, useUiStore } from '@/stores/ui-store';

/** The Share / Embed dialog itself, loaded on first open. */
export default function ShareDialogBody(state: DialogState) {
  const { t } = useTranslation();
  return (
    <DialogFrame
      {...state}
      title={t('share.title')}
      description={t('share.description')}
      closeLabel={t('share.close')}
      className="share-dialog"
    >
      <ShareBody />
    </DialogFrame>
  );
}

function ShareBody() {
  const { t } = useTranslation();
  const config = useConfig();
  const ctx = { defaultLang: config.defaultLang, fieldIds: config.fields.map((f) => f.id) };
  const page = window.location.href;
  const link = useUiStore((s) => deepLink(urlStateOf(s), ctx, config.publicUrl, page));
  const src = useUiStore((s) => embedUrl(urlStateOf(s), ctx, s.flags, config.publicUrl, page));
  const title = useUiStore((s) => config.title[s.lang]);
  const snippet = embedSnippet({ src, title, script: embedScriptUrl(config.publicUrl, page) });
  return (
    <>
      <CopyField label={t('share.linkLabel')} copyLabel={t('share.copyLink')} value={link} />
      <CopyField
        label={t('share.embedLabel')}
        copyLabel={t('share.copyEmbed')}
        value={snippet}
        hint={t('share.embedHint')}
        multiline
      />
    </>
  );
}

interface CopyFieldProps {
  label: string;
  copyLabel: string;
  value: string;
  hint?: string;
  multiline?: boolean;
}

type CopyStatus = 'idle' | 'copied' | 'failed';

/** A read-only text with a Copy button and a visible, announced confirmation. */
function CopyField({ label, copyLabel, value, hint, multiline = false }: CopyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<CopyStatus>('idle');

  useEffect(() => {
    if (status !== 'copied') return;
    const timer = setTimeout(() => setStatus('idle'), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      // Denied or unavailable: select the text so Ctrl+C / long-press copies it.
      fieldRef.current?.focus();
      fieldRef.current?.select();
      setStatus('failed');
    }
  };

  const common = {
    id,
    ref: fieldRef,
    value,
    readOnly: true,
    className: 'share-field',
    spellCheck: false,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onFocus: (e: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => e.target.select(),
  };
  return (
    <div className="share-row">
      <label htmlFor={id} className="share-label">
        {label}
      </label>
      {multiline ? <textarea rows={5} {...common} /> : <input type="text" dir="ltr" {...common} />}
      {hint && (
        <p id={`${id}-hint`} className="share-hint">
          {hint}
        </p>
      )}
      <div className="share-actions">
        <button type="button" className="text-button" onClick={() => void copy()}>
          {copyLabel}
        </button>
        <span role="status" className="share-status">
          {status === 'copied'
            ? t('share.copied')
            : status === 'failed'
              ? t('share.copyFailed')
              : ''}
        </span>
      </div>
    </div>
  );
}
