# Сообщения kitapsha на русском языке. По одному файлу на язык (kk.ftl, ru.ftl, en.ftl), с одними
# и теми же сообщениями в том же порядке. Ключи, имена файлов и текст пользователя передаются
# в сообщения как аргументы и показываются как есть.

## Text not yet moved into the catalogues (to be emptied)

verbatim = { $text }

## General

severity-error = ошибка
severity-warning = предупреждение
hint-label = подсказка
summary-errors = kitapsha: { $errors ->
        [one] { $errors } ошибка
        [few] { $errors } ошибки
       *[many] { $errors } ошибок
    }, { $warnings ->
        [one] { $warnings } предупреждение
        [few] { $warnings } предупреждения
       *[many] { $warnings } предупреждений
    }

## Reasons a file cannot be read or written

io-not-found = его нет
io-permission-denied = нет прав доступа
io-storage-full = диск заполнен
io-other = { $error }
file-cannot-read = не удаётся прочитать файл: { $reason }

## Files: reading, TOML

file-not-a-file = это не файл (а папка, устройство или канал)
file-not-a-file-hint = положите сюда сам файл
file-too-large = файл больше { $mib } МиБ — гораздо больше, чем читает kitapsha
file-too-large-hint = проверьте, тот ли это файл; изображения и выгрузки опросов хранятся в отдельных файлах
file-not-utf8 = файл сохранён не в кодировке UTF-8: строка { $line }, байт { $byte } в строке
file-not-utf8-hint = сохраните файл в кодировке UTF-8 (в Блокноте: «Сохранить как» → «Кодировка: UTF-8»)
file-outside-campaign = файл ведёт за пределы папки своей кампании
file-outside-campaign-hint = это символическая ссылка; положите в папку кампании сам файл
toml-unclosed-text = текст, который начинается здесь с { $quotes }, нигде не закрыт
toml-unclosed-text-hint = поставьте закрывающие { $quotes } отдельной строкой там, где текст кончается, — перед { $header }
toml-unclosed-text-at-end-hint = поставьте закрывающие { $quotes } отдельной строкой там, где текст кончается
toml-unclosed-quote = текст в кавычках не закрыт в этой строке
toml-unclosed-quote-hint = поставьте " в конце текста: { $key } = "…"; текст на несколько строк берут в тройные кавычки """
toml-cyrillic-key = в ключе `{ $key }` есть кириллическая буква { $letters }, похожая на латинскую; ключи пишутся латиницей
toml-cyrillic-key-hint = наберите ключ заново в английской раскладке: { $latin }
toml-curly-quotes = текст взят в кавычки { $opening }…{ $closing }, как их ставит текстовый редактор; TOML понимает только прямые кавычки "
toml-curly-quotes-hint = наберите прямые двойные кавычки (клавиша рядом с Enter, с Shift; в русской раскладке — Shift+2): { $key } = "…"
toml-backslash = обратная косая черта \ в тексте в двойных кавычках начинает специальный знак вроде \n, поэтому этот путь не читается
toml-backslash-hint = разделяйте папки знаком /: { $key } = { $fixed }
toml-date-written = «{ $written }» — в TOML даты так не пишутся
toml-date-written-hint = напишите сначала год, без кавычек: { $key } = { $iso }
toml-number-spaces = «{ $written }» — число с пробелами, а TOML такие не читает
toml-number-spaces-hint = напишите его без пробелов: { $key } = { $plain }
toml-more-errors =
    { $count ->
        [one] ещё { $count } синтаксическая ошибка не показана
        [few] ещё { $count } синтаксические ошибки не показаны
       *[many] ещё { $count } синтаксических ошибок не показано
    }
