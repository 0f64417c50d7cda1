import { canMove, FINAL_STAGES, isContact, nextStages, requirements } from './referral-stages';

describe('the referral stage machine', () => {
  it('lets the receiver answer a passed referral and the giver withdraw it, nothing else', () => {
    expect(nextStages('PASSED', 'RECEIVER')).toEqual(['ACCEPTED', 'DECLINED']);
    expect(nextStages('PASSED', 'GIVER')).toEqual(['WITHDRAWN']);
    expect(nextStages('ACCEPTED', 'GIVER')).toEqual([]);
  });

  it('moves forward only, skipping stages when business moves fast', () => {
    expect(nextStages('ACCEPTED', 'RECEIVER')).toEqual(['CONTACTED', 'MEETING_HELD', 'PROPOSAL_SENT', 'WON', 'LOST']);
    expect(nextStages('PROPOSAL_SENT', 'RECEIVER')).toEqual(['WON', 'LOST']);
    expect(canMove('MEETING_HELD', 'CONTACTED', 'RECEIVER')).toBe(false);
    expect(canMove('PASSED', 'WON', 'RECEIVER')).toBe(false);
  });

  it('keeps final stages final', () => {
    for (const stage of FINAL_STAGES) {
      expect(nextStages(stage, 'RECEIVER')).toEqual([]);
      expect(nextStages(stage, 'GIVER')).toEqual([]);
    }
  });

  it('asks for a reason to decline or lose, and a value to win', () => {
    expect(requirements('DECLINED').reason).toBe('required');
    expect(requirements('LOST').reason).toBe('required');
    expect(requirements('WITHDRAWN').reason).toBe('optional');
    expect(requirements('WON')).toEqual({ reason: 'none', value: true });
    expect(requirements('CONTACTED')).toEqual({ reason: 'none', value: false });
  });

  it('counts reaching the prospect as first contact, and losing straight after accepting as not', () => {
    expect(isContact('CONTACTED')).toBe(true);
    expect(isContact('WON')).toBe(true);
    expect(isContact('LOST')).toBe(false);
    expect(isContact('ACCEPTED')).toBe(false);
  });
});
