import { loadConfig } from './config';

describe('configuration', () => {
  it('runs the embedded database with demo data when no DATABASE_URL is given', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, demoData: true, cookieSecure: false });
  });

  it('leaves a real server without demo data unless asked', () => {
    const url = 'postgresql://p6@db.example:5432/p6';
    expect(loadConfig({ DATABASE_URL: url }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: url, DEMO_DATA: 'on' }).demoData).toBe(true);
    expect(loadConfig({ DEMO_DATA: 'off' }).demoData).toBe(false);
  });

  it('takes a read replica only beside a PostgreSQL server, with a lag limit', () => {
    const url = 'postgresql://p6@db.example:5432/p6';
    const replica = 'postgresql://p6@replica.example:5432/p6';
    expect(loadConfig({ DATABASE_URL: url })).toMatchObject({ replicaUrl: null, replicaMaxLagSeconds: 5 });
    expect(loadConfig({ DATABASE_URL: url, DATABASE_REPLICA_URL: replica, REPLICA_MAX_LAG_SECONDS: '2.5' })).toMatchObject({ replicaUrl: replica, replicaMaxLagSeconds: 2.5 });
    expect(() => loadConfig({ DATABASE_REPLICA_URL: replica })).toThrow(/DATABASE_REPLICA_URL: a replica needs its primary in DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: url, DATABASE_REPLICA_URL: replica, REPLICA_MAX_LAG_SECONDS: '0' })).toThrow(/REPLICA_MAX_LAG_SECONDS/);
  });

  it('believes no proxy unless told which (TRUST_PROXY)', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'off' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    expect(() => loadConfig({ TRUST_PROXY: 'the balancer' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: trusting every proxy is not offered/);
  });

  it('names the setting that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DEMO_DATA: 'maybe' })).toThrow(/DEMO_DATA/);
  });
});

describe('production defaults', () => {
  it('marks the session cookie Secure when the public address is https, unless told otherwise', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://p6.example.org' }).cookieSecure).toBe(true);
    expect(loadConfig({ PUBLIC_URL: 'http://p6.example.org' }).cookieSecure).toBe(false);
    expect(loadConfig({ PUBLIC_URL: 'https://p6.example.org', COOKIE_SECURE: 'off' }).cookieSecure).toBe(false);
    expect(loadConfig({ COOKIE_SECURE: 'on' }).cookieSecure).toBe(true);
  });

  it("lets pages from PUBLIC_URL's origin and the listed ones open sockets", () => {
    const config = loadConfig({ PUBLIC_URL: 'https://p6.example.org/app', ALLOWED_ORIGINS: 'https://a.example, https://b.example:8443' });
    expect(config.allowedOrigins).toEqual(['https://p6.example.org', 'https://a.example', 'https://b.example:8443']);
    expect(loadConfig({ PORT: '4000' }).allowedOrigins).toEqual(['http://localhost:4000', 'http://127.0.0.1:4000']);
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'not a url' })).toThrow(/ALLOWED_ORIGINS/);
  });
});

describe('the captured-mail page', () => {
  it('is on for the local demo only: embedded database and no mail server', () => {
    expect(loadConfig({}).devMailbox).toBe(true);
    expect(loadConfig({ SMTP_URL: 'smtp://mail.example:587' }).devMailbox).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgresql://p6@db.example/p6' }).devMailbox).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgresql://p6@db.example/p6', DEV_MAILBOX: 'on' }).devMailbox).toBe(true);
    // Listening beyond this machine, anyone could read everyone's links.
    expect(loadConfig({ HOST: '0.0.0.0' }).devMailbox).toBe(false);
  });
});
