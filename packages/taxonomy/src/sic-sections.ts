/**
 * The 21 sections of UK SIC 2007, identical to those of NACE Rev. 2.
 * Source: ONS, UK Standard Industrial Classification of Economic Activities 2007.
 */
export interface SicSection {
  readonly code: string;
  readonly name: string;
}

export const SIC_SECTIONS: readonly SicSection[] = [
  { code: 'A', name: 'Agriculture, forestry and fishing' },
  { code: 'B', name: 'Mining and quarrying' },
  { code: 'C', name: 'Manufacturing' },
  { code: 'D', name: 'Electricity, gas, steam and air conditioning supply' },
  { code: 'E', name: 'Water supply; sewerage, waste management and remediation activities' },
  { code: 'F', name: 'Construction' },
  { code: 'G', name: 'Wholesale and retail trade; repair of motor vehicles and motorcycles' },
  { code: 'H', name: 'Transportation and storage' },
  { code: 'I', name: 'Accommodation and food service activities' },
  { code: 'J', name: 'Information and communication' },
  { code: 'K', name: 'Financial and insurance activities' },
  { code: 'L', name: 'Real estate activities' },
  { code: 'M', name: 'Professional, scientific and technical activities' },
  { code: 'N', name: 'Administrative and support service activities' },
  { code: 'O', name: 'Public administration and defence; compulsory social security' },
  { code: 'P', name: 'Education' },
  { code: 'Q', name: 'Human health and social work activities' },
  { code: 'R', name: 'Arts, entertainment and recreation' },
  { code: 'S', name: 'Other service activities' },
  {
    code: 'T',
    name: 'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
  },
  { code: 'U', name: 'Activities of extraterritorial organisations and bodies' },
];
