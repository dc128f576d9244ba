import { describe, expect, it } from 'vitest';
import { findSalary, salaryFromStructured } from '../../src/extract/salary';
import type { Salary } from '../../src/model/posting';

const s = (min: number, max: number | null, currency: string | null, period: Salary['period']): Salary => ({
  min,
  max,
  currency,
  period,
});

describe('findSalary: what the brief lists', () => {
  const cases: [string, Salary][] = [
    ['$150-190k', s(150000, 190000, 'USD', 'year')],
    ['$150k–$190k', s(150000, 190000, 'USD', 'year')],
    ['$120,000 - $150,000 per year', s(120000, 150000, 'USD', 'year')],
    ['USD 120,000 - 150,000', s(120000, 150000, 'USD', 'year')],
    ['€60.000 – €80.000 brutto/Jahr', s(60000, 80000, 'EUR', 'year')],
    ['60.000–80.000 EUR', s(60000, 80000, 'EUR', 'year')],
    ['£45,000 per annum', s(45000, 45000, 'GBP', 'year')],
    ['£45k-£55k + bonus', s(45000, 55000, 'GBP', 'year')],
    ['40 €/h', s(40, 40, 'EUR', 'hour')],
    ['$25/hr', s(25, 25, 'USD', 'hour')],
    ['$25 - $30 an hour', s(25, 30, 'USD', 'hour')],
    ['Kč 60 000 měsíčně', s(60000, 60000, 'CZK', 'month')],
    ['50 000 – 70 000 Kč', s(50000, 70000, 'CZK', 'month')],
    ['50 000 – 70 000 Kč/měs', s(50000, 70000, 'CZK', 'month')],
    ["CHF 120'000", s(120000, 120000, 'CHF', 'year')],
    ['₹12,00,000 per annum', s(1200000, 1200000, 'INR', 'year')],
    ['zł 15 000 - 20 000 brutto', s(15000, 20000, 'PLN', 'month')],
    ['$180,000—$240,000 USD', s(180000, 240000, 'USD', 'year')],
    ['The annual base salary range for this role is $169,000 - $199,000', s(169000, 199000, 'USD', 'year')],
    ['€500/day', s(500, 500, 'EUR', 'day')],
    ['€500 per diem', s(500, 500, 'EUR', 'day')],
    ['$4,000/month', s(4000, 4000, 'USD', 'month')],
    ['95k-110k GBP', s(95000, 110000, 'GBP', 'year')],
    ['from $100,000', s(100000, null, 'USD', 'year')],
    ['$135,000/yr - $160,000/yr', s(135000, 160000, 'USD', 'year')],
    ['$75.00/hr - $90.00/hr', s(75, 90, 'USD', 'hour')],
    ['$25 an hour to $30 an hour', s(25, 30, 'USD', 'hour')],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expect(findSalary(text)?.salary).toEqual(expected);
    });
  }
});

describe('findSalary: currencies', () => {
  const cases: [string, string | null][] = [
    ['CA$90,000 - CA$110,000', 'CAD'],
    ['C$90,000', 'CAD'],
    ['$90,000 - $110,000 CAD', 'CAD'],
    ['A$120k', 'AUD'],
    ['AUD 120,000', 'AUD'],
    ['NZ$95,000', 'NZD'],
    ['¥6,000,000 per year', 'JPY'],
    ['45 000 kr/mån in Stockholm', 'SEK'],
    ['Lønn: 600 000 kr per år, Oslo', 'NOK'],
    ['Salary: 45 000 kr per month', null],
    ['Salary: 90 000 PLN rocznie', 'PLN'],
    ['USD $120,000', 'USD'],
    ['3.500 euros al mes', 'EUR'],
  ];
  for (const [text, currency] of cases) {
    it(text, () => {
      expect(findSalary(text)?.salary.currency).toBe(currency);
    });
  }
});

