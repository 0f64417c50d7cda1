/**
 * The natural-language evaluation set: requests written the way people ask for a service, two to
 * six words, each from one real source. Their right answers are NOT judged from these words but
 * from fields independent of them (see natural-set.ts):
 *
 * - `coop`: written from the description of one co-op in the workers' co-op file (by its register
 *   identifier), as someone wanting what that co-op provides would ask. Right answers: the other
 *   co-ops filed under the same SIC class (gain 2) or the same SIC division (gain 1). The source
 *   co-op itself is left out of both the answers and the rankings: the request was written from
 *   its words.
 * - `notice`: written from the title of one real procurement notice (by the end of its OCDS id),
 *   as a buyer would type it. Right answers: co-ops in the SIC divisions its CPV code maps to
 *   through cpv-to-sic.ts (gain 1).
 *
 * How the sources were chosen: 40 rows spread evenly through the workers' co-op rows with a
 * description of eight words or more, and 36 spread evenly through the notices; rows whose
 * request would only repeat another's, or with no SIC code (MYCO Manchester Mushroom), were
 * skipped. The requests were written before the search they measure was changed, and are not
 * edited to suit it: the set measures, the rules stay general.
 */
export interface NaturalQuery {
  source: 'coop' | 'notice';
  /** The workers' co-op file's Identifier, or the last 12 characters of a notice's ocid. */
  ref: string;
  text: string;
}

