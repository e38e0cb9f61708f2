// GUIDE S1: a right to opt out of sale, in a document that denies the sale the right is about, is an explanation.
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from '../../../src/core/analyze';
import { textToClauses } from '../../../src/core/analyze/plain-text';
import { withSaleRightsRead } from '../../../src/core/analyze/sale-rights';

/** Each data_sale finding as "start of the clause: stance (role)", after the document pass. */
function read(text: string): string[] {
  const clauses = textToClauses(text);
  const { findings } = analyzeClauses(clauses, { model: 'off' });
  return withSaleRightsRead(findings, clauses)
    .filter((f) => f.category === 'data_sale')
    .map((f) => {
      const start = clauses.find((c) => c.id === f.clauseId)!.text.slice(0, 24);
      return `${start}: ${f.condition ?? f.stance}${f.role ? ` (${f.role})` : ''}`;
    });
}

const RIGHT = 'California residents may opt out of the sale of their Personal Information.';
const NEVADA =
  'If you are a resident of Nevada, you have the right to opt out of the sale of certain personal information.';

describe('a right to opt out of sale, read with the whole document (GUIDE S1)', () => {
  it('is an explanation where the document denies the sale, before or after the right', () => {
    const denial = 'We do not sell your personal information.';
    expect(read(`${RIGHT} ${denial}`)).toEqual([
      'California residents may: opt_out (explanation)',
      'We do not sell your pers: restrict',
    ]);
    expect(read(`${denial} ${RIGHT}`)).toContain('California residents may: opt_out (explanation)');
  });

  it('stays an offer where the document sells, or says a disclosure may be a sale (GUIDE S3)', () => {
    const denial = 'We do not sell your personal information.';
    expect(read(`${denial} We may sell your contact details to data brokers. ${RIGHT}`)).toContain(
      'California residents may: opt_out',
    );
    expect(
      read(
        `${denial} Our sharing for cross-context behavioral advertising may be considered a sale under state law. ${RIGHT}`,
      ),
    ).toContain('California residents may: opt_out');
  });

  it('needs a denial of the sale the right is about', () => {
    // Denied for children only, or for one purpose only: other sales may stand.
    expect(read(`We do not sell the personal information of children under 13. ${RIGHT}`)).toContain(
      'California residents may: opt_out',
    );
    // Sales for money denied: Nevada's sale (for money) is denied, a CCPA sale is not.
    const money = 'We do not sell your personal information for money.';
    expect(read(`${money} ${RIGHT}`)).toContain('California residents may: opt_out');
    expect(read(`${money} ${NEVADA}`)).toContain('If you are a resident of: opt_out (explanation)');
  });

  it('leaves a unit that denies the sale itself as it reads', () => {
    const text =
      'We do not sell your personal information. Acme does not sell (as the term is defined in the CCPA) the personal information we collect (and will not sell it without providing a right to opt out).';
    expect(read(text).filter((f) => f.includes('explanation'))).toEqual([]);
  });

  it('reads a denial by its own clause, and a link named "Do Not Sell My Personal Information" as no denial', () => {
    const denial =
      'We do not sell personal information, and we have no actual knowledge of selling the personal information of minors under 16 years of age.';
    expect(read(`${denial} ${RIGHT}`)).toContain('California residents may: opt_out (explanation)');
    expect(read(`For the purposes of the CCPA, we do not sell personal information. ${RIGHT}`)).toContain(
      'California residents may: opt_out (explanation)',
    );
    expect(
      read(
        'We do not sell your personal information to anyone. Residents of certain states may opt out of the sale of their personal information by clicking Do Not Sell My Personal Information.',
      ),
    ).toContain('Residents of certain sta: opt_out (explanation)');
    expect(read(`We do not sell personal information of children under 16. ${RIGHT}`)).toContain(
      'California residents may: opt_out',
    );
  });

  it('is idempotent', () => {
    const clauses = textToClauses(`We do not sell your personal information. ${RIGHT}`);
    const once = withSaleRightsRead(analyzeClauses(clauses, { model: 'off' }).findings, clauses);
    expect(withSaleRightsRead(once, clauses)).toEqual(once);
  });

  it('reads a sale denied "except as provided in this Policy" as a limit where the document describes no sale', () => {
    const denial =
      'The Company will not sell, rent or lease your Personal Information except as provided for by this Policy.';
    expect(read(denial)).toEqual(['The Company will not sel: restrict']);
    // The document offers an opt-out of sale: the exception lets a sale in (G5).
    const offered = 'To opt out of the sale of your personal information, click Do Not Sell My Personal Information.';
    expect(read(`${denial} ${offered}`)).toContain('The Company will not sel: grant');
  });
});
