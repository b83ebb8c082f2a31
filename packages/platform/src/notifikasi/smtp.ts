import nodemailer, { type Transporter } from 'nodemailer';

/** SMTP settings from the environment; null when SMTP_HOST is not set (in-app notifications only). */
export interface KonfigurasiSmtp {
  host: string;
  port: number;
  user: string | null;
  pass: string | null;
  from: string;
}

export function konfigurasiSmtp(env: NodeJS.ProcessEnv = process.env): KonfigurasiSmtp | null {
  const host = env.SMTP_HOST?.trim();
  if (!host) return null;
  const port = Number(env.SMTP_PORT || 587);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`SMTP_PORT tidak sah: ${env.SMTP_PORT}`);
  return { host, port, user: env.SMTP_USER || null, pass: env.SMTP_PASS || null, from: env.SMTP_FROM || `SIMASN <no-reply@${host}>` };
}

/** A nodemailer transport for the settings (TLS on 465, STARTTLS when the server offers it). */
export function buatTransport(k: KonfigurasiSmtp): Transporter {
  return nodemailer.createTransport({ host: k.host, port: k.port, secure: k.port === 465, auth: k.user ? { user: k.user, pass: k.pass ?? '' } : undefined,
    tls: { rejectUnauthorized: process.env.SMTP_TLS_LONGGAR !== '1' } });
}
