var langs = {
    en: {
     title: 'WARNING!',
      mainText: 'You will see nude photos. Please be discreet.',
      btnText: 'CONTINUE',
      subtitle: 'YOU MUST FOLLOW THE RULES GIVEN BELOW',
      item1: '💋 If you see someone you know, DO NOT publicize it. Do not spread rumors.',
      item2: '💋 When having sex with one of our members, it is your responsibility to protect yourself against STDs.',
      item3: '💋 Respect sexual desires of other members. Our members are normal men and women, not porn stars or prostitutes.',
      btnFinal: 'I AGREE',
      adult: 'adult only',
     }
     ,
     pt: {
     title: 'ALERTA!',
      mainText: 'Você verá fotos de nudez. Por favor, seja discreto.',
      btnText: 'CONTINUAR',
      subtitle: 'VOCÊ DEVE SEGUIR AS REGRAS ABAIXO',
      item1: '💋 Caso você veja alguém que você conhece, NÃO o torne público. Não espalhe rumores.',
      item2: '💋 Ao ter relações sexuais com um de nossos membros é sua responsabilidade se proteger contra DSTs.',
      item3: '💋 Respeite os desejos sexuais de outros membros. Nossos membros são homens e mulheres comuns, não são estrelas pornô ou prostitutas.',
      btnFinal: 'EU CONCORDO',
      adult: 'Apenas adultos',
     }
     ,
     cs: {
     title: 'UPOZORNĚNÍ!',
      mainText: 'Uvidíte nahé fotky. Buďte diskrétní.',
      btnText: 'POKRAČOVAT',
      subtitle: 'PLATÍ PRAVIDLA NÍŽE',
      item1: '💋 Pokud vidíte někoho, koho znáte, NEZVĚŘEJŇUJTE to. Nerozšiřujte zvěsti.',
      item2: '💋 Pokud máte sex s jedním z našich členů, je vaší odpovědností chránit se před pohlavně přenosnými chorobami.',
      item3: '💋 Respektujte sexuální touhy ostatních členů. Naši členové jsou normální muži a ženy, ne pornohvězdy nebo prostitutky.',
      btnFinal: 'SOUHLASÍM',
      adult: 'Pouze pro dospělé',
     }
     ,
     pl: {
     title: 'OSTRZEŻENIE!',
      mainText: 'Zobaczysz nagie zdjęcia. Prosimy o dyskrecję.',
      btnText: 'DALEJ',
      subtitle: 'NALEŻY PRZESTRZEGAĆ PONIŻSZYCH ZASAD',
      item1: '💋 Jeśli zobaczysz kogoś, kogo znasz, NIE publikuj tego. Nie rozpowszechniaj plotek.',
      item2: '💋 Podczas uprawiania seksu z którymkolwiek z naszych członków, należy zabezpieczyć się przed chorobami przenoszonymi drogą płciową.',
      item3: '💋 Szanuj pragnienia seksualne innych członków. Nasi członkowie to normalni mężczyźni i kobiety, a nie gwiazdy porno i prostytutki.',
      btnFinal: 'ZGADZAM SIĘ',
      adult: 'Tylko dla osób pełnoletnich',
     }
     ,
     fr: {
     title: 'ATTENTION!',
      mainText: 'Vous verrez des photos de personnes nues. S\'il vous plaît restez discret.',
      btnText: 'CONTINUEZ',
      subtitle: 'VOUS DEVEZ SUIVRE LES RÈGLES CI-APRÈS',
      item1: '💋 Si vous voyez quelqu\'un que vous connaissez, ne le publiez pas. Ne pas répandre des rumeurs.',
      item2: '💋 Lorsque vous avez des relations sexuelles avec l\'un de nos membres, il est de votre responsabilité de vous protéger contre les MST.',
      item3: '💋 Respectez les désirs sexuels des autres membres. Nos membres sont des hommes et des femmes normaux, pas des stars du porno ou des prostituées.',
      btnFinal: 'JE SUIS D\'ACCORD',
      adult: 'Réservé aux adultes'
     }
     ,
     ru: {
     title: 'ПРЕДУПРЕЖДЕНИЕ',
      mainText: 'Вы увидите обнажённые фотографии. Пожалуйста, будьте благоразумны.',
      btnText: 'Продолжить',
      subtitle: 'ВЫ ДОЛЖНЫ СЛЕДОВАТЬ ПРАВИЛАМ НИЖЕ',
      item1: '💋 Если вы увидите кого-то, кого знаете, НЕ разглашайте данную информацию. Не распространяйте слухи.',
      item2: '💋 Когда вы занимаетесь сексом с одним из наших пользователей, вы обязаны защитить себя от ЗППП.',
      item3: '💋 Уважайте сексуальные желания других пользователей. Наши пользователи - обычные мужчины и женщины, а не порнозвёзды или проститутки.',
      btnFinal: 'ПРИНИМАЮ',
      adult: 'Только для взрослых'
     }
     ,
     es: {
     title: '¡ADVERTENCIA!',
      mainText: 'Vas a ver fotos con desnudos. Por favor, sé discreto.',
      btnText: 'CONTINUAR',
      subtitle: 'DEBES CUMPLIR LAS NORMAS DE ABAJO',
      item1: '💋 Si ves a alguien que conoces, NO lo publicites y no propagues rumores.',
      item2: '💋 Si practicas sexo con alguno de nuestros usuarios, es tu responsabilidad protegerte contra las enfermedades de transmisión sexual.',
      item3: '💋 Respeta los derechos sexuales de los demás usuarios. Nuestros usuarios son hombres y mujeres normales, no son estrellas del porno ni prostitutas.',
      btnFinal: 'ACEPTO',
      adult: 'Solo para adultos'
     }
     ,
     it: {
     title: 'ATTENZIONE!',
      mainText: 'Potresti visualizzare foto di nudo. Ti preghiamo di essere discreto.',
      btnText: 'CONTINUA',
      subtitle: 'DEVI SEGUIRE LE REGOLE INDICATE QUI SOTTO',
      item1: '💋 Se vedi qualcuno che conosci, NON renderlo pubblico. Non diffondere pettegolezzi.',
      item2: '💋 Quando fai sesso con uno dei nostri membri, è tua responsabilità proteggerti da malattie sessualmente trasmissibili.',
      item3: '💋 Rispetta i desideri sessuali degli altri utenti. I nostri membri sono uomini e donne normali, non pornostar o prostitute.',
      btnFinal: 'ACCETTO',
      adult: 'Solo per adulti'
     }
     ,
     uk: {
     title: 'ПОПЕРЕДЖЕННЯ!',
      mainText: 'Ви побачите оголені фотографії. Будь ласка, будьте розсудливі.',
      btnText: 'ПРОДОВЖИТИ',
      subtitle: 'ВИ ПОВИННІ ДОТРИМУВАТИСЬ ПРАВИЛ НИЖЧЕ',
      item1: '💋 Якщо ви побачите когось, кого знаєте, НЕ розголошуйте цю інформацію. Не поширюйте чутки.',
      item2: '💋 Коли ви займаєтеся сексом з одним із наших користувачів, ви зобов\'язані захистити себе від ЗПСШ.',
      item3: '💋 Поважайте сексуальні бажання інших користувачів. Наші користувачі - звичайні чоловіки і жінки, а не порнозірки або повії.',
      btnFinal: 'ПРИЙМАЮ',
      adult: 'Тільки для дорослих '
     }
     ,
     de: {
     title: 'WARNUNG!',
      mainText: 'Sie werden Nacktfotos sehen. Bitte seien Sie diskret.',
      btnText: 'FORTSETZEN',
      subtitle: 'SIE MÜSSEN DIE UNTEN ANGEGEBENEN REGELN BEFOLGEN',
      item1: '💋 Wenn Sie jemanden sehen, den Sie kennen, machen Sie echt NICHT öffentlich bekannt. Verbreiten Sie keine Gerüchte.',
      item2: '💋 Wenn Sie mit einem unserer Mitglieder Sex haben, liegt es in Ihrer Verantwortung, sich gegen sexuell übertragbare Krankheiten zu schützen.',
      item3: '💋 Respektieren Sie die sexuellen Wünsche anderer Mitglieder. Unsere Mitglieder sind normale Männer und Frauen, keine Pornostars oder Prostituierte.',
      btnFinal: 'ICH STIMME ZU',
      adult: 'Nur für Erwachsene'
     }
     ,
     nl: {
     title: 'Waarschuwing!',
      mainText: 'Je zal naaktfoto\'s zien. Gelieve discreet te zijn.',
      btnText: 'Doorgaan',
      subtitle: 'Je moet onderstaande regels volgen',
      item1: '💋 Als je iemand ziet die je kent, publiceer deze dan NIET. Verspreid geen geruchten.',
      item2: '💋 Wanneer je seks hebt met een van onze leden, is het jouw verantwoordelijkheid om jezelf te beschermen tegen SOA\'s.',
      item3: '💋 Respecteer seksuele verlangens van andere leden. Onze leden zijn normale mannen en vrouwen, geen pornosterren of prostituees.',
      btnFinal: 'Ik ga akkoord',
      adult: 'Alleen volwassenen'
     }
     ,
     zh: {
     title: '警告！',
      mainText: '您将会看到裸照。 请谨慎操作。',
      btnText: '继续',
      subtitle: '您必须遵循以下规则',
      item1: '💋 如果您看到认识的人，切勿公开。切勿散布流言。',
      item2: '💋 在与我们的某位会员发生性关系时，您有责任保护自己免于性病。',
      item3: '💋 尊重其他会员的性欲。 我们的会员都是正常的男人和女人，不是色情明星或妓女。',
      btnFinal: '我同意',
      adult: '仅限成人'
     }
     ,
     ar: {
     title: 'تحذير!',
      mainText: 'سترى صوراً عارية. يرجى أن تكون حصيفاً.',
      btnText: 'استمر',
      subtitle: 'يجب أن تتبع القواعد الموضحة أدناه',
      item1: '💋 إذا رأيت شخصًا تعرفه، فلا تنشر ذلك ولا تنشر الشائعات.',
      item2: '💋 عند ممارسة الجنس مع أحد أعضائنا، تقع على عاتقك مسؤولية حماية نفسك ضد الأمراض المنقولة جنسياً.',
      item3: '💋 يجب عليك احترام الرغبات الجنسية للأعضاء الآخرين. أعضاؤنا من الرجال والنساء العاديين، وليسوا نجومًا إباحية أو عاهرات',
      btnFinal: 'أوافق',
      adult: 'للكبار فقط'
     }
     ,
     tr: {
     title: 'UYARI!',
      mainText: 'Çıplak fotoğraflar göreceksiniz. Lütfen dikkatli olun.',
      btnText: 'DEVAM',
      subtitle: 'AŞAĞIDA VERİLEN KURALLARA UYMALISINIZ',
      item1: '💋 Eğer tanıdığınız birini görürseniz, herkese AÇIKLAMAYIN. Dedikodu yapmayın.',
      item2: '💋 Üyelerimizden biriyle seks yaptığınızda, cinsel yollarla bulaşan hastalıklara karşı korunmak sizin sorumluluğunuzdadır.',
      item3: '💋 Diğer üyelerin cinsel arzularına saygılı olun. Üyelerimiz normal erkek ve kadınlardır, porno yıldızı ya da fahişe değillerdir.',
      btnFinal: 'KABUL EDİYORUM',
      adult: 'Yalnızca yetişkinler'
     }
     ,
     ro: {
     title: 'AVERTISMENT!',
      mainText: 'Vei vedea fotografii nud. Te rugăm să fii discret(ă).',
      btnText: 'CONTINUĂ',
      subtitle: 'TREBUIE SĂ RESPECȚI REGULILE PREZENTATE MAI JOS',
      item1: '💋 Dacă vei vedea pe cineva cunoscut, NU face acest lucru public. Nu răspândi zvonuri.',
      item2: '💋 Când ai relații sexuale cu unul dintre membrii noștri, este responsabilitatea ta să te protejezi împotriva bolilor cu transmitere sexuală.',
      item3: '💋 Respectă dorințele sexuale ale altor membri. Membrii noștri sunt bărbați și femei obișnuite, nu vedete porno sau prostituate.',
      btnFinal: 'SUNT DE ACORD',
      adult: 'Destinat exclusiv adulților'
     }
     ,
     hr: {
     title: 'UPOZORENJE!',
      mainText: 'Vidjet ćete golotinju na fotografijama. Molimo vas da budete diskretni.',
      btnText: 'NASTAVI',
      subtitle: 'MORATE POŠTOVATI DONJA PRAVILA',
      item1: '💋 Ako vidite nekoga poznatog, NEMOJTE to objavljivati. Nemojte širiti glasine.',
      item2: '💋 Kada dođe do seksa s nekim od naših članova, vaša je odgovornost da se zaštitite od seksualno prenosivih bolesti.',
      item3: '💋 Poštujte seksualne želje drugih članova. Naši su članovi obični muškarci i žene, a ne porno zvijezde ni prostitutke.',
      btnFinal: 'SLAŽEM SE',
      adult: 'Samo za odrasle'
     }
     ,
     bg: {
     title: 'ВНИМАНИЕ!',
      mainText: 'Вие ще видите голи снимки. Моля бъдете дискретни.',
      btnText: 'ПРОДЪЛЖИ',
      subtitle: 'ТРЯБВА ДА СЛЕДВАТЕ ПРАВИЛАТА, ПОСОЧЕНИ ПО-ДОЛУ',
      item1: '💋 Ако видите някой, когото познавате, НЕ ГО публикувайте. Не разпространявайте слуха.',
      item2: '💋 Когато правите секс с един от нашите членове, отговорността да се предпазите от полове предавани болести е изцяло ваша.',
      item3: '💋 Уважавайте сексуалните желания на нашите членове. Те са нормални мъже и жени, не порно звезди или проститутки.',
      btnFinal: 'СЪГЛАСЯВАМ СЕ',
      adult: 'Само за възрастни'
     }
     ,
     hu: {
     title: 'FIGYELMEZTETÉS!',
      mainText: 'Meztelen képeket fogsz látni. Légy diszkrét.',
      btnText: 'FOLYTATÁS',
      subtitle: 'KÖVETNED KELL AZ ALÁBBI SZABÁLYOKAT',
      item1: '💋 Ha olyat látsz, akit ismersz, NE tedd közzé! Ne terjessz pletykákat.',
      item2: '💋 Ha szexelsz egyik tagunkkal, a te felelősséged, hogy védekezz a nemi betegségekkel szemben.',
      item3: '💋 Tartsd tiszteletben más tagok szexuális vágyait. Tagjaink átlagos férfiak és nők, nem pornósztárok vagy prostituáltak.',
      btnFinal: 'ELFOGADOM',
      adult: 'Csak felnőttek'
     }
     ,
     sv: {
     title: 'VARNING!',
      mainText: 'Du kommer att se nakenbilder. Vänligen var diskret.',
      btnText: 'Nästa',
      subtitle: 'Du måste följa reglerna som anges nedan',
      item1: '💋 Om du ser någon du känner, INTE offentliggör det. Inte spred rykten.',
      item2: '💋 Om du har sex med en av våra medlemmar, är det ditt ansvar att skydda dig mot könssjukdomar.',
      item3: '💋 Respektera sexuella lust av andra medlemmar. Våra medlemmar är vanliga män och kvinnor, inte porrstjärnor eller prostituerade.',
      btnFinal: 'Fortsätt',
      adult: 'only 18+'
     }
     ,
     no: {
     title: 'OBS!',
      mainText: 'Du kommer til å se nakenbilder. Vi ber deg om å være diskret.',
      btnText: 'FORTSETT',
      subtitle: 'DU MÅ FØLGE REGLENE SOM ER OPPFØRT NEDENFOR',
      item1: '💋 Hvis du ser noen du kjenner, IKKE publisere det. Ikke spre rykter.',
      item2: '💋 Hvis du har sex med en av våre medlemmer, er det ditt ansvar å beskytte deg mot kjønnssykdommer.',
      item3: '💋 Respekter seksuelle begjær av andre medlemmer. Våre medlemmer er vanlige menn og kvinner, ikke pornostjerner eller prostituerte.',
      btnFinal: 'JEG AKSEPTERER',
      adult: 'KUN FOR VOKSNE'
     }
     ,
     fi: {
     title: 'VAROITUS!',
      mainText: 'Tulet näkemään alastonkuvia.',
      btnText: 'JATKA',
      subtitle: 'Sinun tulee noudattaa alla annettuja SÄÄNTÖJÄ:',
      item1: '💋 Jos näet jonkun tuntemasi henkilö, ÄLÄ tee asiasta julkista. Älä levitä juoruja.',
      item2: '💋 Kun harrastat seksiä jonkun jäsenemme kanssa, sinun tulee itse huolehtia suojautumiselta sukupuolitauteja vastaan.',
      item3: '💋 Kunnioita muiden jäsenten seksuaalisia toiveita. Jäsenemme ovat normaaleja miehiä ja naisia, eivät pornotähtiä eivätkä prostituoituja.',
      btnFinal: 'HYVÄKSYN',
      adult: 'adult only'
     }
     ,
     da: {
     title: 'ADVARSEL!',
      mainText: 'Du vil komme til at se nøgenfotos. Vær diskret.',
      btnText: 'FORTSÆT',
      subtitle: 'DU SKAL FØLGE DE REGLER, DER ER ANGIVET NEDENFOR',
      item1: '💋 Hvis du ser nogen du kender, DU MÅ IKKE offentliggøre det. Du må ikke sprede rygter',
      item2: '💋 Hvis du har sex med en af vores medlemmer er det dit ansvar at beskytte dig selv mod kønssygdomme',
      item3: '💋 Respekt seksuelle lyster af andre medlemmer. Vores medlemmer er normale mænd og kvinder, ikke pornostjerner eller prostituerede',
      btnFinal: 'JEG ACCEPTERER',
      adult: 'adult only'
     }
     ,
     ja: {
     title: '警告!',
      mainText: 'あなたはセックスしたいの女性の写真が見てされます。',
      btnText: '続行',
      subtitle: '当サイトのガイドラインをご一読ください',
      item1: '💋 あなたが知っている人を見たら、それを公表しないこと。噂を広めないこと。',
      item2: '💋 メンバーの誰かとセックスした時は、性病から自分を守るのは自分の責任となります。',
      item3: '💋 他のメンバーの性的欲求を尊重すること。弊社のメンバーは普通の男女です。彼らはポルノスターや売春婦ではありません。',
      btnFinal: '同意します',
      adult: 'adult only'
     }
     ,
     ko: {
     title: '주목!',
      mainText: '이것은 데이트 사이트가 아닙니다. 무료 가입!',
      btnText: 'OK',
      subtitle: '안내사항 참고',
      item1: '💋 여성 회원분들께 예의를 지켜주세요. 한번에 두 명이상의 인연과 데이트하지 마시길 바랍니다',
      item2: '💋 가짜 프로필 회원은 없습니다. 모두 실제회원분들이며, 가짜 계정은 즉시 삭제됩니다.',
      item3: '💋 21살 이상 남성회원만 이용이 가능하며, 현재 자리가 비어있는 만큼 빨리 등록하시는 게 좋습니다',
      btnFinal: '계속하기',
      adult: 'adult only'
     }
    };
    $(function () {
      var langBrowser = (((navigator.language || navigator.languages) || '').split('-') || [])[0],
          param = langs[langBrowser];
      if (param == undefined) {
        param = langs['en'];
        // 'en' - default language, if you want change language, please select in object abbreviation. Example: 'fr', 'ru' etc.
      }
      else {
        $('.title').text(param['title']);
        $('.main-text').text(param['mainText']);
        $('.next').text(param['btnText']);
        $('.btn-fin').text(param['btnFinal']);
        $('.subtitle').text(param['subtitle']);
        $('.item-1').text(param['item1']);
        $('.item-2').text(param['item2']);
        $('.item-3').text(param['item3']);
        $('.adult').text(param['adult']);
      }
    }
      );