toml-more-errors-hint = сначала исправьте ошибки выше — остальные часто уходят вместе с ними
toml-too-deep = это не TOML: скобки вложены глубже 80 уровней
toml-too-deep-hint = в файлах kitapsha бывает не больше двух-трёх уровней скобок; найдите незакрытую скобку
toml-syntax = эта строка записана не по правилам TOML
toml-syntax-hint = проверьте кавычки и скобки в этой строке; текст пишется в "двойных кавычках", а если он на несколько строк — в """тройных кавычках"""
toml-this-table = этой таблице
toml-top-level = начале файла (вне таблиц)
toml-unknown-key = в { $table } нет ключа `{ $key }`
toml-unknown-key-typo-hint = может быть, `{ $best }`? Допустимые ключи: { $takes }
toml-unknown-key-cyrillic-hint = может быть, `{ $best }`? В ключе есть кириллическая буква { $letters }, похожая на латинскую: наберите ключ заново латиницей. Допустимые ключи: { $takes }
toml-no-keys-hint = здесь ключи не нужны; удалите `{ $key }`
toml-unknown-key-hint = допустимые ключи: { $takes }
toml-unknown-value = у `{ $key }` нет значения "{ $value }"
toml-unknown-value-typo-hint = может быть, "{ $best }"? Допустимые значения `{ $key }`: { $allowed }
toml-unknown-value-hint = допустимые значения `{ $key }`: { $allowed }
toml-missing-key = здесь не хватает `{ $key }`
toml-missing-key-hint = добавьте в эту таблицу `{ $key } = …`
toml-wrong-type =
    `{ $key }` должно быть { $expected ->
            [text] текстом в кавычках
            [whole-number] целым числом
            [number] числом
            [list] списком в [ ]
            [date] датой
            [yes-no] значением true или false
            [table] таблицей
           *[other] значением другого вида
        }, а здесь { $found }
toml-wrong-type-here =
    это значение должно быть { $expected ->
            [text] текстом в кавычках
            [whole-number] целым числом
            [number] числом
            [list] списком в [ ]
            [date] датой
            [yes-no] значением true или false
            [table] таблицей
           *[other] значением другого вида
        }, а здесь { $found }
toml-found-value =
    { $kind ->
        [whole-number] целое число `{ $value }`
        [number] число `{ $value }`
        [text] текст "{ $value }"
        [list] список
        [yes-no] `{ $value }`
        [table] таблица
        [date] дата `{ $value }`
       *[other] `{ $value }`
    }
toml-write-text-hint = возьмите текст в двойные кавычки: { $key } = "текст"
toml-write-whole-number-hint = напишите целое число без кавычек: { $key } = { $example }
toml-write-number-hint = напишите число без кавычек, дробную часть — через точку: { $key } = { $example }
toml-write-list-hint = запишите список в квадратных скобках: { $key } = ["kk", "ru"]
toml-write-date-hint = напишите дату без кавычек, начиная с года: { $key } = { $example }
toml-duplicate-key = `{ $key }` указан дважды
toml-duplicate-key-hint = оставьте один из них
toml-other = это значение не удаётся прочитать
toml-other-hint = посмотрите пример с пояснениями, который создаёт `kitapsha new`

## The project file, kitapsha.toml

campaign-unknown = кампании `{ $id }` нет
campaign-unknown-typo-hint = может быть, `{ $best }`? Есть кампании: { $known }
campaign-unknown-hint = есть кампании: { $known }
campaign-unknown-none-hint = в проекте пока нет кампаний; создайте кампанию командой `kitapsha new ID`
campaign-folder-cannot-open = не удаётся открыть папку кампании: { $reason }
project-folder-cannot-open = не удаётся открыть папку проекта: { $reason }
campaign-folder-outside = папка кампании ведёт за пределы папки проекта
campaign-folder-outside-hint = это символическая ссылка; скопируйте кампанию в { $booklets }/ вместо ссылки на неё
project-texts-missing = нет `{ $key }`
project-texts-missing-hint = добавьте с текстами на казахском, русском и английском: { $key } = {"{"} kk = "…", ru = "…", en = "…" {"}"}
project-text-missing-language =
    у `{ $key }` нет текста { $lang ->
            [kk] на казахском
            [ru] на русском
           *[en] на английском
        }
project-text-missing-language-hint = добавьте { $lang } = "…": файл проекта обращается к донорам на всех трёх языках — kk, ru и en
project-key-missing = нет `{ $key }`
project-key-missing-hint = добавьте { $key } = "…"
project-reached-negative = `reached` не может быть отрицательным
project-reached-negative-hint = укажите, скольких людей охватил проект, или удалите `reached`, если это неизвестно
project-activity-cost-negative = `cost` не может быть отрицательной
project-activity-cost-negative-hint = укажите стоимость проекта в тенге или удалите `cost`, если она неизвестна
project-logo-without-statement = `donor-logo` указан, а `funding-statement` нет
project-logo-without-statement-hint = логотип печатается рядом с упоминанием о финансировании: добавьте funding-statement = {"{"} kk = "…", ru = "…", en = "…" {"}"}
project-period-reversed = период программы кончается раньше, чем начинается: дата `to` раньше даты `from`
project-period-reversed-hint = поменяйте местами `from` и `to`
project-period-missing = нет `period`
project-period-missing-hint = добавьте period = {"{"} from = 2024-06-01, to = 2025-02-22 {"}"}
project-logo-format = `donor-logo` "{ $path }" — не файл SVG, PNG или JPEG
project-logo-format-hint = дайте логотип в формате .svg (лучше всего: он остаётся чётким в печати), .png или .jpg
project-logo-not-inside = это не файл внутри папки проекта
project-logo-cannot-read = не удаётся прочитать `donor-logo` "{ $path }": { $reason }
project-logo-cannot-read-hint = положите логотип в папку проекта и укажите путь от неё, например donor-logo = "booklets/donor.svg"
project-not-a-date = это не дата
project-not-a-date-hint = напишите дату без кавычек, начиная с года, например 2025-01-15

