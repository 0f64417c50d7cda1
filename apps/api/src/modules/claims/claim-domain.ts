import { domainToASCII } from 'node:url';
import { getDomain } from 'tldts';

/**
 * Which email addresses prove a claim: those at the co-op's own domain or a subdomain of it, and
 * only when the website IS that domain, at its root. Owning a mailbox somewhere on the same
 * registrable domain proves nothing about a page on it: a website at studentcoop.ox.ac.uk or
 * groups.io/g/calder is a page on someone else's domain, whose addresses belong to a university
 * or to anyone who opens a list there. Those co-ops prove a claim with the token on their page
 * or an administrator's approval. The registrable domain comes from the Public Suffix List,
 * private suffixes included (calder.github.io is its own domain, and its own site).
 */

/** The website's host, lower case and ASCII, without `www.`; null for no website or not http(s). */
export function websiteHost(website: string | null | undefined): string | null {
  if (!website) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(website) ? website : `https://${website}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return host ? host.replace(/^www\./, '') : null;
}

/** The domain addresses must be at (or under), or null when the website cannot prove by email. */
export function claimEmailDomain(website: string | null | undefined): string | null {
  const host = websiteHost(website);
  if (!host || !website) return null;
  const registrable = getDomain(host, { allowPrivateDomains: true });
  if (registrable !== host) return null;
  let path: string;
  try {
    path = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(website) ? website : `https://${website}`).pathname;
  } catch {
    return null;
  }
  return path === '/' || path === '' ? host : null;
}

/** Whether `email` is at the co-op's own domain, as the rule above says. */
export function emailMatchesWebsite(email: string, website: string | null | undefined): boolean {
  const domain = claimEmailDomain(website);
  if (!domain) return false;
  const at = email.lastIndexOf('@');
  if (at < 1) return false;
  const emailDomain = domainToASCII(email.slice(at + 1).toLowerCase().replace(/\.$/, ''));
  return !!emailDomain && (emailDomain === domain || emailDomain.endsWith(`.${domain}`));
}
