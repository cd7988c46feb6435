import type { RichBlock, RichInline } from '@tessera/core';

/** Small builders so the FAQ reads like text. */
export const p = (...content: RichInline[]): RichBlock => ({ type: 'paragraph', content });

const items = (entries: Array<RichInline | RichInline[]>): RichInline[][] =>
  entries.map((entry) => (Array.isArray(entry) ? entry : [entry]));

export const ul = (...entries: Array<RichInline | RichInline[]>): RichBlock => ({ type: 'list', items: items(entries) });
export const ol = (...entries: Array<RichInline | RichInline[]>): RichBlock => ({
  type: 'list',
  ordered: true,
  items: items(entries),
});

export const em = (text: string): RichInline => ({ type: 'em', text });
export const strong = (text: string): RichInline => ({ type: 'strong', text });
export const link = (href: string, text: string): RichInline => ({ type: 'link', href, text });

/** Contact points shared by the FAQ and the contact channels. */
export const CONTACT = {
  servicePhone: '1-800-555-0142',
  serviceTel: 'tel:+18005550142',
  fraudPhone: '1-800-555-0199',
  fraudTel: 'tel:+18005550199',
  messagesUrl: 'https://bank.example.com/messages',
  supportEmail: 'support@example.com',
  mailLines: ['Harborview Bank', 'PO Box 5550', 'Springfield, IL 62705-5550'],
} as const;