## Campaign files, campaign.toml

## Pictures, fonts and fit

## Typesetting and PDFs

typeset-failed = документ не удалось сверстать: { $detail }
typeset-failed-hint = это ошибка в шаблоне kitapsha, а не в вашем тексте; сообщите о ней, приложив это сообщение. { $typst_hints }
typeset-pages-not-four = в брошюре получилось { $pages } стр., а не число, кратное четырём
typeset-template-bug-hint = это ошибка в шаблоне kitapsha; сообщите о ней
pdf-cannot-make =
    не удалось создать { $what ->
            [press] PDF для типографии
            [sheets] PDF с листами для печати в офисе
            [report] PDF отчёта
           *[screen] PDF
        }: { $detail }
pdf-press-cannot-make-hint = дело в одном из изображений или в самом kitapsha; сообщите об этом, приложив это сообщение
pdf-ink-over-limit = в PDF для типографии сумма красок доходит до { $ink } %, больше предела в { $limit } %
pdf-ink-over-limit-hint = рисунок или изображение темнее, чем допускает профиль типографии; возьмите профиль, сделанный под предел краски этой типографии, или укажите в [print] `ink-limit`, который она принимает
typst-sources-cannot-write = не удаётся записать исходные файлы Typst: { $reason }
output-cannot-write = не удаётся записать файл: { $reason }
report-cannot-write = не удаётся записать отчёт: { $reason }
map-place-missing = места выдачи `{ $place }` нет в { $file }: на карте в отчёте не будет { $copies } экз., выданных там
map-place-missing-hint = добавьте в { $file } в корне проекта [[place]] с name = {"{"} kk = "…", ru = "…", en = "…" {"}"}, lat и lon

## The ledger, print-runs.toml

## Surveys, survey.toml and exports

# survey.toml. $indicator is survey-indicator-named or survey-indicator-numbered; $example,
# $before, $after and $change are lines of TOML to copy, shown as they are.
survey-too-many-indicators = в опросе { $count ->
        [one] { $count } показатель
        [few] { $count } показателя
       *[other] { $count } показателей
    }, а kitapsha читает не больше { $max }
survey-too-many-indicators-hint = оставьте вопросы, о которых говорится в отчёте, а остальные таблицы [[indicator]] удалите
survey-indicator-named = показатель `{ $id }`
survey-indicator-numbered = показатель № { $number }
survey-no-question = { $indicator }: нет ключа `question`
survey-no-question-hint = добавьте { $example } — вопрос в той формулировке, в какой его задавали
survey-by-column-empty = значение `column` пустое
survey-by-column-hint = напишите column = "group/sex" — столбец выгрузки, по которому разбить результаты (если данные заданы числами — название, которое группы указывают в `by`)
survey-by-no-column = в этом `by` нет ключа `column`
survey-by-no-name = в этом `by` нет ключа `name`
survey-by-no-name-hint = добавьте { $example } — так столбец будет назван в отчёте
survey-by-column-twice = в `by` столбец `{ $column }` указан дважды
survey-by-column-twice-hint = укажите каждый столбец один раз
survey-target-hint = напишите { $after } (доля осведомлённых после кампании) или { $change } (рост в процентных пунктах), в виде долей
survey-target-both = в `target` заданы и `after`, и `change`
survey-target-both-hint = у показателя может быть только одна цель; лишнюю уберите
survey-target-neither = в `target` нет ни `after`, ни `change`
survey-target-percentage = `target.{ $key }` задаётся долей, а не в процентах: возможно, вы имели в виду { $key } = { $fraction }?
survey-target-range = значение `target.{ $key }` должно быть больше 0 и не больше 1, а сейчас { $value }
survey-no-id = у показателя № { $number } нет ключа `id`
survey-id-hint = напишите короткое имя строчными латинскими буквами, цифрами и дефисами, например id = "knows-appeal-procedure"
survey-id-not-short = значение `id` "{ $id }" не подходит: нужно короткое имя
survey-id-twice = идентификатор показателя `{ $id }` использован дважды
survey-id-twice-hint = дайте каждому показателю свой id
survey-no-text = в `{ $key }` нет текста { $lang ->
        [kk] на казахском
        [ru] на русском
       *[en] на английском
    }
