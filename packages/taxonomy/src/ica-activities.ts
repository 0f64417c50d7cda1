/**
 * ICA economic activities as ESSGlobal's `aci` vocabulary names them
 * (https://w3id.solidarityeconomy.coop/essglobal/V2a/standard/activities-ica/).
 */
export const ICA_ACTIVITIES = {
  ICA10: 'Agriculture',
  ICA20: 'Dairy',
  ICA30: 'Forestry',
  ICA40: 'Irrigation',
  ICA50: 'Fishing',
  ICA60: 'Artisans',
  ICA70: 'Construction',
  ICA80: 'Industry',
  ICA90: 'Manufacturing',
  ICA100: 'Mining',
  ICA110: 'Professional',
  ICA120: 'Service',
  ICA130: 'Tourism',
  ICA140: 'Financial Services',
  ICA150: 'Insurance',
  ICA160: 'Education',
  ICA170: 'Health',
  ICA180: 'Community',
  ICA190: 'Social',
  ICA200: 'Social Service',
  ICA210: 'Housing',
  ICA220: 'Transport',
  ICA230: 'Utilities',
  ICA240: 'Retail',
  ICA250: 'Production',
  ICA260: 'Wholesale and retail trade',
  ICA270: 'Education / health / social work',
  ICA280: 'Other Services',
  ICA290: 'All (Services)',
} as const;

export type IcaActivityId = keyof typeof ICA_ACTIVITIES;
