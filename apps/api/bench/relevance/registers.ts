import path from 'node:path';

/** ../shared/data beside the repository; SHARED_DATA_DIR overrides it. */
export const SHARED_DATA = process.env.SHARED_DATA_DIR ?? path.resolve(__dirname, '../../../../../shared/data');

/** The real co-op registers the relevance benchmarks import (Co-operatives UK, ODC-By 1.0). */
export const REGISTERS = [
  'coops-uk-2023-q2/standard.Q2-2023.postcodes.csv',
  'coops-uk-2017/open_data_organisations.csv',
  'workers-coop-uk-2023/2023-06-23_wc_converted.csv',
].map((file) => path.join(SHARED_DATA, file));