survey-no-text-hint = добавьте { $lang } = "…": для фраз нужны все три языка — kk, ru и en
survey-design-effect-range = значение `design-effect` должно быть больше 0, а сейчас { $value }
survey-design-effect-range-hint = у простой случайной выборки дизайн-эффект равен 1, у кластерной обычно от 1,5 до 3; если он неизвестен, удалите ключ
survey-design-effect-low = `design-effect` { $value } меньше 1: интервалы получатся уже, чем у простой случайной выборки
survey-design-effect-low-hint = проверьте значение: у кластерных выборок дизайн-эффект больше 1
survey-no-data = { $indicator }: нет данных опроса
survey-no-data-hint = добавьте `before` и `after` (см. комментарий в начале файла) или `paired`, если одних и тех же людей опросили дважды
survey-paired-and-independent = { $indicator }: заданы и `paired`, и `before`/`after`
survey-paired-and-independent-hint = `paired` — если одних и тех же людей опросили дважды, иначе `before` и `after`; лишнее уберите
survey-no-after = { $indicator }: есть `before`, но нет `after`
survey-no-after-hint = добавьте { $example }
survey-no-before = { $indicator }: есть `after`, но нет `before`
survey-no-before-hint = добавьте { $example }
survey-groups-without-by = { $indicator }: есть числа групп [[indicator.group]], но нет `by`
survey-groups-without-by-hint = добавьте в показатель { $example }; `by` каждой группы называет один из этих столбцов
survey-groups-with-csv = { $indicator }: ответы подсчитываются по выгрузкам CSV, поэтому kitapsha сам разбивает их по `by`
survey-groups-with-csv-hint = удалите таблицы [[indicator.group]] или вместо выгрузок укажите числа самого показателя
survey-by-one-csv = { $indicator }: задан `by`, но по выгрузке CSV подсчитывается только один из двух опросов
survey-by-one-csv-hint = подсчитайте оба опроса по их выгрузкам или укажите числа каждой группы в [[indicator.group]]
survey-by-without-groups = { $indicator }: задан `by`, но нет чисел групп [[indicator.group]]
survey-by-without-groups-hint = добавьте таблицы [[indicator.group]] с by = "…", value = "…" и числами группы или подсчитайте ответы по выгрузкам CSV
survey-group-no-by = в этой таблице [[indicator.group]] нет ключа `by`
survey-group-no-by-hint = добавьте by = "{ $column }" — один из столбцов `by` показателя
survey-group-unknown-by = группа `by = "{ $by }"`: среди столбцов `by` показателя такого нет
survey-group-unknown-by-hint = укажите один из столбцов: { $columns }
survey-group-no-value = в этой таблице [[indicator.group]] нет ключа `value`
survey-group-no-value-hint = добавьте value = "{ $example }" — значение группы в столбце `{ $column }`
survey-group-twice = группа `{ $column }` = `{ $value }` указана дважды
survey-group-twice-hint = укажите числа каждой группы один раз
survey-groups-exceed = в сумме по группам столбца `{ $column }` { $side ->
        [before] до кампании
       *[after] после кампании
    } { $respondents ->
        [one] { $respondents } респондент
        [few] { $respondents } респондента
       *[other] { $respondents } респондентов
    } (осведомлены { $aware }), а во всём показателе только { $whole } (осведомлены { $whole_aware })
