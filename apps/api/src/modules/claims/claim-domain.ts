import { domainToASCII } from 'node:url';
import { getDomain } from 'tldts';

/**
 * Which email addresses prove a claim: those at the co-op's website host (less a leading
 * `www.`), or at its registrable domain or any subdomain of it, after the Public Suffix List
 * (private suffixes included, so a site at calder.github.io names calder.github.io, not
 * github.io). A website with no registrable domain (an IP address, a bare host) allows its exact
 * host only.
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

/** The domain addresses must be at (or under): the registrable domain, else the host. */
export function claimEmailDomain(website: string | null | undefined): string | null {
  const host = websiteHost(website);
  if (!host) return null;
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** Whether `email` is at the co-op's website domain, as the rule above says. */
export function emailMatchesWebsite(email: string, website: string | null | undefined): boolean {
  const host = websiteHost(website);
  if (!host) return false;
  const at = email.lastIndexOf('@');
  if (at < 1) return false;
  const emailDomain = domainToASCII(email.slice(at + 1).toLowerCase().replace(/\.$/, ''));
  if (!emailDomain) return false;
  if (emailDomain === host) return true;
  const registrable = getDomain(host, { allowPrivateDomains: true });
  return registrable !== null && (emailDomain === registrable || emailDomain.endsWith(`.${registrable}`));
}
