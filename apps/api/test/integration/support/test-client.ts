/**
 * A GraphQL client that behaves like one browser: it sends JSON over real HTTP and keeps the
 * cookies the server sets (the session, and where a read replica is used, the position of the
 * person's last write). Hand-written: the jar is two names on one host, with no paths or expiry
 * that matter to a test.
 */
export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export class TestClient {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly endpoint: string) {}

  get sessionCookie(): string | null {
    return this.cookie('p6_session');
  }

  set sessionCookie(value: string | null) {
    const [, token] = value?.split('=') ?? [];
    if (token) this.cookies.set('p6_session', token);
    else this.cookies.delete('p6_session');
  }

  /** `name=value` as the server last set it, or null. */
  cookie(name: string): string | null {
    const value = this.cookies.get(name);
    return value === undefined ? null : `${name}=${value}`;
  }

  async request<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookies.size ? { cookie: this.cookieHeader() } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const [name = '', value] = pair.split('=');
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, ...body };
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** The data of a request that must succeed at the GraphQL level. */
  async data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }
}