survey-groups-exceed-hint = каждый респондент входит не больше чем в одну группу столбца; проверьте числа
survey-group-needs-independent = этой группе, как и её показателю, нужны числа `before` и `after`
survey-group-needs-independent-hint = добавьте { $before } и { $after }
survey-group-needs-paired = этой группе, как и её показателю, нужны парные числа `paired`
survey-group-needs-paired-hint = добавьте { $example }
survey-group-sample-extra = в `{ $key }` группы допустимы только `respondents` и `aware`
survey-group-sample-extra-hint = даты и источник у группы те же, что у показателя; остальные ключи уберите
survey-group-paired-dates = в `paired` группы допустимы только четыре числа
survey-group-paired-dates-hint = даты у группы те же, что у показателя; уберите before-date и after-date
survey-meaning-group-both = число людей этой группы, осведомлённых и до кампании, и после неё
survey-meaning-group-only-before = число людей этой группы, осведомлённых только до кампании
survey-meaning-group-only-after = число людей этой группы, осведомлённых только после кампании
survey-meaning-group-neither = число людей этой группы, не осведомлённых ни до кампании, ни после неё
survey-group-paired-zero = сумма чисел `paired` этой группы равна 0
survey-group-paired-zero-hint = укажите числа для людей этой группы, которых опросили дважды
survey-dates-out-of-order = опрос после кампании ({ $after }) проведён не позже опроса до неё ({ $before })
survey-dates-out-of-order-hint = `before` — опрос до кампании, `after` — после неё; проверьте даты
survey-no-key = в `{ $table }` нет ключа `{ $key }`
survey-counts-and-csv = в `{ $key }` заданы и числа, и файл CSV
survey-counts-and-csv-hint = укажите либо respondents и aware, либо csv, column и aware-if
survey-no-counts = в `{ $key }` нет чисел
survey-no-counts-hint = добавьте respondents = … и aware = … или csv = "surveys/….csv", column = "…" и aware-if = ["…"]
survey-meaning-respondents = число людей, ответивших на вопрос
survey-meaning-aware = число осведомлённых среди них
survey-respondents-zero = значение `respondents` должно быть больше 0
survey-respondents-zero-hint = укажите, сколько людей ответили на вопрос
survey-aware-exceeds = `aware` ({ $aware }) больше, чем `respondents` ({ $respondents })
survey-aware-exceeds-hint = `aware` — это число осведомлённых среди ответивших, поэтому оно не может превышать `respondents`
# $meaning is one of the survey-meaning-* messages.
survey-count-missing-hint = добавьте { $key } = … — { $meaning }
survey-count-negative = значение `{ $key }` не может быть отрицательным, а сейчас { $value }
survey-count-negative-hint = укажите { $meaning }: 0 или больше
survey-count-too-large = значение `{ $key }` слишком велико: { $value }
survey-count-too-large-hint = укажите { $meaning }
survey-no-csv-hint = добавьте csv = "{ $example }" — выгрузку, лежащую в папке кампании
survey-no-column-hint = добавьте column = "q3" — столбец вопроса в файле CSV
survey-aware-if-hint = перечислите ответы, означающие, что человек осведомлён, например { $example }
survey-aware-if-empty = список `aware-if` пуст
survey-by-column-not-in-csv = столбца `{ $column }` из `by` нет в файле { $file }; его столбцы: { $columns }
survey-column-did-you-mean = возможно, вы имели в виду `{ $column }`?
survey-column-name-hint = напишите полное имя столбца или часть имени после последней /
survey-columns-and-more = { $columns } и ещё { $more }
survey-by-column-ambiguous = имени `{ $column }` из `by` соответствуют несколько столбцов файла { $file }: { $columns }
survey-column-full-name-hint = напишите полное имя, например column = "{ $example }"
survey-column-not-in-csv = столбца `{ $column }` нет в файле { $file }; его столбцы: { $columns }
survey-column-ambiguous = имени `{ $column }` соответствуют несколько столбцов файла { $file }: { $columns }
survey-column-no-answers = в столбце `{ $column }` файла { $file } нет ответов (пустых ячеек: { $blank })
survey-column-no-answers-hint = проверьте, тот ли это столбец и тот ли файл
survey-aware-if-no-match = ни один ответ в столбце `{ $column }` файла { $file } не совпадает с `aware-if`
survey-aware-if-no-match-hint = среди ответов есть { $answers }; перечислите те, что означают осведомлённость
survey-csv-folder-hint = положите выгрузку в папку surveys/ кампании и напишите csv = "{ $example }"
survey-csv-path-empty = путь к файлу CSV пуст
survey-csv-backslash = в пути к файлу CSV "{ $path }" стоят обратные косые черты
survey-csv-backslash-hint = разделяйте папки знаком /: csv = "{ $fixed }"
survey-csv-outside = файл CSV "{ $path }" лежит вне папки кампании
survey-csv-missing = файла CSV "{ $path }" нет
survey-csv-missing-hint = проверьте имя файла; он должен лежать в { $folder }
survey-csv-not-a-file = путь к CSV "{ $path }" ведёт не к файлу
survey-csv-not-a-file-hint = укажите сам выгруженный файл .csv, а не папку
survey-meaning-both = число людей, осведомлённых и до кампании, и после неё
survey-meaning-only-before = число людей, осведомлённых до кампании, но не после неё
survey-meaning-only-after = число людей, осведомлённых после кампании, но не до неё
survey-meaning-neither = число людей, не осведомлённых ни до кампании, ни после неё
survey-paired-zero = сумма чисел `paired` равна 0
survey-paired-zero-hint = укажите числа для людей, которых опросили дважды
survey-date-not-a-day = в `{ $key }` должна быть только дата, без времени
survey-date-not-a-day-hint = напишите { $key } = { $example }
survey-date-missing-hint = добавьте { $key } = { $example } — день, когда закончился опрос { $when ->
        [before] до кампании
       *[after] после кампании
    }