describe('findSalary: periods in several languages', () => {
  const cases: [string, Salary['period']][] = [
    ['3.500 € monatlich', 'month'],
    ['55.000 € pro Jahr', 'year'],
    ['65.000 € jährlich', 'year'],
    ['25 € pro Stunde', 'hour'],
    ['45 000 € brut annuel', 'year'],
    ['45 000 € par an', 'year'],
    ['3 000 € par mois', 'month'],
    ['30.000 € al año', 'year'],
    ['2.000 € al mes', 'month'],
    ['R$ 8.000 por mês', 'month'],
    ['R$ 96.000 por ano', 'year'],
    ['35.000 € RAL', 'year'],
    ['2.000 € al mese', 'month'],
    ['€ 4.000 per maand', 'month'],
    ['€ 50.000 per jaar', 'year'],
    ['€ 30 per uur', 'hour'],
    ['Mzda: 900 000 Kč ročně', 'year'],
    ['250 Kč za hodinu', 'hour'],
    ['8 000 Kč/MD', 'day'],
    ['12 000 zł brutto/mies.', 'month'],
    ['150 000 zł rocznie', 'year'],
    ['120 zł za godzinę', 'hour'],
    ['$2,000 per week', 'week'],
    ['$60,000 annually', 'year'],
    ['£450 a day', 'day'],
    ['Hourly rate: $45 - $60', 'hour'],
    ['£35,000 - £45,000 pa', 'year'],
    ['$192,000 – $264,000/year (USD)', 'year'],
  ];
  for (const [text, period] of cases) {
    it(text, () => {
      expect(findSalary(text)?.salary.period).toBe(period);
    });
  }

  it('leaves the period open where nothing says it', () => {
    expect(findSalary('Salary: €3,500')?.salary).toEqual(s(3500, 3500, 'EUR', null));
    expect(findSalary('Salary: ₹50,000')?.salary.period).toBeNull();
    expect(findSalary('Salary: 800 000 Kč')?.salary.period).toBeNull();
  });
});

describe('findSalary: real posting text', () => {
  it('skips a stipend before the salary range', () => {
    const text =
      'Annual learning & development stipend ($1,500 per year) Annual Salary Range $160,000 — $220,000 USD About OpenAI';
    expect(findSalary(text)?.salary).toEqual(s(160000, 220000, 'USD', 'year'));
  });

  it('reads cents and a currency code in brackets before', () => {
    const text = 'Salary ranges for U.S (excl. PR) locations (USD):$133,600.00 - $200,400.00 This position is eligible';
    expect(findSalary(text)?.salary).toEqual(s(133600, 200400, 'USD', 'year'));
  });

  it('reads an em dash range with the code after', () => {
    const m = findSalary('Local Pay Range $189,800 — $256,160 USD About Databricks');
    expect(m?.salary).toEqual(s(189800, 256160, 'USD', 'year'));
    expect(m?.text).toBe('$189,800 — $256,160 USD');
  });

  it('reads "+ bonus + equity" ranges', () => {
    const text =
      'The US base salary range for this full-time position is $136,000-$203,000 + bonus + equity + benefits.';
    expect(findSalary(text)?.salary).toEqual(s(136000, 203000, 'USD', 'year'));
  });

  it('reads jobs.cz ranges with zero-width joiners around the dash', () => {
    expect(findSalary('30 000 \u200d–\u200d 45 000 Kč')?.salary).toEqual(s(30000, 45000, 'CZK', 'month'));
  });

  it('reads "£55k+" as open above', () => {
    const found = findSalary('Salary: £55k+ (dependent on experience)');
    expect(found?.salary).toEqual(s(55000, null, 'GBP', 'year'));
    expect(found?.text).toBe('£55k+');
  });

  it('reads "From £55,000.00 per year" as open above, with "From" in the text as written', () => {
    const found = findSalary('Salary: From £55,000.00 per year');
    expect(found?.salary).toEqual(s(55000, null, 'GBP', 'year'));
    expect(found?.text).toBe('From £55,000.00 per year');
  });

  it('opens a single figure above in other languages, and never a range', () => {
    expect(findSalary('Gehalt: ab 60.000 € brutto/Jahr')?.salary).toEqual(s(60000, null, 'EUR', 'year'));
    expect(findSalary('Mzda: od 60 000 Kč měsíčně')?.salary).toEqual(s(60000, null, 'CZK', 'month'));
    expect(findSalary('Salaire : à partir de 45 000 € par an')?.salary).toEqual(s(45000, null, 'EUR', 'year'));
    expect(findSalary('Mzda: od 60 000 do 80 000 Kč měsíčně')?.salary).toEqual(s(60000, 80000, 'CZK', 'month'));
    expect(findSalary('Salary: £45,000 per annum')?.salary).toEqual(s(45000, 45000, 'GBP', 'year'));
  });

  it('reads a salary without currency when a salary word names it', () => {
    expect(findSalary('C++ Developer - salary to 120K')?.salary).toEqual(s(120000, 120000, null, null));
    expect(findSalary('Trainee nákup - mzda 58 000 Kč')?.salary).toEqual(s(58000, 58000, 'CZK', 'month'));
  });

  it('reads lakhs per annum', () => {
    expect(findSalary('CTC: ₹12 LPA')?.salary).toEqual(s(1200000, 1200000, 'INR', 'year'));
    expect(findSalary('₹8 - 12 lakhs per annum')?.salary).toEqual(s(800000, 1200000, 'INR', 'year'));
  });

  it('reads Spanish/Portuguese "mil" as thousand', () => {
    expect(findSalary('Salario: 30 mil € al año')?.salary).toEqual(s(30000, 30000, 'EUR', 'year'));
  });

  it('reads "da … a …" and "bis" ranges', () => {
    expect(findSalary('RAL da 35.000 a 45.000 €')?.salary).toEqual(s(35000, 45000, 'EUR', 'year'));
    expect(findSalary('Gehalt: 55.000 bis 70.000 EUR')?.salary).toEqual(s(55000, 70000, 'EUR', 'year'));
  });

  it('gives the written text and offsets', () => {
    const text = 'Pay: $150-190k DOE';
    const m = findSalary(text)!;
    expect(m.text).toBe('$150-190k');
    expect(text.slice(m.start, m.end)).toBe('$150-190k');
    const t2 = 'We pay £45,000 per annum, plus bonus.';
    const m2 = findSalary(t2)!;
    expect(m2.text).toBe('£45,000 per annum');
    expect(t2.slice(m2.start, m2.end)).toBe(m2.text);
  });

  it('prefers the salary over an earlier stray price', () => {
    const text = 'Post a Job for $299. Senior Engineer. $120k - $140k';
    expect(findSalary(text)?.salary).toEqual(s(120000, 140000, 'USD', 'year'));
  });

  it('takes the first of two salaries', () => {
    const text = 'Zone 1: $192,000 – $264,000/year. Zone 2: $172,000 – $236,000/year.';
    expect(findSalary(text)?.salary).toEqual(s(192000, 264000, 'USD', 'year'));
  });

  it('keeps a perk word from spoiling a salary after it', () => {
    expect(findSalary('Relocation and visa support. Salary: $120k')?.salary).toEqual(s(120000, 120000, 'USD', 'year'));
  });
});