export const NATURAL_QUERIES: readonly NaturalQuery[] = [
  { source: 'coop', ref: 'R025671', text: 'virtual reality storytelling' },
  { source: 'coop', ref: 'R000694', text: 'horticulture work for people with learning disabilities' },
  { source: 'coop', ref: 'R002183', text: 'recycled textile clothing' },
  { source: 'coop', ref: 'R002424', text: 'eco architect for a new building' },
  { source: 'coop', ref: 'R002007', text: 'gluten free wholefoods shop' },
  { source: 'coop', ref: 'R002083', text: 'fireworks and sculpture show' },
  { source: 'coop', ref: 'R002160', text: 'ethical business consultant' },
  { source: 'coop', ref: 'R002180', text: 'organic food wholesaler' },
  { source: 'coop', ref: 'R002197', text: 'organic veg box' },
  { source: 'coop', ref: 'R002117', text: 'website design agency' },
  { source: 'coop', ref: 'R003261', text: 'fruit and veg grower' },
  { source: 'coop', ref: 'R002513', text: 'help setting up a co-op' },
  { source: 'coop', ref: 'R003395', text: 'documentary film makers' },
  { source: 'coop', ref: 'R005019', text: 'paragliding lessons' },
  { source: 'coop', ref: 'R005588', text: 'embroidered staff uniforms' },
  { source: 'coop', ref: 'R004710', text: 'vegetarian food wholesale supplier' },
  { source: 'coop', ref: 'R005429', text: 'bike shop and repairs' },
  { source: 'coop', ref: 'R006292', text: 'co-op development worker' },
  { source: 'coop', ref: 'R004093', text: 'community cafe' },
  { source: 'coop', ref: 'R003792', text: 'community arts projects' },
  { source: 'coop', ref: 'R006394', text: 'ethical web hosting' },
  { source: 'coop', ref: 'R010064', text: 'radical politics magazine' },
  { source: 'coop', ref: 'R006738', text: 'support for adults with learning disabilities' },
  { source: 'coop', ref: 'R006790', text: 'drupal developers' },
  { source: 'coop', ref: 'R008593', text: 'garment workers rights campaign' },
  { source: 'coop', ref: 'R008861', text: 'permaculture garden design' },
  { source: 'coop', ref: 'R008899', text: 'landscape architect' },
  { source: 'coop', ref: 'R014484', text: 'community composting' },
  { source: 'coop', ref: 'R015153', text: 'low carbon design studio' },
  { source: 'coop', ref: 'R022552', text: 'umbrella company for freelance contractors' },
  { source: 'coop', ref: 'R014993', text: 'community bakery bread' },
  { source: 'coop', ref: 'R019845', text: 'film photography supplies' },
  { source: 'coop', ref: 'R021117', text: 'artists working with local communities' },
  { source: 'coop', ref: 'R019749', text: 'gender equality workshops for schools' },
  { source: 'coop', ref: 'R034982', text: 'nhs dentist' },
  { source: 'coop', ref: 'R030027', text: 'local organic vegetables' },
  { source: 'coop', ref: 'R029546', text: 'working class writing publisher' },
  { source: 'coop', ref: 'R032907', text: 'digital infrastructure design' },
  { source: 'coop', ref: 'R031425', text: 'research project management' },

  { source: 'notice', ref: '01c247fc9c30', text: 'parking enforcement' },
  { source: 'notice', ref: 'b7b1cbd3897d', text: 'drying trailer' },
  { source: 'notice', ref: '818efeb0ce26', text: 'cloud desktop setup' },
  { source: 'notice', ref: '478aa5a4572c', text: 'patient handling equipment' },
  { source: 'notice', ref: '42ba18a92ee6', text: 'laboratory syringe pumps' },
  { source: 'notice', ref: '746f8a1313a0', text: 'day care for older people with dementia' },
  { source: 'notice', ref: 'ed6954693fbf', text: 'network cabling installer' },
  { source: 'notice', ref: 'ca00ff06df42', text: 'road marking contractor' },
  { source: 'notice', ref: '0676f602a94a', text: 'school taxi transport' },
  { source: 'notice', ref: '09b248426f52', text: 'managed IT support' },
  { source: 'notice', ref: '0f165a233a59', text: 'bridge waterproofing' },
  { source: 'notice', ref: 'efcb8c78590d', text: 'cloud phone system' },
  { source: 'notice', ref: '444e141c5dfa', text: 'DNS network connection' },
  { source: 'notice', ref: '61267aa2b22f', text: 'aircraft maintenance support' },
  { source: 'notice', ref: '38af043708cc', text: 'medical equipment servicing' },
  { source: 'notice', ref: '5169609840e9', text: 'insurance broker' },
  { source: 'notice', ref: '1ba819a00d18', text: 'car park CCTV security' },
  { source: 'notice', ref: '9085e20961e3', text: 'car parking consolidation' },
  { source: 'notice', ref: '9fbfd3c3d728', text: 'domestic abuse support services' },
  { source: 'notice', ref: '6-0000581860', text: 'electrical safety inspections' },
  { source: 'notice', ref: '6-0000580939', text: 'flights from Dundee to London' },
  { source: 'notice', ref: '6-0000579059', text: 'housing site development works' },
  { source: 'notice', ref: '6-0000580971', text: 'quantity surveyor and clerk of works' },
  { source: 'notice', ref: '6-0000580533', text: 'mobile screener for quarrying' },
  { source: 'notice', ref: '6-0000579741', text: 'accreditation software for a business school' },
  { source: 'notice', ref: '6-0000579577', text: 'housing repairs and capital works' },
  { source: 'notice', ref: '6-0000578813', text: 'facilities management hard services' },
  { source: 'notice', ref: 'uma6s-148369', text: 'kitchen and bathroom fitting' },
  { source: 'notice', ref: 'uma6s-148098', text: 'IT equipment supplier' },
  { source: 'notice', ref: 'uma6s-148361', text: 'security system maintenance' },
  { source: 'notice', ref: 'uma6s-148352', text: 'HR and legal advice' },
  { source: 'notice', ref: 'uma6s-148221', text: 'digital degree certificates' },
  { source: 'notice', ref: 'uma6s-145747', text: 'evaluating an LGBTQ action plan' },
  { source: 'notice', ref: 'uma6s-147685', text: 'office cleaning' },
  { source: 'notice', ref: 'uma6s-147843', text: 'water works supervision' },
];