# A survey export (CSV).
csv-cannot-read-hint = проверьте файл и права доступа к нему
csv-too-large = размер файла — { $size } МБ, а kitapsha читает выгрузки опросов размером не больше { $max } МБ
csv-too-large-hint = выгрузите только анкеты этого опроса или только нужные столбцы
csv-empty = файл пуст
csv-empty-hint = выгрузите опрос заново: в первой строке должны быть названия столбцов
csv-too-many-rows = в файле больше { $max } { $max ->
        [one] строки
       *[other] строк
    }
csv-too-many-rows-hint = выгрузите только анкеты этого опроса
csv-ragged-row = в этой строке { $fields ->
        [one] { $fields } поле
        [few] { $fields } поля
       *[other] { $fields } полей
    }, а в заголовке { $header }
csv-ragged-row-hint = разделитель внутри ответа должен стоять в "двойных кавычках"; выгрузите файл из системы опросов заново
csv-answer-not-utf8 = этот ответ записан не в кодировке UTF-8
csv-utf8-hint = сохраните CSV в кодировке UTF-8 (в Excel: «Сохранить как» → «CSV UTF-8»)
csv-utf16 = файл в кодировке UTF-16, а нужна UTF-8
csv-header-not-utf8 = это название столбца записано не в кодировке UTF-8
csv-unclosed-quote = поле в кавычках, которое начинается здесь, нигде не закрыто
csv-unclosed-quote-hint = добавьте закрывающую " или выгрузите файл заново

# `kitapsha stats`: the table, its notes and headings. $level is written "95 %" (kk: "95%").
stats-no-results = в выбранных кампаниях нет результатов опросов
stats-intro = Доля осведомлённых до и после кампании, %, в скобках — { $level } доверительный интервал; изменение = «после» минус «до», в процентных пунктах. Строки с отступом — группы респондентов; если в группе хотя бы в одном из опросов меньше { $min } { $min ->
        [one] человека
       *[other] человек
    }, её слишком мало для сравнения.
stats-skipped = нет результатов опросов (пропущены): { $campaigns }
stats-sentences-heading = Текст для отчётов на { $lang ->
        [kk] казахском
        [ru] русском
       *[en] английском
    } языке ({ $code }):
stats-column-campaign = кампания
stats-column-indicator = показатель
stats-column-before = до ({ $level } ДИ)
stats-column-after = после ({ $level } ДИ)
stats-column-change = изменение, п. п. ({ $level } ДИ)
stats-column-test = критерий
stats-column-target = цель
stats-test-z = z-критерий
stats-test-mcnemar = точный критерий Мак-Немара
stats-target-met = { $target }: достигнута
stats-target-not-met = { $target }: не достигнута
stats-target-unclear = { $target }: неясно
stats-too-few = слишком мало для сравнения
stats-note-csv = { $name }: { $side ->
        [before] опрос до кампании
       *[after] опрос после кампании
    }: подсчитано по файлу { $file }, столбец { $column }; пустых ответов не учтено: { $blank }
stats-note-paired = { $name }: каждого из { $people } { $people ->
        [one] человека
       *[other] человек
    } опросили дважды (осведомлены оба раза — { $both }, только до кампании — { $only_before }, только после — { $only_after }, ни разу — { $neither }); критерий хи-квадрат Мак-Немара с поправкой на непрерывность: p { $p }
stats-note-design-effect = { $name }: дизайн-эффект { $effect }: интервалы и критерий рассчитаны по эффективным объёмам выборок { $before } и { $after }

## Places and the donor report

