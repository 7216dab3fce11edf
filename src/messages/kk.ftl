# kitapsha хабарламалары қазақ тілінде. Әр тілге бір файл (kk.ftl, ru.ftl, en.ftl): хабарламалар
# бәрінде бірдей, бір ретпен. Кілттер, файл атаулары және пайдаланушының өз мәтіні хабарламаға
# аргумент ретінде беріліп, өзгеріссіз көрсетіледі.

## General

severity-error = қате
severity-warning = ескерту
hint-label = кеңес
summary-errors = kitapsha: { $errors } қате, { $warnings } ескерту

## Reasons a file cannot be read or written

io-not-found = ол жоқ
io-permission-denied = қол жеткізуге рұқсат жоқ
io-storage-full = диск толып қалған
io-not-a-folder = жолдың бір бөлігі қалта емес, файл
io-is-a-folder = бұл файл емес, қалта
io-read-only-disk = диск тек оқу үшін ғана қолжетімді
io-other = { $error }
file-cannot-read = файлды оқу мүмкін емес: { $reason }

## Files: reading, TOML

file-not-a-file = бұл файл емес (қалта, құрылғы немесе арна)
file-not-a-file-hint = мұнда файлдың өзін қойыңыз
file-too-large = файл { $mib } МБ-тан үлкен — бұл kitapsha оқитын көлемнен әлдеқайда көп
file-too-large-hint = файлдың дұрыс екенін тексеріңіз; суреттер мен сауалнама экспорттары бөлек файлдарда сақталады
file-not-utf8 = файл UTF-8 кодтауында сақталмаған: { $line }-жол, жолдағы { $byte }-байт
file-not-utf8-hint = файлды UTF-8 кодтауында сақтаңыз (Блокнотта: «Басқаша сақтау» → «Кодтау: UTF-8»)
file-outside-campaign = файл өз науқанының қалтасынан тыс жерге апарады
file-outside-campaign-hint = бұл символдық сілтеме; науқан қалтасына файлдың өзін салыңыз
toml-unclosed-text = осы жерде { $quotes } белгісімен басталған мәтін еш жерде жабылмаған
toml-unclosed-text-hint = мәтін аяқталатын жерге, { $header } алдына, жабатын { $quotes } белгісін бөлек жолға қойыңыз
toml-unclosed-text-at-end-hint = мәтін аяқталатын жерге жабатын { $quotes } белгісін бөлек жолға қойыңыз
toml-unclosed-quote = тырнақшадағы мәтін осы жолда жабылмаған
toml-unclosed-quote-hint = мәтіннің соңына " қойыңыз: { $key } = "…"; бірнеше жолдық мәтін үштік тырнақшаға """ алынады
toml-cyrillic-key = `{ $key }` кілтінде латын әрпіне ұқсайтын кирилл әрпі бар: { $letters }; кілттер латын әріптерімен жазылады
toml-cyrillic-key-hint = `{ $latin }` деп жазғыңыз келген шығар? Пернетақтаны ағылшын тіліне (EN) ауыстырып, кілтті қайта теріңіз
toml-curly-quotes = мәтін Word сияқты мәтіндік редактор қоятын { $opening }…{ $closing } тырнақшасына алынған; TOML тек түзу " тырнақшасын түсінеді
toml-curly-quotes-hint = түзу қос тырнақшаны теріңіз (Enter жанындағы перне, Shift-пен; орыс пернетақтасында — Shift+2): { $key } = "…"
toml-backslash = қос тырнақшадағы мәтінде кері қиғаш сызық \ \n сияқты арнайы белгіні бастайды, сондықтан бұл файл жолы оқылмайды
toml-backslash-hint = қалталарды / белгісімен бөліңіз: { $key } = { $fixed }
toml-date-written = «{ $written }» — TOML-да күн бұлай жазылмайды
toml-date-written-hint = алдымен жылды, тырнақшасыз жазыңыз: { $key } = { $iso }
toml-date-no-such-day = «{ $written }» — күнтізбеде мұндай күн жоқ: бұл айдағы күн саны одан аз
toml-date-no-such-day-hint = күн мен айды тексеріңіз; бұл айдың соңғы күні — { $key } = { $last }
toml-number-spaces = «{ $written }» — бос орындары бар сан, TOML ондай санды оқи алмайды
toml-number-spaces-hint = бос орынсыз жазыңыз: { $key } = { $plain }
toml-more-errors = тағы { $count } синтаксис қатесі көрсетілмеді
toml-more-errors-hint = алдымен жоғарыдағы қателерді түзетіңіз — қалғандары көбіне солармен бірге жойылады
toml-too-deep = бұл дұрыс TOML емес: жақшалар бір-бірінің ішіне 80 деңгейден артық салынған
toml-too-deep-hint = kitapsha файлдарында жақшалар ең көбі екі-үш деңгей болады; жабылмаған жақшаны табыңыз
toml-syntax = бұл жол TOML ережесі бойынша жазылмаған
toml-syntax-hint = осы жолдағы тырнақшалар мен жақшаларды тексеріңіз; мәтін "қос тырнақшаға", ал бірнеше жол болса, """үштік тырнақшаға""" алынады
toml-this-table = осы кесте
toml-top-level = файлдың жоғарғы деңгейі (кестелерден тыс)
toml-unknown-key = { $table }: `{ $key }` деген кілт жоқ
toml-unknown-key-typo-hint = `{ $best }` деп жазғыңыз келген шығар? Рұқсат етілген кілттер: { $takes }
toml-unknown-key-cyrillic-hint = `{ $best }` деп жазғыңыз келген шығар? Кілтте латын әрпіне ұқсайтын кирилл әрпі бар: { $letters }; кілтті латын әріптерімен қайта теріңіз. Рұқсат етілген кілттер: { $takes }
toml-no-keys-hint = мұнда ешқандай кілт болмайды; `{ $key }` кілтін өшіріңіз
toml-unknown-key-hint = рұқсат етілген кілттер: { $takes }
toml-unknown-value = `{ $key }` үшін "{ $value }" деген мән жоқ
toml-unknown-value-typo-hint = "{ $best }" деп жазғыңыз келген шығар? `{ $key }` мүмкін мәндері: { $allowed }
toml-unknown-value-hint = `{ $key }` мүмкін мәндері: { $allowed }
toml-missing-key = мұнда `{ $key }` жетіспейді
toml-missing-key-hint = осы кестеге `{ $key } = …` қосыңыз
toml-wrong-type =
    `{ $key }` { $expected ->
            [text] тырнақшадағы мәтін
            [whole-number] бүтін сан
            [number] сан
            [list] [ ] ішіндегі тізім
            [date] күн
            [yes-no] true немесе false мәні
            [table] кесте
           *[other] басқа түрдегі мән
        } болуы керек, ал мұнда { $found }
toml-wrong-type-here =
    бұл мән { $expected ->
            [text] тырнақшадағы мәтін
            [whole-number] бүтін сан
            [number] сан
            [list] [ ] ішіндегі тізім
            [date] күн
            [yes-no] true немесе false мәні
            [table] кесте
           *[other] басқа түрдегі мән
        } болуы керек, ал мұнда { $found }
toml-found-value =
    { $kind ->
        [whole-number] `{ $value }` бүтін саны
        [number] `{ $value }` саны
        [text] "{ $value }" мәтіні
        [list] тізім
        [yes-no] `{ $value }`
        [table] кесте
        [date] `{ $value }` күні
       *[other] `{ $value }`
    }
toml-write-text-hint = мәтінді қос тырнақшаға алыңыз: { $key } = "мәтін"
toml-write-whole-number-hint = бүтін санды тырнақшасыз жазыңыз: { $key } = { $example }
toml-write-number-hint = санды тырнақшасыз, бөлшек бөлігін нүктемен бөліп жазыңыз: { $key } = { $example }
toml-write-list-hint = тізімді тік жақшаға алып жазыңыз: { $key } = ["kk", "ru"]
toml-write-list-of-tables-hint = әр жазбаның алдына қос тік жақшамен [[{ $key }]] деп жазыңыз
toml-write-date-hint = күнді тырнақшасыз, жылдан бастап жазыңыз: { $key } = { $example }
toml-number-out-of-range = `{ $key }` мәні { $value } бола алмайды: сан тым үлкен
toml-extra-digits-hint = санда артық цифр жоқ па, тексеріңіз
toml-duplicate-key = `{ $key }` екі рет көрсетілген
toml-duplicate-key-hint = біреуін ғана қалдырыңыз
toml-other = бұл мәнді оқу мүмкін болмады
toml-other-hint = `kitapsha new` жасайтын түсініктемелері бар үлгіні қараңыз

## The project file, kitapsha.toml

campaign-unknown = `{ $id }` деген науқан жоқ
campaign-unknown-typo-hint = `{ $best }` деп жазғыңыз келген шығар? Бар науқандар: { $known }
campaign-unknown-hint = бар науқандар: { $known }
campaign-unknown-none-hint = жобада әлі науқан жоқ; `kitapsha new ID` командасымен науқан жасаңыз
campaign-folder-cannot-open = науқан қалтасын ашу мүмкін емес: { $reason }
project-folder-cannot-open = жоба қалтасын ашу мүмкін емес: { $reason }
campaign-folder-outside = науқан қалтасы жоба қалтасынан тыс жерге апарады
campaign-folder-outside-hint = бұл символдық сілтеме; сілтеменің орнына науқанды { $booklets }/ қалтасына көшіріңіз
project-texts-missing = `{ $key }` жоқ
project-texts-missing-hint = қазақ, орыс және ағылшын тілдеріндегі мәтіндерімен қосыңыз: { $key } = {"{"} kk = "…", ru = "…", en = "…" {"}"}
project-text-missing-language =
    `{ $key }` ішінде { $lang ->
            [kk] қазақша
            [ru] орысша
           *[en] ағылшынша
        } мәтін жоқ
project-text-missing-language-hint = { $lang } = "…" қосыңыз: жоба файлындағы мәтіндер донорларға арналған, сондықтан үш тілде де керек — kk, ru және en
project-key-missing = `{ $key }` жоқ
project-key-missing-hint = { $key } = "…" қосыңыз
project-reached-negative = `reached` теріс сан бола алмайды
project-reached-negative-hint = жоба қанша адамды қамтығанын жазыңыз, ал белгісіз болса, `reached` кілтін өшіріңіз
project-activity-cost-negative = `cost` теріс сан бола алмайды
project-activity-cost-negative-hint = жобаның құнын теңгемен жазыңыз, ал белгісіз болса, `cost` кілтін өшіріңіз
project-logo-without-statement = `donor-logo` бар, бірақ `funding-statement` жоқ
project-logo-without-statement-hint = логотип қаржыландыру туралы жазбаның жанында басылады: funding-statement = {"{"} kk = "…", ru = "…", en = "…" {"}"} қосыңыз
project-period-reversed = бағдарлама кезеңінің аяқталу күні (`to`) басталу күнінен (`from`) ерте
    .studio = бағдарламаның соңғы күні бірінші күнінен бұрын тұр
project-period-reversed-hint = `from` және `to` мәндерінің орнын ауыстырыңыз
    .studio = екі күнді орындарымен ауыстырыңыз
project-period-missing = `period` жоқ
project-period-missing-hint = period = {"{"} from = 2024-06-01, to = 2025-02-22 {"}"} қосыңыз
project-logo-format = `donor-logo` "{ $path }" — SVG, PNG немесе JPEG файлы емес
project-logo-format-hint = логотипті .svg (ең жақсысы: баспада анық қалады), .png немесе .jpg түрінде беріңіз
project-logo-not-inside = бұл жоба қалтасының ішіндегі файл емес
project-logo-cannot-read = `donor-logo` "{ $path }" файлын оқу мүмкін емес: { $reason }
project-logo-cannot-read-hint = логотипті жоба қалтасына салып, жолын сол қалтадан бастап жазыңыз, мысалы donor-logo = "booklets/donor.svg"
project-not-a-date = бұл күн емес
project-not-a-date-hint = күнді тырнақшасыз, жылдан бастап жазыңыз, мысалы 2025-01-15

# [print] in kitapsha.toml and the print shop's profile (src/project.rs, src/colour.rs).
# $path is the path as written; $reason of print-profile-unusable is one of the messages
# after it, which say what is wrong with the profile; $error is the colour library's own text.
print-condition-missing = `condition` жоқ: баспаханаға арналған PDF-те профиль жасалған басып шығару шарты көрсетілуі керек
print-condition-missing-hint = басып шығару шартын баспахана атағандай қосыңыз, мысалы condition = "FOGRA39" (немесе "FOGRA51", "GRACoL2006_Coated1v2")
print-condition-without-profile = `condition` баспахана профилінің (`profile`) басып шығару шартын атайды, бірақ `profile` көрсетілмеген
print-condition-without-profile-hint = баспахананың CMYK профилін қосыңыз, мысалы profile = "print/shop.icc", немесе kitapsha-ның өз FOGRA39 профилімен басу үшін `condition` кілтін өшіріңіз
print-ink-limit-out-of-range = баспаханалар { $limit } % бояу шегін қолданбайды
print-ink-limit-out-of-range-hint = баспахана рұқсат ететін бояулар қосындысын пайызбен, 200-ден 400-ге дейін жазыңыз: борланған қағаз үшін ink-limit = 300, борланбаған қағаз үшін ink-limit = 260
print-profile-where-hint = баспахананың .icc файлын жоба қалтасына салып, жолын сол қалтадан бастап жазыңыз, мысалы profile = "print/shop.icc"
print-profile-empty = `profile` мәні бос
print-profile-backslash = "{ $path }" профиль жолында кері қиғаш сызықтар \ бар
print-profile-backslash-hint = қалталардың арасына / қойыңыз: profile = "{ $path }"
print-profile-outside = "{ $path }" профилі жоба қалтасынан тыс жатыр
print-profile-missing = "{ $path }" профилі жоқ
print-profile-not-a-file = "{ $path }" профилі файл емес
print-profile-cannot-read = "{ $path }" профилін оқу мүмкін емес: { $reason }
print-profile-cannot-read-hint = файлды және оны оқуға рұқсатты тексеріңіз
print-profile-too-large = "{ $path }" профилі 16 МБ-тан үлкен
print-profile-too-large-hint = баспахананың CMYK профилі 4 МБ-тан әлдеқайда аз болады: файлдың дұрыс екенін тексеріңіз немесе профильді баспаханадан қайта сұраңыз
print-profile-unusable = "{ $path }" профилі жарамайды: { $reason }
print-profile-unusable-hint = баспаханаға арналған PDF үшін баспахананың CMYK шығару профилі керек (басып шығаруға арналған, `prtr` класындағы .icc файлы); оны баспаханадан сұраңыз
print-profile-unreadable = файл ICC профилі ретінде оқылмайды ({ $error })
print-profile-not-cmyk = бұл CMYK емес, { $space } түстеріне арналған профиль
print-profile-not-output = бұл шығару құрылғысының (принтердің) профилі емес, { $class } класындағы профиль
print-profile-cannot-convert = kitapsha ол арқылы түстерді түрлендіре алмайды ({ $error })
print-profile-cannot-measure = kitapsha ол арқылы түстерді өлшей алмайды ({ $error })
print-profile-black-prints-nothing = бұл профиль бойынша 100 % қара бояу бояусыз жерден күңгірт басылмайды

## Campaign files, campaign.toml

campaign-table-missing = `[campaign]` кестесі жоқ
campaign-table-missing-hint = district, topic және languages кілттері бар [campaign] кестесін қосыңыз (үлгісі `kitapsha new` жасайтын файлда)
campaign-language-twice = `{ $lang }` тілі `languages` тізімінде екі рет жазылған
campaign-language-twice-hint = әр тілді бір рет жазыңыз
campaign-languages-empty = `languages` тізімі бос
campaign-languages-empty-hint = languages = ["kk", "ru"] деп жазыңыз
# $key is district or topic; $example is kk = "…", ru = "…" for the booklet's languages.
campaign-key-missing = `[campaign]` кестесінде `{ $key }` кілті жоқ
campaign-key-missing-hint = { $key } = {"{"} { $example } {"}"} қосыңыз
campaign-translation-missing =
    `{ $key }` ішінде { $lang ->
        [kk] қазақша
        [ru] орысша
       *[en] ағылшынша
    } мәтін жоқ
campaign-translation-missing-hint = { $key } ішіне { $lang } = "…" қосыңыз
campaign-translation-too-long =
    `{ $key }` кілтінің { $lang ->
        [kk] қазақша
        [ru] орысша
       *[en] ағылшынша
    } мәтіні { $length } таңба, ал ең көбі { $limit } таңба сияды
