import { describe, expect, it } from 'vitest';
import { detectLanguage, guessLanguage } from '../../../src/core/extract/detect-language';
import { htmlToDocument } from '../../../src/cli/source';

describe('detectLanguage', () => {
  it('prefers <html lang>', () =>
    expect(
      detectLanguage(
        htmlToDocument('<html lang="de-DE"><body>the and of</body></html>', 'https://x.example/'),
        'the and of to you',
      ),
    ).toBe('de'));
  it('falls back to meta content-language', () =>
    expect(
      detectLanguage(
        htmlToDocument(
          '<html><head><meta http-equiv="Content-Language" content="fr"></head><body></body></html>',
          'https://x.example/',
        ),
        '',
      ),
    ).toBe('fr'));
  it('guesses from text when nothing is declared', () =>
    expect(
      detectLanguage(
        htmlToDocument('<html><body></body></html>', 'https://x.example/'),
        'Wir verarbeiten die Daten und die Angaben, die Sie uns mit der Anmeldung geben, nicht für Werbung.',
      ),
    ).toBe('de'));
});

describe('guessLanguage', () => {
  const cases: Array<[string, string]> = [
    [
      'You agree that we may use your content and the data of your account for any purpose that is allowed by law.',
      'en',
    ],
    [
      'Der Anbieter ist berechtigt, die Daten der Nutzer zu verarbeiten, wenn sie nicht widersprechen und die Einwilligung vorliegt.',
      'de',
    ],
    [
      'Nous traitons vos données pour la gestion de votre compte et pour les besoins du service dans les limites de la loi.',
      'fr',
    ],
    [
      'Utilizamos los datos de los usuarios para la prestación del servicio y para las finalidades que se indican en la política.',
      'es',
    ],
    [
      'Il titolare tratta i dati personali degli utenti per le finalità indicate nella presente informativa e per gli obblighi di legge che non sono derogabili.',
      'it',
    ],
    [
      'Wij verwerken uw gegevens voor het leveren van de dienst en niet voor andere doelen, tenzij dat met uw toestemming is.',
      'nl',
    ],
    [
      'Nós tratamos os seus dados para a prestação do serviço e não os vendemos a terceiros, conforme descrito nesta política com os parceiros.',
      'pt',
    ],
    ['本サービスの利用規約に同意したものとみなされます。', 'ja'],
    ['本服务条款适用于您对本服务的使用。', 'zh'],
    ['본 약관은 서비스 이용에 적용됩니다.', 'ko'],
    ['Настоящие условия регулируют использование сервиса.', 'ru'],
    ['تنطبق هذه الشروط على استخدامك للخدمة.', 'ar'],
    ['תנאים אלה חלים על השימוש שלך בשירות.', 'he'],
    ['12345 !!!', 'und'],
    ['Lorem ipsum dolor sit amet.', 'und'],
  ];
  it.each(cases)('%s', (text, lang) => expect(guessLanguage(text)).toBe(lang));
});