# places.toml.
places-no-name-in = в `name` этого места нет названия { $lang ->
        [kk] на казахском
        [ru] на русском
       *[en] на английском
    }
places-no-name-in-hint = добавьте { $lang } = "…": на карте село подписывается на языке отчёта
places-no-name = в этой таблице [[place]] нет ключа `name`
places-no-name-hint = добавьте { $example } — названия, которые пишут в записях о раздаче
places-twice = место `{ $name }` указано дважды
places-twice-hint = оставьте по одной таблице [[place]] на каждое село
places-coordinate-hint = укажите { $key } в десятичных градусах, например { $key } = { $example }
places-coordinate-range = значение `{ $key }` должно быть от -{ $limit } до { $limit }, а сейчас { $value }
places-no-coordinate = в этой таблице [[place]] нет ключа `{ $key }`

## What the commands print

no-project = ни в этой папке, ни в папках выше нет файла { $file }
no-project-hint = запустите kitapsha в папке проекта или укажите эту папку: --project ПАПКА
new-created = создан файл { $folder }/campaign.toml: впишите в него текст, затем выполните `kitapsha build { $id }`
check-press-ink = { $campaign }: PDF для типографии в CMYK, наибольшая сумма красок { $ink } % (предел { $limit } %)
check-done =
    { $campaigns ->
        [one] проверена { $campaigns } кампания
        [few] проверены { $campaigns } кампании
       *[many] проверено { $campaigns } кампаний
    }
wrote = записан { $path }
print-run-recorded = записан тираж брошюры { $campaign }: { $copies } экз., { $date }, издание { $edition }; на складе { $in_stock } экз.
print-run-recorded-without-edition = записан тираж брошюры { $campaign }: { $copies } экз., { $date }; на складе { $in_stock } экз.
new-bad-id = `{ $id }` не может быть идентификатором кампании
new-bad-id-hint = используйте строчные латинские буквы, цифры и дефисы, начиная с буквы, например kegen-youth
new-exists = такая кампания уже есть
new-exists-hint = выберите другой идентификатор или правьте существующий campaign.toml
new-cannot-create = не удаётся создать кампанию: { $reason }
watch-no-campaign = нет кампании, за которой можно следить
watch-no-campaign-hint = создайте её командой `kitapsha new ID`
watch-cannot-serve = не удаётся открыть просмотр на порту { $port }: { $reason }
watch-serving = просмотр { $campaign }: { $address }  (остановить — Ctrl-C)
watch-built =
    сборка { $build }: { $pages } стр. за { $ms } мс{ $problems ->
        [0] {""}
        [one] , { $problems } проблема
        [few] , { $problems } проблемы
       *[many] , { $problems } проблем
    }
hand-out-recorded = записана выдача брошюры { $campaign }: { $copies } экз., { $place }, { $date }; на складе осталось { $in_stock } экз.

## The command line: help and usage errors

