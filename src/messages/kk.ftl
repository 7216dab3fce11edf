# kitapsha хабарламалары қазақ тілінде. Әр тілге бір файл (kk.ftl, ru.ftl, en.ftl): хабарламалар
# бәрінде бірдей, бір ретпен. Кілттер, файл атаулары және пайдаланушының өз мәтіні хабарламаға
# аргумент ретінде беріліп, өзгеріссіз көрсетіледі.

## Text not yet moved into the catalogues (to be emptied)

verbatim = { $text }

## General

severity-error = қате
severity-warning = ескерту
hint-label = кеңес
summary-errors = kitapsha: { $errors } қате, { $warnings } ескерту

## Reasons a file cannot be read or written

io-not-found = ол жоқ
io-permission-denied = қол жеткізуге рұқсат жоқ
io-storage-full = диск толып қалған
io-other = { $error }
file-cannot-read = файлды оқу мүмкін емес: { $reason }

## Files: reading, TOML

## The project file, kitapsha.toml

## Campaign files, campaign.toml

## Pictures, fonts and fit

## Typesetting and PDFs

## The ledger, print-runs.toml

## Surveys, survey.toml and exports

# `kitapsha stats --level`: the value refused, and why.
arg-level-not-a-number = `{ $value }` сан емес: деңгейді бөлшекпен жазыңыз, мысалы 0.95
arg-level-percent = деңгей пайызбен емес, бөлшекпен жазылады: { $fraction } дегеніңіз бе?
arg-level-range = деңгей — 0.5 пен 1 аралығындағы бөлшек, мысалы 0.95

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
survey-target-both = `target` ішінде `after` те, `change` те бар
survey-target-both-hint = бір көрсеткішке бір ғана мақсат қойылады; біреуін алып тастаңыз
survey-target-neither = `target` ішінде `after` те, `change` те жоқ
survey-target-percentage = `target.{ $key }` пайызбен емес, бөлшекпен жазылады: { $key } = { $fraction } дегеніңіз бе?
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
survey-no-text-hint = { $lang } = "…" қосыңыз: сөйлемдер үшін kk, ru және en үшеуі де керек
survey-design-effect-range = `design-effect` мәні 0-ден үлкен болуы керек, ал қазір { $value }
survey-design-effect-range-hint = қарапайым кездейсоқ іріктемеде дизайн әсері 1-ге тең, кластерлік іріктемеде әдетте 1,5–3 болады; белгісіз болса, кілтті алып тастаңыз
survey-design-effect-low = `design-effect` { $value } — 1-ден кем: аралықтар қарапайым кездейсоқ іріктемедегіден тар шығады
survey-design-effect-low-hint = мәнді тексеріңіз: кластерлік іріктемелерде дизайн әсері 1-ден жоғары болады
survey-no-data = { $indicator }: сауалнама деректері жоқ
survey-no-data-hint = `before` пен `after` қосыңыз (файлдың басындағы түсініктемені қараңыз), ал дәл сол адамдардан екі рет сұралса — `paired`
survey-paired-and-independent = { $indicator }: `paired` те, `before`/`after` те берілген
survey-paired-and-independent-hint = дәл сол адамдардан екі рет сұралса — `paired`, әйтпесе `before` пен `after`; артығын алып тастаңыз
survey-no-after = { $indicator }: `before` бар, бірақ `after` жоқ
survey-no-after-hint = { $example } қосыңыз
survey-no-before = { $indicator }: `after` бар, бірақ `before` жоқ
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
survey-group-unknown-by = `by = "{ $by }"` тобы: көрсеткіштің `by` бағандарының арасында мұндай баған жоқ
survey-group-unknown-by-hint = мына бағандардың бірін жазыңыз: { $columns }
survey-group-no-value = бұл [[indicator.group]] кестесінде `value` кілті жоқ
survey-group-no-value-hint = value = "{ $example }" қосыңыз: топтың `{ $column }` бағанындағы мәні
survey-group-twice = `{ $column }` = `{ $value }` тобы екі рет берілген
survey-group-twice-hint = әр топтың сандарын бір рет беріңіз
survey-groups-exceed = `{ $column }` бағаны бойынша топтардың жиыны { $side ->
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
survey-counts-and-csv-hint = не respondents пен aware, не csv, column және aware-if беріңіз
survey-no-counts = `{ $key }` ішінде сандар жоқ
survey-no-counts-hint = respondents = … және aware = … немесе csv = "surveys/….csv", column = "…" және aware-if = ["…"] қосыңыз
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
survey-no-csv-hint = csv = "{ $example }" қосыңыз: науқан қалтасындағы экспорт файлы
survey-no-column-hint = column = "q3" қосыңыз: CSV файлындағы сұрақтың бағаны
survey-aware-if-hint = хабардар деп саналатын жауаптарды тізіп жазыңыз, мысалы { $example }
survey-aware-if-empty = `aware-if` тізімі бос
survey-by-column-not-in-csv = `by` ішіндегі `{ $column }` бағаны { $file } файлында жоқ; файлдағы бағандар: { $columns }
survey-column-did-you-mean = `{ $column }` дегеніңіз бе?
survey-column-name-hint = бағанның толық атауын немесе соңғы / белгісінен кейінгі бөлігін жазыңыз
survey-columns-and-more = { $columns } және тағы { $more }
survey-by-column-ambiguous = `by` ішіндегі `{ $column }` атауына { $file } файлының бірнеше бағаны сәйкес келеді: { $columns }
survey-column-full-name-hint = толық атауын жазыңыз, мысалы column = "{ $example }"
survey-column-not-in-csv = `{ $column }` бағаны { $file } файлында жоқ; файлдағы бағандар: { $columns }
survey-column-ambiguous = `{ $column }` атауына { $file } файлының бірнеше бағаны сәйкес келеді: { $columns }
survey-column-no-answers = { $file } файлының `{ $column }` бағанында жауап жоқ (бос ұяшықтар: { $blank })
survey-column-no-answers-hint = баған да, файл да дұрыс па, тексеріңіз
survey-aware-if-no-match = { $file } файлының `{ $column }` бағанындағы бірде-бір жауап `aware-if` тізіміне сәйкес келмейді
survey-aware-if-no-match-hint = жауаптардың арасында мыналар бар: { $answers }; хабардар дегенді білдіретіндерін тізіп жазыңыз
survey-csv-folder-hint = экспорт файлын науқанның surveys/ қалтасына салып, csv = "{ $example }" деп жазыңыз
survey-csv-path-empty = CSV файлының жолы бос
survey-csv-backslash = CSV файлының "{ $path }" жолында кері қиғаш сызықтар бар
survey-csv-backslash-hint = қалталардың арасына / қойыңыз: csv = "{ $fixed }"
survey-csv-outside = CSV файлы "{ $path }" науқан қалтасынан тыс жатыр
survey-csv-missing = CSV файлы "{ $path }" жоқ
survey-csv-missing-hint = файл атауын тексеріңіз; ол { $folder } қалтасында болуы керек
survey-csv-not-a-file = CSV жолы "{ $path }" файлды көрсетпейді
survey-csv-not-a-file-hint = қалтаны емес, экспортталған .csv файлының өзін көрсетіңіз
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
csv-too-many-rows = файлда { $max } жолдан көп
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
    } мәтін ({ $code }):
