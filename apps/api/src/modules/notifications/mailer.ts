import nodemailer, { type Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends mail through SMTP_URL, or, with none set (development and tests), captures it: kept in
 * `captured` and logged as one line, never sent.
 */
export class Mailer {
  readonly captured: MailMessage[] = [];
  private readonly transport: Transporter;

  constructor(
    private readonly settings: { smtpUrl: string | null; from: string },
    private readonly log: (line: string) => void = () => {},
  ) {
    this.transport = settings.smtpUrl
      ? nodemailer.createTransport(settings.smtpUrl)
      : nodemailer.createTransport({ jsonTransport: true });
  }

  get capturing(): boolean {
    return this.settings.smtpUrl === null;
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.settings.from, ...message });
    if (this.capturing) {
      this.captured.push(message);
      this.log(`Mail captured (not sent) to ${message.to}: ${message.subject}`);
    }
  }
}
