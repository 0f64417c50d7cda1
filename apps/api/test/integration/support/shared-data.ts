import path from 'node:path';

/** The real public data beside the repository (../shared/data); tests read it, never copy it. */
export const SHARED_DATA = path.resolve(__dirname, '../../../../../../shared/data');

export const REGISTER_FILES = {
  coopsUk2017: path.join(SHARED_DATA, 'coops-uk-2017/open_data_organisations.csv'),
  standard2023: path.join(SHARED_DATA, 'coops-uk-2023-q2/standard.Q2-2023.postcodes.csv'),
  workers2023: path.join(SHARED_DATA, 'workers-coop-uk-2023/2023-06-23_wc_converted.csv'),
};