usage-unknown-argument = у этой команды нет параметра { $arg }
usage-unknown-argument-suggested = у этой команды нет параметра { $arg }; может быть, вы имели в виду { $suggested }?
usage-unknown-command = у kitapsha нет команды { $command }
usage-unknown-command-suggested = у kitapsha нет команды { $command }; может быть, вы имели в виду { $suggested }?
usage-invalid-value = { $arg } не может быть «{ $value }»; укажите одно из значений: { $valid }
usage-value-refused = { $arg }: { $reason }
usage-missing-argument = здесь нужно указать { $arg }
usage-missing-command = укажите, какую команду выполнить
usage-conflict = { $arg } нельзя указывать вместе с { $other }
usage-unexpected-value = «{ $value }» здесь лишнее
usage-other = не удаётся разобрать командную строку ({ $detail })
usage-hint = `kitapsha --help` — список команд, `kitapsha <команда> --help` — параметры одной команды
arg-copies-not-a-number = «{ $value }» — не целое число экземпляров; напишите, например, --copies 300
arg-copies-not-positive = число экземпляров должно быть больше 0
arg-copies-too-many = { $value } экз. — слишком много; проверьте, нет ли лишних цифр
arg-cost-not-whole = «{ $value }» — не целое число тенге; укажите стоимость без тиынов, например --cost 45000
arg-cost-not-a-number = «{ $value }» — не число тенге; напишите, например, --cost 45000 или --cost "45 000"
arg-cost-negative = стоимость не может быть отрицательной
arg-cost-too-much = { $value } тенге — слишком много для одного тиража; проверьте, нет ли лишних цифр
arg-date-shape = «{ $value }» — не дата; напишите 2025-01-15 или 15.01.2025
arg-date-not-real = даты { $value } не существует
arg-date-future = { $date } — это в будущем (сегодня { $today })
arg-text-empty = значение не может быть пустым
arg-level-not-a-number = «{ $value }» — не число; укажите уровень дробью, например 0.95
arg-level-percent = уровень указывается дробью: может быть, { $fraction }?
arg-level-range = уровень — дробь от 0.5 до 1, например 0.95
cli-heading-usage = Использование
cli-heading-commands = Команды
cli-heading-options = Параметры
cli-heading-arguments = Аргументы
cli-help = Показать эту справку
cli-version = Показать версию
cli-after-help = Пути в командной строке отсчитываются от текущей папки; то, что команда записывает по умолчанию, попадает в проект (out/, booklets/). Язык сообщений задаёт KITAPSHA_LANG=kk|ru|en, иначе [project] messages в kitapsha.toml, иначе язык системы.
cli-about = Двуязычные (казахский и русский) брошюры, готовые к печати, из файлов кампаний; учёт тиражей и выдачи, статистика осведомлённости и отчёты для доноров.
cli-project = Папка проекта, в которой лежит kitapsha.toml; если не указана, ищется начиная с текущей папки
cli-new-about = Создать booklets/<ID>/ с файлом campaign.toml с пояснениями, который сразу собирается
cli-new-id = Идентификатор новой кампании: строчные латинские буквы, цифры и дефисы, например kegen-youth
cli-check-about = Проверить тексты, изображения, умещение на страницах, журналы и опросы, ничего не записывая; при ошибках код выхода 1
cli-check-campaigns = Идентификаторы кампаний: названия папок в booklets/ (если не указаны — все)
cli-build-about = Собрать брошюры кампаний (если не указаны — всех) в out/<id>/
cli-build-campaigns = { cli-check-campaigns }
cli-build-out = Куда записать PDF; если не указано — в out/ проекта
cli-build-reports = Также записать отчёт для донора на английском, русском и казахском (report-<lang>.pdf)
cli-build-emit-typst = Также записать для каждого PDF самостоятельный проект Typst в эту папку
cli-watch-about = Пересобирать кампанию при каждом сохранении и показывать её страницы и ошибки в браузере
cli-watch-campaign = Кампания, за которой следить; если не указана — первая
cli-watch-port = Порт просмотра на 127.0.0.1: если не указан — 8737, 0 — любой свободный
cli-print-run-about = Записать тираж в booklets/<CAMPAIGN>/print-runs.toml вместе с напечатанным изданием
cli-print-run-campaign = Идентификатор кампании: название её папки в booklets/
cli-print-run-copies = Сколько брошюр напечатано, например 300
cli-print-run-date = Дата тиража: 2025-01-15 или 15.01.2025; если не указана — сегодня
cli-print-run-printer = Кто печатал
cli-print-run-cost = Стоимость всего тиража в целых тенге, например 45000 или "45 000"
cli-hand-out-about = Записать выдачу брошюр; если на складе столько нет, запись не делается
cli-hand-out-campaign = { cli-print-run-campaign }
cli-hand-out-copies = Сколько брошюр выдано
cli-hand-out-place = Село или город, где их раздали
cli-hand-out-date = Дата выдачи: 2025-01-20 или 20.01.2025; если не указана — сегодня
cli-hand-out-by = Кто раздавал
cli-stock-about = По каждой кампании: напечатано, выдано, остаток, стоимость и стоимость экземпляра, последняя выдача
cli-stock-json = Вывести JSON для программ вместо таблицы
cli-stock-csv = Вывести CSV для электронных таблиц вместо таблицы
cli-stats-about = Осведомлённость до и после каждой кампании, с доверительными интервалами и честными формулировками
cli-stats-campaigns = { cli-check-campaigns }
cli-stats-json = Вывести JSON (доли и пункты — неокруглёнными дробями) вместо таблицы
cli-stats-lang = Язык формулировок: kk, ru или en; если не указан — все три
cli-stats-level = Доверительная вероятность интервалов, дробью: если не указана — 0.95
cli-report-about = Записать отчёт для донора одним PDF формата A4: что напечатано и выдано, где, за какие деньги и как изменилась осведомлённость
cli-report-lang = Язык отчёта: en, ru или kk; если не указан — en
cli-report-out = Куда записать; если не указано — out/report-<lang>.pdf в проекте