campaign-trifold-flip = үшке бүктелетін парақша екі жағынан оқылатын кітапша бола алмайды: онда екінші тіл басталатын екінші мұқаба жоқ
campaign-trifold-flip-hint = format = "a4-trifold" үшін bilingual = "parallel" немесе bilingual = "sequential" деп жазыңыз
campaign-trifold-pages = `pages` үшке бүктелетін парақшаға әсер етпейді: ол әрқашан бір парақ
campaign-trifold-pages-hint = `pages` кілтін алып тастаңыз
campaign-bilingual-one-language = `bilingual` ештеңеге әсер етпейді: кітапшада бір ғана тіл бар
campaign-bilingual-one-language-hint = `bilingual` кілтін алып тастаңыз немесе `languages` тізіміне екінші тілді қосыңыз
campaign-pages-out-of-range = `pages` мәні 1 мен 200 аралығында болуы керек, ал қазір { $value }
campaign-pages-out-of-range-hint = беттер санын мұқабаларымен қоса жазыңыз (екі жағынан оқылатын кітапшада — әр тілдің беттерін), мысалы pages = 12, немесе `pages` кілтін алып тастаңыз
campaign-creep-out-of-range = `creep-mm` мәні 0 мен 1 миллиметр аралығында болуы керек, ал қазір { $value }
campaign-creep-out-of-range-hint = бір парақ қағаздың қалыңдығын миллиметрмен жазыңыз, мысалы creep-mm = 0.1, немесе `creep-mm` кілтін алып тастаңыз
# $tables is campaign-list-two or campaign-list-more, or one table: [cover.kk] and [cover.ru].
campaign-no-cover = кітапшаның мұқабасы (`[cover]`) жоқ
campaign-no-cover-hint = { $tables } қосып, әрқайсысына title = "…" деп жазыңыз
campaign-list-two = { $first } және { $second }
campaign-list-more = { $first }, { $middle } және { $last }
campaign-cover-without-language =
    мұқабада { $lang ->
        [kk] қазақша
        [ru] орысша
       *[en] ағылшынша
    } мәтін жоқ
campaign-cover-without-language-hint = title = "…" жазылған [cover.{ $lang }] кестесін қосыңыз
campaign-no-sections = кітапшада бөлім жоқ
campaign-no-sections-hint = [section.kk] және [section.ru] кестелері бар [[section]] қосыңыз, әрқайсысында title мен text болсын
campaign-too-many-sections = кітапшада { $count } бөлім бар, ал бір кітапшаға ең көбі { $limit } бөлім сияды
campaign-too-many-sections-hint = артық [[section]] кестелерін алып тастаңыз немесе материалды екі науқанға бөліңіз
campaign-too-many-quotes = кітапшада { $count } дәйексөз бар, ал бір кітапшаға ең көбі { $limit } дәйексөз сияды
campaign-too-many-quotes-hint = артық [[quote]] кестелерін алып тастаңыз немесе материалды екі науқанға бөліңіз
campaign-section-without-language =
    { $number }-бөлімде { $lang ->
        [kk] қазақша
        [ru] орысша
       *[en] ағылшынша
    } мәтін жоқ
campaign-section-without-language-hint = title мен text жазылған [section.{ $lang }] кестесін қосыңыз
campaign-quote-without-language =
    { $number }-дәйексөзде { $lang ->
        [kk] қазақша
        [ru] орысша
       *[en] ағылшынша
    } мәтін жоқ
campaign-quote-without-language-hint = text = "…" жазылған [quote.{ $lang }] кестесін қосыңыз
# Where a text belongs, the $place of campaign-text-*.
campaign-place-cover =
    мұқабаның { $lang ->
        [kk] қазақша
        [ru] орысша
       *[en] ағылшынша
    } мәтіні
campaign-place-section =
    { $number }-бөлімнің { $lang ->
        [kk] қазақша
        [ru] орысша
       *[en] ағылшынша
    } мәтіні
campaign-place-quote =
    { $number }-дәйексөздің { $lang ->
        [kk] қазақша
        [ru] орысша
       *[en] ағылшынша
    } мәтіні
# $key is title, subtitle, text, caption or who; $place is one of campaign-place-*.
campaign-text-empty = { $place }: `{ $key }` мәні бос
campaign-text-empty-hint = мәтінді тырнақшаның ішіне жазыңыз: { $key } = "…"
campaign-text-missing = { $place }: `{ $key }` кілті жоқ
campaign-text-missing-hint = { $key } = "…" қосыңыз
campaign-text-too-long = { $place }: `{ $key }` мәні { $length } таңба, ал ең көбі { $limit } таңба сияды
campaign-shorten-hint = мәтінді қысқартыңыз
campaign-split-section-hint = мәтінді бірнеше бөлімге — екі не одан да көп [[section]] кестесіне бөліңіз
campaign-link-shorter-hint = қысқарақ мекенжай жазыңыз, мысалы сайттың басты бетінің мекенжайын
campaign-link-too-long = `link` мекенжайы { $length } таңба, ал ең көбі { $limit } таңба сияды: одан ұзын мекенжайдың QR-коды тым тығыз шығып, қағаздан оқылмайды
campaign-link-not-web = `link` — веб-мекенжай емес: "{ $link }"
campaign-link-not-web-hint = мекенжайды https:// деп бастап, толық жазыңыз, мысалы link = "https://eotinish.kz"
campaign-caption-without-image = { $number }-бөлімде сурет астындағы жазу бар, бірақ суреттің өзі жоқ
campaign-caption-without-image-hint = бөлімге image = "images/….svg" қосыңыз немесе сурет астындағы жазуды алып тастаңыз
campaign-alt-without-image = { $place }: `alt` бар, бірақ ол сипаттайтын сурет жоқ, сондықтан оны ешкім оқымайды
campaign-alt-without-image-hint = { $table } кестесіне image = "images/…" қосыңыз немесе `alt` жолын өшіріңіз
campaign-caption-missing =
    { $number }-бөлімде сурет астындағы жазу { $with ->
        [kk] қазақша
        [ru] орысша
       *[en] ағылшынша
    } бар, бірақ { $without ->
        [kk] қазақша
        [ru] орысша
       *[en] ағылшынша
    } жоқ
campaign-caption-missing-hint = [section.{ $lang }] кестесіне caption = "…" қосыңыз
# $table is cover, section or quote.
campaign-language-not-printed = [{ $table }.{ $lang }] кестесі басылмайды: `languages` тізімінде "{ $lang }" жоқ
campaign-language-not-printed-hint = [campaign] кестесіндегі `languages` тізіміне "{ $lang }" қосыңыз немесе бұл кестені алып тастаңыз
# Markdown in a section's text that is printed as typed. $typed is what the user typed;
# $more is how many other lines have the same kind of thing.
text-literal-heading =
    `{ $typed }` кітапшада сол күйінде басылады: бөлім мәтінінің ішінде тақырып болмайды{ $more ->
        [0] {""}
       *[other] {" "}(тағы { $more } жолда)
    }
text-literal-heading-hint = тақырыпты жеке [[section]] бөлімінің `title` мәні етіп жазыңыз немесе `{ $typed }` белгісін алып тастаңыз
text-literal-quote =
    жол басындағы `>` кітапшада сол күйінде басылады{ $more ->
        [0] {""}
       *[other] {" "}(тағы { $more } жолда)
    }
text-literal-quote-hint = дәйексөз үшін [[quote]] кестесін қолданыңыз; әйтпесе `>` белгісін алып тастаңыз
text-literal-code =
    { $typed } кітапшада ` белгілерімен бірге сол күйінде басылады{ $more ->
        [0] {""}
       *[other] {" "}(тағы { $more } жолда)
    }
text-literal-code-hint = ` белгілерін алып тастаңыз; сөздерді ерекшелеу үшін оларды **қалың** етіп жазыңыз
text-literal-html =
    `{ $typed }` HTML тегі кітапшада сол күйінде басылады{ $more ->
        [0] {""}
       *[other] {" "}(тағы { $more } жолда)
    }
text-literal-html-hint = тегті алып тастаңыз: қалың әріп **былай**, көлбеу әріп *былай* жазылады, ал абзацтар бос жолмен бөлінеді
text-literal-picture =
    `{ $typed }` суреті шықпайды: кітапшада осы мәтін сол күйінде басылады{ $more ->
        [0] {""}
       *[other] {" "}(тағы { $more } жолда)
    }
text-literal-picture-hint = бөлімнің суреті оның [[section]] кестесінде image = "images/…" деп беріледі; мұны мәтіннен алып тастаңыз
text-literal-link =
    `{ $typed }` сілтемесі кітапшада сол күйінде басылады{ $more ->
        [0] {""}
       *[other] {" "}(тағы { $more } жолда)
    }: тек https://, http://, mailto: және tel: сілтемелері жұмыс істейді
