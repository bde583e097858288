"use client";

import { useEffect, useRef, useState } from "react";

type Detector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
type DetectorConstructor = new (opts: { formats: string[] }) => Detector;

export interface QrScannerLabels {
  start: string;
  stop: string;
  help: string;
  unavailable: string;
  video: string;
}

/**
 * Camera QR scanning where the browser has BarcodeDetector (progressive enhancement: renders
 * nothing elsewhere and without JavaScript; the typed code always works). A code read from the
 * ticket QR (the code or the ticket URL) is put into the input `inputId` and its form submitted.
 */
export function QrScanner({ inputId, labels }: { inputId: string; labels: QrScannerLabels }) {
  const [supported, setSupported] = useState(false);
  const [active, setActive] = useState(false);
  const [failed, setFailed] = useState(false);
  const videoRef = useRef<HTMLVideoElement>(null);
  const streamRef = useRef<MediaStream | null>(null);

  useEffect(() => {
    // Feature detection after hydration: the server renders nothing.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSupported("BarcodeDetector" in window && !!navigator.mediaDevices?.getUserMedia);
  }, []);

  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let timer = 0;
    const Ctor = (window as unknown as { BarcodeDetector: DetectorConstructor }).BarcodeDetector;
    const detector = new Ctor({ formats: ["qr_code"] });
    const stop = () => {
      stopped = true;
      window.clearTimeout(timer);
      streamRef.current?.getTracks().forEach((t) => t.stop());
      streamRef.current = null;
    };
    const tick = async () => {
      if (stopped || !videoRef.current) return;
      try {
        const codes = await detector.detect(videoRef.current);
        const value = codes[0]?.rawValue;
        if (value) {
          const input = document.getElementById(inputId) as HTMLInputElement | null;
          if (input) {
            input.value = value.trim();
            stop();
            setActive(false);
            input.form?.requestSubmit();
            return;
          }
        }
      } catch {
        // A frame that cannot be read yet: try the next one.
      }
      timer = window.setTimeout(tick, 250);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" }, audio: false })
      .then(async (stream) => {
        if (stopped) return stream.getTracks().forEach((t) => t.stop());
        streamRef.current = stream;
        if (videoRef.current) {
          videoRef.current.srcObject = stream;
          await videoRef.current.play();
        }
        void tick();
      })
      .catch(() => {
        setFailed(true);
        setActive(false);
      });
    return stop;
  }, [active, inputId]);

  if (!supported) return null;
  return (
    <div className="no-print mt-4 space-y-2">
      <button
        type="button"
        onClick={() => {
          setFailed(false);
          setActive((a) => !a);
        }}
        aria-pressed={active}
        className="min-h-11 rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
      >
        {active ? labels.stop : labels.start}
      </button>
      {active && (
        <>
          <p className="text-sm text-muted">{labels.help}</p>
          <video ref={videoRef} aria-label={labels.video} muted playsInline className="w-full max-w-sm rounded border-2 border-gray-600" />
        </>
      )}
      {failed && (
        <p role="alert" className="font-semibold text-red-800">
          {labels.unavailable}
        </p>
      )}
    </div>
  );
}
