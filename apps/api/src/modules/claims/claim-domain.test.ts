import { claimEmailDomain, emailMatchesWebsite, websiteHost } from './claim-domain';
import { metaTokens } from './website-token';

describe('which addresses prove a claim by email', () => {
  it('reads the website host without www., with or without a scheme', () => {
    expect(websiteHost('https://www.Calder.coop/about')).toBe('calder.coop');
    expect(websiteHost('calder.coop')).toBe('calder.coop');
    expect(websiteHost('ftp://calder.coop')).toBeNull();
    expect(websiteHost(null)).toBeNull();
  });

  it.each([
    ['ada@calder.coop', 'https://www.calder.coop', true],
    ['ada@www.calder.coop', 'https://www.calder.coop', true],
    ['ada@office.calder.coop', 'https://www.calder.coop', true],
    // A site on a subdomain or a path is a page on a domain that may be someone else's.
    ['ada@calder.coop', 'https://shop.calder.coop', false],
    ['ada@ox.ac.uk', 'https://studentcoop.ox.ac.uk', false],
    ['ada@studentcoop.ox.ac.uk', 'https://studentcoop.ox.ac.uk', false],
    ['ada@alum.mit.edu', 'https://foodcoop.mit.edu', false],
    ['ada@groups.io', 'https://groups.io/g/calder', false],
    ['ada@google.com', 'https://sites.google.com/view/calder', false],
    ['ada@calder.coop', 'https://www.calder.coop/about', false],
    ['ada@CALDER.COOP', 'calder.coop', true],
    ['ada@calder.co.uk', 'https://www.calder.co.uk', true],
    ['ada@other.co.uk', 'https://www.calder.co.uk', false],
    ['ada@co.uk', 'https://www.calder.co.uk', false],
    ['ada@gmail.com', 'https://www.calder.coop', false],
    ['ada@calder.coop.evil.example', 'https://www.calder.coop', false],
    ['ada@notcalder.coop', 'https://www.calder.coop', false],
    // A private suffix: the site's own subdomain of github.io is the registrable domain.
    ['ada@calder.github.io', 'https://calder.github.io', true],
    ['ada@other.github.io', 'https://calder.github.io', false],
    ['ada@github.io', 'https://calder.github.io', false],
    ['ada@calder.coop', null, false],
  ])('%s for %s: %s', (email, website, expected) => {
    expect(emailMatchesWebsite(email, website)).toBe(expected);
  });

  it('names the domain to use, or none when the website is a page on another domain', () => {
    expect(claimEmailDomain('https://www.calder.coop/')).toBe('calder.coop');
    expect(claimEmailDomain('calder.coop')).toBe('calder.coop');
    expect(claimEmailDomain('https://calder.github.io')).toBe('calder.github.io');
    expect(claimEmailDomain('https://www.shop.calder.coop')).toBeNull();
    expect(claimEmailDomain('https://linktr.ee/calder')).toBeNull();
    expect(claimEmailDomain('http://203.0.113.9/')).toBeNull();
  });
});

describe('the claim meta tag', () => {
  it('is found whatever the attribute order, quotes and case', () => {
    const html = `<head><meta charset="utf-8"><meta content="a1" name="principle-six-claim">
      <META NAME='Principle-Six-Claim' CONTENT='b2' /><meta name=principle-six-claim content=c3><meta name="description" content="x"></head>`;
    expect(metaTokens(html)).toEqual(['a1', 'b2', 'c3']);
  });
});
