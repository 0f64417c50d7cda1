import { classifyAddress, mayConnect } from './address-guard';

describe('addresses a claim check may fetch from', () => {
  it.each([
    ['93.184.216.34', 'public'],
    ['2606:2800:220:1:248:1893:25c8:1946', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'private'],
    ['100.64.0.1', 'private'],
    ['0.0.0.0', 'private'],
    ['224.0.0.1', 'private'],
    ['255.255.255.255', 'private'],
    ['::', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['fe80::1%eth0', 'private'],
    ['ff02::1', 'private'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:a9fe:a9fe', 'private'],
    ['64:ff9b::a00:1', 'private'],
    ['[::1]', 'loopback'],
    ['example.coop', 'invalid'],
  ] as const)('%s is %s', (address, verdict) => {
    expect(classifyAddress(address)).toBe(verdict);
  });

  it('allows loopback only when told to, and private addresses never', () => {
    expect(mayConnect('127.0.0.1', false)).toBe(false);
    expect(mayConnect('127.0.0.1', true)).toBe(true);
    expect(mayConnect('10.0.0.1', true)).toBe(false);
    expect(mayConnect('93.184.216.34', false)).toBe(true);
  });
});
