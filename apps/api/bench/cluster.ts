import { startApiProcess, stopProcess, type ApiProcess } from './api-process';
import { startBalancer } from './balancer';

export interface Cluster {
  /** The balancer's address: what clients use. */
  url: string;
  apis: ApiProcess[];
  /** Stops one API process (by its index) with a signal, leaving the rest serving. */
  stopApi(index: number, signal: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
}

/**
 * N compiled API processes on one PostgreSQL server behind nginx, as `pnpm scale:up` runs them:
 * the first runs the job worker (unless told not to), the others JOB_WORKER=off; they trust the balancer's
 * X-Forwarded-For (TRUST_PROXY=loopback) and pass live events through PostgreSQL.
 */
export async function startCluster(options: {
  processes: number;
  env: Record<string, string>;
  /** Run the job worker in the first process (as scale:up does); off for read benchmarks, whose data was never matched. */
  jobWorker?: boolean;
}): Promise<Cluster> {
  const apis: ApiProcess[] = [];
  try {
    for (let i = 0; i < options.processes; i += 1) {
      apis.push(
        await startApiProcess({ TRUST_PROXY: 'loopback', SHUTDOWN_DRAIN_MS: '5000', JOB_WORKER: i === 0 && options.jobWorker !== false ? 'on' : 'off', ...options.env }),
      );
    }
    const balancer = await startBalancer(apis.map((a) => Number(new URL(a.url).port)));
    return {
      url: balancer.url,
      apis,
      stopApi: (index, signal) => stopProcess(apis[index]!.child, signal),
      async stop() {
        await balancer.stop();
        await Promise.all(apis.map((a) => stopProcess(a.child)));
      },
    };
  } catch (error) {
    await Promise.all(apis.map((a) => stopProcess(a.child)));
    throw error;
  }
}
