import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { localized, providerText, type AuthorizationRecord, type LocalizedText } from '@tessera/core';
import type { View } from './view.js';

/** The versions of the form's own wording, sent when the lender has none in the customer's language. */
export const DEFAULT_VERSIONS = { 'one-time': 'tessera-one-time-1', autopay: 'tessera-autopay-1' } as const;

export type AuthorizationKind = keyof typeof DEFAULT_VERSIONS;

/** What the customer reads and accepts: the words, and the version recorded with them. */
export interface Wording {
  text: string;
  version: string;
}

/** Business days of notice to stop or change an Auto Pay draft. */
export const noticeDays = (v: View): number => v.details.options.autopayNoticeDays ?? 3;

/** FNV-1a, to name a lender's wording that came without a version. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The lender's wording in the customer's language (in both when the lender sends both; a
 * plain string is in the language it was asked in), else the form's complete default in
 * that language: a customer never accepts words in a language they did not choose.
 */
export function wording(v: View, kind: AuthorizationKind): Wording {
  const { options } = v.details;
  const [value, version]: [LocalizedText | undefined, string | undefined] =
    kind === 'autopay'
      ? [options.autopayAuthorizationText, options.autopayAuthorizationVersion]
      : [options.authorizationText, options.authorizationVersion];
  const picked = localized(value, v.locale, v.details.locale);
  if (picked && picked.lang === v.locale && picked.text.trim()) {
    return { text: picked.text, version: version ?? `text-${fingerprint(picked.text)}` };
  }
  const text = kind === 'autopay' ? v.m.defaultAutopayAuthorization(v.m.businessDays(noticeDays(v))) : v.m.defaultAuthorization;
  return { text, version: DEFAULT_VERSIONS[kind] };
}

/** Bidirectional isolates are for display: the record keeps the plain words. */
const plain = (text: string): string => text.replace(/[\u2066-\u2069]/g, '');

/** What is sent with the request: the terms as shown (label: value), the wording, its version, language and time. */
export function authorizationRecord(v: View, terms: Array<[string, string]>, words: Wording, acceptedAt: string): AuthorizationRecord {
  return {
    version: words.version,
    acceptedAt,
    locale: v.locale,
    text: plain([...terms.map(([label, value]) => `${label}: ${value}`), words.text].join('\n')),
  };
}

/** The wording (provider text, isolated) and the consent checkbox with its error. */
export function renderConsent(v: View, words: Wording, label: string, locked: boolean): TemplateResult {
  const error = v.error('authorize');
  return html`<p class="authorization" part="authorization">${providerText(words.text)}</p>
    <div class="check">
      <input
        type="checkbox"
        id="authorize"
        .checked=${live(v.draft.authorized)}
        ?disabled=${locked}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(error ? 'authorize-error' : undefined)}
        @change=${(e: Event) => v.setDraft({ authorized: (e.target as HTMLInputElement).checked })}
      />
      <label for="authorize">${label}</label>
    </div>
    ${error ? html`<span class="error" id="authorize-error">${error}</span>` : nothing}`;
}