describe('findSalary: not pay', () => {
  const negatives = [
    'We raised $5M funding from top investors',
    'We raised $5 million in Series A',
    'Generous 401(k) matching',
    'Founded in 2020',
    'We have 100+ employees in 12 countries',
    'Call us at +1 (555) 123-4567',
    'Call +420 777 123 456',
    '15% bonus target and 0.5% equity',
    '$2B valuation',
    'Revenue of $30 million',
    'ARR of $12,000,000',
    'A one off signing bonus of 5 000 CZK that can be used to furnish your home office',
    'fully covered meal vouchers of 100 CZK/day, cafeteria system 6720 CZK/year',
    'bonus for joining our company up to CZK 100,000 (depends on the level of technical knowledge)',
    'Annual learning stipend of $1,500',
    '$2,000 home office budget',
    'Friskvårdsbidrag på 5 000 kr per år',
    '$3,000 per year for conferences',
    'Post a Job for $299',
    'We have 10 000 customers',
    'Experience with Python 3.11 and Java 17',
    'Work 40 hours per week',
    'Dependents age 6+',
    '5+ years of experience',
    'Version 2.1.0 released 12/2024',
    'Competitive salary and bonuses',
    // A weight to lift, a retirement plan's name.
    'Ability to lift and move up to 25 pounds.',
    'Ability to lift, carry, deliver and/or serve items weighing up to 20-40 pounds',
    '401k with company match',
    '',
  ];
  for (const text of negatives) {
    it(JSON.stringify(text), () => {
      expect(findSalary(text)).toBeNull();
    });
  }
});

