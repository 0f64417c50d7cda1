/**
 * A correspondence from the EU Common Procurement Vocabulary (CPV 2008), as public buyers label
 * what they need, to the UK SIC 2007 divisions co-ops are filed under: at division level, by its
 * first two digits. Written for this project from both vocabularies' division titles; where a CPV
 * division spans industries (79 "Business services: law, marketing, consulting, recruitment,
 * printing and security") it lists every SIC division that supplies it, most typical first.
 * Issue 4's matcher and its evaluation on real procurement notices use it.
 */
export const CPV_DIVISION_TO_SIC: Readonly<Record<string, readonly string[]>> = {
  '03': ['01', '02', '03'], // agricultural, farming, fishing, forestry products
  '09': ['35', '19', '06'], // petroleum products, fuel, electricity, other energy
  '14': ['08', '07', '24'], // mining, basic metals
  '15': ['10', '11', '12'], // food, beverages, tobacco
  '16': ['28'], // agricultural machinery
  '18': ['14', '15'], // clothing, footwear, luggage, accessories
  '19': ['13', '15', '22'], // leather and textile fabrics, plastic and rubber materials
  '22': ['18', '58'], // printed matter
  '24': ['20'], // chemical products
  '30': ['26', '28'], // office and computing machinery and supplies
  '31': ['27'], // electrical machinery, apparatus; lighting
  '32': ['26'], // radio, television, telecommunication equipment
  '33': ['21', '32', '26'], // medical equipment, pharmaceuticals, personal care
  '34': ['29', '30'], // transport equipment
  '35': ['25', '30', '32'], // security, fire-fighting, police and defence equipment
  '37': ['32'], // musical instruments, sport goods, games, toys, handicraft, art materials
  '38': ['26', '32'], // laboratory, optical and precision equipment
  '39': ['31', '13', '27', '20'], // furniture, furnishings, domestic appliances, cleaning products
  '41': ['36'], // collected and purified water
  '42': ['28'], // industrial machinery
  '43': ['28'], // machinery for mining, quarrying, construction
  '44': ['23', '16', '25'], // construction structures and materials
  '45': ['41', '42', '43'], // construction work
  '48': ['62', '58'], // software packages and information systems
  '50': ['33', '95', '45'], // repair and maintenance services
  '51': ['33', '43'], // installation services
  '55': ['56', '55', '47'], // hotel, restaurant and retail trade services
  '60': ['49', '50', '51'], // transport services
  '63': ['52', '79'], // supporting transport services; travel agencies
  '64': ['53', '61'], // postal and telecommunications services
  '65': ['35', '36'], // public utilities
  '66': ['64', '65', '66'], // financial and insurance services
  '70': ['68'], // real estate services
  '71': ['71'], // architectural, construction, engineering and inspection services
  '72': ['62', '63'], // IT services
  '73': ['72'], // research and development
  '75': ['84'], // administration, defence and social security
  '76': ['09'], // services related to the oil and gas industry
  '77': ['01', '02', '81', '03'], // agricultural, forestry, horticultural, aquacultural services
  '79': ['70', '69', '73', '78', '82', '80', '18', '74'], // business services
  '80': ['85'], // education and training
  '85': ['86', '88', '87', '75'], // health and social work (and veterinary)
  '90': ['38', '37', '81', '39'], // sewage, refuse, cleaning, environmental services
  '92': ['90', '93', '91', '59', '60'], // recreational, cultural, sporting services
  '98': ['94', '96'], // other community, social and personal services
};

/** The SIC divisions that supply what a CPV code ("79810000-5" or "79810000") describes. */
export function sicDivisionsForCpv(cpvCode: string): readonly string[] {
  const division = /^(\d{2})\d{6}(-\d)?$/.exec(cpvCode.trim())?.[1];
  return division ? (CPV_DIVISION_TO_SIC[division] ?? []) : [];
}
