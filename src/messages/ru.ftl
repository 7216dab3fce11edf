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

## The project file, kitapsha.toml

## Campaign files, campaign.toml

## Pictures, fonts and fit

## Typesetting and PDFs

## The ledger, print-runs.toml

## Surveys, survey.toml and exports

# `kitapsha stats --level`: the value refused, and why.
arg-level-not-a-number = `{ $value }` — не число: укажите уровень в виде доли, например 0.95
arg-level-percent = уровень задаётся долей, а не в процентах: возможно, вы имели в виду { $fraction }?
arg-level-range = уровень задаётся долей от 0.5 до 1, например 0.95

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

## The command line: help and usage errors
