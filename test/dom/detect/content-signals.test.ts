// Detection by content: pages at a URL that names nothing, with no legal name in title or heading, are read for what
// the text says. Every text here was written for this test (generalised, no corpus text).
import { describe, expect, it } from 'vitest';
import { htmlToDocument, markdownToHtml } from '../../../src/cli/source';
import { detectPage } from '../../../src/core/detect';
import type { Detection } from '../../../src/core/types';

const URL = 'https://example.invalid/7';
const detect = (body: string, title = 'Welcome', url = URL): Detection =>
  detectPage(
    htmlToDocument(
      `<!doctype html><html><head><title>${title}</title></head><body><main>${body}</main></body></html>`,
      url,
    ),
    url,
  );
const p = (s: string): string => `<p>${s}</p>`;
const repeat = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join('');

const termsBody =
  '<h1>1. Important information</h1>' +
  p(
    'Harbour Tools Ltd ("Harbour", "we" or "us") provides the Harbour planner (the "Service"). These rules form a binding agreement between you and us.',
  ) +
  repeat(
    8,
    (i) =>
      `<h2>${i + 2}. ${['Acceptance', 'Your account', 'Fees', 'Termination', 'Limitation of liability', 'Governing law', 'Disputes', 'Miscellaneous'][i]}</h2>` +
      p(
        'By using the Service you agree to follow these rules. You must not copy or resell the Service. We may suspend your access if you breach them, and we are not liable for indirect damages to the extent the law allows.',
      ),
  );

const privacyBody =
  '<h1>How we look after your information</h1>' +
  p(
    'Riverbank Books ("we", "our") runs an online bookshop. We collect your name, address and payment details when you place an order, and we use them to deliver it.',
  ) +
  repeat(
    6,
    (i) =>
      `<h2>${['Information we collect', 'How we use your information', 'Sharing', 'Data retention', 'Your rights', 'Contact us'][i]}</h2>` +
      p(
        'We may share personal information with the couriers and payment processors who act for us. We retain order records for six years. You can request a copy of your personal data or ask us to delete it, and you can opt out of marketing emails at any time. Our data protection officer answers questions about how we process your data.',
      ),
  );

const cookieBody =
  '<h1>Small files on this site</h1>' +
  p(
    'Northwind Rail ("we", "us") runs this website (the "Site"). This notice describes how we use cookies. This site stores cookies and similar trackers on your device. Strictly necessary cookies keep you signed in; analytics cookies count visits. Each cookie below has a purpose and a duration.',
  ) +
  '<table><tr><th>Cookie</th><th>Purpose</th><th>Duration</th></tr>' +
  repeat(
    10,
    (i) =>
      `<tr><td>session_${i}</td><td>keeps the session cookie for analytics pixel ${i}</td><td>expires after ${i + 1} months (persistent cookie)</td></tr>`,
  ) +
  '</table>' +
  p(
    'We use web beacons and local storage as well. You can block cookies in your browser, and you may withdraw consent.',
  );

