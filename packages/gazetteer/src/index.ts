export { Gazetteer, gazetteer, type GazetteerPlace } from './gazetteer';
export { normalisePlaceName } from './normalise';
export { normaliseUkPostcode, ukOutcode } from './postcodes';
export { regionName, ukNation } from './regions';
