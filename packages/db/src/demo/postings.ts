/**
 * What demo co-ops ask each other for and offer each other, per kind of business (keyed by the
 * first SIC division of a DemoTrade). A need here is written by a buyer of that trade's work, an
 * offer by a co-op of that trade, in the words people use on the real network. Needs are posted by
 * co-ops of any other trade, so they speak as "we" and never say what kind of co-op is asking.
 */
export interface DemoNeedText {
  readonly title: string;
  readonly description: string;
  /** A budget in whole pounds, when the buyer would say one. */
  readonly budget?: number;
}

export interface DemoOfferText {
  readonly title: string;
  readonly description: string;
  readonly coopTerms: string;
}

export const DEMO_POSTINGS: Readonly<Record<string, { needs: readonly DemoNeedText[]; offer: DemoOfferText }>> = {
  '18': {
    needs: [
      { title: 'Printing for our annual report', description: 'About 200 copies of a 24-page annual report on recycled paper, ready for our AGM in six weeks.', budget: 900 },
      { title: 'Leaflets and posters for a community share offer', description: 'A5 leaflets and A3 posters for our share launch, printed with vegetable inks, delivered to two addresses.' },
    ],
    offer: { title: 'Short-run print at cost for co-op campaigns', description: 'Risograph and digital print for campaigns and events, from 50 copies, with a design check included.', coopTerms: '10% off list prices for co-ops, and 60 days to pay.' },
  },
  '69': {
    needs: [
      { title: 'Bookkeeper for a new workers co-op', description: 'We are six members and need monthly bookkeeping, payroll and help with our first annual return to the FCA.', budget: 2400 },
      { title: 'Independent examination of our accounts', description: 'We need our year-end accounts independently examined before the September deadline.' },
    ],
    offer: { title: 'First year-end accounts half price for new co-ops', description: 'Year-end accounts and the FCA annual return for co-ops in their first year of trading.', coopTerms: 'Half price in your first year; fixed monthly fees after that.' },
  },
  '62': {
    needs: [
      { title: 'New website with online membership sign-up', description: 'We want a simple, accessible website where people can join, pay their share and update their details.', budget: 6000 },
      { title: 'Help moving our email and files off Big Tech', description: 'Twelve staff, looking to move email, calendars and shared files to open-source hosting with training.' },
    ],
    offer: { title: 'Open-source hosting for co-ops', description: 'Managed Nextcloud, email and websites hosted in the UK on renewable energy, with support from people who answer.', coopTerms: 'Co-ops pay at cost plus 10%; setup free for members of a federation.' },
  },
  '56': {
    needs: [
      { title: 'Catering for a conference of 120 people', description: 'Vegetarian lunch and refreshments for a one-day members conference, with vegan and gluten-free options.', budget: 1800 },
    ],
    offer: { title: 'Catering for co-op events and AGMs', description: 'Seasonal vegetarian buffets and hot lunches for 20 to 300 people, from local suppliers.', coopTerms: 'We buy from co-op growers first and put it on the menu.' },
  },
  '47': {
    needs: [
      { title: 'Wholesale supplier of organic dry goods', description: 'We are opening a refill corner and need a wholesaler of organic pulses, grains and refills with weekly delivery.' },
    ],
    offer: { title: 'Bulk organic wholefoods for buying groups', description: 'Organic dry goods, oils and eco cleaning products by the case, delivered weekly.', coopTerms: 'Trade prices for co-op shops and buying groups, no minimum order.' },
  },
  '01': {
    needs: [
      { title: 'Veg boxes for our staff canteen', description: 'Looking for a grower who can supply seasonal vegetables for 80 lunches a day, delivered twice a week.' },
    ],
    offer: { title: 'Seasonal veg for co-op kitchens', description: 'Organic salad, roots and greens grown by our members, picked the day before delivery.', coopTerms: 'Standing orders for co-op cafés and canteens at wholesale prices.' },
  },
  '11': {
    needs: [{ title: 'Local beer and cider for our events', description: 'We want a co-operative brewery for two regular cask lines and bottled cider at our events and in our canteen.' }],
    offer: { title: 'Cask and bottled beer for co-op pubs and events', description: 'Real ales and craft lager brewed by our members, with bar hire for events.', coopTerms: 'A guest line at trade price for co-op and community pubs.' },
  },
  '10': {
    needs: [{ title: 'Daily bread for our canteen', description: 'Sourdough loaves and pastries every morning for our staff and visitors, six days a week.' }],
    offer: { title: 'Wholesale sourdough for co-op cafés and shops', description: 'Organic sourdough, rolls and cakes baked overnight and delivered by cargo bike.', coopTerms: 'Wholesale prices and no delivery charge for co-ops within five miles.' },
  },
  '41': {
    needs: [
      { title: 'Retrofit survey and insulation for 40 homes', description: 'We plan to insulate and retrofit our building and want a survey and a costed plan.', budget: 15000 },
    ],
    offer: { title: 'Whole-house retrofit for housing co-ops', description: 'Surveys, insulation, windows and ventilation by a worker-owned building team.', coopTerms: 'Free first survey for housing co-ops; staged payments to fit grant timings.' },
  },
  '35': {
    needs: [{ title: 'Solar panels for our warehouse roof', description: 'We have a 600 square metre roof and want to generate our own electricity. Looking for a community energy partner.' }],
    offer: { title: 'Community solar on your roof, at no upfront cost', description: 'We install and own solar on your roof and sell you the electricity below grid price.', coopTerms: 'Co-ops can invest in the share offer that pays for their own panels.' },
  },
  '68': {
    needs: [{ title: 'Meeting room for our monthly members meeting', description: 'We have 30 members and need an accessible room for two hours one evening a month.' }],
    offer: { title: 'Advice for groups starting a housing co-op', description: 'Members of an established housing co-op offer an evening of advice on rules, finance and finding a building.', coopTerms: 'Free for groups starting out; a donation to our repairs fund if it helped.' },
  },
  '49': {
    needs: [{ title: 'Same-day deliveries across the city', description: 'We need about 30 local deliveries a day, ideally low-carbon, with proof of delivery.' }],
    offer: { title: 'Cargo-bike deliveries for co-ops', description: 'Same-day and scheduled deliveries by cargo bike and electric van across the city.', coopTerms: 'Co-op rate card 15% below our standard prices.' },
  },
  '81': {
    needs: [{ title: 'Office cleaning three evenings a week', description: 'Our office of 25 people needs regular cleaning with eco products and a living-wage team.' }],
    offer: { title: 'Eco cleaning from a living-wage co-op', description: 'Office and venue cleaning with eco products, by a team that owns the business.', coopTerms: 'A free deep clean when a co-op signs a 12-month contract.' },
  },
  '87': {
    needs: [{ title: 'Training for our new members', description: 'We are looking for someone to run induction and safeguarding training for 10 new members.' }],
    offer: { title: 'Respite care and home support', description: 'Care at home by a care co-op owned by its workers and the people it supports.', coopTerms: 'Members of other co-ops get a first assessment visit free.' },
  },
  '85': {
    needs: [{ title: 'Co-op governance training for our new board', description: 'Our board has four new directors and wants a day of training on co-op governance and directors duties.', budget: 800 }],
    offer: { title: 'Governance and facilitation training for co-op boards', description: 'Half-day and full-day workshops on governance, decision-making and conflict.', coopTerms: 'Sliding-scale fees; free places for co-ops in their first year.' },
  },
  '70': {
    needs: [{ title: 'Help converting our business to a co-op', description: 'The founder is retiring and the staff want to buy the business as a workers co-op. We need advice on valuation and finance.' }],
    offer: { title: 'Business support for co-op conversions', description: 'Advice on employee buyouts and conversions: structures, valuation, finance and member engagement.', coopTerms: 'The first meeting is free, and we help you apply for funded support.' },
  },
  '73': {
    needs: [
      { title: 'Brand refresh for a food co-op', description: 'A new logo, signage and a simple brand guide as we open our second site.', budget: 3500 },
    ],
    offer: { title: 'Design for co-ops and social enterprises', description: 'Branding, reports and campaign design by a worker-owned studio.', coopTerms: '15% off for co-ops, and we print with co-op printers.' },
  },
  '59': {
    needs: [{ title: 'A short film about our co-op for our share offer', description: 'Three minutes on who we are and why people should invest, for our website and social media.' }],
    offer: { title: 'Films and photography for co-op campaigns', description: 'Short films, photography and podcasts that tell your co-op’s story.', coopTerms: 'Co-op day rate 20% below our usual rate.' },
  },
  '64': {
    needs: [{ title: 'A loan to buy our building', description: 'We need a loan alongside a community share offer to buy the freehold of our building.' }],
    offer: { title: 'Loans and banking for co-ops', description: 'Loans, savings and business accounts for co-ops and community businesses.', coopTerms: 'Lending decisions made by people who know co-op structures.' },
  },
  '38': {
    needs: [{ title: 'Collection of old IT equipment for reuse', description: 'We are replacing 30 laptops and want them refurbished and reused, with data wiping certificates.' }],
    offer: { title: 'Repair and reuse of office furniture and IT', description: 'We collect, repair and resell furniture and computers, with certified data wiping.', coopTerms: 'Free collection for co-ops; refurbished kit for co-ops at cost.' },
  },
  '93': {
    needs: [{ title: 'Venue for a two-day regional co-op gathering', description: 'Space for 60 people with breakout rooms, accommodation nearby and catering on site.' }],
    offer: { title: 'Meeting rooms and function space for co-op events', description: 'A community-owned venue with rooms for 10 to 120 people, food and accommodation.', coopTerms: 'Half-price room hire for co-op and community groups on weekdays.' },
  },
  '13': {
    needs: [{ title: 'Branded T-shirts and tote bags for our launch', description: '300 organic cotton T-shirts and 500 tote bags printed with our logo, in time for our launch event.', budget: 4000 }],
    offer: { title: 'Ethical workwear and merchandise', description: 'Organic cotton workwear, T-shirts and bags, made and printed in our own workshop.', coopTerms: 'No minimum order for co-ops, and free design help.' },
  },
  '71': {
    needs: [{ title: 'Architect for a community-led housing scheme', description: 'We are working with a community land trust on 12 homes and need an architect who designs with residents.' }],
    offer: { title: 'Feasibility studies for community-led housing', description: 'Site feasibility and early design for housing co-ops and community land trusts.', coopTerms: 'Feasibility at cost for groups with grant funding.' },
  },
  '94': {
    needs: [{ title: 'Co-ops to join a shared buying scheme', description: 'We are setting up joint buying of energy, insurance and stationery for co-ops in the region and want members.' }],
    offer: { title: 'Shared back-office services for member co-ops', description: 'Payroll, HR advice and group buying for co-ops that join the federation.', coopTerms: 'Members pay a share of costs; the first year of HR advice is free.' },
  },
};