describe('detectPage by content, with no legal name anywhere', () => {
  it('reads contract text as terms: it binds its reader, defines its terms, uses policy headings', () => {
    const d = detect(termsBody);
    expect(d).toMatchObject({ isLegal: true, kind: 'terms' });
    expect(d.verdict).toBeUndefined();
    const reasons = d.reasons.join('; ');
    expect(reasons).toContain('no legal document name');
    expect(reasons).toMatch(/binds its reader x\d+/);
    expect(reasons).toMatch(/defines its terms x\d+/);
    expect(reasons).toMatch(/\d+ policy headings/);
    expect(reasons).toMatch(/declares itself binding/);
    expect(reasons).toContain('reads as terms');
  });

  it('reads the same contract with its headings written as plain lines, as a page without heading markup has them', () => {
    const plain = detect(termsBody.replace(/<(\/?)h[12]>/g, '<$1p>'));
    expect(plain, plain.reasons.join('; ')).toMatchObject({ isLegal: true, kind: 'terms' });
    expect(plain.reasons.join('; ')).toMatch(/\d+ policy headings/);
  });

  it('reads a data-collection and rights text as privacy', () => {
    const d = detect(privacyBody);
    expect(d).toMatchObject({ isLegal: true, kind: 'privacy' });
    expect(d.reasons).toContain('reads as privacy');
  });

  it('a page titled only "Legal" reads its kind from the text, and the title is a weak hint', () => {
    for (const title of ['Legal', 'Legal | Acme']) {
      const privacy = detect(privacyBody, title);
      expect(privacy, privacy.reasons.join('; ')).toMatchObject({ isLegal: true, kind: 'privacy' });
      expect(privacy.reasons).toContain('reads as privacy');
      expect(detect(termsBody, title)).toMatchObject({ isLegal: true, kind: 'terms' });
    }
    // A hub titled "Legal" that links to the documents is not one of them.
    const hub = detect(
      `<h1>Legal</h1>${p('Find our policies here.')}<ul>${['Terms of Service', 'Privacy Policy', 'Cookie Policy', 'Acceptable Use Policy'].map((x) => `<li><a href="/${x.length}">${x}</a></li>`).join('')}</ul>`,
      'Legal',
    );
    expect(hub.isLegal, hub.reasons.join('; ')).toBe(false);
  });

  it('reads a tracker table with purposes and lifetimes as cookies', () => {
    const d = detect(cookieBody + privacyBody.replace('<h1>How we look after your information</h1>', ''));
    expect(d).toMatchObject({ isLegal: true });
    const cookies = detect(repeat(3, () => cookieBody));
    expect(cookies.kind, cookies.reasons.join('; ')).toBe('cookies');
  });

  it("reads a long plain-language privacy policy as privacy: it speaks of its reader's data throughout", () => {
    const paras = [
      'Hi there! This page is about you and the things you tell us when you play our puzzle games.',
      'When you make an account, we ask for personal information such as your name. We use it to keep your progress safe and to say hello.',
      'We collect personal information about how you play, such as the levels you finish and how long they take. This helps us make the puzzles better.',
      'Sometimes we share information with the helpers who run our servers. They only use it for us, and they keep it safe.',
      'You can ask to see the information we have about you, and you can ask us to delete it. Just write to the friendly team.',
      'We keep your information while your account is open. When you close it, we remove your details after a few weeks.',
      'If you are a parent, you can ask about what your child has shared with us, and you can ask us to remove it.',
      'We never sell your information to anyone. We do not show you ads based on your information.',
    ];
    const friendly = repeat(64, (i) => p(paras[i % paras.length]!));
    const d = detect(friendly);
    expect(d, d.reasons.join('; ')).toMatchObject({ isLegal: true, kind: 'privacy' });
    expect(d.reasons.join('; ')).toMatch(/about your data x\d+/);
    // The same subject reported in the third person binds no one: not a policy.
    const reported = friendly.replace(/\b[Ww]e\b/g, 'the studio').replace(/\b[Yy]ou\b/g, 'players');
    expect(detect(reported).isLegal).toBe(false);
  });

  it('reads a mid-length privacy policy with no headings and no self-naming by how much it speaks of your data', () => {
    const paras = [
      'Thank you for visiting the Hilltop Tea website. We respect your privacy and we want you to know how we handle your personal information.',
      'We collect personal information when you order tea, such as your name, your postal address, your email address and your phone number. We use it to send your order and to answer your questions.',
      'We also collect the IP address of your computer and the pages you visit on our site. We use this information to count visitors and to fix problems with the site.',
      'We do not sell your personal information. We may disclose personal information to the courier that delivers your order and to the bank that processes your payment, and only for that purpose.',
      'You can opt out of our newsletter at any time by clicking the link at the end of each email. You may ask us to correct or delete the personal information we hold about you.',
      'We retain order records for as long as the law requires, and we keep newsletter addresses until you opt out. We store personal information on servers in a locked facility.',
      'Our site is not meant for children, and we do not knowingly collect personal information from anyone under thirteen. Write to us if you think a child has sent us personal information.',
      'If you have a question about your personal information, you can contact us by email or by post, and we will answer within thirty days.',
    ];
    const text = repeat(2, () => paras.map(p).join(''));
    const d = detect(text);
    expect(d, d.reasons.join('; ')).toMatchObject({ isLegal: true, kind: 'privacy' });
    expect(d.reasons.join('; ')).toMatch(/about your data x\d+/);
    // The same subject told in the third person binds no one: not read as speaking of "your" data.
    const told = text
      .replace(/\b[Ww]e\b/g, 'the shop')
      .replace(/\b[Yy]ou\b/g, 'buyers')
      .replace(/\b[Yy]our\b/g, 'their');
    const t = detect(told);
    expect(t.isLegal, t.reasons.join('; ')).toBe(false);
    expect(t.reasons.join('; ')).not.toMatch(/about your data/);
    // Binding its reader about something else (a club's rules of the road) is no data talk.
    const club = repeat(
      12,
      () =>
        p(
          'You must wear a helmet on every club ride. You may not ride two abreast on busy roads. We will meet at the bridge at eight, and we may change the route if it rains.',
        ) +
        p(
          'You can bring a friend to two rides before you join. We keep the pace easy on the first Sunday of each month.',
        ),
    );
    expect(detect(club).reasons.join('; ')).not.toMatch(/about your data/);
  });

  it("reads a terms page's short opening by what it does, not its few legal words, when it names itself", () => {
    const opening = [
      'Last updated: 3 March 2025',
      'Welcome to Lantern Maps. Lantern Maps Ltd ("Lantern", "we" or "us") makes trail maps for walkers, cyclists and riders, and the app (the "App") that shows them on your phone.',
      'Our maps are drawn by a small team of walkers in four countries. Each map shows paths, huts, water points and the height of the ground, and the App can show where you are on it even without a signal.',
      'These Terms apply when you download the App or buy a map from us. By using the App you agree to be bound by these Terms, so please read them before you set out.',
      'Maps change as paths close and bridges wash away. We update the maps every season, and the App tells you when a newer map of your area is ready to download.',
      'You must be at least sixteen years old to open an account. You are responsible for the safety of your own trip: a map is a guide, not a promise that a path is open.',
      'The sections below explain your account, the maps you buy, how you can cancel, and what happens if something goes wrong. If anything in these Terms is unclear, write to the Lantern team.',
    ];
    const d = detect(opening.map(p).join(''));
    expect(d, d.reasons.join('; ')).toMatchObject({ isLegal: true, kind: 'terms' });
    expect(d.reasons.join('; ')).toMatch(/legal words 1\.0%.*names itself x3/);
    // The same opening speaking of "the terms" is prose about some terms: its few legal words count against it.
    const about = detect(opening.map((x) => p(x.replace(/these Terms/g, 'the terms'))).join(''));
    expect(about.isLegal, about.reasons.join('; ')).toBe(false);
  });

  it('reads a long policy that names itself and the service in the third person ("Acme may collect") as privacy', () => {
    const paras = [
      'This privacy policy explains how Riverbank Games handles information about the people who play its games.',
      'Riverbank may collect the personal information that a player gives when making an account, such as a name and an email address.',
      'Riverbank may use this information to run the games, to answer questions and to keep accounts secure.',
      'Riverbank does not sell personal information. It may share personal information with service providers, the third parties that run its servers.',
      'Players can ask for a copy of their information, or ask for it to be removed, by writing to the support team.',
      'Riverbank will retain personal information while the account is open, and may store game records for a year after that.',
      'This policy may change from time to time; the date at the top shows the latest version of this policy.',
    ];
    const third = repeat(40, (i) => p(paras[i % paras.length]!));
    const d = detect(third);
    expect(d, d.reasons.join('; ')).toMatchObject({ isLegal: true, kind: 'privacy' });
    expect(d.reasons.join('; ')).toMatch(/binds its reader x\d+/);
    // The same sentences about "the policy" are prose about it; quoting people is news: neither binds anyone.
    const quoted = third.replace(/Riverbank (may|will|does)/g, (m) => `${m}, a spokesperson said,`);
    for (const about of [third.replace(/\b[Tt]his (privacy )?policy\b/g, 'the policy'), quoted]) {
      const a = detect(about);
      expect(a.isLegal, a.reasons.join('; ')).toBe(false);
      expect(a.reasons.join('; ')).not.toMatch(/binds its reader/);
    }
  });

  it('a blog post that says "this policy" twice does not read third-person acts as binding its reader', () => {
    const paras = [
      'Last week our neighbourhood app club met to talk about apps and the data they handle.',
      'Most weather apps will use your location, and many also share it with advertisers who will use it to sell ads.',
      'Fitness trackers may collect heart rates, and some might transfer them to insurers who will process them for pricing.',
      'Photo apps only store pictures on the phone, but a few will share them with cloud partners that may retain copies.',
      'Readers asked whether shops may sell the lists they gather, and whether banks will keep records for years.',
      'One member said this policy of hers is simple: she checks every permission and turns most of them off.',
      'Another said this policy works for him too, and that he deletes apps he has not opened for a month.',
      'Next month the club will meet again in the library, and everyone is welcome to come along with questions.',
    ];
    const post = repeat(24, (i) => p(paras[i % 5] ?? '') + (i < 3 ? p(paras[5 + i]!) : ''));
    const d = detect(post, 'Apps and your data: notes from the club');
    expect(d.isLegal, d.reasons.join('; ')).toBe(false);
    expect(d.reasons.join('; ')).not.toMatch(/binds its reader|about your data/);
  });

  it('reads terms that name themselves by their own capitalised name ("these Harbour Planner Terms") as terms', () => {
    const paras = [
      'These Harbour Planner Terms apply when you order a planner board from us. By using the shop you agree to them.',
      'When you place an order, you tell us the board you want and where to send it. We send the board when it is ready.',
      'You will pay the price shown when you order, with any taxes. You are responsible for keeping your account details safe.',
      'We may refuse an order for any reason. If we cannot send a board, we give your money back.',
      'Under these Harbour Planner Terms you must not resell the boards as your own.',
      'We can change the boards we offer at any time. Please read the notes that come with each board.',
    ];
    const d = detect(repeat(12, (i) => p(paras[i % paras.length]!)));
    expect(d, d.reasons.join('; ')).toMatchObject({ isLegal: true, kind: 'terms' });
    expect(d.reasons).toContain('names itself x4');
  });

  it('recognises legal text in another language as legal (the analyser then marks it "not checked")', () => {
    const french =
      '<h1>Article 1 – Objet</h1>' +
      repeat(
        10,
        (i) =>
          `<h2>Article ${i + 2}</h2>` +
          p(
            "Les présentes règles (les « Règles ») s'appliquent à tout utilisateur du site. Le traitement des données personnelles de l'utilisateur est décrit ci-dessous ; la responsabilité de la société est limitée conformément au contrat. En cas de litige, la juridiction compétente est celle du siège. L'utilisateur accepte la résiliation du contrat en cas de manquement.",
          ),
      );
    const d = detect(french, 'Accueil');
    expect(d.isLegal).toBe(true);
    expect(d.kind).not.toBe('other');
  });

  it('reads a one-word title in another language ("Impressum", "AGB", "Datenschutz") as a legal name', () => {
    // A short German legal notice: an address, a register entry, who answers for the content and a liability note.
    const notice =
      p('Angaben gemäß § 5 TMG: Beispiel GmbH, Musterweg 1, 12345 Musterstadt. Vertreten durch die Geschäftsführung.') +
      p(
        'Registergericht: Amtsgericht Musterstadt, Registernummer HRB 0000. Umsatzsteuer-Identifikationsnummer gemäß § 27 a UStG.',
      ) +
      p(
        'Haftung für Inhalte: Als Diensteanbieter sind wir gemäß § 7 Abs. 1 TMG für eigene Inhalte verantwortlich. Eine Haftung für fremde Inhalte übernehmen wir nicht; der jeweilige Anbieter ist verantwortlich.',
      ) +
      p(
        'Haftung für Links: Unser Angebot enthält Links zu externen Websites Dritter, auf deren Inhalte wir keinen Einfluss haben. Bei Bekanntwerden von Rechtsverletzungen werden wir derartige Links umgehend entfernen.',
      );
    const contract = repeat(3, () =>
      p(
        'Diese Bedingungen gelten für alle Verträge zwischen der Beispiel GmbH und ihren Kunden. Der Vertrag kommt mit der Bestellung zustande. Die Haftung des Anbieters ist auf Vorsatz und grobe Fahrlässigkeit beschränkt. Der Nutzer kann den Vertrag jederzeit kündigen; es gilt deutsches Recht.',
      ),
    );
    for (const [name, body] of [
      ['Impressum', notice],
      ['AGB', contract],
      ['Datenschutz', contract],
    ] as const) {
      const d = detect(`<h1>${name}</h1>${body}`, name);
      expect(d.isLegal, `${name}: ${d.reasons.join('; ')}`).toBe(true);
    }
  });

  it('reads French general conditions by their contract vocabulary (ci-après, modalités, conditions particulières)', () => {
    const cgu = repeat(
      12,
      (i) =>
        `<h2>ARTICLE ${i + 1} - ${['OBJET', 'SOUSCRIPTION', 'SERVICES', 'TARIFS', 'DURÉE', 'RÉSILIATION'][i % 6]}</h2>` +
        p(
          "L'offre Jardin Plus permet au souscripteur (ci-après le « Souscripteur ») de bénéficier d'un ensemble de services selon les modalités précisées ci-dessous et aux conditions particulières.",
        ) +
        p(
          'Les conditions générales de chaque service sont reprises en annexe. Le Souscripteur peut résilier une option à tout moment ; la résiliation prend effet le mois suivant.',
        ),
    );
    const d = detect(cgu, 'Accueil');
    expect(d, d.reasons.join('; ')).toMatchObject({ isLegal: true, kind: 'terms' });
  });

  it('keeps a news article that quotes a contract non-legal: it reports, it does not bind', () => {
    const news =
      '<h1>Planner app rewrites its rules, and users push back</h1>' +
      repeat(6, () =>
        p(
          'The company said the change was routine. "We may suspend access if rules are breached," the new text reads, according to a spokesperson, who told reporters that the liability cap was standard. Critics said the update went too far, and one lawyer wrote that users rarely read such documents.',
        ),
      );
    const d = detect(news, 'Planner app rewrites its rules');
    expect(d).toMatchObject({ isLegal: false, kind: 'other', verdict: 'not_legal' });
  });

  it('keeps a news headline that mentions terms of service non-legal, whatever the text below quotes', () => {
    const d = detect(termsBody, 'Why the new terms of service upset users');
    expect(d).toMatchObject({ isLegal: false, verdict: 'not_legal' });
    expect(d.reasons).toContain('headline about a document');
  });

  it('keeps a product-news page and a pricing FAQ with plain-line titles as non-legal as their text makes them', () => {
    // Sentences that start with heading words ("Payments …", "Children …") are no headings.
    const news = detect(
      '<h1>Acme Cloud adds family plans</h1>' +
        p('Last updated: 1 March 2025') +
        p('Acme Cloud today launched family plans that let up to six people share one subscription.') +
        p('Storage is shared across the family, with 2 TB on the largest plan.') +
        p('Payments can be made by card, PayPal or Apple Pay in 40 countries.') +
        p('Children under 13 get their own profile with parental controls turned on by default.') +
        p('Security features include end-to-end encryption for photos and documents.') +
        p('Contact us through the app if you have questions about the new plans.'),
    );
    expect(news.isLegal).toBe(false);
    expect(news.reasons.join('; ')).not.toMatch(/policy headings/);
    // Plain-line titles that a pricing page shares with terms ("Payments", "Refunds") are no policy headings.
    const faq = detect(
      '<h1>Plans and pricing</h1>' +
        p('Last updated: 1 March 2025') +
        p('Pick the plan that fits your team. All plans include unlimited projects and a 30-day free trial.') +
        [
          ['Subscriptions', 'You can upgrade, downgrade or cancel your plan at any time from the billing page.'],
          ['Payments', 'We accept all major cards. You must keep a valid card on file for monthly plans.'],
          ['Fees', 'Prices exclude VAT and sales tax where applicable. There are no setup fees.'],
          ['Refunds', 'If you cancel within 14 days of a new annual plan, you can request a full refund.'],
          ['Cancellation', 'You can cancel at any time. Your workspace stays active until the end of the period.'],
          ['Accounts', 'Each seat is one person. You may not share a login between people.'],
          ['Security', 'All data is encrypted in transit and at rest.'],
          ['Contact us', 'Questions about billing? Our team answers every day from 8am to 8pm.'],
        ]
          .map(([t, x]) => p(t!) + p(x!))
          .join(''),
      'Welcome',
      'https://acme.example/pricing',
    );
    expect(faq.isLegal, faq.reasons.join('; ')).toBe(false);
    expect(faq.reasons.join('; ')).not.toMatch(/policy headings/);
  });

  it('reads ten numbered clauses of a contract that never names itself as legal', () => {
    const clauses = [
      'Scope',
      'Orders',
      'Prices',
      'Delivery',
      'Payment',
      'Warranty',
      'Liability',
      'Termination',
      'Governing law',
      'Final provisions',
    ];
    const body = clauses
      .map(
        (c, i) =>
          `<h2>${i + 1}. ${c}</h2>` +
          p(
            `${i + 1}.1 The Customer shall pay the fees within thirty days of the invoice. The Supplier shall not be liable for indirect damages, save where the law provides otherwise, and either party may terminate in the event of a material breach.`,
          ),
      )
      .join('');
    const d = detect(body);
    expect(d.isLegal, d.reasons.join('; ')).toBe(true);
  });

  it('keeps a recipe of twelve numbered steps non-legal, though some steps say "you must not" and "you may"', () => {
    const steps = [
      'Heat the oven to 180°C and line the tin.',
      'Beat the butter and sugar until pale.',
      'Add the eggs one at a time.',
      'Fold in the flour and the lemon zest.',
      'Spoon into the tin and level the top.',
      'Bake for 45 minutes.',
      'Mix the lemon juice with the icing sugar.',
      'Prick the warm cake all over.',
      'Pour the drizzle over the cake.',
      'Leave to cool in the tin before slicing.',
      'Store in an airtight box.',
      'Freeze slices for up to a month.',
    ];
    const recipe =
      '<h1>Lemon drizzle cake</h1>' +
      p('A family favourite that keeps for days. You will need a loaf tin and two lemons.') +
      steps
        .map((s, i) =>
          p(
            `${i + 1}. ${s}${i < 5 ? ' You must not open the oven door too early, and you may use limes instead.' : ' Take your time here.'}`,
          ),
        )
        .join('');
    const d = detect(recipe, 'Lemon drizzle cake | Example Kitchen');
    expect(d.isLegal, d.reasons.join('; ')).toBe(false);
  });

  it('keeps a union post about "this agreement" (a collective agreement) non-legal: prose about an agreement is not one', () => {
    const post =
      '<h1>What the new collective agreement means for nurses</h1>' +
      p(
        'After months of talks, the union and the hospitals signed a new collective agreement on Friday. This agreement raises pay by 6% over two years and limits night shifts.',
      ) +
      p(
        'If you work part time, this agreement gives you the right to ask for more hours. Your employer must answer within four weeks, and you may take the matter to arbitration if they refuse.',
      ) +
      p(
        'This agreement runs until March 2029. This agreement is long; members can read the full text on the union website, and we will hold meetings in every region to explain the changes and answer your questions about overtime, holidays and pensions.',
      ) +
      p(
        'This agreement also changes how holiday is booked: requests made before the end of January must be answered by the end of February, and unused days can be carried over for one year. Night shifts will be capped at four in a row, and staff over 55 can ask to stop night work altogether.',
      ) +
      p(
        'Under this agreement, pay rises start in April. Back pay for January to March will be paid in the June salary.',
      );
    const d = detect(post, 'What the new collective agreement means for nurses | Example Union');
    expect(d.isLegal, d.reasons.join('; ')).toBe(false);
  });

  it('keeps a German blog post about the duty to have an "Impressum" non-legal', () => {
    const blog =
      '<h1>Impressum für Blogger</h1>' +
      repeat(5, () =>
        p(
          'Wer in Deutschland einen Blog betreibt, braucht in den meisten Fällen ein Impressum. Nach § 5 TMG müssen Name, Anschrift und eine E-Mail-Adresse angegeben werden. Fehlt das Impressum, drohen Abmahnungen; die Haftung trifft den Betreiber. Wir zeigen, was hinein gehört.',
        ),
      );
    const d = detect(blog, 'Impressum für Blogger | Acme Blog');
    expect(d.isLegal, d.reasons.join('; ')).toBe(false);
  });

  it('a short help article about privacy settings at a help URL does not read as "about your data" (under 400 words)', () => {
    const help =
      '<h1>Manage your privacy settings</h1>' +
      p(
        'Privacy settings let you choose who sees your posts and what we collect. Open Settings and tap Privacy to see your privacy options.',
      ) +
      p(
        'Profile privacy: choose Public, Friends or Only me. Your information on a private profile is hidden from search. You can change this at any time.',
      ) +
      p(
        'Activity: we collect your listening history to suggest music. You can opt out in Privacy &gt; Activity, and you can request a copy of your information or delete your history.',
      ) +
      p(
        'Ads: you can opt out of personalised ads. We do not sell your personal information; ad partners receive only the topics you choose. Turning ads privacy on means fewer relevant ads.',
      ) +
      p(
        'Location: the app can collect your location to show nearby events. Turn it off in your phone settings; we stop processing it at once and do not retain past locations.',
      ) +
      p(
        'Contacts: you can upload your contacts to find friends. We process them only to match accounts and delete them after matching. Opt out to remove uploaded contacts.',
      ) +
      p(
        'Still need help with privacy? Contact support from the app. Read more about privacy in our Help Centre and see our privacy policy for details about how we collect and process personal data.',
      );
    const d = detect(help, 'Privacy settings | Acme Music Help', 'https://example.invalid/help/privacy-settings');
    expect(d.isLegal, d.reasons.join('; ')).toBe(false);
    expect(d.reasons.join('; ')).not.toMatch(/about your data/);
  });

  it('keeps product, help and login copy non-legal', () => {
    const product = repeat(5, () =>
      p(
        'Plan your week in minutes. Drag tasks onto days, share boards with your team and get reminders on your phone. Start your free trial today, no credit card needed.',
      ),
    );
    expect(detect(product, 'Planner – plan your week')).toMatchObject({ isLegal: false, verdict: 'not_legal' });
  });

  it('keeps a dated help article about privacy settings non-legal: it speaks of your data in passing, under 1000 words', () => {
    const article =
      '<h1>Managing your privacy settings</h1>' +
      p('Last updated: 3 March 2025') +
      [
        'This article shows you where to find the privacy settings in your Acme account and what each of them changes. You can open them from the menu at the top right of any page.',
        'Your profile. You can choose who sees your profile photo, your name and your city. Open Settings, then Profile, and pick Everyone, Friends or Only me for each item. The change takes effect at once.',
        'Your activity. By default your friends can see the lists you make and the recipes you save. You can hide your activity from the Activity tab, and you can clear it at any time with the Clear button.',
        'Ads. You can opt out of ads based on your interests. Open Settings, then Ads, and turn off Personalised ads. You will still see ads, but they will be about the page you are reading rather than about you.',
        'Email. You can choose which emails we send you: tips, weekly digests and news about new features. Untick the ones you do not want. We will still send you messages about your account and your orders.',
        'Download your data. You can request a copy of your data from Settings, then Your data, then Download. We will email you a link when the file is ready, usually within a day. The file holds your profile, your lists and your saved recipes.',
        'Location. If you allow it, the app uses your location to show shops near you. You can turn location off in the settings of your phone, and the app will ask you for a city instead.',
        'Blocking. You can block another member from their profile page. They will not be able to see your lists or send you messages, and they will not be told that you blocked them.',
        'Deleting your account. You can delete your account from Settings, then Account, then Delete. We will ask you to confirm with your password. Your lists and saved recipes are removed and cannot be restored.',
        'Privacy on shared devices. If you use Acme on a shared computer, sign out when you finish, and do not let the browser remember your password. You can sign out of every device at once from Settings, then Security.',
        'What we collect. The settings on this page change what other members see and which messages you get. To learn what personal information we collect and how we use it, read our privacy policy, linked at the bottom of every page.',
        'Cookies and your information. You can opt out of analytics cookies from the cookie banner or from Settings, then Privacy. Turning them off does not delete your information, but we stop collecting statistics about your visits.',
        'Children. Acme accounts are for people aged 13 and over. If you are a parent and you think your child has an account, you can ask us to close it from the help form.',
        'Still need help? Our support team answers questions about these settings every day from 8 am to 8 pm. Use the help form and choose Privacy settings as the topic, and we will reply by email.',
      ]
        .map(p)
        .join('') +
      p('Was this article helpful?') +
      p('Yes') +
      p('No') +
      p('Related articles: Changing your password · Managing notifications · Reporting a problem');
    const d = detect(article, 'Managing your privacy settings – Acme Help Centre');
    expect(d.isLegal, d.reasons.join('; ')).toBe(false);
    expect(d.reasons.join('; ')).not.toMatch(/about your data/);
  });
});