describe('findSalary: speed', () => {
  it('handles 200 KB of digits, separators and currency signs quickly', () => {
    const inputs = [
      '1'.repeat(200_000),
      '$'.repeat(200_000),
      '$1'.repeat(100_000),
      '1,11'.repeat(50_000),
      '1,1'.repeat(66_000),
      '€1.000 '.repeat(28_000),
      '1 000 '.repeat(33_000),
      '- $1 -'.repeat(33_000),
      '$1k-'.repeat(50_000),
      'kr 1 '.repeat(40_000),
      `${'9'.repeat(100)} `.repeat(2_000),
      'per year $ per '.repeat(13_000),
    ];
    const t0 = performance.now();
    for (const input of inputs) findSalary(input);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('salaryFromStructured', () => {
  it('reads a MonetaryAmount with a QuantitativeValue', () => {
    expect(
      salaryFromStructured({
        '@type': 'MonetaryAmount',
        currency: 'USD',
        value: { '@type': 'QuantitativeValue', minValue: 290000, maxValue: 365000, unitText: 'YEAR' },
      }),
    ).toEqual(s(290000, 365000, 'USD', 'year'));
  });

  it('reads numbers written as strings', () => {
    expect(
      salaryFromStructured({
        '@type': 'MonetaryAmount',
        currency: 'usd',
        value: { '@type': 'QuantitativeValue', minValue: '120,000', maxValue: '150,000.00', unitText: 'YEAR' },
      }),
    ).toEqual(s(120000, 150000, 'USD', 'year'));
  });

  it('reads a plain value and unitCode', () => {
    expect(
      salaryFromStructured({ '@type': 'MonetaryAmount', currency: 'USD', value: '80000', unitCode: 'ANN' }),
    ).toEqual(s(80000, 80000, 'USD', 'year'));
    expect(salaryFromStructured({ currency: 'GBP', value: 55000 })).toEqual(s(55000, 55000, 'GBP', 'year'));
  });

  it('reads single values and hourly units', () => {
    expect(
      salaryFromStructured({ currency: 'USD', value: { '@type': 'QuantitativeValue', value: 25, unitText: 'HOUR' } }),
    ).toEqual(s(25, 25, 'USD', 'hour'));
    expect(salaryFromStructured({ currency: 'EUR', value: { value: '40', unitText: 'per hour' } })).toEqual(
      s(40, 40, 'EUR', 'hour'),
    );
    expect(
      salaryFromStructured({ currency: 'CZK', value: { minValue: 50000, maxValue: 70000, unitText: 'MONTH' } }),
    ).toEqual(s(50000, 70000, 'CZK', 'month'));
    expect(salaryFromStructured({ currency: 'EUR', value: { minValue: 50000, unitText: 'ANNUAL' } })).toEqual(
      s(50000, 50000, 'EUR', 'year'),
    );
  });

  it('reads a missing currency and a missing unit', () => {
    expect(salaryFromStructured({ value: { minValue: 100000, maxValue: 120000 } })).toEqual(
      s(100000, 120000, null, null),
    );
    expect(salaryFromStructured({ currency: 'USD', value: { minValue: 100000, maxValue: 120000 } })).toEqual(
      s(100000, 120000, 'USD', 'year'),
    );
  });

  it('reads arrays and swapped ends', () => {
    expect(
      salaryFromStructured([
        null,
        { currency: 'USD', value: { minValue: 150000, maxValue: 120000, unitText: 'YEAR' } },
      ]),
    ).toEqual(s(120000, 150000, 'USD', 'year'));
    expect(
      salaryFromStructured({ currency: 'USD', value: [{ minValue: 1, maxValue: 2, unitText: 'YEAR' }] }),
    ).toBeNull();
  });

  it('reads a salary written as text', () => {
    expect(salaryFromStructured('$120,000 - $150,000 per year')).toEqual(s(120000, 150000, 'USD', 'year'));
  });

  it('returns null for garbage, zero, negative and absurd values', () => {
    expect(salaryFromStructured(null)).toBeNull();
    expect(salaryFromStructured(undefined)).toBeNull();
    expect(salaryFromStructured('competitive')).toBeNull();
    expect(salaryFromStructured({})).toBeNull();
    expect(salaryFromStructured({ currency: 'USD', value: { minValue: 0, maxValue: 0, unitText: 'YEAR' } })).toBeNull();
    expect(salaryFromStructured({ currency: 'USD', value: { minValue: -5, maxValue: -1 } })).toBeNull();
    expect(salaryFromStructured({ currency: 'USD', value: { value: 1e12, unitText: 'YEAR' } })).toBeNull();
    expect(salaryFromStructured({ currency: 'USD', value: { value: 5000, unitText: 'HOUR' } })).toBeNull();
    expect(salaryFromStructured({ currency: 'USD', value: { value: 'n/a' } })).toBeNull();
    expect(salaryFromStructured({ currency: 'USD', value: { value: Number.NaN } })).toBeNull();
    expect(salaryFromStructured([])).toBeNull();
    expect(salaryFromStructured(true)).toBeNull();
  });
});
