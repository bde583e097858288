import "server-only";
import QRCode from "qrcode";

/** An SVG QR code of a booking code (scanned at the front desk). */
export async function qrSvg(code: string): Promise<string> {
  return QRCode.toString(code, { type: "svg", errorCorrectionLevel: "M", margin: 2, width: 200 });
}