describe('detectPage reads a named document from its heading', () => {
  it('reads a privacy statement whose heading names it from that heading, past a site menu of links longer than the sample', () => {
    const menu = `<div class="menu">${repeat(800, (i) => `<a href="/p/${i}">Solutions for teams, number ${i}</a> `)}</div>`;
    const body = privacyBody.replace('How we look after your information', 'Riverbank Books Privacy Statement');
    const d = detect(menu + body);
    expect(d, d.reasons.join('; ')).toMatchObject({ isLegal: true, kind: 'privacy' });
    expect(d.reasons.join('; ')).not.toMatch(/link text/);
    // The same menu above an unnamed heading still counts: nothing says where the document begins.
    expect(detect(menu + privacyBody).reasons.join('; ')).toMatch(/link text \d+%/);
  });

  it('keeps the text above a named first heading when that text is the document (the heading is an appendix)', () => {
    const appendix = '<h2>Riverbank Books Terms of Sale</h2><p>Annex: order form.</p>';
    const d = detect(termsBody.replace(/<\/?h[12]>/g, '') + appendix);
    expect(d, d.reasons.join('; ')).toMatchObject({ isLegal: true, kind: 'terms' });
  });
});

describe('detectPage reads a first paragraph that is the name as the heading of a page with no heading markup', () => {
  // Short: too few words to count as legal unnamed, so only the name makes it a privacy statement.
  const shortPolicy =
    p(
      'Riverbank Books runs an online bookshop. We collect your name, address and payment details when you place an order, and we use them to deliver it.',
    ) +
    p(
      'We share your address with the courier who delivers your parcel, and your card details with our payment processor. We keep order records for six years, as tax law requires.',
    ) +
    p(
      'You can ask for a copy of the personal information we hold about you, or ask us to correct it. Write to the shop at the address on your receipt.',
    );

  it('reads "Riverbank Books Privacy Statement" above the text as its name, and the text without it as unnamed', () => {
    const d = detect(p('Riverbank Books Privacy Statement') + shortPolicy);
    expect(d, d.reasons.join('; ')).toMatchObject({ isLegal: true, kind: 'privacy' });
    expect(d.reasons).toContain('heading "Riverbank Books Privacy Statement"');
    expect(detect(p('Riverbank Books') + shortPolicy).isLegal).toBe(false);
  });

  it('reads the name after one line ahead of it (a date line), not after two', () => {
    const dated = detect(p('Effective 1 March 2025') + p('Riverbank Books Privacy Statement') + shortPolicy);
    expect(dated, dated.reasons.join('; ')).toMatchObject({ isLegal: true, kind: 'privacy' });
    const third = detect(
      p('Effective 1 March 2025') + p('Riverbank Books') + p('Riverbank Books Privacy Statement') + shortPolicy,
    );
    expect(third.isLegal, third.reasons.join('; ')).toBe(false);
  });

  it('not a link to the document (a banner or footer line), nor a first paragraph under a heading', () => {
    const linked = detect(p('<a href="/privacy">Privacy Statement</a>') + shortPolicy);
    expect(linked.isLegal, linked.reasons.join('; ')).toBe(false);
    const underHeading = detect('<h1>Our shop</h1>' + p('Riverbank Books Privacy Statement') + shortPolicy);
    expect(underHeading.isLegal, underHeading.reasons.join('; ')).toBe(false);
  });

  it('not a sentence that mentions the document: no name points and no "headline about a document" penalty', () => {
    const d = detect(
      p('This privacy statement explains how Riverbank Books handles your orders and what it keeps.') +
        repeat(4, () => shortPolicy),
    );
    expect(d, d.reasons.join('; ')).toMatchObject({ isLegal: true, kind: 'privacy' });
    expect(d.reasons.join('; ')).not.toMatch(/heading|headline/);
  });
  // The same document in plain paragraphs, as a copied or flattened page has it.
  const plainTerms = termsBody.replace(/<(\/?)h\d>/g, '<$1p>');
  const raw = (body: string, title = 'Welcome'): Detection =>
    detectPage(
      htmlToDocument(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`, URL),
      URL,
    );

  it.each([
    ['a one-word label', 'Privacy'],
    ['a one-word label in capitals', 'PRIVACY'],
    ['a sentence', 'See the Riverbank Books Privacy Statement.'],
    ['a post addressed to its reader', 'We updated our Privacy Statement'],
    ['a forum title', 'Question about the Privacy Statement'],
    ['a headline', 'Why the new Riverbank Books Privacy Statement matters'],
  ])('not %s: "%s" above the text is no name', (_what, line) => {
    const d = detect(p(line) + shortPolicy);
    expect(d.isLegal, d.reasons.join('; ')).toBe(false);
    expect(d.reasons.join('; ')).not.toMatch(/heading/);
  });

  it('a title with a headline word in it ("for European users", "Hugging Face") is still a title, and no headline', () => {
    const d = detect(p('Privacy Statement for European Users') + shortPolicy);
    expect(d, d.reasons.join('; ')).toMatchObject({ isLegal: true, kind: 'privacy' });
    expect(d.reasons.join('; ')).not.toMatch(/headline/);
  });

  it('a one-word name that is a long compound is a name', () => {
    const d = detect(p('Datenschutzerklärung') + shortPolicy);
    expect(d, d.reasons.join('; ')).toMatchObject({ isLegal: true, kind: 'privacy' });
  });

  it('the kind comes from the text, not from a title paragraph that names another document', () => {
    expect(raw(plainTerms).kind).toBe('terms');
    const d = raw(p('Riverbank Cookie Policy') + plainTerms);
    expect(d, d.reasons.join('; ')).toMatchObject({ isLegal: true, kind: 'terms' });
    expect(d.reasons).toContain('heading "Riverbank Cookie Policy"');
    // A cookie banner's title above terms at a terms address: the address names the kind, the banner adds none.
    const banner = detectPage(
      htmlToDocument(`<body><div id="cc">${p('Cookie Policy Overview')}</div>${plainTerms}</body>`, URL + '/terms'),
      URL + '/terms',
    );
    expect(banner, banner.reasons.join('; ')).toMatchObject({ isLegal: true, kind: 'terms' });
  });

  it('only in the page content: not in a header, a nav, a footer, an aside or a form, nor outside <main>', () => {
    const name = p('Riverbank Books Privacy Statement');
    for (const tag of ['header', 'nav', 'footer', 'aside', 'form']) {
      const d = raw(`<${tag}>${name}</${tag}>${shortPolicy}`);
      expect(d.isLegal, `${tag}: ${d.reasons.join('; ')}`).toBe(false);
    }
    const outside = raw(`<div class="banner">${name}</div><main>${shortPolicy}</main>`);
    expect(outside.isLegal, outside.reasons.join('; ')).toBe(false);
    const inside = raw(`<div class="banner">Welcome</div><main>${name}${shortPolicy}</main>`);
    expect(inside, inside.reasons.join('; ')).toMatchObject({ isLegal: true, kind: 'privacy' });
  });

  it('a kicker under a headline about a document does not lift the "headline about a document" penalty', () => {
    const title = 'Why the new Harbour terms of service upset users';
    const d = raw(p('Terms of Service') + plainTerms, title);
    expect(d, d.reasons.join('; ')).toMatchObject({ isLegal: false, verdict: 'not_legal' });
    expect(d.reasons).toContain('headline about a document');
    // Heading markup is the page's own name: the headline is then the document's title, as before.
    expect(raw('<h1>Terms of Service</h1>' + plainTerms, title).isLegal).toBe(true);
  });
});

describe('detectPage says why a page is not legal', () => {
  it('too short: a 3-word stub at a policy address', () => {
    const d = detect('<h1>Privacy Policy</h1><p>Coming soon.</p>', 'Privacy Policy', 'https://example.invalid/privacy');
    expect(d).toMatchObject({ isLegal: false, kind: 'other', verdict: 'too_short' });
  });
  it('too short: a 49-word stub, named or not', () => {
    const words49 = Array.from({ length: 49 }, (_, i) => (i % 7 === 0 ? 'terms' : 'word')).join(' ');
    expect(detect(p(words49)).verdict).toBe('too_short');
    expect(detect(`<h1>Terms of Service</h1>${p(words49)}`, 'Terms of Service').verdict).toBe('too_short');
  });
  it('not legal: enough text, but not a legal document; legal pages carry no verdict', () => {
    const about = repeat(8, () =>
      p(
        'Our bakery opened in a small street near the river. Every morning the ovens start at five, and the first loaves leave at seven for the cafés nearby.',
      ),
    );
    expect(detect(about, 'About the bakery').verdict).toBe('not_legal');
    expect(detect(termsBody).verdict).toBeUndefined();
  });
});

describe('markdownToHtml titles a page by its first heading', () => {
  const title = (md: string): string => /<title>(.*?)<\/title>/.exec(markdownToHtml(md))?.[1] ?? '';
  it.each([
    [
      'a setext heading before the first ATX heading',
      'Privacy Notice\n==============\n\nText.\n\n## 1. Scope\n',
      'Privacy Notice',
    ],
    ['a setext level-2 heading', 'Terms of Use\n------------\n\nText.', 'Terms of Use'],
    ['an ATX heading with a closing run', '# Terms of Service ##\n\nText.', 'Terms of Service'],
    [
      'Markdown escapes and links as plain text',
      'Intro.\n\n# 1\\. About [our rules](https://a.example)\n',
      '1. About our rules',
    ],
    ['no heading at all', 'Just a paragraph.', ''],
  ])('%s', (_name, md, want) => expect(title(md)).toBe(want));
});
