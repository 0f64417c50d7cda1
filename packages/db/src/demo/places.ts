/** Places the demo co-ops are based in, with approximate town-centre coordinates. */
export interface DemoPlace {
  readonly name: string;
  readonly countryCode: string;
  readonly latitude: number;
  readonly longitude: number;
  /** Postcode districts that plausibly belong to the place (UK only). */
  readonly postcodeAreas?: readonly string[];
}

export const DEMO_PLACES: readonly DemoPlace[] = [
  { name: 'Manchester', countryCode: 'GB', latitude: 53.4808, longitude: -2.2426, postcodeAreas: ['M1', 'M4', 'M13', 'M20'] },
  { name: 'Leeds', countryCode: 'GB', latitude: 53.8008, longitude: -1.5491, postcodeAreas: ['LS1', 'LS6', 'LS7', 'LS11'] },
  { name: 'Bristol', countryCode: 'GB', latitude: 51.4545, longitude: -2.5879, postcodeAreas: ['BS1', 'BS2', 'BS5', 'BS6'] },
  { name: 'Glasgow', countryCode: 'GB', latitude: 55.8642, longitude: -4.2518, postcodeAreas: ['G1', 'G3', 'G12', 'G41'] },
  { name: 'Edinburgh', countryCode: 'GB', latitude: 55.9533, longitude: -3.1883, postcodeAreas: ['EH1', 'EH6', 'EH8', 'EH9'] },
  { name: 'Cardiff', countryCode: 'GB', latitude: 51.4816, longitude: -3.1791, postcodeAreas: ['CF10', 'CF11', 'CF24'] },
  { name: 'Swansea', countryCode: 'GB', latitude: 51.6214, longitude: -3.9436, postcodeAreas: ['SA1', 'SA2'] },
  { name: 'Belfast', countryCode: 'GB', latitude: 54.5973, longitude: -5.9301, postcodeAreas: ['BT1', 'BT7', 'BT9'] },
  { name: 'London', countryCode: 'GB', latitude: 51.5072, longitude: -0.1276, postcodeAreas: ['E1', 'E8', 'N1', 'N16', 'SE5', 'SE15', 'SW9'] },
  { name: 'Brighton', countryCode: 'GB', latitude: 50.8225, longitude: -0.1372, postcodeAreas: ['BN1', 'BN2'] },
  { name: 'Norwich', countryCode: 'GB', latitude: 52.6309, longitude: 1.2974, postcodeAreas: ['NR1', 'NR2', 'NR3'] },
  { name: 'Sheffield', countryCode: 'GB', latitude: 53.3811, longitude: -1.4701, postcodeAreas: ['S1', 'S2', 'S7', 'S11'] },
  { name: 'Nottingham', countryCode: 'GB', latitude: 52.9548, longitude: -1.1581, postcodeAreas: ['NG1', 'NG5', 'NG7'] },
  { name: 'Birmingham', countryCode: 'GB', latitude: 52.4862, longitude: -1.8904, postcodeAreas: ['B1', 'B5', 'B13', 'B29'] },
  { name: 'Liverpool', countryCode: 'GB', latitude: 53.4084, longitude: -2.9916, postcodeAreas: ['L1', 'L8', 'L15', 'L17'] },
  { name: 'Newcastle upon Tyne', countryCode: 'GB', latitude: 54.9783, longitude: -1.6178, postcodeAreas: ['NE1', 'NE2', 'NE6'] },
  { name: 'Oxford', countryCode: 'GB', latitude: 51.752, longitude: -1.2577, postcodeAreas: ['OX1', 'OX4'] },
  { name: 'Hebden Bridge', countryCode: 'GB', latitude: 53.7417, longitude: -2.0117, postcodeAreas: ['HX7'] },
  { name: 'Stroud', countryCode: 'GB', latitude: 51.7457, longitude: -2.2178, postcodeAreas: ['GL5'] },
  { name: 'Totnes', countryCode: 'GB', latitude: 50.4319, longitude: -3.6859, postcodeAreas: ['TQ9'] },
  { name: 'Exeter', countryCode: 'GB', latitude: 50.7184, longitude: -3.5339, postcodeAreas: ['EX1', 'EX4'] },
  { name: 'Plymouth', countryCode: 'GB', latitude: 50.3755, longitude: -4.1427, postcodeAreas: ['PL1', 'PL4'] },
  { name: 'Inverness', countryCode: 'GB', latitude: 57.4778, longitude: -4.2247, postcodeAreas: ['IV1', 'IV2'] },
  { name: 'Aberystwyth', countryCode: 'GB', latitude: 52.4153, longitude: -4.0829, postcodeAreas: ['SY23'] },
  { name: 'Lancaster', countryCode: 'GB', latitude: 54.0466, longitude: -2.8007, postcodeAreas: ['LA1'] },
  { name: 'York', countryCode: 'GB', latitude: 53.959, longitude: -1.0815, postcodeAreas: ['YO1', 'YO10', 'YO31'] },
  { name: 'Hull', countryCode: 'GB', latitude: 53.7676, longitude: -0.3274, postcodeAreas: ['HU1', 'HU5'] },
  { name: 'Leicester', countryCode: 'GB', latitude: 52.6369, longitude: -1.1398, postcodeAreas: ['LE1', 'LE2'] },
  { name: 'Stockport', countryCode: 'GB', latitude: 53.4106, longitude: -2.1575, postcodeAreas: ['SK1', 'SK4'] },
  { name: 'Rochdale', countryCode: 'GB', latitude: 53.6097, longitude: -2.1561, postcodeAreas: ['OL11', 'OL16'] },
  { name: 'Dublin', countryCode: 'IE', latitude: 53.3498, longitude: -6.2603 },
  { name: 'Cork', countryCode: 'IE', latitude: 51.8985, longitude: -8.4756 },
  { name: 'Galway', countryCode: 'IE', latitude: 53.2707, longitude: -9.0568 },
  { name: 'Mondragón', countryCode: 'ES', latitude: 43.0643, longitude: -2.4897 },
  { name: 'Barcelona', countryCode: 'ES', latitude: 41.3874, longitude: 2.1686 },
  { name: 'Bologna', countryCode: 'IT', latitude: 44.4949, longitude: 11.3426 },
  { name: 'Montréal', countryCode: 'CA', latitude: 45.5019, longitude: -73.5674 },
  { name: 'Minneapolis', countryCode: 'US', latitude: 44.9778, longitude: -93.265 },
  { name: 'Amsterdam', countryCode: 'NL', latitude: 52.3676, longitude: 4.9041 },
  { name: 'Berlin', countryCode: 'DE', latitude: 52.52, longitude: 13.405 },
];