stats-column-campaign = науқан
stats-column-indicator = көрсеткіш
stats-column-before = дейін ({ $level })
stats-column-after = кейін ({ $level })
stats-column-change = өзгеріс ({ $level })
stats-column-test = критерий
stats-column-target = мақсат
stats-test-z = z-критерий
stats-test-mcnemar = Мак-Немардың дәл критерийі
stats-target-met = { $target }: орындалды
stats-target-not-met = { $target }: орындалмады
stats-target-unclear = { $target }: белгісіз
stats-too-few = салыстыруға тым аз
stats-note-csv = { $name }: { $side ->
        [before] науқанға дейінгі сауалнама
       *[after] науқаннан кейінгі сауалнама
    }: { $file } файлының { $column } бағанынан саналды; бос жауаптар есепке алынбады: { $blank }
stats-note-paired = { $name }: { $people } адамның әрқайсысынан екі рет сұралды (екі жолы да хабардар — { $both }, тек науқанға дейін — { $only_before }, тек науқаннан кейін — { $only_after }, екі жолы да хабардар емес — { $neither }); үздіксіздікке түзету енгізілген Мак-Немардың хи-квадрат критерийі: p { $p }
stats-note-design-effect = { $name }: дизайн әсері { $effect }: аралықтар мен критерий іріктеменің тиімді көлемі бойынша есептелді: { $before } және { $after }

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

## The command line: help and usage errors
