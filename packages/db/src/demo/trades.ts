import type { CoopTypeKey } from '@principle-six/taxonomy';

/**
 * Kinds of business the demo directory is made of. Each names its SIC divisions, the words a
 * co-op of that kind would use about itself, and the kinds of co-op it is usually organised as.
 */
export interface DemoTrade {
  readonly divisions: readonly string[];
  readonly nouns: readonly string[];
  readonly provides: readonly string[];
  readonly whyBuy: readonly string[];
  readonly wantToTalkTo: readonly string[];
  readonly coopTypes: readonly CoopTypeKey[];
}

export const DEMO_TRADES: readonly DemoTrade[] = [
  {
    divisions: ['18'],
    nouns: ['Print', 'Press', 'Printworks', 'Print Collective'],
    provides: [
      'Litho and digital printing: leaflets, posters, booklets and annual reports on recycled stock.',
      'Risograph and short-run digital print for campaigns, zines and events, with in-house design checks.',
    ],
    whyBuy: ['Vegetable inks, FSC paper and a worker-owned press that answers the phone.', 'Fast turnaround and honest quotes; we have printed for the movement for twenty years.'],
    wantToTalkTo: ['Campaign groups and charities with regular print runs.', 'Designers and agencies who need a reliable ethical printer.'],
    coopTypes: ['WORKER'],
  },
  {
    divisions: ['69'],
    nouns: ['Accounts', 'Bookkeeping', 'Numbers', 'Ledger'],
    provides: [
      'Bookkeeping, payroll, year-end accounts and FCA annual returns for co-operatives and community businesses.',
      'Accountancy and independent examination for societies, with training for treasurers.',
    ],
    whyBuy: ['We know co-op law: withdrawable shares, community shares and society returns hold no surprises.', 'Fixed monthly fees and plain-English reports for your board.'],
    wantToTalkTo: ['New co-ops registering as societies.', 'Housing co-ops that need their accounts brought up to date.'],
    coopTypes: ['WORKER', 'MULTI_STAKEHOLDER'],
  },
  {
    divisions: ['62', '63'],
    nouns: ['Digital', 'Tech', 'Code', 'Web Workers'],
    provides: [
      'Websites, web apps and hosting for organisations that care how their software is made; open-source by default.',
      'Custom software, data systems and IT support, from membership databases to online shops.',
    ],
    whyBuy: ['You own everything we build, and you talk to the developers who build it.', 'Accessible, secure and maintained for years, not thrown over the wall.'],
    wantToTalkTo: ['Co-ops planning a new website or member portal.', 'Other tech co-ops to share larger contracts with.'],
    coopTypes: ['WORKER'],
  },
  {
    divisions: ['56'],
    nouns: ['Café', 'Kitchen', 'Canteen', 'Catering'],
    provides: [
      'Event catering, buffets and office lunches from seasonal, local produce; vegan and halal menus.',
      'A community café and catering for meetings, conferences and celebrations.',
    ],
    whyBuy: ['Food cooked by the people who own the kitchen, sourced from co-op growers.', 'We cater for 10 or 400 and take away our own waste.'],
    wantToTalkTo: ['Venues and event organisers.', 'Growers and wholesalers with surplus produce.'],
    coopTypes: ['WORKER', 'CONSUMER'],
  },
  {
    divisions: ['47', '46'],
    nouns: ['Wholefoods', 'Food Co-op', 'Grocers', 'Larder'],
    provides: [
      'Wholefoods, organic groceries and bulk refills, in our shop and delivered to workplaces.',
      'Wholesale dry goods and organic produce for shops, cafés and buying groups.',
    ],
    whyBuy: ['Fair prices, no single-use plastic and a shop owned by its members.', 'Ethically sourced, with delivery by cargo bike in the city centre.'],
    wantToTalkTo: ['Buying groups and community pantries.', 'Local farms and food producers.'],
    coopTypes: ['CONSUMER', 'WORKER'],
  },
  {
    divisions: ['01'],
    nouns: ['Growers', 'Farm', 'Market Garden', 'Veg'],
    provides: [
      'Organic vegetables, salad and herbs: veg boxes for households, wholesale for cafés and shops.',
      'Community-supported agriculture, with volunteering days and training in market gardening.',
    ],
    whyBuy: ['Picked the day before it reaches you, grown without chemicals.', 'A farm owned by its workers and veg-box members.'],
    wantToTalkTo: ['Cafés and caterers who want a regular local supply.', 'Food co-ops looking for growers.'],
    coopTypes: ['PRODUCER', 'MULTI_STAKEHOLDER', 'WORKER'],
  },
  {
    divisions: ['11'],
    nouns: ['Brewery', 'Brewing', 'Cider'],
    provides: ['Cask and bottled beers brewed in small batches, for pubs, shops and events.', 'Craft cider and perry pressed from local orchards.'],
    whyBuy: ['A community-owned brewery whose profits stay in the town.', 'Award-winning beer, delivered in returnable casks.'],
    wantToTalkTo: ['Community pubs and bars.', 'Event organisers who want a local bar.'],
    coopTypes: ['COMMUNITY_BENEFIT', 'WORKER'],
  },
  {
    divisions: ['10'],
    nouns: ['Bakery', 'Bread', 'Bakehouse'],
    provides: ['Sourdough bread, pastries and cakes, baked daily for shops, cafés and our own counter.'],
    whyBuy: ['Slow-fermented bread from heritage grains, made by a worker co-op.'],
    wantToTalkTo: ['Cafés and food co-ops wanting daily bread deliveries.'],
    coopTypes: ['WORKER'],
  },
  {
    divisions: ['41', '43'],
    nouns: ['Builders', 'Construction', 'Carpentry', 'Joinery'],
    provides: [
      'Eco-building, retrofit and insulation; timber-frame extensions and community buildings.',
      'Joinery, carpentry and renovation, from kitchens to shop fit-outs.',
    ],
    whyBuy: ['Skilled trades who own their firm and stand behind their work.', 'Low-carbon materials and a retrofit assessor on the team.'],
    wantToTalkTo: ['Housing co-ops planning retrofit.', 'Community groups with a building project.'],
    coopTypes: ['WORKER'],
  },
  {
    divisions: ['35'],
    nouns: ['Energy', 'Power', 'Solar'],
    provides: ['Community solar and wind: rooftop installations, energy advice and member share offers.'],
    whyBuy: ['Clean power owned by the community, with surplus funding local projects.'],
    wantToTalkTo: ['Schools and businesses with large roofs.', 'People who want to invest in community shares.'],
    coopTypes: ['COMMUNITY_BENEFIT', 'CONSUMER'],
  },
  {
    divisions: ['68'],
    nouns: ['Housing Co-op', 'Homes', 'Housing'],
    provides: ['Affordable, secure homes managed by the people who live in them.'],
    whyBuy: ['Our members manage the homes together; rents cover costs, not profits.'],
    wantToTalkTo: ['Builders and architects for a new development.', 'Other housing co-ops to share maintenance services.'],
    coopTypes: ['HOUSING'],
  },
  {
    divisions: ['49', '53'],
    nouns: ['Couriers', 'Cargo Bikes', 'Deliveries'],
    provides: ['Same-day cargo-bike courier and last-mile delivery across the city.'],
    whyBuy: ['Zero-emission delivery by riders who own the business and earn a living wage.'],
    wantToTalkTo: ['Shops and food co-ops that deliver locally.', 'Councils with clean-air goals.'],
    coopTypes: ['WORKER'],
  },
  {
    divisions: ['81'],
    nouns: ['Cleaning', 'Cleaners', 'Clean'],
    provides: ['Office, venue and domestic cleaning with eco-friendly products.'],
    whyBuy: ['Cleaners who own the company: fair pay, low turnover, and people you know.'],
    wantToTalkTo: ['Offices, community centres and co-op shops.'],
    coopTypes: ['WORKER', 'MULTI_STAKEHOLDER'],
  },
  {
    divisions: ['87', '88'],
    nouns: ['Care', 'Homecare', 'Care Co-op'],
    provides: ['Home care and support for older and disabled people, planned with them and their families.'],
    whyBuy: ['Carers who co-own the service, so they stay, and time to do the job properly.'],
    wantToTalkTo: ['Local authorities commissioning care.', 'People who use direct payments.'],
    coopTypes: ['MULTI_STAKEHOLDER', 'WORKER'],
  },
  {
    divisions: ['85'],
    nouns: ['Learning', 'Training', 'School'],
    provides: ['Training in co-operative governance, facilitation and conflict resolution.', 'Adult education courses and workshops, online and in person.'],
    whyBuy: ['Trainers who run co-ops themselves.', 'Practical courses with follow-up support.'],
    wantToTalkTo: ['New co-ops and their boards.', 'Councils and funders supporting co-op development.'],
    coopTypes: ['WORKER', 'SECONDARY'],
  },
  {
    divisions: ['70'],
    nouns: ['Consulting', 'Development', 'Advisers'],
    provides: ['Co-op development: business planning, registration, community share offers and conversions to employee ownership.'],
    whyBuy: ['We have helped 200 groups start and grow co-operatives.'],
    wantToTalkTo: ['Business owners planning succession.', 'Groups starting a co-op.'],
    coopTypes: ['WORKER', 'SECONDARY'],
  },
  {
    divisions: ['73', '74'],
    nouns: ['Design', 'Studio', 'Creative'],
    provides: ['Graphic design, branding and illustration for campaigns and social enterprises.', 'Photography, film and communications for the co-op sector.'],
    whyBuy: ['A creative studio owned by its designers, fluent in co-op values.'],
    wantToTalkTo: ['Co-ops refreshing their brand.', 'Printers to partner on print jobs.'],
    coopTypes: ['WORKER'],
  },
  {
    divisions: ['59', '90'],
    nouns: ['Media', 'Films', 'Arts'],
    provides: ['Documentary film, video and audio production for community organisations.', 'Community arts, performance and music workshops.'],
    whyBuy: ['Stories told with the people they are about.'],
    wantToTalkTo: ['Co-ops and charities with a story to tell.'],
    coopTypes: ['WORKER', 'MULTI_STAKEHOLDER'],
  },
  {
    divisions: ['64', '65'],
    nouns: ['Credit Union', 'Finance', 'Mutual'],
    provides: ['Savings accounts and fair loans for members, and loans to local co-ops.', 'Insurance and financial advice for co-operatives.'],
    whyBuy: ['Owned by our members; we lend locally.'],
    wantToTalkTo: ['Employers offering payroll savings.', 'Co-ops looking for finance.'],
    coopTypes: ['CONSUMER', 'OTHER'],
  },
  {
    divisions: ['38', '95'],
    nouns: ['Repair', 'Reuse', 'Recycling'],
    provides: ['Repair and refurbishment of furniture, bikes and electronics; reuse and recycling collections.'],
    whyBuy: ['Less waste, lower costs, and training for people returning to work.'],
    wantToTalkTo: ['Offices clearing furniture and IT equipment.', 'Councils with reuse targets.'],
    coopTypes: ['WORKER', 'COMMUNITY_BENEFIT'],
  },
  {
    divisions: ['93', '55'],
    nouns: ['Community Pub', 'Leisure', 'Hostel'],
    provides: ['A community-owned pub with rooms, function space and local food.', 'Outdoor activities, a hostel and meeting space.'],
    whyBuy: ['Run for the community by the community; profits go back into the village.'],
    wantToTalkTo: ['Breweries and food producers.', 'Groups looking for a venue.'],
    coopTypes: ['COMMUNITY_BENEFIT', 'CONSUMER'],
  },
  {
    divisions: ['13', '14'],
    nouns: ['Textiles', 'Sewing', 'Workwear'],
    provides: ['Organic cotton clothing, merchandise and workwear, made and printed in our own workshop.'],
    whyBuy: ['Ethically made garments from a co-op that pays a living wage.'],
    wantToTalkTo: ['Co-ops that need branded T-shirts, uniforms or tote bags.'],
    coopTypes: ['WORKER', 'PRODUCER'],
  },
  {
    divisions: ['71'],
    nouns: ['Architects', 'Architecture', 'Design Build'],
    provides: ['Architecture and landscape design for community-led housing and buildings.'],
    whyBuy: ['Participatory design: residents shape the plans with us.'],
    wantToTalkTo: ['Housing co-ops and community land trusts.'],
    coopTypes: ['WORKER'],
  },
  {
    divisions: ['94'],
    nouns: ['Federation', 'Network', 'Consortium'],
    provides: ['A federation of co-ops sharing services: buying, training and advice for members.'],
    whyBuy: ['Together our members buy cheaper and learn faster.'],
    wantToTalkTo: ['Co-ops in the region who could join.'],
    coopTypes: ['SECONDARY'],
  },
];

export const DEMO_ADJECTIVES = [
  'Radical', 'Common', 'Northern', 'Green', 'Unity', 'Solidarity', 'Open', 'Riverside', 'Mutual',
  'Hillside', 'Harbour', 'Phoenix', 'Red Kite', 'Beacon', 'Oak', 'Fair', 'Rainbow', 'Heart',
] as const;
