import jsQRModule from 'jsqr';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

// jsqr is CommonJS with an ES-style default export; bundlers differ on which one they hand over.
const decodeQr: typeof jsQRModule =
  typeof jsQRModule === 'function' ? jsQRModule : (jsQRModule as unknown as { default: typeof jsQRModule }).default;

/** How often a video frame is read (a card's QR needs no more than a few tries a second). */
const SCAN_EVERY_MS = 200;
/** The same QR seen again within this time is the same card still in front of the camera. */
const SAME_CARD_MS = 4_000;
const MAX_SIDE = 720;

export function canUseCamera(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

type CameraProblem = 'denied' | 'unavailable';

type CameraProps = { onScan: (text: string) => void; onClose: () => void; isContinuous: boolean };

/** The back camera, read a few times a second with jsQR until a QR code is found. */
function CameraScanner({ onScan, onClose, isContinuous }: CameraProps) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const onScanRef = useRef(onScan);
  const onCloseRef = useRef(onClose);
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  const [isLive, setIsLive] = useState(false);

  useEffect(() => {
    onScanRef.current = onScan;
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer = 0;
    let isStopped = false;
    let last = { text: '', at: 0 };
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });

    const stop = () => {
      isStopped = true;
      window.clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };

    const tick = () => {
      if (isStopped) return;
      const video = videoRef.current;
      if (video && context && video.readyState >= 2 && video.videoWidth > 0) {
        const scale = Math.min(1, MAX_SIDE / Math.max(video.videoWidth, video.videoHeight));
        const width = Math.round(video.videoWidth * scale);
        const height = Math.round(video.videoHeight * scale);
        canvas.width = width;
        canvas.height = height;
        context.drawImage(video, 0, 0, width, height);
        const found = decodeQr(context.getImageData(0, 0, width, height).data, width, height, { inversionAttempts: 'dontInvert' });
        const now = Date.now();
        if (found?.data && (found.data !== last.text || now - last.at > SAME_CARD_MS)) {
          last = { text: found.data, at: now };
          onScanRef.current(found.data);
          if (!isContinuous) {
            stop();
            onCloseRef.current();
            return;
          }
        }
      }
      timer = window.setTimeout(tick, SCAN_EVERY_MS);
    };

    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then((media) => {
        stream = media;
        if (isStopped) return stop();
        const video = videoRef.current;
        if (!video) return stop();
        video.srcObject = media;
        void video.play().catch(() => undefined);
        setIsLive(true);
        tick();
      })
      .catch((error: unknown) => {
        if (!isStopped) setProblem(error instanceof DOMException && error.name === 'NotAllowedError' ? 'denied' : 'unavailable');
      });
    return stop;
  }, [isContinuous]);

  return (
    <div className="cards-camera" data-testid="qr-camera">
      {problem ? (
        <p className="notice notice-warn" role="alert">
          {t(`cards.scan.${problem}`)}
        </p>
      ) : (
        <>
          <div className="cards-camera-frame">
            <video ref={videoRef} muted playsInline aria-label={t('cards.scan.videoLabel')} />
            <span className="cards-camera-target" aria-hidden="true" />
          </div>
          <p className="muted small" role="status" aria-live="polite">
            {isLive ? t('cards.scan.aim') : t('cards.scan.starting')}
          </p>
        </>
      )}
      <button type="button" className="button button-secondary button-small" onClick={onClose} data-testid="qr-camera-stop">
        {t('cards.scan.stop')}
      </button>
    </div>
  );
}

type QrInputProps = {
  /** Called with the scanned or pasted text. */
  onPayload: (payload: string) => void;
  isBusy: boolean;
  submitLabel: string;
  busyLabel: string;
  testId: string;
  /** Keep the camera on after a scan (a ceremony checks in one card after another). */
  isContinuous?: boolean;
  /** Empty the field after each submission (the next card is another). */
  isClearedAfter?: boolean;
};

/**
 * A card's QR read by the camera (where the browser allows it) or pasted as text — always there,
 * for a reader that types what a scanner app shows, or a QR that the camera cannot read.
 */
export function QrInput({ onPayload, isBusy, submitLabel, busyLabel, testId, isContinuous = false, isClearedAfter = false }: QrInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [isCameraOn, setIsCameraOn] = useState(false);
  const [problem, setProblem] = useState(false);
  const hasCamera = canUseCamera();

  const submit = (value: string) => {
    const payload = value.trim();
    if (!payload) return setProblem(true);
    setProblem(false);
    onPayload(payload);
    if (isClearedAfter) setText('');
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!isBusy) submit(text);
  };

  // A scanner that types into the field ends with Enter: that sends it, as a button press would.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      if (!isBusy) submit(text);
    }
  };

  return (
    <form className="cards-qr-input" onSubmit={onSubmit} noValidate data-testid={testId}>
      {hasCamera ? (
        isCameraOn ? (
          <CameraScanner
            isContinuous={isContinuous}
            onClose={() => setIsCameraOn(false)}
            onScan={(scanned) => {
              if (!isContinuous) setText(scanned);
              submit(scanned);
            }}
          />
        ) : (
          <p>
            <button type="button" className="button button-secondary" data-testid={`${testId}-camera`} onClick={() => setIsCameraOn(true)}>
              {t('cards.scan.start')}
            </button>
          </p>
        )
      ) : (
        <p className="muted small">{t('cards.scan.noCamera')}</p>
      )}
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('cards.scan.pasteLabel')}</label>
        <textarea
          id={`${id}-text`}
          className="input-mono cards-payload"
          data-testid={`${testId}-text`}
          rows={3}
          maxLength={400}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={`${id}-hint`}
          aria-invalid={problem}
          placeholder="LK1|…"
        />
        <p className="hint" id={`${id}-hint`}>
          {problem ? t('cards.scan.empty') : t('cards.scan.pasteHint')}
        </p>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" data-testid={`${testId}-submit`} disabled={isBusy}>
          {isBusy ? busyLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}
