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
toml-write-date-hint = напишите дату без кавычек, начиная с года: { $key } = 2025-01-15
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

## Places and the donor report

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