text-literal-link-hint = мекенжайды толық жазыңыз, мысалы [eOtinish](https://eotinish.kz)
text-literal-rule =
    `{ $typed }` жолы кітапшада сол күйінде басылады{ $more ->
        [0] {""}
       *[other] {" "}(тағы { $more } жолда)
    }
text-literal-rule-hint = оны алып тастаңыз: абзацтар бос жолмен бөлінеді, ал жаңа бөлім [[section]] деп басталады
text-literal-nested-list =
    тізім тармағының ішіндегі тізім кітапшада жай жолдар болып басылады{ $more ->
        [0] {""}
       *[other] {" "}(тағы { $more } жолда)
    }
text-literal-nested-list-hint = бір ғана тізім жасаңыз: әр тармақ жеке жолда, `- ` белгісімен басталсын

## Pictures, fonts and fit

# $path is the picture's path as written in campaign.toml.
image-path-empty = суреттің жолы бос
image-path-empty-hint = image = "images/<файл атауы>" деп жазыңыз немесе `image` кілтін алып тастаңыз
image-backslash = суреттің "{ $path }" жолында кері қиғаш сызықтар бар
# $path is the path with / instead of \.
image-backslash-hint = қалталардың арасына / қойыңыз: image = "{ $path }"
image-outside = "{ $path }" суреті науқан қалтасынан тыс жатыр
image-outside-hint = суретті науқанның images/ қалтасына көшіріп, image = "images/<файл атауы>" деп жазыңыз
image-missing = "{ $path }" сурет файлы жоқ
image-missing-hint = файл атауын және файлдың { $folder } қалтасында жатқанын тексеріңіз
image-not-a-file = "{ $path }" сурет жолы файлды көрсетпейді
image-not-a-file-hint = қалтаны емес, сурет файлының өзін көрсетіңіз
image-not-a-picture-format = "{ $path }" файлы кітапшаға қоюға болатын сурет пішімінде емес
image-not-a-picture-format-hint = мына пішімдердің бірін қолданыңыз: { $formats }
image-too-large = "{ $path }" суретінің көлемі { $megabytes } МБ, ал ең көбі { $limit } МБ болуы керек
image-save-again-hint = суретті PNG, JPEG немесе SVG пішімінде, ең көбі 7 000 × 7 000 пиксель етіп қайта сақтаңыз
# $reason is why the system could not read the file.
image-cannot-read = "{ $path }" суретін оқу мүмкін емес: { $reason }
# $reason is the picture reader's own words, in English.
image-damaged = "{ $path }" суреті бүлінген: { $reason }
image-damaged-hint = оны сурет редакторында ашып, PNG немесе JPEG пішімінде қайта сақтаңыз
image-unreadable = "{ $path }" суретін оқу мүмкін емес: { $reason }
image-not-raster = "{ $path }" файлының ішіндегісі PNG, JPEG, GIF немесе WebP суреті емес
image-too-many-pixels = "{ $path }" суреті { $width }×{ $height } пиксель: бұл кітапшаға керек { $millions } миллион пиксельден көп
image-cut-short = "{ $path }" сурет файлы толық емес: файл сурет біткенге дейін үзіліп қалған (толық көшірілмеген немесе жүктелмеген болуы мүмкін)
image-svg-not-text = "{ $path }" файлы мәтіндік SVG файлы (UTF-8) емес
image-svg-invalid = "{ $path }" файлы дұрыс SVG сызбасы емес: { $reason }
image-svg-not-svg = "{ $path }" файлы SVG сызбасы емес (ол <svg> белгісінен басталмайды)
# The picture's size in pixels, and in millimetres as printed.
image-resolution-low = "{ $path }" суреті { $width }×{ $height } пиксель: басылатын { $width_mm }×{ $height_mm } мм өлшемінде бұл { $ppi } ppi
image-resolution-too-low = "{ $path }" суреті { $width }×{ $height } пиксель: басылатын { $width_mm }×{ $height_mm } мм өлшемінде бұл { $ppi } ppi, басуға тым бұлдыр
# $width and $height are the pixels needed at $ppi.
image-resolution-hint = басып шығару үшін { $ppi } ppi керек: кемінде { $width }×{ $height } пиксель суретті немесе SVG сызбасын алыңыз
text-glyph-missing = «{ $character }» ({ $code }) таңбасы кітапшаның бірде-бір қарпінде жоқ
text-glyph-missing-hint = оны қаріптерде бар әріппен не белгімен ауыстырыңыз (қазақ, орыс және латын әріптері, жиі қолданылатын тыныс белгілері, ₸ және №) немесе алып тастаңыз
# $ink and $limit are the total ink in %; $dark and $saturated the share of the picture in %.
ink-picture-over-limit = "{ $path }" суреті бояулардың қосындысы { $ink } %-ға дейін жетіп басылады, бұл баспахананың { $limit } % шегінен көп
ink-picture-over-limit-hint = суретті RGB түрінде (PNG немесе JPEG) сақтаңыз, kitapsha оны өзі түрлендіреді, немесе баспаханадан оның бояу шегіне арналған профильді сұраңыз
ink-picture-too-dark = "{ $path }" суреті баспада (CMYK) бөлшектерін жоғалтады: оның { $dark } % бөлігі соншалықты күңгірт, бояу шегінің әсерінен көлеңкелері тұтасып кетеді
ink-picture-too-saturated = "{ $path }" суреті баспада (CMYK) бөлшектерін жоғалтады: оның { $saturated } % бөлігінің түстері CMYK бояуларымен басуға болатыннан да қанық
ink-picture-too-dark-and-saturated = "{ $path }" суреті баспада (CMYK) бөлшектерін жоғалтады: оның { $dark } % бөлігі соншалықты күңгірт, бояу шегінің әсерінен көлеңкелері тұтасып кетеді, ал { $saturated } % бөлігінің түстері CMYK бояуларымен басуға болатыннан да қанық
ink-picture-loses-detail-hint = суреттің көлеңкелерін сәл ашып, қанықтығын аздап төмендетіңіз немесе сынама ретінде басып шығарып, нәтижесін тексеріңіз
# Whether the text fits in `pages`. $section is the first section that does not fit; $used the
# pages the text needs, $limit what `pages` allows.
fit-half-too-long =
    кітапшаның { $lang ->
        [kk] қазақша
        [ru] орысша
       *[en] ағылшынша
    } бөлігі мұқабасымен қоса { $used } бет алады, ал `pages` мәні — { $limit }: сыймаған алғашқы бөлім — { $section }-бөлім
fit-half-too-long-hint = { $section }-бөлімнің немесе одан алдыңғы бөлімдердің мәтінін қысқартыңыз, суретті алып тастаңыз немесе `pages` мәнін { $used } етіп үлкейтіңіз
# $lang is kk, ru or en in a sequential booklet, none when the languages stand side by side.
fit-booklet-too-long =
    кітапша мұқабаларымен қоса { $used } бет алады, ал `pages` мәні — { $limit }: сыймаған алғашқы бөлім — { $section }-бөлім{ $lang ->
        [kk] {" "}(қазақша мәтіні)
        [ru] {" "}(орысша мәтіні)
        [en] {" "}(ағылшынша мәтіні)
       *[none] {""}
    }
fit-booklet-too-long-hint = { $section }-бөлімнің немесе одан алдыңғы бөлімдердің мәтінін қысқартыңыз, суретті алып тастаңыз немесе `pages` мәнін { $used } етіп үлкейтіңіз
# $lang is kk, ru, en, or none when it is not known.
fit-leaflet-too-long =
    мәтін үшке бүктелетін парақшаның мәтінге арналған төрт бөлігіне сыймайды: { $section }-бөлім{ $lang ->
        [kk] {" "}(қазақша мәтіні)
        [ru] {" "}(орысша мәтіні)
        [en] {" "}(ағылшынша мәтіні)
       *[none] {""}
    } сыймай қалды
fit-leaflet-too-long-hint = мәтінді қысқартыңыз немесе суретті алып тастаңыз, не болмаса format = "a5" деп жазып, A5 кітапша жасаңыз

## Typesetting and PDFs

typeset-failed = құжатты беттеу мүмкін болмады: { $detail }
typeset-failed-hint = бұл сіздің мәтініңіздегі емес, kitapsha үлгісіндегі қате; осы хабарламаны жіберіп, ол туралы хабарлаңыз. { $typst_hints }
typeset-pages-not-four = кітапша { $pages } бет болып шықты, бұл төртке еселі сан емес
typeset-template-bug-hint = бұл kitapsha үлгісіндегі қате; ол туралы хабарлаңыз
pdf-cannot-make =
    { $what ->
            [press] баспаханаға арналған PDF
            [sheets] кеңседе басуға арналған парақтар PDF-і
            [press-summary] баспаханаға арналған анықтама PDF-і
            [report] есептің PDF-і
           *[screen] PDF
        } жасалмады: { $detail }
pdf-press-cannot-make-hint = мәселе суреттердің бірінде немесе kitapsha-ның өзінде; осы хабарламаны жіберіп, ол туралы хабарлаңыз
pdf-ink-over-limit = баспаханаға арналған PDF-те бояулардың қосындысы { $ink } %-ға дейін жетеді, бұл { $limit } % шегінен көп
pdf-ink-over-limit-hint = бір сызба немесе сурет баспахана профилі рұқсат ететіннен күңгірт; осы баспахананың бояу шегіне арналған профильді алыңыз немесе [print] ішінде баспахана қабылдайтын `ink-limit` мәнін көрсетіңіз
typst-sources-cannot-write = Typst бастапқы файлдарын жазу мүмкін емес: { $reason }
output-cannot-write = файлды жазу мүмкін емес: { $reason }
report-cannot-write = есепті жазу мүмкін емес: { $reason }
map-place-missing = `{ $place }` тарату орны { $file } файлында жоқ: есептегі картада сонда таратылған { $copies } дана көрсетілмейді
map-place-missing-hint = жоба түбіріндегі { $file } файлына name = {"{"} kk = "…", ru = "…", en = "…" {"}"}, lat және lon мәндері бар [[place]] қосыңыз
    .studio = оны бағдарлама бетіндегі «Картадағы жерлер» бөлімінде атаулары мен координаттарымен қосыңыз

## The ledger, print-runs.toml

# print-runs.toml: reading, locking and writing the ledger (src/ledger/file.rs). $reason is an
# io-* message; $error is the TOML library's own text, in English.
ledger-file-header =
    booklets/{ $campaign } кітапшасының таралымдары мен таратылуы; оларды `kitapsha print-run`
    және `kitapsha hand-out` командалары жазады. Жазбаларды қолмен түзетуге болады; `kitapsha stock` оларды тексереді.
ledger-cannot-lock = ештеңе жазылмады: журналды жазу үшін құлыптау мүмкін емес: { $reason }
ledger-cannot-write = ештеңе жазылмады: журналды жазу мүмкін емес: { $reason }
ledger-unchanged-hint = журнал бұрынғы күйінде қалды; себебін жойып, команданы қайта іске қосыңыз
ledger-has-errors = ештеңе жазылмады: журналда қателер бар
ledger-has-errors-hint = жоғарыда көрсетілген қателерді түзетіп, команданы қайта іске қосыңыз
ledger-symbolic-link = ештеңе жазылмады: журнал — символдық сілтеме
ledger-symbolic-link-hint = kitapsha әр жазған сайын журналды жаңа файлмен ауыстырады, сонда сілтеме кәдімгі файлға айналып кетер еді; мұнда файлдың өзін қойыңыз
ledger-read-only = ештеңе жазылмады: журнал тек оқуға арналған
ledger-read-only-hint = журналды өзгертуге болатын болса, оған жазуға рұқсат беріңіз (Windows-та файлдың «Сипаттар» («Свойства») терезесінде «Тек оқу үшін» («Только чтение») белгісін алып тастаңыз, Linux не macOS-та chmod u+w { $path } командасын орындаңыз), содан кейін команданы қайта іске қосыңыз
ledger-shortfall = { $date } күні { $copies } дана таратуға болмайды: сол күнгі қалдық — { $stock } дана
ledger-shortfall-later = { $date } күні { $copies } дана таратуға болмайды: сол күнгі қалдық — { $stock } дана, бірақ оның { $later } данасы кейінгі күндерге жазылған таратуларға керек
ledger-shortfall-hint =
    { $available ->
        [0] ештеңе жазылмады; сол күні тарататын дана жоқ. Одан бұрын басылған таралым әлі жазылмаған болса, алдымен оны `kitapsha print-run` командасымен жазып, басылған күнін --date арқылы көрсетіңіз
       *[other] ештеңе жазылмады; сол күні ең көбі { $available } дана таратуға болады. Одан бұрын басылған таралым әлі жазылмаған болса, алдымен оны `kitapsha print-run` командасымен жазып, басылған күнін --date арқылы көрсетіңіз
    }
    .studio =
        { $available ->
            [0] ештеңе жазылмады; сол күні тарататын дана жоқ. Одан бұрын басылған таралым әлі жазылмаған болса, алдымен оны «Жаңа таралым» бөлімінде басылған күнімен бірге жазыңыз
           *[other] ештеңе жазылмады; сол күні ең көбі { $available } дана таратуға болады. Одан бұрын басылған таралым әлі жазылмаған болса, алдымен оны «Жаңа таралым» бөлімінде басылған күнімен бірге жазыңыз
        }
ledger-not-read-back = ештеңе жазылмады: жаңа журнал жазылғандай болып оқылмады (бұл kitapsha-ның қатесі; осы хабарламаны жіберіп, ол туралы хабарлаңыз)
ledger-cannot-edit = ештеңе жазылмады: журналды өзгерту мүмкін емес: { $error }
ledger-not-a-list = ештеңе жазылмады: журналдағы `{ $key }` — [[{ $key }]] кестелерінің тізімі емес; әр жазбаны [[{ $key }]] жолынан бастаңыз

# print-runs.toml: checking each record (src/ledger/validate.rs). $table is [[run]] or
# [[hand-out]]; $found is one of the ledger-found-* messages; $today is today's date.
ledger-hand-out-overdrawn = { $date } күнгі бұл тарату қоймадағы қалдықтан көп: { $copies } дана таратылған, ал сол күнгі қалдық — { $stock } дана
ledger-hand-out-overdrawn-hint = осы таратудың `copies` және `date` мәндерін, сондай-ақ одан бұрын басылған таралымдардың бәрі жазылғанын тексеріңіз
ledger-place-missing = бұл [[hand-out]] кестесінде `place` кілті жоқ
ledger-place-missing-hint = place = "…" деп жазыңыз: кітапшалар таратылған ауыл немесе қала
ledger-date-missing = бұл { $table } кестесінде `date` кілті жоқ
ledger-date-missing-run-hint = кітапшалар басылған күнді тырнақшасыз, жылдан бастап қосыңыз, мысалы date = { $today }
ledger-date-missing-hand-out-hint = кітапшалар таратылған күнді тырнақшасыз, жылдан бастап қосыңыз, мысалы date = { $today }
ledger-date-not-a-date = `date` күн болуы керек, ал мұнда { $found }
ledger-date-not-a-date-hint = күнді тырнақшасыз және уақытсыз, жылдан бастап жазыңыз, мысалы date = { $today }
ledger-date-reorder-hint = алдымен жылды, тырнақшасыз жазыңыз: date = { $date }
ledger-date-in-future = `date` { $date } — болашақтағы күн
ledger-date-in-future-hint = бүгін { $today }; журналға болып өткен іс өз күнімен жазылады: жыл мен айды тексеріңіз
ledger-copies-missing = бұл { $table } кестесінде `copies` кілті жоқ
ledger-copies-missing-hint = кітапшалар санын тырнақшасыз қосыңыз, мысалы copies = 300
ledger-copies-too-large = `copies` мәні тым үлкен: { $value }
ledger-extra-digits-hint = санда артық цифр жоқ па, тексеріңіз
ledger-copies-not-positive = `copies` мәні 0-ден көп болуы керек, ал қазір { $value }
ledger-copies-not-positive-hint = кітапшалар санын жазыңыз; кітапша болмаса, бұл жазбаны толығымен өшіріңіз
ledger-copies-not-whole = `copies` бүтін сан болуы керек, ал мұнда { $found }
ledger-copies-not-whole-hint = санды цифрмен, тырнақшасыз жазыңыз, мысалы copies = 300
ledger-copies-digits-hint = санды тырнақшасыз және бос орынсыз жазыңыз: copies = { $copies }
ledger-cost-too-large = `cost` мәні тым үлкен: { $value }
ledger-cost-negative = `cost` мәні теріс бола алмайды, ал қазір { $value }
ledger-cost-negative-hint = бүкіл таралымның құнын теңгемен жазыңыз, мысалы cost = 45000, ал белгісіз болса, `cost` кілтін өшіріңіз
ledger-cost-not-whole = `cost` бүтін теңгемен жазылуы керек, ал қазір { $value }
ledger-cost-not-whole-hint = бүтін теңгеге дейін, тиынсыз дөңгелектеңіз: cost = { $rounded }
ledger-cost-not-a-number = `cost` бүтін теңге саны болуы керек, ал мұнда { $found }
ledger-cost-not-a-number-hint = санды цифрмен, тырнақшасыз, бос орынсыз және ₸ белгісінсіз жазыңыз, мысалы cost = 45000
ledger-cost-digits-hint = санды тырнақшасыз, бос орынсыз және ₸ белгісінсіз жазыңыз: cost = { $cost }
ledger-found-text = "{ $text }" мәтіні
ledger-found-date-time = уақыты көрсетілген `{ $value }` күні
ledger-found-number = `{ $value }` саны
ledger-found-boolean = `{ $value }`
ledger-found-list = тізім
ledger-found-table = кесте

# Recording a print run, and whether the copies in stock still carry the current text
# (src/ledger/mod.rs). $printed and $current are editions (fingerprints of the press PDF).
ledger-run-without-edition = таралым `edition` көрсетілмей жазылды: науқан файлдарында { $errors } қате бар, сондықтан кітапша жиналмайды
ledger-run-without-edition-hint = қателерді көру үшін `kitapsha check { $campaign }` командасын орындаңыз; кейін `edition` қай мәтіннің баспаға кеткенін көрсетеді
    .studio = қателерді көру үшін кітапшаны редакторда ашыңыз; кейін басылым қай мәтіннің баспаға кеткенін көрсетеді
ledger-edition-changed = { $campaign } науқанының мазмұны { $date } күнгі таралымнан кейін өзгерді: { $printed } басылымы басылған, ал қазір мазмұннан { $current } басылымы жиналады
ledger-edition-changed-hint = қоймадағы даналарда ескі мәтін тұр; жаңа мәтін басылғанда, сол таралымды жазыңыз, мысалы `kitapsha print-run { $campaign } --copies 300`
    .studio = қоймадағы даналарда ескі мәтін тұр; жаңа мәтін басылғанда, сол таралымды «Жаңа таралым» бөлімінде жазыңыз
ledger-edition-unknown = { $printed } басылымы қазіргі мәтінге әлі сай ма, анықтау мүмкін емес: { $campaign } кітапшасы қазір жиналмайды
ledger-edition-unknown-hint = себебін көру үшін `kitapsha check { $campaign }` командасын орындаңыз
    .studio = себебін көру үшін кітапшаны редакторда ашыңыз

# `kitapsha stock`: the table's headings, its total row and notes, and the CSV header row
# (src/ledger/stock.rs). The CSV header names the columns, with no comma inside a name.
stock-campaign = науқан
stock-printed = басылды
stock-handed-out = таратылды
stock-in-stock = қалдық
stock-cost = құны
stock-cost-per-copy = бір дананың құны
stock-last-hand-out = соңғы тарату
stock-total = барлығы
stock-content-changed-note = соңғы таралымнан кейін мазмұны өзгерді
stock-cost-note = құны мен бір дананың құны тек құны жазылған таралымдар бойынша есептелді

## Surveys, survey.toml and exports

# survey.toml. $indicator is survey-indicator-named or survey-indicator-numbered; $example,
# $before, $after and $change are lines of TOML to copy, shown as they are.
survey-too-many-indicators = сауалнамада { $count } көрсеткіш бар, ал kitapsha ең көбі { $max } көрсеткішті оқиды
survey-too-many-indicators-hint = есепке қатысты сұрақтарды қалдырып, қалған [[indicator]] кестелерін алып тастаңыз
survey-indicator-named = `{ $id }` көрсеткіші
survey-indicator-numbered = { $number }-көрсеткіш
survey-no-question = { $indicator }: `question` кілті жоқ
survey-no-question-hint = { $example } қосыңыз: сұрақтың қойылған кездегі мәтіні
survey-by-column-empty = `column` мәні бос
survey-by-column-hint = column = "group/sex" деп жазыңыз: нәтижелерді топтарға бөлетін экспорт бағаны (деректер санмен берілсе — топтар `by` кілтінде жазатын атау)
survey-by-no-column = бұл `by` ішінде `column` кілті жоқ
survey-by-no-name = бұл `by` ішінде `name` кілті жоқ
survey-by-no-name-hint = { $example } қосыңыз: бағанның есептегі атауы
survey-by-column-twice = `by` ішінде `{ $column }` бағаны екі рет көрсетілген
survey-by-column-twice-hint = әр бағанды бір рет көрсетіңіз
survey-target-hint = { $after } (науқаннан кейінгі хабардарлар үлесі) немесе { $change } (пайыздық тармақпен өсім) деп, бөлшекпен жазыңыз
survey-target-both = `target` ішінде `after` кілті де, `change` кілті де бар
survey-target-both-hint = бір көрсеткішке бір ғана мақсат қойылады; біреуін алып тастаңыз
survey-target-neither = `target` ішінде `after` кілті де, `change` кілті де жоқ
survey-target-percentage = `target.{ $key }` пайызбен емес, бөлшекпен жазылады: { $key } = { $fraction } деп жазғыңыз келген шығар?
survey-target-range = `target.{ $key }` мәні 0-ден үлкен және 1-ден аспайтын болуы керек, ал қазір { $value }
survey-no-id = { $number }-көрсеткіште `id` кілті жоқ
survey-id-hint = кіші латын әріптерімен, цифрлармен және сызықшамен қысқа атау жазыңыз, мысалы id = "knows-appeal-procedure"
survey-id-not-short = `id` мәні "{ $id }" қысқа атау емес
survey-id-twice = `{ $id }` идентификаторы екі көрсеткіште қолданылған
survey-id-twice-hint = әр көрсеткішке бөлек id беріңіз
survey-no-text = `{ $key }` ішінде { $lang ->
        [kk] қазақша
        [ru] орысша
       *[en] ағылшынша
    } мәтін жоқ
survey-no-text-hint = { $lang } = "…" қосыңыз: тұжырымдар үшін kk, ru және en үшеуі де керек
survey-design-effect-range = `design-effect` мәні 0-ден үлкен болуы керек, ал қазір { $value }
survey-design-effect-range-hint = қарапайым кездейсоқ іріктемеде дизайн әсері 1-ге тең, кластерлік іріктемеде әдетте 1,5–3 болады; белгісіз болса, кілтті алып тастаңыз
survey-design-effect-low = `design-effect` { $value } — 1-ден кем: аралықтар қарапайым кездейсоқ іріктемедегіден тар шығады
survey-design-effect-low-hint = мәнді тексеріңіз: кластерлік іріктемелерде дизайн әсері 1-ден жоғары болады
survey-no-data = { $indicator }: сауалнама жауаптары әлі жоқ, сондықтан сұрақ нәтижелерге кірмейді
survey-no-data-hint = `before` және `after` қосыңыз (файлдың басындағы түсініктемені қараңыз), ал дәл сол адамдардан екі рет сұралса — `paired`
survey-paired-and-independent = { $indicator }: `paired` кілті де, `before`/`after` кілттері де берілген
survey-paired-and-independent-hint = дәл сол адамдардан екі рет сұралса — `paired`, әйтпесе `before` және `after`; артығын алып тастаңыз
survey-no-after = { $indicator }: `before` бар, бірақ `after` әлі жоқ; науқаннан кейінгі сауалнама қосылғанда өзгеріс есептеледі, оған дейін сұрақ нәтижелерге кірмейді
survey-no-after-hint = { $example } қосыңыз
survey-no-before = { $indicator }: `after` бар, бірақ `before` жоқ; науқанға дейінгі сауалнамасыз өзгерісті есептеу мүмкін емес, сондықтан сұрақ нәтижелерге кірмейді
survey-no-before-hint = { $example } қосыңыз
survey-groups-without-by = { $indicator }: [[indicator.group]] топ сандары бар, бірақ `by` жоқ
survey-groups-without-by-hint = көрсеткішке { $example } қосыңыз; әр топтың `by` кілті осы бағандардың бірін атайды
survey-groups-with-csv = { $indicator }: жауаптар CSV экспорттарынан саналады, сондықтан kitapsha оларды `by` бойынша өзі бөледі
survey-groups-with-csv-hint = [[indicator.group]] кестелерін алып тастаңыз немесе экспорттардың орнына көрсеткіштің өз сандарын беріңіз
survey-by-one-csv = { $indicator }: `by` берілген, бірақ екі сауалнаманың біреуі ғана CSV экспортынан саналады
survey-by-one-csv-hint = екі сауалнаманы да өз экспорттарынан санаңыз немесе әр топтың сандарын [[indicator.group]] ішінде беріңіз
survey-by-without-groups = { $indicator }: `by` берілген, бірақ [[indicator.group]] топ сандары жоқ
survey-by-without-groups-hint = by = "…", value = "…" және топ сандары бар [[indicator.group]] кестелерін қосыңыз немесе жауаптарды CSV экспорттарынан санаңыз
survey-group-no-by = бұл [[indicator.group]] кестесінде `by` кілті жоқ
survey-group-no-by-hint = by = "{ $column }" қосыңыз: көрсеткіштің `by` бағандарының бірі
survey-group-unknown-by = { $indicator }: топтағы `by = "{ $by }"` бағаны көрсеткіштің `by` бағандарының арасында жоқ
survey-group-unknown-by-hint = мына бағандардың бірін жазыңыз: { $columns }
survey-group-no-value = бұл [[indicator.group]] кестесінде `value` кілті жоқ
survey-group-no-value-hint = value = "{ $example }" қосыңыз: топтың `{ $column }` бағанындағы мәні
survey-group-twice = `{ $column }` = `{ $value }` тобы екі рет берілген
survey-group-twice-hint = әр топтың сандарын бір рет беріңіз
survey-groups-exceed = { $indicator }: `{ $column }` бағаны бойынша топтардың қосындысы { $side ->
        [before] науқанға дейін
       *[after] науқаннан кейін
    } { $respondents } респондент ({ $aware } хабардар) — бұл бүкіл көрсеткіштегі { $whole } респонденттен ({ $whole_aware } хабардар) көп
survey-groups-exceed-hint = әр респондент бір бағанның ең көбі бір тобына жатады; сандарды тексеріңіз
survey-group-needs-independent = бұл топқа да, көрсеткіштегідей, `before` және `after` сандары керек
survey-group-needs-independent-hint = { $before } және { $after } қосыңыз
survey-group-needs-paired = бұл топқа да, көрсеткіштегідей, `paired` сандары керек
survey-group-needs-paired-hint = { $example } қосыңыз
survey-group-sample-extra = топтың `{ $key }` кестесінде тек `respondents` пен `aware` болады
survey-group-sample-extra-hint = топтың күндері мен дереккөзі көрсеткіштікімен бірдей; басқа кілттерді алып тастаңыз
survey-group-paired-dates = топтың `paired` кестесінде тек төрт сан болады
survey-group-paired-dates-hint = топтың күндері көрсеткіштікімен бірдей; before-date пен after-date кілттерін алып тастаңыз
survey-meaning-group-both = осы топта науқанға дейін де, одан кейін де хабардар болған адамдар саны
survey-meaning-group-only-before = осы топта тек науқанға дейін хабардар болған адамдар саны
survey-meaning-group-only-after = осы топта тек науқаннан кейін хабардар болған адамдар саны
survey-meaning-group-neither = осы топта екі жолы да хабардар болмаған адамдар саны
survey-group-paired-zero = топтың `paired` сандарының қосындысы 0-ге тең
survey-group-paired-zero-hint = топта екі рет сұралған адамдардың сандарын беріңіз
survey-dates-out-of-order = науқаннан кейінгі сауалнама ({ $after }) науқанға дейінгі сауалнамадан ({ $before }) кейін өткізілмеген
survey-dates-out-of-order-hint = `before` — науқанға дейінгі, `after` — науқаннан кейінгі сауалнама; күндерді тексеріңіз
survey-no-key = `{ $table }` ішінде `{ $key }` кілті жоқ
survey-counts-and-csv = `{ $key }` ішінде сандар да, CSV файлы да берілген
survey-counts-and-csv-hint = не respondents пен aware, не file, column, aware-if және not-aware-if беріңіз
survey-no-counts = `{ $key }` ішінде сандар жоқ
survey-no-counts-hint = respondents = … және aware = … немесе file = "surveys/….xlsx", column = "…", aware-if = ["…"] және not-aware-if = ["…"] қосыңыз
survey-meaning-respondents = сұраққа жауап берген адамдар саны
survey-meaning-aware = солардың ішінде хабардар болғандар саны
survey-respondents-zero = `respondents` мәні 0-ден үлкен болуы керек
survey-respondents-zero-hint = сұраққа жауап берген адамдар санын жазыңыз
survey-aware-exceeds = `aware` ({ $aware }) `respondents` мәнінен ({ $respondents }) үлкен
survey-aware-exceeds-hint = `aware` — жауап бергендердің ішіндегі хабардарлар саны, сондықтан ол `respondents` мәнінен аспайды
# $meaning is one of the survey-meaning-* messages.
survey-count-missing-hint = { $key } = … қосыңыз: { $meaning }
survey-count-negative = `{ $key }` мәні теріс бола алмайды, ал қазір { $value }
survey-count-negative-hint = { $meaning }: 0 немесе одан көп сан жазыңыз
survey-count-too-large = `{ $key }` мәні тым үлкен: { $value }
survey-count-too-large-hint = { $meaning }: нақты санды жазыңыз
survey-no-csv-hint = file = "{ $example }" қосыңыз: науқан қалтасындағы экспорт файлы (.csv не .xlsx)
survey-no-column-hint = column = "q3" қосыңыз: CSV файлындағы сұрақтың бағаны
survey-aware-if-hint = хабардар деп саналатын жауаптарды тізіп жазыңыз, мысалы { $example }
survey-aware-if-empty = `aware-if` тізімі бос
survey-by-column-not-in-csv = `by` ішіндегі `{ $column }` бағаны { $file } файлында жоқ; файлдағы бағандар: { $columns }
survey-column-did-you-mean = `{ $column }` деп жазғыңыз келген шығар?
survey-column-name-hint = бағанның толық атауын немесе соңғы / белгісінен кейінгі бөлігін жазыңыз
survey-columns-and-more = { $columns } және тағы { $more }
survey-by-column-ambiguous = `by` ішіндегі `{ $column }` атауына { $file } файлының бірнеше бағаны сәйкес келеді: { $columns }
survey-column-full-name-hint = толық атауын жазыңыз, мысалы column = "{ $example }"
survey-column-not-in-csv = `{ $column }` бағаны { $file } файлында жоқ; файлдағы бағандар: { $columns }
survey-column-ambiguous = `{ $column }` атауына { $file } файлының бірнеше бағаны сәйкес келеді: { $columns }
survey-column-no-answers = { $file } файлының `{ $column }` бағанында жауап жоқ (бос ұяшықтар: { $blank })
survey-column-no-answers-hint = баған да, файл да дұрыс па, тексеріңіз
survey-csv-folder-hint = экспорт файлын науқанның surveys/ қалтасына салып, { $key } = "{ $example }" деп жазыңыз
survey-csv-path-empty = { $kind ->
        [xlsx] Excel
       *[csv] CSV
    } файлының жолы бос
survey-csv-backslash = { $kind ->
        [xlsx] Excel
       *[csv] CSV
    } файлының "{ $path }" жолында кері қиғаш сызықтар бар
survey-csv-backslash-hint = қалталардың арасына / қойыңыз: { $key } = "{ $fixed }"
survey-csv-outside = "{ $path }" { $kind ->
        [xlsx] Excel
       *[csv] CSV
    } файлы науқан қалтасынан тыс жатыр
survey-csv-missing = "{ $path }" { $kind ->
        [xlsx] Excel
       *[csv] CSV
    } файлы жоқ
survey-csv-missing-hint = файл атауын тексеріңіз; ол { $folder } қалтасында болуы керек
survey-csv-not-a-file = "{ $path }" { $kind ->
        [xlsx] Excel
       *[csv] CSV
    } жолы файлды көрсетпейді
survey-csv-not-a-file-hint = қалтаны емес, экспортталған файлдың өзін (.csv не .xlsx) көрсетіңіз
survey-meaning-both = науқанға дейін де, одан кейін де хабардар болған адамдар саны
survey-meaning-only-before = науқанға дейін хабардар болып, одан кейін хабардар болмаған адамдар саны
survey-meaning-only-after = науқанға дейін хабардар болмай, одан кейін хабардар болған адамдар саны
survey-meaning-neither = екі жолы да хабардар болмаған адамдар саны
survey-paired-zero = `paired` сандарының қосындысы 0-ге тең
survey-paired-zero-hint = екі рет сұралған адамдардың сандарын беріңіз
survey-date-not-a-day = `{ $key }` ішінде уақыт емес, тек күн болуы керек
survey-date-not-a-day-hint = { $key } = { $example } деп жазыңыз
survey-date-missing-hint = { $key } = { $example } қосыңыз: { $when ->
        [before] науқанға дейінгі
       *[after] науқаннан кейінгі
    } сауалнама аяқталған күн

# A survey export (CSV).
csv-cannot-read-hint = файлды және оны оқуға рұқсатты тексеріңіз
csv-too-large = файл көлемі { $size } МБ, ал kitapsha көлемі { $max } МБ-тан аспайтын сауалнама экспорттарын ғана оқиды
csv-too-large-hint = тек осы сауалнаманың жауаптарын немесе тек керек бағандарды экспорттаңыз
csv-empty = файл бос
csv-empty-hint = сауалнаманы қайта экспорттаңыз: бірінші жолда бағандардың атаулары болуы керек
csv-too-many-rows = файлда { $max } жолдан артық жол бар
csv-too-many-rows-hint = тек осы сауалнаманың жауаптарын экспорттаңыз
csv-ragged-row = бұл жолда { $fields } өріс бар, ал тақырып жолында — { $header }
csv-ragged-row-hint = жауап ішіндегі бөлгіш "қос тырнақшада" тұруы керек; файлды сауалнама жүйесінен қайта экспорттаңыз
csv-answer-not-utf8 = бұл жауап UTF-8 кодтауында жазылмаған
csv-utf8-hint = CSV файлын UTF-8 кодтауында сақтаңыз (Excel-де: «Басқаша сақтау» → «CSV UTF-8»)
csv-utf16 = файл UTF-8 емес, UTF-16 кодтауында
csv-header-not-utf8 = бұл баған атауы UTF-8 кодтауында жазылмаған
csv-unclosed-quote = осы жерде басталған тырнақшадағы өріс жабылмаған
csv-unclosed-quote-hint = жабатын " белгісін қойыңыз немесе файлды қайта экспорттаңыз

# `kitapsha stats`: the table, its notes and headings. $level is written "95 %" (kk: "95%").
stats-no-results = таңдалған науқандарда сауалнама нәтижелері жоқ
stats-intro = Науқанға дейін және одан кейін хабардар болғандардың үлесі, %, жақшада — { $level } сенімділік аралығы; өзгеріс — «кейін» минус «дейін», пайыздық тармақпен. Шегініспен жазылған жолдар — респонденттер топтары; сауалнамалардың бірінде { $min } адамнан аз болған топты салыстыруға болмайды: тым аз.
stats-skipped = сауалнама нәтижелері жоқ (өткізіп жіберілді): { $campaigns }
stats-sentences-heading = Есептерге арналған { $lang ->
        [kk] қазақша
        [ru] орысша
       *[en] ағылшынша
    } тұжырымдар ({ $code }):
stats-column-campaign = науқан
stats-column-indicator = көрсеткіш
stats-column-before = дейін ({ $level })
stats-column-after = кейін ({ $level })
stats-column-change = өзгеріс ({ $level })
stats-column-test = критерий
stats-column-target = мақсат
stats-test-z = z-критерий
stats-test-mcnemar = Мак-Немардың дәл критерийі
stats-target-points = { $value } пайыздық тармақ
stats-target-met = { $target }: орындалды
stats-target-not-met = { $target }: орындалмады
stats-target-unclear = { $target }: белгісіз
stats-too-few = салыстыруға тым аз
stats-note-csv = { $name }: { $side ->
        [before] науқанға дейінгі сауалнама
       *[after] науқаннан кейінгі сауалнама
    }: { $file } файлының { $column } бағанынан саналды; бос жауаптар есепке алынбады: { $blank }
stats-note-paired = { $name }: { $people } адамның әрқайсысынан екі рет сұралды (екі жолы да хабардар — { $both }, тек науқанға дейін — { $only_before }, тек науқаннан кейін — { $only_after }, екі жолы да хабардар емес — { $neither }); үздіксіздікке түзету енгізілген Мак-Немардың хи-квадрат критерийі: p { $p }
stats-note-design-effect = { $name }: дизайн әсері { $effect }: аралықтар мен критерий іріктеменің тиімді көлемі бойынша есептелді: науқанға дейін { $before }, науқаннан кейін { $after }

## Places and the donor report

# places.toml.
places-no-name-in = бұл елді мекеннің `name` ішінде { $lang ->
        [kk] қазақша
        [ru] орысша
       *[en] ағылшынша
    } атауы жоқ
places-no-name-in-hint = { $lang } = "…" қосыңыз: картада ауылдың атауы есеп тілінде жазылады
places-no-name = бұл [[place]] кестесінде `name` кілті жоқ
places-no-name-hint = { $example } қосыңыз: кітапша тарату жазбаларында қолданылатын атаулар
places-twice = `{ $name }` елді мекені екі рет жазылған
places-twice-hint = әр ауылға бір ғана [[place]] кестесін қалдырыңыз
places-coordinate-hint = { $key } мәнін ондық градуспен жазыңыз, мысалы { $key } = { $example }
places-coordinate-range = `{ $key }` мәні -{ $limit } мен { $limit } аралығында болуы керек, ал қазір { $value }
places-no-coordinate = бұл [[place]] кестесінде `{ $key }` кілті жоқ

## What the commands print

no-project = бұл қалтада да, одан жоғары қалталарда да { $file } файлы жоқ
no-project-hint = kitapsha-ны жоба қалтасында іске қосыңыз немесе ол қалтаны --project ҚАЛТА арқылы көрсетіңіз
new-created = { $folder }/campaign.toml файлы жасалды: мәтінді соған жазып, содан кейін `kitapsha build { $id }` командасын орындаңыз
check-press-ink = { $campaign }: баспаханаға арналған PDF CMYK түстерінде, бояулардың ең үлкен қосындысы { $ink } % (шегі { $limit } %)
check-done = { $campaigns } науқан тексерілді
wrote = жазылды: { $path }
build-unchanged = { $files } файл өзгерген жоқ: олар бұрын дәл осы файлдардан жиналған (`kitapsha build --force` оларды қайта жинайды)
print-run-recorded = { $campaign } кітапшасының таралымы жазылды: { $copies } дана, { $date }, басылым { $edition }; қоймада { $in_stock } дана
print-run-recorded-without-edition = { $campaign } кітапшасының таралымы жазылды: { $copies } дана, { $date }; қоймада { $in_stock } дана
new-bad-id = `{ $id }` науқан идентификаторы бола алмайды
new-bad-id-hint = кіші латын әріптерін, цифрлар мен сызықшаларды қолданыңыз, бірінші таңба әріп болсын, мысалы kegen-youth
new-exists = мұндай науқан бұрыннан бар
new-exists-hint = басқа идентификатор таңдаңыз немесе бар campaign.toml файлын өңдеңіз
new-cannot-create = науқанды жасау мүмкін емес: { $reason }
init-not-a-folder = бұл қалта емес, файл: жоба қалта болуы керек
init-not-a-folder-hint = жаңа немесе бос қалтаны көрсетіңіз, мысалы `kitapsha init kitapshalar`
init-exists = мұнда жоба бұрыннан бар: { $file } файлы бар
init-exists-hint = сол жобамен жұмыс істеңіз (`kitapsha check`) немесе басқа қалтаны көрсетіңіз
init-cannot-create = жобаны жасау мүмкін емес: { $reason }
init-created = { $folder } жобасы жасалды: { $folder }/kitapsha.toml файлын толтырыңыз, содан кейін сол қалтада алғашқы кітапшаны `kitapsha new <id>` командасымен жасаңыз; әрі қарай не істеу керегі { $folder }/README.md файлында жазылған
project-placeholder = `{ $key }` кілтінде әлі үлгі мәтін тұр: «{ $text }»
    .studio = мұнда әлі үлгі мәтін тұр: «{ $text }»
project-placeholder-hint = оның орнына өз мәтініңізді тік жақшасыз жазыңыз; ол ауыстырылғанша кітапшалар мен есепте үлгі сол күйінде басылады
watch-no-campaign = бақылайтын науқан жоқ
watch-no-campaign-hint = науқанды `kitapsha new ID` командасымен жасаңыз
watch-cannot-serve = алдын ала қарауды { $port } портында ашу мүмкін емес: { $reason }
watch-serving = { $campaign } науқанын алдын ала қарау: { $address }  (тоқтату — Ctrl-C)
watch-built =
    { $build }-жинақ: { $pages } бет, { $ms } мс{ $problems ->
        [0] {""}
       *[other] , { $problems } мәселе
    }
hand-out-recorded = { $campaign } кітапшасының таратылғаны жазылды: { $copies } дана, { $place }, { $date }; қоймада { $in_stock } дана қалды

## The command line: help and usage errors

usage-unknown-argument = бұл командада { $arg } параметрі жоқ
usage-unknown-argument-suggested = бұл командада { $arg } параметрі жоқ; { $suggested } деп жазғыңыз келген шығар?
usage-unknown-command = kitapsha-да { $command } деген команда жоқ
usage-unknown-command-suggested = kitapsha-да { $command } деген команда жоқ; { $suggested } деп жазғыңыз келген шығар?
usage-invalid-value = { $arg } мәні «{ $value }» бола алмайды; мына мәндердің бірін жазыңыз: { $valid }
usage-value-refused = { $arg }: { $reason }
usage-missing-argument = мұнда { $arg } көрсетілуі керек
usage-missing-command = қай команданы орындау керегін көрсетіңіз
usage-conflict = { $arg } параметрін { $other } параметрімен бірге беруге болмайды
usage-unexpected-value = «{ $value }» мұнда артық
usage-not-utf8 = бұл командалық жолдың бір сөзі UTF-8 кодтауындағы мәтін емес; оны қайта теріңіз
usage-other = командалық жолды оқу мүмкін болмады ({ $detail })
usage-hint = `kitapsha --help` — командалар тізімі, `kitapsha <команда> --help` — бір команданың параметрлері
arg-copies-not-a-number = «{ $value }» — бүтін дана саны емес; мысалы, --copies 300 деп жазыңыз
    .studio = «{ $value }» — бүтін дана саны емес; тек санды жазыңыз, мысалы 300
arg-copies-not-positive = дана саны 0-ден көп болуы керек
arg-copies-too-many = { $value } дана тым көп; артық цифр жоқ па, тексеріңіз
arg-cost-not-whole = «{ $value }» — бүтін теңге емес; құнын тиынсыз жазыңыз, мысалы --cost 45000
    .studio = «{ $value }» — бүтін теңге емес; құнын тиынсыз жазыңыз, мысалы 45000
arg-cost-not-a-number = «{ $value }» — теңге саны емес; мысалы, --cost 45000 немесе --cost "45 000" деп жазыңыз
    .studio = «{ $value }» — теңге саны емес; мысалы, 45000 немесе 45 000 деп жазыңыз
arg-cost-negative = құн теріс сан бола алмайды
arg-cost-too-much = { $value } теңге бір таралым үшін тым көп; артық цифр жоқ па, тексеріңіз
arg-date-shape = «{ $value }» — күн емес; 2025-01-15 немесе 15.01.2025 түрінде жазыңыз
arg-date-not-real = { $value } деген күн жоқ
arg-date-future = { $date } — болашақтағы күн (бүгін { $today })
arg-text-empty = мән бос бола алмайды
arg-level-not-a-number = «{ $value }» — сан емес; деңгейді бөлшекпен жазыңыз, мысалы 0.95
arg-level-percent = деңгей бөлшекпен көрсетіледі: { $fraction } деп жазғыңыз келген шығар?
arg-level-range = деңгей — 0.5 пен 1 арасындағы бөлшек, мысалы 0.95
cli-heading-usage = Қолданылуы
cli-heading-commands = Командалар
cli-heading-options = Параметрлер
cli-heading-arguments = Аргументтер
cli-help = Осы анықтаманы көрсету
cli-version = Нұсқасын көрсету
cli-after-help = Командалық жолда жазылған файл жолдары ағымдағы қалтадан бастап есептеледі; команда әдепкі бойынша жазатын файлдар жоба қалтасына түседі (out/, booklets/). Хабарламалар тілін KITAPSHA_LANG=kk|ru|en анықтайды, ол болмаса — kitapsha.toml файлындағы [project] кестесінің messages мәні, ол да болмаса — жүйе тілі.
cli-about = Науқан файлдарынан басуға дайын екі тілді (қазақша және орысша) кітапшалар; таралым мен тарату есебі, хабардарлық статистикасы және донорға арналған есептер.
cli-project = Жоба қалтасы, kitapsha.toml жатқан қалта; көрсетілмесе, ағымдағы қалтадан бастап ізделеді
cli-new-about = booklets/<ID>/ қалтасын түсініктемелері бар әрі бірден жиналатын campaign.toml файлымен жасау
cli-new-id = Жаңа науқанның идентификаторы: кіші латын әріптері, цифрлар мен сызықшалар, мысалы kegen-youth
cli-init-about = DIR қалтасында өз ұйымыңыздың жобасын жасау: түсініктемелері бар kitapsha.toml, бос booklets/ қалтасы және әрі қарай не істеу керегі жазылған README
cli-init-dir = Жаңа жобаның қалтасы; жоқ болса, жасалады
cli-check-about = Мәтіндерді, суреттерді, мәтіннің беттерге сиюын, журналдар мен сауалнамаларды ештеңе жазбай тексеру; қате болса, шығу коды 1
cli-check-campaigns = Науқан идентификаторлары: booklets/ ішіндегі қалта атаулары (көрсетілмесе — бәрі)
cli-build-about = Науқандардың кітапшаларын (көрсетілмесе — бәрін) out/<id>/ қалтасына жинау
cli-build-campaigns = { cli-check-campaigns }
cli-build-out = PDF файлдарын қайда жазу керек; көрсетілмесе — жобаның out/ қалтасына
cli-build-reports = Донорға арналған есепті ағылшын, орыс және қазақ тілдерінде де жазу (report-<lang>.pdf)
cli-build-emit-typst = Әр PDF үшін дербес Typst жобасын осы қалтаға да жазу
cli-build-force = Өзгермегендерін қоса, барлық PDF файлын қайта жинау
cli-watch-about = Файл әр сақталған сайын науқанды қайта жинап, беттері мен қателерін браузерде көрсету
cli-watch-campaign = Бақыланатын науқан; көрсетілмесе — біріншісі
cli-watch-port = 127.0.0.1 мекенжайындағы алдын ала қарау порты: көрсетілмесе — 8737, 0 — кез келген бос порт
cli-print-run-about = Таралымды booklets/<CAMPAIGN>/print-runs.toml файлына оның басылымымен бірге жазу
cli-print-run-campaign = Науқан идентификаторы: booklets/ ішіндегі қалтасының атауы
cli-print-run-copies = Қанша кітапша басылды, мысалы 300
cli-print-run-date = Таралым күні: 2025-01-15 немесе 15.01.2025; көрсетілмесе — бүгін
cli-print-run-printer = Кім басып шығарды
cli-print-run-cost = Бүкіл таралымның құны, бүтін теңгемен, мысалы 45000 немесе "45 000"
cli-hand-out-about = Кітапшалардың таратылғанын жазу; қоймада сонша дана болмаса, жазылмайды
cli-hand-out-campaign = { cli-print-run-campaign }
cli-hand-out-copies = Қанша кітапша таратылды
cli-hand-out-place = Таратылған ауыл немесе қала
cli-hand-out-date = Таратылған күн: 2025-01-20 немесе 20.01.2025; көрсетілмесе — бүгін
cli-hand-out-by = Кім таратты
cli-stock-about = Әр науқан бойынша: басылды, таратылды, қалдық, құны және бір дананың құны, соңғы тарату
cli-stock-json = Кестенің орнына бағдарламаларға арналған JSON шығару
cli-stock-csv = Орыс немесе қазақ аймақтық баптаулары бар Excel-ге арналған CSV шығару (BOM белгісі бар UTF-8, «;», ондық үтір)
cli-stats-about = Әр науқанға дейінгі және кейінгі хабардарлық, сенімділік аралықтарымен және шынайы тұжырымдармен
cli-stats-campaigns = { cli-check-campaigns }
cli-stats-json = Кестенің орнына JSON шығару (үлестер мен тармақтар дөңгелектенбеген бөлшекпен)
cli-stats-lang = Тұжырымдар тілі: kk, ru немесе en; көрсетілмесе — үшеуі де
cli-stats-level = Аралықтардың сенімділік деңгейі, бөлшекпен: көрсетілмесе — 0.95
cli-report-about = Донорға арналған есепті бір A4 PDF файлына жазу: не басылып, не таратылды, қайда, қандай құнмен және хабардарлық қалай өзгерді
cli-report-lang = Есептің тілі: en, ru немесе kk; көрсетілмесе — en
cli-report-out = Қайда жазу керек; көрсетілмесе — жобадағы out/report-<lang>.pdf

## Survey exports from Excel; every answer counted as aware or not aware, none left unsorted

# survey.toml: an export named by `file` (.csv or .xlsx) and the sorting of its answers. $unsorted,
# $aware and $not_aware (in messages) list answers with their counts, e.g. "иә" 41, "да" 12, or
# are a dash; $example and, in hints, $aware and $not_aware are lines of TOML, shown as they are.
survey-csv-and-file = `{ $key }` ішінде `csv` те, `file` те берілген
survey-csv-and-file-hint = тек { $example } қалдырыңыз: `file` .csv және .xlsx экспорттарының екеуін де оқиды
survey-sheet-not-workbook = `sheet` тек Excel кітаптары үшін жазылады, ал { $file } — CSV файлы
survey-sheet-not-workbook-hint = sheet = "…" жолын алып тастаңыз немесе `file` ішінде .xlsx экспортын көрсетіңіз
survey-sheet-unknown = { $file } кітабында "{ $sheet }" парағы жоқ; ондағы парақтар: { $sheets }
survey-sheet-did-you-mean = sheet = "{ $sheet }" деп жазғыңыз келген шығар?
survey-sheet-name-hint = парақтың атауын кітаптың төменгі жағындағы жарлығынан көшіріңіз; `sheet` жазылмаса, бірінші парақ оқылады
survey-answers-in-both = { $answers } { $count ->
        [one] жауабы
       *[other] жауаптары
    } `aware-if` тізімінде де, `not-aware-if` тізімінде де бар
survey-answers-in-both-hint = жауап не хабардар, не хабардар емес деп саналады: әр жауапты екі тізімнің біреуінде ғана қалдырыңыз
survey-answers-unsorted = { $file } файлының `{ $column }` бағанында `aware-if` тізімінде де, `not-aware-if` тізімінде де жоқ жауаптар бар: { $unsorted }; хабардар деп саналғандары: { $aware }; хабардар емес деп саналғандары: { $not_aware }; бос жауаптар: { $blank }
survey-answers-unsorted-hint = әр жауапты өз тізіміне қосыңыз: хабардар дегенді білдірсе — { $aware }, білдірмесе — { $not_aware }
survey-no-not-aware-if = `{ $key }` ішінде `not-aware-if` жоқ, ал әр жауап не хабардар, не хабардар емес деп саналуы керек; { $file } файлының `{ $column }` бағанында `aware-if` тізімінен тыс мына жауаптар бар: { $unsorted }; хабардар деп саналғандары: { $aware }; бос жауаптар: { $blank }
survey-no-not-aware-if-hint = { $example } қосып, онда тек хабардар емес дегенді білдіретін жауаптарды қалдырыңыз; хабардар дегенді білдіретіндерін `aware-if` тізіміне көшіріңіз
survey-not-aware-if-hint = хабардар емес деп саналатын жауаптарды тізіп жазыңыз, мысалы { $example }
xlsx-not-a-workbook = бұл файл Excel кітабы (.xlsx) емес немесе ол бүлінген
xlsx-not-a-workbook-hint = оны Excel-де немесе LibreOffice-те ашып, Excel кітабы (.xlsx) ретінде қайта сақтаңыз немесе сауалнаманы қайта экспорттаңыз; CSV экспортының атауы .csv деп аяқталуы керек
csv-is-a-workbook = бұл файл CSV емес, Excel кітабы
csv-is-a-workbook-hint = файлдың атауы .xlsx деп аяқталатындай етіп өзгертіп, осы атауды `file` ішінде көрсетіңіз
xlsx-too-many-rows = парақта { $max } жолдан артық жол бар ({ $row }-жол)

# `kitapsha stats`: how the answers of an export were counted, below the note on its file.
stats-note-answers = { $name }: { $side ->
        [before] науқанға дейінгі сауалнама
       *[after] науқаннан кейінгі сауалнама
    }: хабардар: { $aware }; хабардар емес: { $not_aware }

## Ledger corrections (void), history and hand-out sheets

ledger-void-date-missing = `void` ішінде `date` жоқ: жазбаның қате екені анықталған күн
ledger-void-date-missing-hint = күнді тырнақшасыз, жылдан бастап жазыңыз, мысалы void = { "{" } date = { $today }, reason = "екі рет жазылған" { "}" }
ledger-void-reason-missing = `void` ішінде `reason` жоқ: жазбаның күші неге жойылғанын жазыңыз
ledger-void-reason-missing-hint = мысалы reason = "екі рет жазылған"; күші жойылған жазба журналда қалады, бірақ ешнәрсеге есептелмейді
ledger-void-before-record = күшін жою күні ({ $date }) жазбаның өз күнінен ({ $record }) бұрын
ledger-void-before-record-hint = жазбаны өзі туралы күннен бұрын қате деп тануға болмайды: { $record } немесе одан кейінгі күнді жазыңыз
void-no-records = { $number }-жазба жоқ: журналда әлі таралым да, тарату да жоқ
void-no-records-hint = ештеңе өзгертілген жоқ; таралымдар `kitapsha print-run { $campaign }`, таратулар `kitapsha hand-out { $campaign }` командасымен жазылады
void-no-such-record = { $number }-жазба жоқ: журналдағы жазбалардың нөмірлері: 1 – { $records }
void-no-such-record-hint = ештеңе өзгертілген жоқ; барлық жазбаны нөмірімен `kitapsha stock --history { $campaign }` командасы көрсетеді
    .studio = ештеңе өзгертілген жоқ; барлық жазба нөмірімен осы беттегі «Барлық жазба» бөлімінде тұр
void-already = { $number }-жазбаның күші бұрыннан жойылған (күні: { $date }, себебі: { $reason })
void-already-hint = ештеңе өзгертілген жоқ; күші жойылған жазба журналда қалады, бірақ ешнәрсеге есептелмейді. Басқа жазба қате болса, нөмірлерін `kitapsha stock --history` командасымен қараңыз
    .studio = ештеңе өзгертілген жоқ; күші жойылған жазба журналда қалады, бірақ ешнәрсеге есептелмейді. Басқа жазба қате болса, «Барлық жазба» бөлімінде соның күшін жойыңыз
void-no-reason = себебі жазылмаған
void-no-reason-hint = ештеңе өзгертілген жоқ; жазбаның неге қате екенін жазыңыз, мысалы --reason "екі рет жазылған"
void-before-record = { $number }-жазбаның күні — { $record }: оның күшін одан бұрынғы күннен ({ $date }) бастап жоюға болмайды
void-before-record-hint = ештеңе өзгертілген жоқ; --date параметрінде { $record } немесе одан кейінгі күнді көрсетіңіз, не --date параметрін мүлде жазбаңыз, сонда бүгінгі күн алынады
    .studio = ештеңе өзгертілген жоқ; { $record } немесе одан кейінгі күнді көрсетіңіз, не күнін бос қалдырыңыз, сонда бүгінгі күн алынады
void-overdraws = { $number }-жазбаның күшін жоюға болмайды: оның { $copies } данасынсыз одан кейін жазылған таратуларға қоймадағы дана жетпейді (төменде)
void-overdraws-hint = ештеңе өзгертілген жоқ. Ол даналар басқа таралымнан болса, алдымен сол таралымды `kitapsha print-run { $campaign }` командасымен жазыңыз; таратулар да қате болса, алдымен олардың күшін жойыңыз (нөмірлерін `kitapsha stock --history { $campaign }` көрсетеді)
    .studio = ештеңе өзгертілген жоқ. Ол даналар басқа таралымнан болса, алдымен сол таралымды «Жаңа таралым» бөлімінде жазыңыз; таратулар да қате болса, алдымен «Барлық жазба» бөлімінде олардың күшін жойыңыз
void-overdrawn-hand-out = { $number }-тарату: { $date }, { $place }, { $copies } дана, ал ол таралымсыз қоймада тек { $stock } дана болар еді
void-recorded =
    { $campaign } кітапшасының { $number }-жазбасының күші жойылды: { $kind ->
        [run] таралым
       *[other] тарату
    }, { $copies } дана, { $date } ({ $reason }); қоймада { $in_stock } дана
history-empty = журналда әлі таралым да, тарату да жазылмаған
history-number = №
history-date = күні
history-record = жазба
history-copies = дана
history-place = орны не баспахана
history-note = белгі
history-print-run = таралым
history-hand-out = тарату
history-void = КҮШІ ЖОЙЫЛДЫ { $date }: { $reason }
history-void-note = күші жойылған жазбалар журналда қалады, бірақ ешнәрсеге есептелмейді; `kitapsha void` жазбаны осында көрсетілген нөмірімен алады
sheet-unknown-format = kitapsha тарату кестелерін .xlsx және .csv файлдарынан оқиды, .{ $extension } файлынан емес
sheet-format-hint = Excel не LibreOffice-та кестені Excel кітабы (.xlsx) немесе CSV ретінде сақтап, сол файлды көрсетіңіз
sheet-too-large = файл көлемі { $size } МБ; тарату кестесі әлдеқайда кіші болады (ең көбі { $max } МБ)
sheet-cannot-read = файлды Excel кітабы (.xlsx) ретінде оқу мүмкін емес
sheet-cannot-read-hint = файлдың атын және оның басқа бағдарламада ашық тұрмағанын тексеріңіз
sheet-empty = кесте бос
sheet-empty-hint = бірінші жолға бағандардың атауларын (күні, елді мекен, саны, кім), одан төменгі әр жолға бір таратуды жазыңыз
sheet-no-rows = кестеде бағандардың атаулары бар, бірақ олардың астында бірде-бір тарату жоқ
sheet-no-rows-hint = бағандар атауларының астына әр жолға бір таратуды жазып, команданы қайта іске қосыңыз
sheet-column-missing =
    { $field ->
        [date] күн
        [place] елді мекен
        [copies] дана саны
       *[other] таратушы
    } бағаны жоқ; кестедегі бағандар: { $columns }
sheet-column-missing-hint = бірінші жолда сол бағанды мына атаулардың бірімен атаңыз (бас әріппен не кіші әріппен): { $names }
sheet-column-twice =
    { $field ->
        [date] күн
        [place] елді мекен
        [copies] дана саны
       *[other] таратушы
    } бағанына екі баған сәйкес келеді: { $first } және { $second }
sheet-column-twice-hint = kitapsha қайсысын оқу керегін білуі үшін біреуінің атын өзгертіңіз немесе оны өшіріңіз
sheet-cell-empty = { $column } бағаны ({ $header }) бос
sheet-date-hint = таратылған күнді жазыңыз, мысалы { $today } немесе 15.01.2025, не күн пішіміндегі ұяшықты қолданыңыз
sheet-place-hint = кітапшалар таратылған ауылды немесе қаланы жазыңыз
sheet-copies-hint = қанша дана таратылғанын бүтін санмен жазыңыз, мысалы 60
sheet-date-bad = { $column } бағанындағы ({ $header }) мән күн емес
sheet-date-bad-hint = «{ $value }» — kitapsha оқи алатын күн емес; оны { $today } немесе 15.01.2025 түрінде жазыңыз, не күн пішіміндегі ұяшықты қолданыңыз
sheet-date-future = { $column } бағанындағы ({ $header }) күн әлі келмеген
sheet-date-future-hint = { $date } әлі келген жоқ (бүгін { $today }): жыл мен айды тексеріңіз
sheet-copies-bad = { $column } бағанындағы ({ $header }) мән дана саны емес
sheet-copies-bad-hint = «{ $value }» — 0-ден үлкен бүтін сан емес; дана санын цифрмен жазыңыз, мысалы 60
sheet-nothing-recorded = ештеңе жазылмады: кестенің { $rows } жолында қате бар
sheet-nothing-recorded-hint = кесте не толық жазылады, не мүлде жазылмайды: жоғарыда көрсетілген жолдарды түзетіп (не жетпейтін таралымды алдымен `kitapsha print-run` командасымен жазып), сол команданы қайта іске қосыңыз
    .studio = кесте не толық жазылады, не мүлде жазылмайды: кестедегі жоғарыда көрсетілген жолдарды түзетіп (не жетпейтін таралымды алдымен «Жаңа таралым» бөлімінде жазып), кестені қайта жіберіңіз
sheet-recorded = { $campaign } кітапшасының кестедегі таратулары жазылды: { $rows } жол, барлығы { $copies } дана; қоймада { $in_stock } дана қалды
cli-void-about = Таралымның не таратудың күшін жою: жазба журналда қалады, бірақ ешнәрсеге есептелмейді
cli-void-campaign = { cli-print-run-campaign }
cli-void-number = Жазбаның нөмірі, `kitapsha stock --history НАУҚАН` көрсететіндей
cli-void-reason = Жазба неге қате, мысалы "екі рет жазылған"
cli-void-date = Қате анықталған күн: 2025-01-21 немесе 21.01.2025; көрсетілмесе — бүгін
cli-stock-history = Осы науқанның барлық таралымы мен таратуы нөмірлерімен; күші жойылғандары белгіленген
cli-hand-out-from-file = Еріктінің кестесі (.xlsx не .csv): күні, елді мекен, саны және қажет болса кім бағандары; не барлық жолы жазылады, не бірде-біреуі жазылмайды
arg-record-number = «{ $value }» — жазба нөмірі емес: `kitapsha stock --history` көрсететін нөмірді, 1-ден басталатын бүтін санды жазыңыз
    .studio = «{ $value }» — жазба нөмірі емес: «Барлық жазба» бөліміндегі нөмірді, 1-ден басталатын бүтін санды жазыңыз

## Word import
cli-import-about = Word құжаттарынан booklets/<ID>/campaign.toml файлын жасау, әр тілге бір құжаттан
cli-import-id = { cli-new-id }
cli-import-kk = Қазақша мәтін: Word құжаты (.docx)
cli-import-ru = Орысша мәтін: Word құжаты (.docx)
docx-save-again-hint = оны Word немесе LibreOffice бағдарламасында ашып, «Word құжаты (.docx)» ретінде қайта сақтаңыз
docx-old-word = бұл .docx емес: Word-тың ескі пішіміндегі құжат (.doc) немесе құпиясөзбен қорғалған құжат
docx-old-word-hint = оны Word немесе LibreOffice бағдарламасында ашып, құпиясөзсіз «Word құжаты (.docx)» ретінде сақтаңыз
docx-pdf = бұл Word құжаты емес, PDF файлы
docx-pdf-hint = осы PDF жасалған Word құжатын импорттаңыз немесе мәтінді Word-қа көшіріп, .docx ретінде сақтаңыз
docx-rtf = бұл .docx емес, RTF құжаты
docx-opendocument = бұл .docx емес, OpenDocument мәтіндік құжаты (.odt)
docx-opendocument-hint = LibreOffice-те «Файл ▸ Басқаша сақтау» тармағын таңдап, «Word 2007–365 (.docx)» түрін көрсетіңіз
docx-not-word = бұл Word құжаты (.docx) емес
docx-damaged-zip = Word құжаты зақымдалған және ашылмайды: ол толық көшірілмеген болуы мүмкін
docx-damaged-zip-hint = оны алынған жерінен қайта көшіріңіз немесе оны қалпына келтіре алатын Word бағдарламасында ашып, қайта сақтаңыз
docx-damaged = Word құжаты зақымдалған: оның { $part } бөлігі оқылмайды
docx-too-large = { $part } ашылғанда { $megabytes } МБ орын алады, ал ең көбі { $limit } МБ оқылады
docx-too-large-hint = құжаттағы суреттерді кішірейтіп (Word-та: «Сурет пішімі ▸ Суреттерді сығу»), құжатты қайта сақтаңыз
import-exists = науқанның мәтіні бұрыннан бар: ештеңе импортталған жоқ
import-exists-hint = қайта импорттау үшін алдымен { $file } файлын қалтадан шығарыңыз немесе басқа идентификатормен импорттаңыз: kitapsha import { $id }-2 …
    .studio = жаңа науқанға басқа қысқа атау таңдаңыз, мысалы { $id }-2
import-cannot-write = ештеңе импортталған жоқ: науқанды жазу мүмкін емес: { $reason }
import-district = Word құжаттарында аудан жоқ: мұқабада әзірге уақытша жазу тұр
import-district-hint = мұнда ауданның атауын әр тілде жазыңыз, мысалы: district = { "{" } kk = "Ұйғыр ауданы", ru = "Уйгурский район" { "}" }
import-second-picture =
    { $section ->
        [0] мұқабаға арналған бөлікте (бірінші тақырыпқа дейін) екінші сурет бар, { $picture }: тек біріншісі алынады
       *[other] { $section }-бөлімде екінші сурет бар, { $picture }: кітапшаға тек біріншісі қойылады
    }
import-second-picture-hint = бөлімде бір ғана сурет болады; екінші суретке өз тақырыбы бар жеке бөлім беріңіз
import-text-before-heading = бірінші тақырыпқа дейінгі мәтін кітапшаға кірмеді; ол «{ $start }» деп басталады
import-text-before-heading-hint = мұқабаға тек атауы («Заголовок» стилі, ағылшынша Word-та — Title) мен тақырыпшасы («Подзаголовок» стилі, Subtitle) шығады; мәтін бөлім болуы үшін оның үстіне «Заголовок 1» (Heading 1) стиліндегі тақырып қойыңыз
import-no-title = құжаттың атауы жоқ: бірде-бір абзацқа «Заголовок» (Title) стилі берілмеген
import-no-title-hint = Word-та кітапшаның атауын бірінші жолға жазып, оған «Заголовок» стилін беріңіз (ағылшынша Word-та — Title)
import-no-headings = құжатта тақырып жоқ: бірде-бір абзацқа «Заголовок 1» (Heading 1) стилі берілмеген
import-no-headings-hint = Word-та әр бөлімнің атауына «Заголовок 1» стилін беріңіз (ағылшынша Word-та — Heading 1): кітапшаның әр бөлімі осындай тақырыптан басталады
import-section-empty = { $number }-бөлімнің «{ $title }» тақырыбының астында мәтін жоқ
import-section-empty-hint = тақырыптың астына бөлімнің мәтінін жазыңыз немесе тақырыпты алып тастаңыз
import-outline-quote = дәйексөз «{ $start }»
import-outlines-differ =
    құжаттардың құрылымы бірдей емес: { $first } құжатында { $first_headings } тақырып, { $second } құжатында { $second_headings } тақырып бар, ал бөлімдер мен дәйексөздер ретімен жұптастырылады:
    { $outline }
import-outlines-differ-hint = екі құжатта да тақырыптар («Заголовок 1» стилі) мен дәйексөздер бірдей әрі бір ретпен болсын
import-pictures-differ = { $section }-бөлімдегі { $picture } суреті { $used } құжатындағы суреттен өзгеше; кітапшаның бөлімінде бір сурет болады, сол сурет алынады
import-pictures-differ-hint = екі құжатқа да бір суретті қойыңыз немесе суретті тек бірінші құжатқа қойыңыз
import-picture-format = { $picture } суреті кітапшада басып шығаруға болмайтын пішімде (мысалы, EMF, WMF немесе TIFF); ол алынбады
import-picture-format-hint = суретті PNG немесе JPEG пішімінде сақтап, құжатқа қайта қойыңыз
import-picture-linked = { $picture } суреті құжаттың ішіне қойылмаған, тек файлмен байланыстырылған; ол алынбады
import-picture-linked-hint = суретті құжаттың өзіне қойыңыз (Word-та: «Кірістіру ▸ Суреттер», «Файлмен байланыстыру» таңдалмасын)
import-picture-too-large = { $picture } суретінің көлемі { $megabytes } МБ, ал ең көбі { $limit } МБ болуы керек; ол алынбады
import-picture-missing = құжат { $picture } суретін атайды, бірақ сурет құжаттың ішінде жоқ; ол алынбады
import-toml-header = `kitapsha import` командасымен { $files } құжаттарынан импортталды. Кітапшаны `kitapsha build { $id }` командасымен жинаңыз; жинамай тексеру — `kitapsha check { $id }`.
import-toml-markdown = Әр мәтін әр тілде бөлек жазылады. """ және """ арасындағы мәтін бірнеше жолдан тұруы мүмкін; онда **қалың** және *көлбеу* әріпті, тізімдерді ("- " немесе "1. ") және сілтемелерді [мәтін](https://…) қолдануға болады.
import-toml-again = Енді кітапшаның мәтіні — осы файл: оны осы жерде түзетіңіз. Word құжаттарын қайта импорттау үшін алдымен бұл файлды қалтадан шығару керек.
import-toml-district = Word құжаттарында аудан жоқ: оның атауын әр тілде жазыңыз.
import-toml-caption-unused = Word құжатындағы суреттің астындағы жазу пайдаланылмады: ол бөлімде сурет болғанда және әр тілде сурет астындағы жазу болғанда ғана басылады.
import-done = { $file } жазылды: { $sections } бөлім, { $quotes } дәйексөз, { $pictures } сурет; оны `kitapsha check { $id }` командасымен тексеріп, `kitapsha build { $id }` командасымен жинаңыз

## exports
cli-stock-csv-comma = Үтірі мен ондық нүктесі бар CSV шығару — Excel емес басқа бағдарламаларға арналған
cli-stock-xlsx = Экрандағы кестенің орнына осы файлға Excel кітабын жазу
cli-stock-campaigns = Тек осы науқандар, үтір арқылы: kegen,raiymbek; көрсетілмесе — барлығы
cli-stock-from = Есептелетін бірінші күн, 2025-01-01 немесе 01.01.2025; көрсетілмесе — басынан бастап
cli-stock-to = Есептелетін соңғы күн, қоса алғанда; қалдық — оның соңындағы қалдық; көрсетілмесе — бүгінге дейін
cli-stats-xlsx = Экрандағы кестенің орнына осы файлға Excel кітабын жазу
cli-stats-from = Науқаннан кейінгі сауалнамасы осы күні немесе одан кейін өткен көрсеткіштерді ғана есептеу, 2025-01-01 немесе 01.01.2025
cli-stats-to = Науқаннан кейінгі сауалнамасы осы күні немесе одан бұрын өткен көрсеткіштерді ғана есептеу
cli-report-campaigns = { cli-stock-campaigns }
cli-report-from = Есеп қамтитын бірінші күн, 2025-01-01 немесе 01.01.2025; көрсетілмесе — бағдарламаның басы
cli-report-to = Есеп қамтитын соңғы күн, қоса алғанда; көрсетілмесе — бағдарламаның соңы
arg-campaign-empty = науқан атауы бос: науқандарды үтір арқылы, бос орынсыз және соңында үтірсіз жазыңыз
usage-from-after-to = --from { $from } күні --to { $to } күнінен кейін: мұндай кезеңге бірде-бір күн кірмейді
xlsx-sheet-stock = Қалдық
xlsx-sheet-stats = Хабардарлық
xlsx-group = топ
xlsx-question = сұрақ
xlsx-n-before = n дейін
xlsx-n-after = n кейін
xlsx-before = дейін
xlsx-after = кейін
xlsx-change = өзгеріс, пайыздық тармақ
xlsx-low = { $column }: төменгі шегі ({ $level })
xlsx-high = { $column }: жоғарғы шегі ({ $level })
xlsx-cannot-make = Excel кітабын құрастыру мүмкін болмады: { $detail }

## latin
# Where a text of a kk-latn block belongs, the $place of campaign-text-*.
campaign-place-cover-latin = латынша жазылған қазақша мұқаба
campaign-place-section-latin = { $number }-бөлімнің латынша жазылған қазақша мәтіні
campaign-place-quote-latin = { $number }-дәйексөздің латынша жазылған қазақша мәтіні
# $table is cover, section or quote.
campaign-latin-without-kazakh = [{ $table }.kk-latn] кестесі басылмайды: кітапшада қазақша мәтін жоқ
campaign-latin-without-kazakh-hint = [campaign] кестесіндегі `languages` тізіміне "kk" қосыңыз немесе бұл кестені алып тастаңыз
# A Kazakh word the Latin edition cannot spell. $word is the word, $letter the letter.
latin-unknown-letter = «{ $word }» деген қазақ сөзінде «{ $letter }» әрпі бар, ол қазақ әрпі емес: латын әліпбиінде оған әріп жоқ
latin-unknown-letter-hint = оның орнына тиісті қазақ әрпін жазыңыз немесе латынша мәтінді қазақша мәтіннің қасындағы kk-latn кестесіне өзіңіз жазыңыз, мысалы [section.kk-latn]
latin-latin-letter = «{ $word }» деген қазақ сөзінде қазақ әріптерінің арасында латынның «{ $letter }» әрпі тұр: латынша басылымда ол терілген күйінде қалады
latin-latin-letter-hint = сөзді тек қазақ әріптерімен қайта теріңіз: қазақтың «і» әрпінің орнына көбіне латынның «i» әрпі қойылады
## Editions (large print)
campaign-edition-unknown = «{ $edition }» деген басылым жоқ
campaign-edition-unknown-hint = `editions` ішіне жазуға болатыны: { $allowed }
campaign-edition-unknown-typo-hint = «{ $best }» болуы мүмкін бе? `editions` ішіне жазуға болатыны: { $allowed }
campaign-edition-twice = «{ $edition }» басылымы екі рет жазылған
campaign-edition-twice-hint = екіншісін өшіріңіз: әр басылым бір рет жасалады
cli-print-run-edition = Қай басылым басылды: standard (кәдімгі, әдепкі) немесе науқанның `editions` тізіміндегі біреуі, мысалы large-print
print-run-edition-unknown = { $campaign } науқанында «{ $edition }» басылымы жоқ: оның басылымдары — { $editions }. Басылым booklets/{ $campaign }/campaign.toml файлына қосылады, мысалы [booklet] бөлімінде editions = ["large-print"]
arg-edition-unknown = «{ $value }» деген басылым жоқ; --edition кейін жазуға болатыны: { $allowed }
    .studio = «{ $value }» деген басылым жоқ; мыналардың бірін таңдаңыз: { $allowed }
ledger-edition-kind-unknown = [[run]] ішінде «{ $kind }» деген басылым жоқ
ledger-edition-kind-unknown-hint = `kind` — басылған басылым: { $allowed }; кәдімгі кітапша үшін оны жазбаңыз
## accessibility
# $place is one of campaign-place-*; $table is the block, such as [section.kk] or [cover.ru].
campaign-alt-from-caption = { $place }: суреттің `alt` мәні жоқ, сондықтан мәтінді дауыстап оқитын бағдарлама оның орнына сурет астындағы жазуды оқиды
campaign-alt-from-caption-hint = { $table } кестесіне alt = "…" қосып, суретте не бейнеленгенін бір сөйлеммен жазыңыз; сурет тек безендіру үшін болса, alt = "" деп жазыңыз
campaign-alt-missing = { $place }: суреттің `alt` мәні де, `caption` мәні де жоқ — суретті көре алмайтын адам ол туралы ештеңе білмейді
campaign-alt-missing-hint = { $table } кестесіне alt = "…" қосып, суретте не бейнеленгенін бір сөйлеммен жазыңыз (зағип жандарға арналған бағдарламалар оны дауыстап оқиды); сурет тек безендіру үшін болса, alt = "" деп жазыңыз
import-picture-without-alt =
    { $section ->
        [0] мұқабадағы суреттің, { $picture },
       *[other] { $section }-бөлімдегі суреттің, { $picture },
    } құжатта балама мәтіні де, астындағы жазуы да жоқ: әзірге ол безендіру деп белгіленді (alt = "")
import-picture-without-alt-hint = суретті көре алмайтын оқырмандар үшін campaign.toml файлына суретте не бейнеленгенін жазыңыз, alt = "…" (Word-та: суретті тышқанның оң жағымен басып ▸ «Балама мәтінді өңдеу»)
import-toml-alt-missing = Word құжатында суреттің балама мәтіні жоқ: суретте не бейнеленгенін жазыңыз, alt = "…"; alt = "" сурет тек безендіру үшін екенін білдіреді.
## studio
cli-studio-about = Науқандарды браузерде, кітапша беттерінің қасында өңдеу
cli-studio-port = 127.0.0.1 мекенжайындағы порт: көрсетілмесе — 8738, 0 — кез келген бос порт
studio-cannot-serve = студияны { $port } портында ашу мүмкін емес: { $reason }
studio-serving = kitapsha studio: { $address }  (мекенжайды браузерде ашыңыз; тоқтату — Ctrl-C)
studio-file-broken = бұл файл TOML ретінде оқылмайды; алдымен оны мәтін редакторында түзетіңіз
studio-cannot-write = файлды сақтау мүмкін емес: { $reason }
studio-language-name = Қазақша
studio-title = студия
studio-home-heading = Бағдарлама
studio-home-intro = Жобаның барлық науқаны және олардың жай-күйі. Мәтінін өңдеу үшін науқанды ашыңыз.
studio-col-campaign = Науқан
studio-col-state = Жай-күйі
studio-col-pages = Бет саны
studio-col-printed = Басылды
studio-col-handed-out = Таратылды
studio-col-in-stock = Қоймада
studio-col-awareness = Хабардарлық
studio-state-errors = қате
studio-state-warnings = ескерту
studio-state-ok = дайын
studio-change = { $points } пайыздық тармақ
studio-edit = Өңдеу
studio-cover = Мұқаба
studio-section = Бөлім
studio-quote = Дәйексөз { $number }
studio-back = Артқы мұқаба
studio-field-title = Тақырып
studio-field-subtitle = Тақырыпша
studio-field-text = Мәтін
studio-field-caption = Сурет астындағы жазу
studio-field-alt = Суреттің сипаттамасы
studio-field-who = Кімнің сөзі
studio-field-image = Сурет (науқан қалтасындағы файл)
studio-field-link = Сілтеме (QR коды)
studio-lang-kk = Қазақша
studio-lang-ru = Орысша
studio-add-section = Бөлім қосу
studio-remove-section = Өшіру
studio-move-up = Жоғары
studio-move-down = Төмен
studio-save = Сақтау
studio-saved = Сақталды. Форманың қасында — жаңа нұсқаның беттері.
studio-invalid = Сақталмады: белгіленген жолдарды түзетіңіз. Мәтініңіз формада қалды.
studio-conflict = Сақталмады: сіз бұл бетті ашқаннан кейін campaign.toml файлын басқа біреу (немесе өзіңіз басқа қойындыда) өзгертті. Мәтініңіз формада қалды: керегін көшіріп алыңыз, файлды қазіргі күйінде ашып, түзетуді сонда енгізіңіз.
studio-conflict-changes = Файлда не өзгерді:
studio-reload = Файлды қазіргі күйінде ашу (жаңа қойынды)
studio-pages = Бет саны
studio-preview-none = Әзірге бет жоқ: науқанда қателер бар.
studio-back-home = Барлық науқан
studio-not-found = Бұл жобада мұндай науқан жоқ.
studio-toolbar-bold = Жуан
studio-toolbar-italic = Курсив
studio-toolbar-list = Тізім тармағы
studio-toolbar-link = Сілтеме
studio-link-prompt = Сілтеменің мекенжайы:

## studio ledger
studio-ledger-link = Таралымдар мен тарату
studio-ledger-heading = Таралымдар мен тарату
studio-ledger-recorded = Жазылды. Төмендегі сандар оны есептеп тұр.
studio-ledger-not-recorded = Ештеңе жазылмады: форманың қасында айтылғанды түзетіңіз. Енгізгеніңіз формада қалды.
studio-ledger-hand-out-heading = Кітапшаларды тарату
studio-ledger-print-run-heading = Жаңа таралым
studio-ledger-stock-heading = Қалдық
studio-ledger-places-heading = Ауылдар бойынша таратылғаны
studio-ledger-no-hand-outs = Тарату әлі жазылмаған.
studio-ledger-history-heading = Барлық жазба
studio-ledger-copies = Дана
studio-ledger-place = Ауыл не қала
studio-ledger-date = Күні
studio-ledger-date-hint = (бос болса — бүгін)
studio-ledger-by = Кім таратты
studio-ledger-printer = Баспахана
studio-ledger-cost = Бүкіл таралымның құны, теңге
studio-ledger-edition = Басылым
studio-ledger-standard = кәдімгі кітапша
studio-ledger-large-print = ірі қаріп
studio-ledger-latin = латын әліпбиіндегі қазақша
studio-ledger-record-hand-out = Таратуды жазу
studio-ledger-record-print-run = Таралымды жазу
studio-ledger-by-or-cost = кім таратты / құны
studio-ledger-void = Күшін жою…
studio-ledger-reason = Неге күшін жоясыз? (міндетті)
studio-ledger-void-date = Түзету күні (бос болса — бүгін)
studio-ledger-void-confirm = Жазбаның күшін жою
studio-ledger-void-since = КҮШІ ЖОЙЫЛДЫ { $date }: { $reason }
studio-ledger-void-note = Күші жойылған жазба журналда сызылған күйде қалады және ешнәрсеге есептелмейді. Ештеңе өшірілмейді.

## studio: access (the office network, users and roles)
users-role-editor = редактор
users-role-distributor = таратушы
users-role-coordinator = үйлестіруші
users-name-bad = «{ $name }» пайдаланушы аты бола алмайды
users-name-hint = әріптер мен цифрларды жазыңыз, олардың арасында «-», «_» не «.» болуы мүмкін, 32 таңбадан аспасын: мысалы aigul не erlan.b
users-written-twice = «{ $name }» пайдаланушысы бұл файлда екі рет жазылған
users-written-twice-hint = екі [[user]] блогының бірін өшіріңіз немесе пайдаланушыны `kitapsha user remove` командасымен өшіріп, қайта қосыңыз
users-not-a-hash = бұл kitapsha сақтаған құпиясөз емес
users-not-a-hash-hint = құпиясөз бұл файлға қолмен жазылмайды: оны `kitapsha user password { $name }` командасымен орнатыңыз
users-role-unknown = «{ $role }» деген рөл жоқ
users-role-unknown-hint = editor (редактор), distributor (таратушы) не coordinator (үйлестіруші) деп жазыңыз
users-name-taken = «{ $name }» деген пайдаланушы бар
users-name-taken-hint = басқа ат таңдаңыз немесе «{ $name }» үшін жаңа құпиясөз орнатыңыз: `kitapsha user password { $name }`
users-unknown = «{ $name }» деген пайдаланушы жоқ
users-unknown-hint = пайдаланушылар тізімі: `kitapsha user list`
users-last-coordinator = «{ $name }» — соңғы үйлестіруші: пайдаланушыларды басқаратын ешкім қалмайды
users-last-coordinator-hint = алдымен басқа пайдаланушыны үйлестіруші етіңіз
users-password-short = құпиясөз тым қысқа: кемінде { $min } таңба теріңіз
users-cannot-write = ештеңе өзгерген жоқ: users.toml файлын жазу мүмкін емес: { $reason }
users-file-what = Кеңсенің басқа компьютерлерінен `kitapsha studio --lan` жүйесіне кіре алатын адамдар және олардың рөлдері.
users-file-how = Оны `kitapsha user add`, `kitapsha user remove` және `kitapsha user password` командаларымен немесе студиядағы пайдаланушылар бетінде өзгертіңіз.
users-file-private = Құпиясөздер тек argon2id хеші түрінде сақталады. Бұл файлды кеңседе ұстаңыз: оны ешкімге жібермеңіз.
users-password-unreadable = құпиясөзді оқу мүмкін емес: { $reason }
users-password-prompt = { $name } үшін құпиясөз (терген кезде көрінбейді):{" "}
users-password-again = Сол құпиясөзді тағы бір рет:{" "}
users-password-mismatch = екі құпиясөз бірдей емес: ештеңе өзгерген жоқ
user-list-empty = Әзірге пайдаланушы жоқ: `kitapsha user add АТЫ --role coordinator` командасымен қосыңыз.
user-added = { $name } ({ $role }) users.toml файлына қосылды.
user-removed = { $name } users.toml файлынан өшірілді.
user-password-set = { $name } үшін жаңа құпиясөз сақталды.
cli-studio-lan = Студияны кеңсе желісіндегі басқа компьютерлерге де ашу, әркім өз атымен кіреді (пайдаланушы керек: kitapsha user add АТЫ)
cli-user-about = `kitapsha studio --lan` жүйесіне кіре алатын адамдар және олардың рөлдері (users.toml)
cli-user-add-about = Пайдаланушы қосу; құпиясөз екі рет сұралады және терген кезде көрінбейді (терминал болмаса, кірістен оқылады)
cli-user-add-name = Пайдаланушы аты: әріптер мен цифрлар, арасында -, _ не . болуы мүмкін
cli-user-add-role = Пайдаланушы нені өзгерте алады: editor — редактор (мәтіндер, суреттер, жинау; көрсетілмесе — осы), distributor — таратушы (тек тарату) не coordinator — үйлестіруші (бәрін, пайдаланушыларды да)
cli-user-list-about = Пайдаланушылар мен олардың рөлдерін көрсету
cli-user-remove-about = Пайдаланушыны өшіру
cli-user-remove-name = Пайдаланушы аты, `kitapsha user list` көрсеткендей
cli-user-password-about = Пайдаланушыға жаңа құпиясөз орнату (екі рет сұралады, терген кезде көрінбейді)
cli-user-password-name = Пайдаланушы аты, `kitapsha user list` көрсеткендей
studio-lan-no-users = ешкім кіре алмайды: пайдаланушысыз студия кеңсе желісіне ашылмайды
studio-lan-no-users-hint = алдымен өзіңізді қосыңыз: kitapsha user add АТЫ --role coordinator
studio-serving-lan = kitapsha studio кеңсе желісінде: { $address }  (басқа компьютерлерде осы мекенжайды ашыңыз; әркім өз атымен кіреді; тоқтату — Ctrl-C)
studio-serving-lan-port = kitapsha studio кеңсе желісінде, порт { $port }  (басқа компьютерлерде http://ОСЫ-КОМПЬЮТЕРДІҢ-МЕКЕНЖАЙЫ:{ $port }/ ашыңыз; тоқтату — Ctrl-C)
studio-access-or = не
studio-access-refused-heading = Рұқсат жоқ
studio-access-refused = Сіз { $name } ({ $role }) ретінде кірдіңіз. Мұны тек { $allowed } рөліндегі пайдаланушы жасай алады.
studio-access-nothing-changed = Ештеңе өзгерген жоқ. Мұны істеу керек болса, үйлестірушіге хабарласыңыз.
studio-access-logged-out = Сіз кірмегенсіз: сеанс бірнеше сағат жұмыссыз тұрғаннан кейін аяқталды немесе сіз шықтыңыз.
studio-access-logged-out-then = Ештеңе өзгерген жоқ. Қайта кіріп, өзгерісті қайта жасаңыз.
studio-users-link = Пайдаланушылар
studio-log-out = Шығу
studio-login-heading = Кіру
studio-login-intro = Осы кеңсенің студиясы. Үйлестіруші берген атпен және құпиясөзбен кіріңіз.
studio-login-name = Аты
studio-login-password = Құпиясөз
studio-login-button = Кіру
studio-login-forgot = Құпиясөзді ұмыттыңыз ба? Үйлестіруші жаңасын kitapsha user password АТЫ командасымен орната алады.
studio-login-wait = Қате құпиясөз тым көп терілді. { $minutes } минут күтіп, қайта көріңіз.
studio-login-wrong = Аты не құпиясөз дұрыс емес. Тексеріп, қайта көріңіз.
studio-users-heading = Пайдаланушылар
studio-users-done = users.toml файлына сақталды.
studio-users-not-done = Ештеңе өзгерген жоқ: себебі төменде.
studio-users-none = Әзірге пайдаланушы жоқ.
studio-users-name = Аты
studio-users-role = Рөлі
studio-users-change-role = Өзгерту
studio-users-remove = Өшіру
studio-users-remove-confirm = { $name } өшірілсін бе? Бұл пайдаланушы енді кіре алмайды.
studio-users-add-heading = Пайдаланушы қосу
studio-users-password = Алғашқы құпиясөз (кемінде 8 таңба; оны адамның өзіне айтыңыз)
studio-users-add = Қосу
studio-users-choose-role = Рөл таңдаңыз: редактор, таратушы не үйлестіруші.
studio-users-editor-may = мәтіндер, суреттер, жаңа науқандар, импорт, кітапшалар мен есепті жинау
studio-users-distributor-may = тек тарату мен таралымдар
studio-users-coordinator-may = бәрі, пайдаланушылар да
## studio: sheets and surveys
studio-nav-label = Осы науқанның бөлімдері
studio-upload-no-file = файл таңдалмады
studio-upload-unreadable = файл толық келмеді; оны таңдап, қайта жіберіңіз
studio-upload-too-large = файл бұл бетке тым үлкен: тарату кестесі 5 МБ-тан, сауалнама экспорты 20 МБ-тан аспауы керек
studio-upload-wrong-kind = { $name } — Excel кітабы (.xlsx) да, CSV файлы (.csv) да емес; оны Excel не LibreOffice-те осы түрлердің бірінде сақтап, сол файлды жіберіңіз
studio-upload-empty = { $name } файлы бос
studio-upload-not-workbook = { $name } атауы .xlsx, бірақ ол Excel кітабы емес; оны Excel не LibreOffice-те ашып, Excel кітабы (.xlsx) ретінде қайта сақтаңыз
studio-upload-not-text = { $name } атауы .csv, бірақ ол UTF-8 мәтіні емес; Excel-де сақтағанда «CSV UTF-8» таңдаңыз не .xlsx кітабын жіберіңіз
studio-upload-expired = бұрын жіберілген файл енді сақталмайды (студия қайта іске қосылды не содан бері көп файл жіберілді); оны қайта жіберіңіз
studio-sheet-summary = Не еріктінің бүкіл кестесін жазу (.xlsx не .csv)
studio-sheet-explain = Кестенің бірінші жолында «күні», «ауыл» және «саны» бағандары (қаласаңыз, «кім берді» де) болуы керек — қазақша, орысша не ағылшынша. Ештеңе жазылмай тұрып, әр жолды көресіз.
studio-sheet-file = Еріктінің кестесі
studio-sheet-file-hint = .xlsx не .csv
studio-sheet-preview = Жолдарды көрсету
studio-sheet-heading = Еріктінің кестесі
studio-sheet-check = Әзірге ештеңе жазылған жоқ. Жолдарды тексеріп, бәрін бірге жазыңыз.
studio-sheet-cannot-record = Бұл кестені жазуға болмайды: төменде айтылғанды кестенің өзінде түзетіп, сақтап, қайта жіберіңіз. Ештеңе жазылған жоқ.
studio-sheet-in-stock-now = Қазір қоймада
studio-sheet-copies = Кестедегі дана
studio-sheet-in-stock-after = Кестеден кейін қоймада
studio-sheet-rows = Жолдар жазылатын күйінде
studio-sheet-row = Жол
studio-sheet-record = Осы таратулардың бәрін жазу
studio-sheet-cancel = Жазбау
studio-sheet-again = Түзетілген кестені жіберу
studio-sheet-recorded = Кесте жазылды. Төмендегі сандар оны есептеп тұр.
studio-sheet-changed = жолдар көрсетілгеннен бері кесте не қойма өзгерді; жазбас бұрын жолдарды қайта қараңыз
studio-survey-link = Сауалнамалар
studio-survey-heading = Сауалнамалар
studio-survey-saved = survey.toml файлына сақталды. Төмендегі нәтижелер соны ескеріп есептелді.
studio-survey-not-saved = Ештеңе сақталған жоқ: пішіннің жанында не айтылғанын қараңыз.
studio-survey-results-heading = Нәтижелер
studio-survey-no-results = Әзірге нәтиже жоқ: survey.toml-да екі өлшемі де бар сұрақ жоқ, не онда жоғарыда айтылған қате бар.
studio-survey-before = Дейін
studio-survey-after = Кейін
studio-survey-respondents = сұралғаны:
studio-survey-change = Өзгеріс, пайыздық тармақ
studio-survey-counted-from = Мына файлдардан есептелді:
studio-survey-upload-heading = Сауалнама экспортын қосу
studio-survey-upload-explain = Бір сұрақтың бір өлшеміне KoboToolbox не ODK экспорты (.csv не .xlsx). Содан кейін сұрақтың бағанын таңдап, жауаптарды сұрыптайсыз; оған дейін ештеңе сақталмайды.
studio-survey-no-file = Бұл науқанда әлі сауалнама сұрақтары жоқ. Біріншісін төменде қосыңыз («Жаңа сұрақ»); содан кейін оның жүктемелерін осында жіберуге болады.
studio-survey-no-indicators = survey.toml файлында әлі сұрақ жоқ. Төменде сұрақ қосыңыз («Жаңа сұрақ»); содан кейін оның жүктемелерін осында жіберуге болады.
studio-survey-indicator = Сұрақ (survey.toml-дағы көрсеткіш)
studio-survey-round = Өлшем
studio-survey-file = Экспорт
studio-survey-file-hint = .csv не .xlsx, KoboToolbox не ODK бергендей
studio-survey-send = Жіберіп, бағанды таңдау
studio-survey-choose-indicator = экспорт қай сұраққа (көрсеткішке) тиесілі екенін таңдаңыз
studio-survey-choose-round = сауалнама науқанға дейін бе, кейін бе жүргізілгенін таңдаңыз
studio-survey-sort-heading = Жауаптарды сұрыптаңыз
studio-survey-column = Сұрақтың бағаны
studio-survey-column-choose = — бағанды таңдаңыз —
studio-survey-show-answers = Жауаптарын көрсету
studio-survey-choose-column = файлда мұндай баған жоқ; сұрақтың бағанын тізімнен таңдаңыз
studio-survey-too-many-answers = бұл бағанда { $max }-ден көп әртүрлі жауап бар — бұл «иә/жоқ» сұрағы емес; сұрақтың бағанын таңдаңыз
studio-survey-answers-heading = Осы бағандағы барлық жауап
studio-survey-answers-explain = Әр жауапты сұрыптаңыз: біледі, білмейді не жауап жоқ (бос жауап сияқты, сұралғандар қатарына кірмейді).
studio-survey-answer = Жауап
studio-survey-count = Саны
studio-survey-aware = біледі
studio-survey-not-aware = білмейді
studio-survey-missing = жауап жоқ
studio-survey-blank = (бос)
studio-survey-date = Осы өлшемнің күні
studio-survey-save = Сақтап, есептеу
studio-survey-left = Сақтау үшін барлық жауапты сұрыптаңыз.
studio-survey-cancel = Сақтамау
studio-survey-unsorted = { $count } жауап сұрыпталмаған: олар төменде белгіленді; әрқайсысына «біледі», «білмейді» не «жауап жоқ» дегенді таңдаңыз. Ештеңе сақталған жоқ.
studio-survey-conflict = сіз жұмыс істеп жатқанда survey.toml файлын басқа біреу өзгертті; ештеңе сақталған жоқ: сауалнамалар бетін қайта ашып, файлды қайта жіберіңіз
studio-survey-file-broken = survey.toml TOML ретінде оқылмайды; алдымен оны түзетіңіз (kitapsha check қай жерде екенін көрсетеді)
studio-survey-no-indicator = survey.toml-да id = "{ $indicator }" көрсеткіші жоқ
studio-survey-paired = «{ $indicator }» көрсеткіші жұп сандармен берілген (бір адамдардан екі рет сұралған); бір өлшемнің экспорты оларды алмастыра алмайды
studio-survey-date-bad = өлшемнің күні күн емес; оны күнтізбеден таңдаңыз
studio-survey-cannot-write = сауалнаманы сақтау мүмкін болмады: { $reason }
studio-sheet-rows-read = Кестеден оқылған жолдар
## studio: outputs
studio-outputs-link = Файлдар
studio-outputs-heading = Басуға және таратуға арналған файлдар
studio-outputs-intro = «Файлдарды жинау» PDF файлдарды мәтіндердің қазір сақталған күйінен жасайды. Соңғы жинаудан бері ештеңе өзгермесе, бұл бір сәтте бітеді.
studio-outputs-build = Файлдарды жинау
studio-outputs-built = Файлдар жиналды. Оларды төменнен жүктеп алыңыз.
studio-outputs-not-built = Файлдар жиналмады: төменде айтылғанды түзетіп, қайта жинаңыз.
studio-outputs-booklet = Кітапша
studio-outputs-large-print = Ірі қаріпті басылым
studio-outputs-latin = Қазақша мәтіні латын әліпбиіндегі басылым
studio-outputs-screen = Экраннан оқуға
studio-outputs-screen-note = Телефон не компьютерден оқуға және мессенджер не электрондық пошта арқылы жіберуге. Зағип жандарға арналған экран оқу бағдарламалары оны ретімен оқиды.
studio-outputs-press = Баспаханаға
studio-outputs-press-note = Басуға арналған түстер (CMYK), 3 мм кесуге қор және кесу белгілері (PDF/X-4). Бұл файлды баспаханаға жіберіңіз.
studio-outputs-press-summary = Баспаханаға анықтама
studio-outputs-press-summary-note = Қазақ және орыс тілдеріндегі бір бет: баспахана файлы қандай екенін айтады — өлшемі, беттер саны, кесуге қор, түстер, қалай жиналады. Оны баспахана файлымен бірге жіберіңіз.
studio-outputs-sheets = Кеңсе принтеріне
studio-outputs-sheets-note = Парақтың әр жағында екі беттен, бүктеу ретімен: екі жағына басыңыз (қысқа жиегінен аудару), ортасынан бүктеп, степлермен бекітіңіз.
studio-outputs-pages = Беттер
studio-outputs-download = Жүктеп алу
studio-outputs-missing = әлі жиналған жоқ
studio-outputs-kilobytes = { $size } КБ
studio-outputs-megabytes = { $size } МБ
studio-report-link = Донорға есеп
studio-report-heading = Донорға есеп
studio-report-intro = Донорға арналған есеп — A4 пішіміндегі бір PDF: не басылып, не таратылды, қайда, қанша тұрды және хабардарлық қалай өзгерді.
studio-report-language = Есептің тілі
studio-report-campaigns = Есепке кіретін науқандар
studio-report-period = Кезең
studio-report-period-hint = Есептелетін бірінші және соңғы күн, мысалы 2025-01-15 немесе 15.01.2025. Бос қалдырсаңыз — бүкіл бағдарлама.
studio-report-from = Бірінші күн
studio-report-to = Соңғы күн
studio-report-make = Есепті жасау
studio-report-made = Есеп дайын.
studio-report-not-made = Есеп жасалмады: пішінде айтылғанды түзетіңіз. Таңдағаныңыз сақталды.
studio-report-download = Есепті жүктеп алу
studio-report-existing = Бұрын жасалған есептер
studio-report-from-after-to = бірінші күн ({ $from }) соңғы күннен ({ $to }) кейін тұр: бұл кезеңге бірде-бір күн кірмейді. Күндердің орнын ауыстырыңыз.
studio-report-no-campaigns = кемінде бір науқанды белгілеңіз
## studio: editor
studio-picture-choose = Суретті таңдаңыз:
studio-picture-send = Суретті кітапшаға қою
studio-picture-drop = немесе суретті осы жақтауға сүйреп әкеліңіз. PNG, JPEG не SVG, 25 МБ-тан аспасын. Пішін онымен бірге сақталады.
studio-picture-none = Сурет жіберілмеді: алдымен сурет файлын таңдаңыз, содан кейін «Суретті кітапшаға қою» түймесін басыңыз.
studio-imported = Науқан Word құжаттарынан жасалды. Мәтіндерді және белгіленген өрістерді тексеріп, сақтаңыз.
studio-create-heading = Жаңа науқан
studio-new-heading = Бос науқан
studio-new-id = Науқанның қысқа аты (оның қалтасы)
studio-new-id-hint = кіші латын әріптері, сандар және сызықшалар, мысалы kegen-youth
studio-new-create = Науқан жасау
studio-import-heading = Word құжаттарынан
studio-import-kk = Қазақша мәтін (.docx)
studio-import-ru = Орысша мәтін (.docx)
studio-import-create = Құжаттардан науқан жасау
studio-import-no-files = Word құжаты жіберілмеді: қазақша және орысша .docx файлын таңдаңыз.
studio-add-quote = Дәйексөз қосу
studio-remove-quote = Дәйексөзді өшіру
studio-new-quote = Жаңа дәйексөз

## studio: a new survey question
studio-survey-question-heading = Жаңа сұрақ
studio-survey-question-explain = Сауалнама сұрағы — қалай қойылса, солай, әр тілде (донорға есеп үшін ағылшыншасы керек). Ол survey.toml файлына қосылады; содан кейін оның науқанға дейінгі және кейінгі жүктемелерін жоғарыда жіберіңіз.
studio-survey-question-id = Сұрақтың қысқа атауы
studio-survey-question-id-hint = кіші латын әріптері, сандар және дефис, мысалы knows-appeal-procedure
studio-survey-question-kk = Қазақша
studio-survey-question-ru = Орысша
studio-survey-question-en = Ағылшынша
studio-survey-measure = Нені өлшейді (міндетті емес)
studio-survey-measure-hint = Нәтиже туралы сөйлемдер басталатын бірнеше сөз — үш тілде де, не бірде-бірінде емес, мысалы «өтініш беру тәртібі туралы хабардарлық».
studio-survey-question-add = Сұрақты қосу
studio-survey-question-added = Сұрақ survey.toml файлына қосылды. Енді оның науқанға дейінгі сауалнама жүктемесін жіберіңіз.
studio-survey-question-no-id = сұрақтың қысқа атауы жоқ; оны жазыңыз, мысалы knows-appeal-procedure
studio-survey-question-exists = survey.toml файлында «{ $indicator }» деген сұрақ бар; басқа қысқа атау таңдаңыз немесе сол сұрақтың жүктемелерін жоғарыдағы формамен жіберіңіз

## studio: project settings
studio-settings-link = Жоба баптаулары
studio-settings-heading = Жоба баптаулары
studio-settings-explain = Әр кітапшаның соңғы бетінде басылатын ұйым және донорға есеп қамтитын бағдарлама. Бәрі kitapsha.toml файлында сақталады.
studio-settings-saved = kitapsha.toml файлына сақталды. Кітапшалар мен есептің келесі жинағы осыны алады.
studio-settings-not-saved = Ештеңе сақталған жоқ: өрістердің жанында не жазылғанын қараңыз.
studio-settings-changed = бұл бет ашық тұрғанда kitapsha.toml файлын басқа біреу өзгертті, сондықтан ештеңе сақталған жоқ; файлды қазіргі күйінде көру үшін бетті қайта ашып, өзгерістеріңізді қайта енгізіңіз
studio-settings-cannot-write = kitapsha.toml файлын сақтау мүмкін болмады: { $reason }
studio-settings-date = «{ $value }» — күн емес; күнді күнтізбеден таңдаңыз
studio-settings-optional = (бос қалдыруға болады)
studio-settings-organisation = Ұйым
studio-settings-programme = Бағдарлама
studio-settings-kitapsha = kitapsha
studio-settings-name = Атауы
studio-settings-address = Мекенжайы
studio-settings-hours = Жұмыс уақыты
studio-settings-phone = Телефон
studio-settings-email = Электрондық пошта
studio-settings-title = Бағдарламаның атауы
studio-settings-donor = Донор
studio-settings-funding = Донордың логотипі жанында басылатын қаржыландыру туралы сөйлем
studio-settings-from = Бағдарламаның бірінші күні
studio-settings-to = Бағдарламаның соңғы күні
studio-settings-messages = Командалық жол хабарламаларының тілі: kk, ru немесе en

## studio: the campaign's own texts in the editor
studio-campaign-block = Науқан
studio-field-district = Аудан
studio-field-topic = Кітапшаның тақырыбы
studio-field-district-en = Аудан ағылшынша (донорға есеп үшін)
studio-field-topic-en = Тақырып ағылшынша (донорға есеп үшін)

## studio: places of the map
studio-places-link = Картадағы жерлер
studio-places-heading = Есеп картасындағы жерлер
studio-places-explain = Донорға есептегі карта өзі білетін әр ауылда қанша дана таратылғанын көрсетеді. Ауыл атаулары (тарату жазбасында кез келгенін жазуға болады) мен координаттары арқылы белгілі. Бәрі places.toml файлында сақталады.
studio-places-added = Жер places.toml файлына қосылды; келесі есепте оның таратулары картада болады.
studio-places-not-added = Ештеңе қосылған жоқ: форманың жанында не жазылғанын қараңыз.
studio-places-missing-heading = Картада жоқ тарату жерлері
studio-places-missing-explain = Жер төменде қосылмайынша, есеп картасы бұл даналарды көрсетпейді. Сол атаудан бастау үшін оны басыңыз.
studio-places-copies = дана
studio-places-known-heading = Картаға белгілі жерлер
studio-places-none = Әзірге жер жоқ.
studio-places-names = Атаулары
studio-places-lat = Ендік
studio-places-lon = Бойлық
studio-places-lat-hint = ондық градуспен, мысалы 43.35 (экватордан солтүстікке қарай)
studio-places-lon-hint = ондық градуспен, мысалы 79.52 (Гринвичтен шығысқа қарай)
studio-places-source = Координаттар қайдан алынды
studio-places-source-hint = (бос қалдыруға болады; адамдар үшін, басылмайды)
studio-places-add-heading = Жер қосу
studio-places-add = Жерді қосу
studio-places-not-a-number = «{ $value }» — градус саны емес; оны нүктемен немесе үтірмен жазыңыз, мысалы 43.35
studio-places-file-broken = places.toml файлы TOML ретінде оқылмайды; алдымен оны түзетіңіз (kitapsha check қай жерде екенін көрсетеді)
studio-places-cannot-write = places.toml файлын сақтау мүмкін болмады: { $reason }

## studio: the booklet's size and layout in the editor
studio-field-format = Пішімі және бүктелуі
studio-field-bilingual = Екі тіл
studio-format-a5 = A5 кітапша (екіге бүктелген A4 парақ)
studio-format-a6 = A6 кітапша (қалта кітапша)
studio-format-a4-trifold = үшке бүктелген A4 парақша
studio-bilingual-flip = әр тіл өз мұқабасынан басталады (кітапшаны аударады)
studio-bilingual-sequential = бір тілден кейін екіншісі
studio-bilingual-parallel = қатар, бөлім-бөлімімен

## typesetting: a fault inside the layout engine
typeset-crashed = беттеу бағдарламасы осы құжатта тоқтап қалды: { $detail }
typeset-crashed-hint = бұл сіздің мәтініңіздегі қате емес, kitapsha-дағы ақау: бұл құжат жазылған жоқ. Осы хабарламаны жіберіп, ақау туралы хабарлаңыз.
