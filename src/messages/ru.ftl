# Сообщения kitapsha на русском языке. По одному файлу на язык (kk.ftl, ru.ftl, en.ftl), с одними
# и теми же сообщениями в том же порядке. Ключи, имена файлов и текст пользователя передаются
# в сообщения как аргументы и показываются как есть.

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

io-not-found = такого файла или папки нет
io-permission-denied = нет прав доступа
io-storage-full = диск заполнен
io-not-a-folder = часть пути — файл, а не папка
io-is-a-folder = это папка, а не файл
io-read-only-disk = диск доступен только для чтения
io-other = { $error }
file-cannot-read = не удаётся прочитать файл: { $reason }

## Files: reading, TOML

file-not-a-file = это не файл (а папка, устройство или канал)
file-not-a-file-hint = положите сюда сам файл
file-too-large = файл больше { $mib } МБ — kitapsha не читает таких больших файлов
file-too-large-hint = проверьте, тот ли это файл; изображения и выгрузки опросов должны лежать в отдельных файлах
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
toml-cyrillic-key-hint = может быть, `{ $latin }`? Наберите ключ заново в английской раскладке
toml-curly-quotes = текст взят в кавычки { $opening }…{ $closing }, как их ставят Word и другие текстовые редакторы; TOML понимает только прямые кавычки "
toml-curly-quotes-hint = наберите прямые двойные кавычки (в английской раскладке — Shift и клавиша рядом с Enter, в русской — Shift+2): { $key } = "…"
toml-backslash = обратная косая черта \ в тексте в двойных кавычках начинает специальный знак вроде \n, поэтому этот путь не читается
toml-backslash-hint = разделяйте папки знаком /: { $key } = { $fixed }
toml-date-written = `{ $written }` — в TOML даты так не пишутся
toml-date-written-hint = напишите сначала год, без кавычек: { $key } = { $iso }
toml-date-no-such-day = `{ $written }` — такого дня нет в календаре: в этом месяце меньше дней
toml-date-no-such-day-hint = проверьте день и месяц; последний день этого месяца — { $key } = { $last }
toml-number-spaces = `{ $written }` — число с пробелами, а в TOML числа пишутся без пробелов
toml-number-spaces-hint = напишите его без пробелов: { $key } = { $plain }
toml-more-errors =
    { $count ->
        [one] ещё { $count } синтаксическая ошибка не показана
        [few] ещё { $count } синтаксические ошибки не показаны
       *[many] ещё { $count } синтаксических ошибок не показано
    }
toml-more-errors-hint = сначала исправьте ошибки выше — остальные часто исчезают вместе с ними
toml-too-deep = файл записан не по правилам TOML: скобки вложены больше чем на 80 уровней
toml-too-deep-hint = в файлах kitapsha бывает не больше двух-трёх уровней скобок; найдите незакрытую скобку
toml-syntax = эта строка записана не по правилам TOML
toml-syntax-hint = проверьте кавычки и скобки в этой строке; текст пишется в "двойных кавычках", а если он на несколько строк — в """тройных кавычках"""
toml-this-table = этой таблице
toml-top-level = файле (вне таблиц)
toml-unknown-key = неизвестный ключ `{ $key }` в { $table }
toml-unknown-key-typo-hint = может быть, `{ $best }`? Допустимые ключи: { $takes }
toml-unknown-key-cyrillic-hint = может быть, `{ $best }`? В ключе есть кириллическая буква { $letters }, похожая на латинскую: наберите ключ заново латиницей. Допустимые ключи: { $takes }
toml-no-keys-hint = здесь не должно быть ключей; удалите `{ $key }`
toml-unknown-key-hint = допустимые ключи: { $takes }
toml-unknown-value = неизвестное значение `{ $key }`: "{ $value }"
toml-unknown-value-typo-hint = может быть, "{ $best }"? Допустимые значения `{ $key }`: { $allowed }
toml-unknown-value-hint = допустимые значения `{ $key }`: { $allowed }
toml-missing-key = здесь не хватает `{ $key }`
toml-missing-key-hint = добавьте в эту таблицу `{ $key } = …`
toml-wrong-type =
    значение `{ $key }` должно быть { $expected ->
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
toml-write-list-of-tables-hint = перед каждой записью напишите [[{ $key }]] в двойных квадратных скобках
toml-write-date-hint = напишите дату без кавычек, начиная с года: { $key } = { $example }
toml-number-out-of-range = значение `{ $key }` не может быть { $value }: число слишком велико
toml-extra-digits-hint = проверьте, нет ли в числе лишних цифр
toml-duplicate-key = ключ `{ $key }` указан дважды
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
project-texts-missing-hint = добавьте этот ключ с текстами на казахском, русском и английском: { $key } = {"{"} kk = "…", ru = "…", en = "…" {"}"}
project-text-missing-language =
    у `{ $key }` нет текста { $lang ->
            [kk] на казахском
            [ru] на русском
           *[en] на английском
        }
project-text-missing-language-hint = добавьте { $lang } = "…": по файлу проекта составляются отчёты для доноров на всех трёх языках — kk, ru и en
project-key-missing = нет `{ $key }`
project-key-missing-hint = добавьте { $key } = "…"
project-reached-negative = значение `reached` не может быть отрицательным
project-reached-negative-hint = укажите, скольких людей охватил проект, или удалите `reached`, если это неизвестно
project-activity-cost-negative = значение `cost` не может быть отрицательным
project-activity-cost-negative-hint = укажите стоимость проекта в тенге или удалите `cost`, если она неизвестна
project-logo-without-statement = `donor-logo` указан, а `funding-statement` нет
project-logo-without-statement-hint = логотип печатается рядом с текстом о финансировании: добавьте funding-statement = {"{"} kk = "…", ru = "…", en = "…" {"}"}
project-period-reversed = период программы кончается раньше, чем начинается: дата `to` раньше даты `from`
    .studio = последний день программы раньше первого
project-period-reversed-hint = поменяйте местами `from` и `to`
    .studio = поменяйте даты местами
project-period-missing = нет `period`
project-period-missing-hint = добавьте period = {"{"} from = 2024-06-01, to = 2025-02-22 {"}"}
project-logo-format = `donor-logo` "{ $path }" — не файл SVG, PNG или JPEG
project-logo-format-hint = сохраните логотип в формате .svg (лучше всего: он остаётся чётким при печати), .png или .jpg
project-logo-not-inside = это не файл внутри папки проекта
project-logo-cannot-read = не удаётся прочитать `donor-logo` "{ $path }": { $reason }
project-logo-cannot-read-hint = положите логотип в папку проекта и укажите путь от неё, например donor-logo = "booklets/donor.svg"
project-not-a-date = это не дата
project-not-a-date-hint = напишите дату без кавычек, начиная с года, например 2025-01-15

# [print] in kitapsha.toml and the print shop's profile (src/project.rs, src/colour.rs).
# $path is the path as written; $reason of print-profile-unusable is one of the messages
# after it, which say what is wrong with the profile; $error is the colour library's own text.
print-condition-missing = нет `condition`: в PDF для типографии должно быть указано условие печати, для которого сделан профиль
print-condition-missing-hint = добавьте условие печати так, как его называет типография, например condition = "FOGRA39" (или "FOGRA51", "GRACoL2006_Coated1v2")
print-condition-without-profile = `condition` задаёт условие печати для профиля типографии `profile`, но `profile` не указан
print-condition-without-profile-hint = добавьте CMYK-профиль типографии, например profile = "print/shop.icc", или удалите `condition`, чтобы печатать по встроенному в kitapsha профилю FOGRA39
print-ink-limit-out-of-range = типографии не используют предел суммы красок { $limit } %
print-ink-limit-out-of-range-hint = укажите сумму красок, которую допускает типография, в процентах, от 200 до 400: ink-limit = 300 для мелованной бумаги, ink-limit = 260 для немелованной
print-profile-where-hint = положите файл .icc типографии в папку проекта и укажите путь от неё, например profile = "print/shop.icc"
print-profile-empty = значение `profile` пустое
print-profile-backslash = в пути к профилю "{ $path }" стоят обратные косые черты \
print-profile-backslash-hint = разделяйте папки знаком /: profile = "{ $path }"
print-profile-outside = профиль "{ $path }" лежит вне папки проекта
print-profile-missing = профиля "{ $path }" нет
print-profile-not-a-file = профиль "{ $path }" — не файл
print-profile-cannot-read = не удаётся прочитать профиль "{ $path }": { $reason }
print-profile-cannot-read-hint = проверьте файл и права доступа к нему
print-profile-too-large = профиль "{ $path }" больше 16 МБ
print-profile-too-large-hint = CMYK-профиль типографии занимает намного меньше 4 МБ: проверьте, тот ли это файл, или попросите у типографии профиль ещё раз
print-profile-unusable = профиль "{ $path }" не подходит: { $reason }
print-profile-unusable-hint = PDF для типографии делается по CMYK-профилю вывода самой типографии (файл .icc для печати, класса `prtr`); попросите его в типографии
print-profile-unreadable = файл не читается как ICC-профиль ({ $error })
print-profile-not-cmyk = это профиль для цветов { $space }, а не CMYK
print-profile-not-output = это профиль класса { $class }, а не профиль устройства вывода (принтера)
print-profile-cannot-convert = kitapsha не может пересчитать по нему цвета ({ $error })
print-profile-cannot-measure = kitapsha не может измерить по нему цвета ({ $error })
print-profile-black-prints-nothing = по этому профилю 100 % чёрной краски печатается не темнее, чем без неё

## Campaign files, campaign.toml

campaign-table-missing = нет таблицы `[campaign]`
campaign-table-missing-hint = добавьте таблицу [campaign] с district, topic и languages (образец — в файле, который создаёт `kitapsha new`)
campaign-language-twice = `{ $lang }` указан в `languages` дважды
campaign-language-twice-hint = укажите каждый язык один раз
campaign-languages-empty = список `languages` пуст
campaign-languages-empty-hint = напишите languages = ["kk", "ru"]
# $key is district or topic; $example is kk = "…", ru = "…" for the booklet's languages.
campaign-key-missing = в `[campaign]` нет ключа `{ $key }`
campaign-key-missing-hint = добавьте { $key } = {"{"} { $example } {"}"}
campaign-translation-missing =
    у `{ $key }` нет текста { $lang ->
        [kk] на казахском
        [ru] на русском
       *[en] на английском
    }
campaign-translation-missing-hint = добавьте { $lang } = "…" в { $key }
campaign-translation-too-long =
    в { $lang ->
        [kk] казахском
        [ru] русском
       *[en] английском
    } тексте `{ $key }` { $length } { $length ->
        [one] знак
        [few] знака
       *[many] знаков
    }, а помещается не больше { $limit }
campaign-trifold-flip = буклет в три сложения не может быть брошюрой-перевёртышем: у него нет второй обложки, с которой начинался бы другой язык
campaign-trifold-flip-hint = для format = "a4-trifold" укажите bilingual = "parallel" или bilingual = "sequential"
campaign-trifold-pages = `pages` не действует на буклет в три сложения: это всегда один лист
campaign-trifold-pages-hint = удалите `pages`
campaign-bilingual-one-language = `bilingual` ни на что не влияет: в брошюре один язык
campaign-bilingual-one-language-hint = удалите `bilingual` или добавьте второй язык в `languages`
campaign-pages-out-of-range = значение `pages` должно быть от 1 до 200, а сейчас { $value }
campaign-pages-out-of-range-hint = укажите число страниц вместе с обложками (в брошюре-перевёртыше — страниц на каждом языке), например pages = 12, или удалите `pages`
campaign-creep-out-of-range = значение `creep-mm` должно быть от 0 до 1 миллиметра, а сейчас { $value }
campaign-creep-out-of-range-hint = укажите толщину одного листа бумаги в миллиметрах, например creep-mm = 0.1, или удалите `creep-mm`
# $tables is campaign-list-two or campaign-list-more, or one table: [cover.kk] and [cover.ru].
campaign-no-cover = у брошюры нет обложки `[cover]`
campaign-no-cover-hint = добавьте { $tables } и в каждой таблице укажите title = "…"
campaign-list-two = { $first } и { $second }
campaign-list-more = { $first }, { $middle } и { $last }
campaign-cover-without-language =
    на обложке нет текста { $lang ->
        [kk] на казахском
        [ru] на русском
       *[en] на английском
    }
campaign-cover-without-language-hint = добавьте [cover.{ $lang }] с title = "…"
campaign-no-sections = в брошюре нет разделов
campaign-no-sections-hint = добавьте [[section]] с [section.kk] и [section.ru], в каждой — title и text
campaign-too-many-sections =
    в брошюре { $count } { $count ->
        [one] раздел
        [few] раздела
       *[many] разделов
    }, а в одну брошюру помещается не больше { $limit }
campaign-too-many-sections-hint = удалите лишние таблицы [[section]] или разделите материал на две кампании
campaign-too-many-quotes =
    в брошюре { $count } { $count ->
        [one] цитата
        [few] цитаты
       *[many] цитат
    }, а в одну брошюру помещается не больше { $limit }
campaign-too-many-quotes-hint = удалите лишние таблицы [[quote]] или разделите материал на две кампании
campaign-section-without-language =
    в разделе { $number } нет текста { $lang ->
        [kk] на казахском
        [ru] на русском
       *[en] на английском
    }
campaign-section-without-language-hint = добавьте [section.{ $lang }] с title и text
campaign-quote-without-language =
    в цитате { $number } нет текста { $lang ->
        [kk] на казахском
        [ru] на русском
       *[en] на английском
    }
campaign-quote-without-language-hint = добавьте [quote.{ $lang }] с text = "…"
# Where a text belongs, the $place of campaign-text-*.
campaign-place-cover =
    обложка ({ $lang ->
        [kk] на казахском
        [ru] на русском
       *[en] на английском
    })
campaign-place-section =
    раздел { $number } ({ $lang ->
        [kk] на казахском
        [ru] на русском
       *[en] на английском
    })
campaign-place-quote =
    цитата { $number } ({ $lang ->
        [kk] на казахском
        [ru] на русском
       *[en] на английском
    })
# $key is title, subtitle, text, caption or who; $place is one of campaign-place-*.
campaign-text-empty = { $place }: значение `{ $key }` пустое
campaign-text-empty-hint = впишите текст между кавычками: { $key } = "…"
campaign-text-missing = { $place }: нет ключа `{ $key }`
campaign-text-missing-hint = добавьте { $key } = "…"
campaign-text-too-long =
    { $place }: в `{ $key }` { $length } { $length ->
        [one] знак
        [few] знака
       *[many] знаков
    }, а помещается не больше { $limit }
campaign-shorten-hint = сократите текст
campaign-split-section-hint = разбейте текст на несколько разделов — две или больше таблиц [[section]]
campaign-link-shorter-hint = укажите адрес покороче, например главную страницу сайта
campaign-link-too-long =
    в адресе `link` { $length } { $length ->
        [one] знак
        [few] знака
       *[many] знаков
    }, а помещается не больше { $limit }: QR-код более длинного адреса получится слишком плотным, и его не удастся считать с бумаги
campaign-link-not-web = `link` — не веб-адрес: "{ $link }"
campaign-link-not-web-hint = напишите адрес полностью, начиная с https://, например link = "https://eotinish.kz"
campaign-caption-without-image = в разделе { $number } есть подпись к изображению, но нет самого изображения
campaign-caption-without-image-hint = добавьте в раздел image = "images/….svg" или удалите подпись
campaign-alt-without-image = { $place }: есть `alt`, но нет картинки, которую он описывает, поэтому его никто не прочтёт
campaign-alt-without-image-hint = добавьте image = "images/…" в { $table } или удалите строку `alt`
campaign-caption-missing =
    в разделе { $number } есть подпись { $with ->
        [kk] на казахском
        [ru] на русском
       *[en] на английском
    }, но нет подписи { $without ->
        [kk] на казахском
        [ru] на русском
       *[en] на английском
    }
campaign-caption-missing-hint = добавьте caption = "…" в [section.{ $lang }]
# $table is cover, section or quote.
campaign-language-not-printed = таблица [{ $table }.{ $lang }] не будет напечатана: в `languages` нет "{ $lang }"
campaign-language-not-printed-hint = добавьте "{ $lang }" в `languages` в таблице [campaign] или удалите эту таблицу
# Markdown in a section's text that is printed as typed. $typed is what the user typed;
# $more is how many other lines have the same kind of thing.
text-literal-heading =
    `{ $typed }` попадёт в брошюру как есть: в тексте раздела не бывает заголовков{ $more ->
        [0] {""}
        [one] {" "}(и ещё в { $more } строке)
        [few] {" "}(и ещё в { $more } строках)
       *[many] {" "}(и ещё в { $more } строках)
    }
text-literal-heading-hint = сделайте заголовок значением `title` отдельного раздела [[section]] или уберите `{ $typed }`
text-literal-quote =
    `>` в начале строки попадёт в брошюру как есть{ $more ->
        [0] {""}
        [one] {" "}(и ещё в { $more } строке)
        [few] {" "}(и ещё в { $more } строках)
       *[many] {" "}(и ещё в { $more } строках)
    }
text-literal-quote-hint = для цитаты используйте таблицу [[quote]]; иначе уберите `>`
text-literal-code =
    { $typed } попадёт в брошюру как есть, вместе с обратными апострофами (`){ $more ->
        [0] {""}
        [one] {" "}(и ещё в { $more } строке)
        [few] {" "}(и ещё в { $more } строках)
       *[many] {" "}(и ещё в { $more } строках)
    }
text-literal-code-hint = уберите знаки ` (обратные апострофы); чтобы выделить слова, напишите их **жирным**
text-literal-html =
    HTML-тег `{ $typed }` попадёт в брошюру как есть{ $more ->
        [0] {""}
        [one] {" "}(и ещё в { $more } строке)
        [few] {" "}(и ещё в { $more } строках)
       *[many] {" "}(и ещё в { $more } строках)
    }
text-literal-html-hint = уберите тег: жирный шрифт пишется **так**, курсив — *так*, а абзацы разделяются пустой строкой
text-literal-picture =
    изображение `{ $typed }` не появится: в брошюру попадёт этот текст как есть{ $more ->
        [0] {""}
        [one] {" "}(и ещё в { $more } строке)
        [few] {" "}(и ещё в { $more } строках)
       *[many] {" "}(и ещё в { $more } строках)
    }
text-literal-picture-hint = изображение раздела задаётся строкой image = "images/…" в его таблице [[section]]; уберите это из текста
text-literal-link =
    ссылка `{ $typed }` попадёт в брошюру как есть{ $more ->
        [0] {""}
        [one] {" "}(и ещё в { $more } строке)
        [few] {" "}(и ещё в { $more } строках)
       *[many] {" "}(и ещё в { $more } строках)
    }: работают только ссылки, начинающиеся с https://, http://, mailto: и tel:
text-literal-link-hint = напишите адрес полностью, например [eOtinish](https://eotinish.kz)
text-literal-rule =
    строка `{ $typed }` попадёт в брошюру как есть{ $more ->
        [0] {""}
        [one] {" "}(и ещё в { $more } строке)
        [few] {" "}(и ещё в { $more } строках)
       *[many] {" "}(и ещё в { $more } строках)
    }
text-literal-rule-hint = уберите её: абзацы разделяются пустой строкой, а новый раздел начинается с [[section]]
text-literal-nested-list =
    список внутри пункта списка попадёт в брошюру как есть, простыми строками{ $more ->
        [0] {""}
        [one] {" "}(и ещё в { $more } строке)
        [few] {" "}(и ещё в { $more } строках)
       *[many] {" "}(и ещё в { $more } строках)
    }
text-literal-nested-list-hint = сделайте один список: каждый пункт — на отдельной строке, начиная с `- `

## Pictures, fonts and fit

# $path is the picture's path as written in campaign.toml.
image-path-empty = путь к изображению пуст
image-path-empty-hint = напишите image = "images/<имя файла>" или удалите `image`
image-backslash = в пути к изображению "{ $path }" стоят обратные косые черты
# $path is the path with / instead of \.
image-backslash-hint = разделяйте папки знаком /: image = "{ $path }"
image-outside = изображение "{ $path }" лежит вне папки кампании
image-outside-hint = скопируйте изображение в папку images/ кампании и напишите image = "images/<имя файла>"
image-missing = файла изображения "{ $path }" нет
image-missing-hint = проверьте имя файла и то, что файл лежит в { $folder }
image-not-a-file = путь к изображению "{ $path }" ведёт не к файлу
image-not-a-file-hint = укажите сам файл изображения, а не папку
image-not-a-picture-format = "{ $path }" — не изображение в формате, который можно поставить в брошюру
image-not-a-picture-format-hint = используйте один из форматов: { $formats }
image-too-large = изображение "{ $path }" занимает { $megabytes } МБ, а можно не больше { $limit } МБ
image-save-again-hint = сохраните изображение заново в формате PNG, JPEG или SVG, не больше 7 000 × 7 000 пикселей
# $reason is why the system could not read the file.
image-cannot-read = не удаётся прочитать изображение "{ $path }": { $reason }
# $reason is the picture reader's own words, in English.
image-damaged = изображение "{ $path }" повреждено: { $reason }
image-damaged-hint = откройте его в графическом редакторе и сохраните заново в формате PNG или JPEG
image-unreadable = не удаётся прочитать изображение "{ $path }": { $reason }
image-not-raster = по содержимому файл "{ $path }" — не изображение PNG, JPEG, GIF или WebP
image-too-many-pixels = изображение "{ $path }" — { $width }×{ $height } пикс.: это больше { $millions } млн пикселей, которых хватает любой брошюре
image-cut-short = файл изображения "{ $path }" обрывается раньше, чем кончается само изображение (возможно, он скопирован или скачан не полностью)
image-svg-not-text = "{ $path }" — не текстовый файл SVG (UTF-8)
image-svg-invalid = "{ $path }" — неправильный рисунок SVG: { $reason }
image-svg-not-svg = "{ $path }" — не рисунок SVG (файл не начинается с <svg>)
# The picture's size in pixels, and in millimetres as printed.
image-resolution-low = изображение "{ $path }" — { $width }×{ $height } пикс.: при размере в печати { $width_mm }×{ $height_mm } мм это { $ppi } пикс. на дюйм
image-resolution-too-low = изображение "{ $path }" — { $width }×{ $height } пикс.: при размере в печати { $width_mm }×{ $height_mm } мм это { $ppi } пикс. на дюйм, слишком размыто для печати
# $width and $height are the pixels needed at $ppi.
image-resolution-hint = для печати нужно { $ppi } пикс. на дюйм: возьмите изображение размером не меньше { $width }×{ $height } пикс. или рисунок SVG
text-glyph-missing = символа «{ $character }» ({ $code }) нет ни в одном шрифте брошюры
text-glyph-missing-hint = замените его буквой или знаком, которые есть в шрифтах (казахские, русские и латинские буквы, обычные знаки препинания, ₸ и №), или удалите его
# $ink and $limit are the total ink in %; $dark and $saturated the share of the picture in %.
ink-picture-over-limit = изображение "{ $path }" печатается с суммой красок до { $ink } % — больше предела типографии ({ $limit } %)
ink-picture-over-limit-hint = сохраните изображение в RGB (PNG или JPEG) — kitapsha сам его преобразует — или попросите в типографии профиль, сделанный под её предел суммы красок
ink-picture-too-dark = изображение "{ $path }" потеряет детали в печати (CMYK): на { $dark } % площади оно такое тёмное, что из-за предела суммы красок тени сольются
ink-picture-too-saturated = изображение "{ $path }" потеряет детали в печати (CMYK): на { $saturated } % площади цвета насыщеннее, чем позволяет печать CMYK
ink-picture-too-dark-and-saturated = изображение "{ $path }" потеряет детали в печати (CMYK): на { $dark } % площади оно такое тёмное, что из-за предела суммы красок тени сольются, а на { $saturated } % площади цвета насыщеннее, чем позволяет печать CMYK
ink-picture-loses-detail-hint = немного осветлите тени и уменьшите насыщенность изображения или проверьте пробный оттиск
# Whether the text fits in `pages`. $section is the first section that does not fit; $used the
# pages the text needs, $limit what `pages` allows.
fit-half-too-long =
    { $lang ->
        [kk] казахская
        [ru] русская
       *[en] английская
    } часть брошюры вместе с обложкой занимает { $used } { $used ->
        [one] страницу
        [few] страницы
       *[many] страниц
    }, а в `pages` указано { $limit }: первым не помещается раздел { $section }
fit-half-too-long-hint = сократите текст раздела { $section } или разделов перед ним, уберите изображение или увеличьте `pages` до { $used }
# $lang is kk, ru or en in a sequential booklet, none when the languages stand side by side.
fit-booklet-too-long =
    брошюра вместе с обложками занимает { $used } { $used ->
        [one] страницу
        [few] страницы
       *[many] страниц
    }, а в `pages` указано { $limit }: первым не помещается раздел { $section }{ $lang ->
        [kk] {" "}(на казахском)
        [ru] {" "}(на русском)
        [en] {" "}(на английском)
       *[none] {""}
    }
fit-booklet-too-long-hint = сократите текст раздела { $section } или разделов перед ним, уберите изображение или увеличьте `pages` до { $used }
# $lang is kk, ru, en, or none when it is not known.
fit-leaflet-too-long =
    текст длиннее четырёх полос буклета в три сложения, отведённых под текст: раздел { $section }{ $lang ->
        [kk] {" "}(на казахском)
        [ru] {" "}(на русском)
        [en] {" "}(на английском)
       *[none] {""}
    } уже не помещается
fit-leaflet-too-long-hint = сократите текст или уберите изображение либо сделайте брошюру формата A5: format = "a5"

## Typesetting and PDFs

typeset-failed = документ не удалось сверстать: { $detail }
typeset-failed-hint = это ошибка в шаблоне kitapsha, а не в вашем тексте; сообщите о ней, приложив это сообщение. { $typst_hints }
typeset-pages-not-four = в брошюре получилось { $pages } стр. — это число не кратно четырём
typeset-template-bug-hint = это ошибка в шаблоне kitapsha; сообщите о ней
pdf-cannot-make =
    не удалось создать { $what ->
            [press] PDF для типографии
            [sheets] PDF с листами для печати в офисе
            [press-summary] PDF-справку для типографии
            [report] PDF отчёта
           *[screen] PDF
        }: { $detail }
pdf-press-cannot-make-hint = дело в одном из изображений или в самом kitapsha; сообщите об этом, приложив это сообщение
pdf-ink-over-limit = в PDF для типографии сумма красок доходит до { $ink } % — больше предела ({ $limit } %)
pdf-ink-over-limit-hint = рисунок или изображение темнее, чем допускает профиль типографии; возьмите профиль, сделанный под предел суммы красок этой типографии, или укажите в [print] такой `ink-limit`, какой она принимает
typst-sources-cannot-write = не удаётся записать исходные файлы Typst: { $reason }
output-cannot-write = не удаётся записать файл: { $reason }
report-cannot-write = не удаётся записать отчёт: { $reason }
map-place-missing = места выдачи `{ $place }` нет в { $file }: на карте в отчёте не будет { $copies } экз., выданных там
map-place-missing-hint = добавьте в { $file } в корне проекта [[place]] с name = {"{"} kk = "…", ru = "…", en = "…" {"}"}, lat и lon
    .studio = добавьте его в разделе «Места на карте» на странице программы — с названиями и координатами

## The ledger, print-runs.toml

# print-runs.toml: reading, locking and writing the ledger (src/ledger/file.rs). $reason is an
# io-* message; $error is the TOML library's own text, in English.
ledger-file-header =
    Тиражи и выдачи брошюры booklets/{ $campaign }; их записывают команды `kitapsha print-run`
    и `kitapsha hand-out`. Записи можно исправлять вручную; `kitapsha stock` их проверяет.
ledger-cannot-lock = ничего не записано: не удаётся заблокировать журнал для записи: { $reason }
ledger-cannot-write = ничего не записано: не удаётся записать журнал: { $reason }
ledger-unchanged-hint = журнал остался прежним; устраните причину и запустите команду ещё раз
ledger-has-errors = ничего не записано: в журнале есть ошибки
ledger-has-errors-hint = исправьте ошибки, показанные выше, и запустите команду ещё раз
ledger-symbolic-link = ничего не записано: журнал — это символическая ссылка
ledger-symbolic-link-hint = при каждой записи kitapsha заменяет журнал новым файлом, и ссылка превратилась бы в обычный файл; положите сюда сам файл
ledger-read-only = ничего не записано: журнал доступен только для чтения
ledger-read-only-hint = если журнал можно менять, разрешите запись в него (в Windows — снимите флажок «Только чтение» в свойствах файла, в Linux или macOS — выполните chmod u+w { $path }) и запустите команду ещё раз
ledger-shortfall =
    { $date } нельзя выдать { $copies } { $copies ->
        [one] экземпляр
        [few] экземпляра
       *[many] экземпляров
    }: остаток на этот день — { $stock }
ledger-shortfall-later =
    { $date } нельзя выдать { $copies } { $copies ->
        [one] экземпляр
        [few] экземпляра
       *[many] экземпляров
    }: остаток на этот день — { $stock }, но { $later } из них нужны для выдач, записанных на более поздние дни
ledger-shortfall-hint =
    { $available ->
        [0] ничего не записано: в этот день выдавать нечего. Если тираж, напечатанный раньше, ещё не записан, сначала запишите его командой `kitapsha print-run`, указав дату печати в --date
        [one] ничего не записано; в этот день можно выдать не больше { $available } экземпляра. Если тираж, напечатанный раньше, ещё не записан, сначала запишите его командой `kitapsha print-run`, указав дату печати в --date
        [few] ничего не записано; в этот день можно выдать не больше { $available } экземпляров. Если тираж, напечатанный раньше, ещё не записан, сначала запишите его командой `kitapsha print-run`, указав дату печати в --date
       *[many] ничего не записано; в этот день можно выдать не больше { $available } экземпляров. Если тираж, напечатанный раньше, ещё не записан, сначала запишите его командой `kitapsha print-run`, указав дату печати в --date
    }
    .studio =
        { $available ->
            [0] ничего не записано: в этот день выдавать нечего. Если тираж, напечатанный раньше, ещё не записан, сначала запишите его в разделе «Новый тираж», указав дату печати
            [one] ничего не записано; в этот день можно выдать не больше { $available } экземпляра. Если тираж, напечатанный раньше, ещё не записан, сначала запишите его в разделе «Новый тираж», указав дату печати
            [few] ничего не записано; в этот день можно выдать не больше { $available } экземпляров. Если тираж, напечатанный раньше, ещё не записан, сначала запишите его в разделе «Новый тираж», указав дату печати
           *[many] ничего не записано; в этот день можно выдать не больше { $available } экземпляров. Если тираж, напечатанный раньше, ещё не записан, сначала запишите его в разделе «Новый тираж», указав дату печати
        }
ledger-not-read-back = ничего не записано: новый журнал не читается так, как был составлен (это ошибка в kitapsha; сообщите о ней, приложив это сообщение)
ledger-cannot-edit = ничего не записано: не удаётся изменить журнал: { $error }
ledger-not-a-list = ничего не записано: `{ $key }` в журнале — не список таблиц [[{ $key }]]; начинайте каждую запись со строки [[{ $key }]]

# print-runs.toml: checking each record (src/ledger/validate.rs). $table is [[run]] or
# [[hand-out]]; $found is one of the ledger-found-* messages; $today is today's date.
ledger-hand-out-overdrawn = выдача от { $date } больше остатка на складе: выдано { $copies }, а остаток на этот день — { $stock }
ledger-hand-out-overdrawn-hint = проверьте `copies` и `date` этой выдачи, а также записаны ли все тиражи, напечатанные до неё
ledger-place-missing = в этой таблице [[hand-out]] нет ключа `place`
ledger-place-missing-hint = напишите place = "…" — село или город, где раздали брошюры
ledger-date-missing = в этой таблице { $table } нет ключа `date`
ledger-date-missing-run-hint = добавьте дату, когда напечатали брошюры, — без кавычек, начиная с года, например date = { $today }
ledger-date-missing-hand-out-hint = добавьте дату, когда раздали брошюры, — без кавычек, начиная с года, например date = { $today }
ledger-date-not-a-date = значение `date` должно быть датой, а здесь { $found }
ledger-date-not-a-date-hint = напишите дату без кавычек и без времени, начиная с года, например date = { $today }
ledger-date-reorder-hint = напишите сначала год, без кавычек: date = { $date }
ledger-date-in-future = `date` { $date } — это дата в будущем
ledger-date-in-future-hint = сегодня { $today }; в журнал записывают то, что уже произошло, с той датой, когда это было: проверьте год и месяц
ledger-copies-missing = в этой таблице { $table } нет ключа `copies`
ledger-copies-missing-hint = добавьте число брошюр без кавычек, например copies = 300
ledger-copies-too-large = значение `copies` слишком велико: { $value }
ledger-extra-digits-hint = проверьте, нет ли в числе лишних цифр
ledger-copies-not-positive = значение `copies` должно быть больше 0, а сейчас { $value }
ledger-copies-not-positive-hint = укажите число брошюр; если их не было, удалите эту запись целиком
ledger-copies-not-whole = значение `copies` должно быть целым числом, а здесь { $found }
ledger-copies-not-whole-hint = напишите число цифрами, без кавычек, например copies = 300
ledger-copies-digits-hint = напишите число без кавычек и пробелов: copies = { $copies }
ledger-cost-too-large = значение `cost` слишком велико: { $value }
ledger-cost-negative = значение `cost` не может быть отрицательным, а сейчас { $value }
ledger-cost-negative-hint = укажите стоимость всего тиража в тенге, например cost = 45000, или удалите `cost`, если она неизвестна
ledger-cost-not-whole = значение `cost` должно быть целым числом тенге, а сейчас { $value }
ledger-cost-not-whole-hint = округлите до целых тенге, без тиынов: cost = { $rounded }
ledger-cost-not-a-number = значение `cost` должно быть целым числом тенге, а здесь { $found }
ledger-cost-not-a-number-hint = напишите число цифрами, без кавычек, пробелов и ₸, например cost = 45000
ledger-cost-digits-hint = напишите число без кавычек, пробелов и ₸: cost = { $cost }
ledger-found-text = текст "{ $text }"
ledger-found-date-time = дата со временем `{ $value }`
ledger-found-number = число `{ $value }`
ledger-found-boolean = `{ $value }`
ledger-found-list = список
ledger-found-table = таблица

# Recording a print run, and whether the copies in stock still carry the current text
# (src/ledger/mod.rs). $printed and $current are editions (fingerprints of the press PDF).
ledger-run-without-edition =
    тираж записан без `edition`: в файлах кампании { $errors ->
        [one] { $errors } ошибка
        [few] { $errors } ошибки
       *[many] { $errors } ошибок
    }, поэтому брошюра не собирается
ledger-run-without-edition-hint = выполните `kitapsha check { $campaign }`, чтобы увидеть ошибки; по `edition` потом видно, какой текст ушёл в печать
    .studio = откройте брошюру в редакторе, чтобы увидеть ошибки; по изданию потом видно, какой текст ушёл в печать
ledger-edition-changed = текст кампании { $campaign } изменился после тиража от { $date }: напечатано издание { $printed }, а сейчас из текста собирается издание { $current }
ledger-edition-changed-hint = экземпляры на складе — со старым текстом; когда напечатаете новый текст, запишите этот тираж, например `kitapsha print-run { $campaign } --copies 300`
    .studio = экземпляры на складе — со старым текстом; когда напечатаете новый текст, запишите этот тираж в разделе «Новый тираж»
ledger-edition-unknown = нельзя понять, соответствует ли издание { $printed } нынешнему тексту: брошюра { $campaign } сейчас не собирается
ledger-edition-unknown-hint = выполните `kitapsha check { $campaign }`, чтобы увидеть причину
    .studio = откройте брошюру в редакторе, чтобы увидеть причину

# `kitapsha stock`: the table's headings, its total row and notes, and the CSV header row
# (src/ledger/stock.rs). The CSV header names the columns, with no comma inside a name.
stock-campaign = кампания
stock-printed = напечатано
stock-handed-out = выдано
stock-in-stock = остаток
stock-cost = стоимость
stock-cost-per-copy = стоимость экземпляра
stock-last-hand-out = последняя выдача
stock-total = итого
stock-content-changed-note = текст изменился после последнего тиража
stock-cost-note = стоимость и стоимость экземпляра посчитаны только по тем тиражам, у которых записана стоимость

## Surveys, survey.toml and exports

# survey.toml. $indicator is survey-indicator-named or survey-indicator-numbered; $example,
# $before, $after and $change are lines of TOML to copy, shown as they are.
survey-too-many-indicators = в опросе { $count ->
        [one] { $count } показатель
        [few] { $count } показателя
       *[many] { $count } показателей
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
survey-target-percentage = `target.{ $key }` задаётся долей, а не в процентах: может быть, { $key } = { $fraction }?
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
survey-no-text-hint = добавьте { $lang } = "…": фразы для отчётов пишутся на всех трёх языках — kk, ru и en
survey-design-effect-range = значение `design-effect` должно быть больше 0, а сейчас { $value }
survey-design-effect-range-hint = у простой случайной выборки дизайн-эффект равен 1, у кластерной обычно от 1,5 до 3; если он неизвестен, удалите ключ
survey-design-effect-low = `design-effect` { $value } меньше 1: интервалы получатся уже, чем у простой случайной выборки
survey-design-effect-low-hint = проверьте значение: у кластерных выборок дизайн-эффект больше 1
survey-no-data = { $indicator }: ответов опроса пока нет, поэтому вопрос не входит в результаты
survey-no-data-hint = добавьте `before` и `after` (см. комментарий в начале файла) или `paired`, если одних и тех же людей опросили дважды
survey-paired-and-independent = { $indicator }: заданы и `paired`, и `before`/`after`
survey-paired-and-independent-hint = `paired` — если одних и тех же людей опросили дважды, иначе `before` и `after`; лишнее уберите
survey-no-after = { $indicator }: есть `before`, но пока нет `after`; изменение будет посчитано, когда добавят опрос после кампании, а до тех пор вопрос не входит в результаты
survey-no-after-hint = добавьте { $example }
survey-no-before = { $indicator }: есть `after`, но нет `before`; без опроса до кампании изменение посчитать нельзя, поэтому вопрос не входит в результаты
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
survey-group-unknown-by = { $indicator }: в группе указано `by = "{ $by }"`, но такого столбца нет среди столбцов `by` показателя
survey-group-unknown-by-hint = укажите один из столбцов: { $columns }
survey-group-no-value = в этой таблице [[indicator.group]] нет ключа `value`
survey-group-no-value-hint = добавьте value = "{ $example }" — значение группы в столбце `{ $column }`
survey-group-twice = группа `{ $column }` = `{ $value }` указана дважды
survey-group-twice-hint = укажите числа каждой группы один раз
survey-groups-exceed = { $indicator }: в сумме по группам столбца `{ $column }` { $side ->
        [before] до кампании
       *[after] после кампании
    } { $respondents ->
        [one] { $respondents } респондент
        [few] { $respondents } респондента
       *[many] { $respondents } респондентов
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
survey-counts-and-csv-hint = укажите либо respondents и aware, либо file, column, aware-if и not-aware-if
survey-no-counts = в `{ $key }` нет чисел
survey-no-counts-hint = добавьте respondents = … и aware = … или file = "surveys/….xlsx", column = "…", aware-if = ["…"] и not-aware-if = ["…"]
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
survey-no-csv-hint = добавьте file = "{ $example }" — путь к выгрузке (.csv или .xlsx) внутри папки кампании
survey-no-column-hint = добавьте column = "q3" — столбец вопроса в файле CSV
survey-aware-if-hint = перечислите ответы, означающие, что человек осведомлён, например { $example }
survey-aware-if-empty = список `aware-if` пуст
survey-by-column-not-in-csv = столбца `{ $column }` из `by` нет в файле { $file }; в нём есть столбцы: { $columns }
survey-column-did-you-mean = может быть, `{ $column }`?
survey-column-name-hint = напишите полное имя столбца или часть имени после последней /
survey-columns-and-more = { $columns } и ещё { $more }
survey-by-column-ambiguous = имени `{ $column }` из `by` соответствуют несколько столбцов файла { $file }: { $columns }
survey-column-full-name-hint = напишите полное имя, например column = "{ $example }"
survey-column-not-in-csv = столбца `{ $column }` нет в файле { $file }; в нём есть столбцы: { $columns }
survey-column-ambiguous = имени `{ $column }` соответствуют несколько столбцов файла { $file }: { $columns }
survey-column-no-answers = в столбце `{ $column }` файла { $file } нет ответов (пустых ячеек: { $blank })
survey-column-no-answers-hint = проверьте, тот ли это столбец и тот ли файл
survey-csv-folder-hint = положите выгрузку в папку surveys/ кампании и напишите { $key } = "{ $example }"
survey-csv-path-empty = путь к файлу { $kind ->
        [xlsx] Excel
       *[csv] CSV
    } пуст
survey-csv-backslash = в пути к файлу { $kind ->
        [xlsx] Excel
       *[csv] CSV
    } "{ $path }" стоят обратные косые черты
survey-csv-backslash-hint = разделяйте папки знаком /: { $key } = "{ $fixed }"
survey-csv-outside = файл { $kind ->
        [xlsx] Excel
       *[csv] CSV
    } "{ $path }" лежит вне папки кампании
survey-csv-missing = файла { $kind ->
        [xlsx] Excel
       *[csv] CSV
    } "{ $path }" нет
survey-csv-missing-hint = проверьте имя файла; он должен лежать в { $folder }
survey-csv-not-a-file = путь к файлу { $kind ->
        [xlsx] Excel
       *[csv] CSV
    } "{ $path }" ведёт не к файлу
survey-csv-not-a-file-hint = укажите сам выгруженный файл (.csv или .xlsx), а не папку
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
        [few] строк
       *[many] строк
    }
csv-too-many-rows-hint = выгрузите только анкеты этого опроса
csv-ragged-row = в этой строке { $fields ->
        [one] { $fields } поле
        [few] { $fields } поля
       *[many] { $fields } полей
    }, а в заголовке { $header }
csv-ragged-row-hint = разделитель внутри ответа должен стоять в "двойных кавычках"; выгрузите файл из системы опросов заново
csv-answer-not-utf8 = этот ответ записан не в кодировке UTF-8
csv-utf8-hint = сохраните CSV в кодировке UTF-8 (в Excel: «Сохранить как» → «CSV UTF-8»)
csv-utf16 = файл в кодировке UTF-16, а нужна UTF-8
csv-header-not-utf8 = это название столбца записано не в кодировке UTF-8
csv-unclosed-quote = поле в кавычках, которое начинается здесь, нигде не закрыто
csv-unclosed-quote-hint = добавьте закрывающую кавычку " или выгрузите файл заново

# `kitapsha stats`: the table, its notes and headings. $level is written "95 %" (kk: "95%").
stats-no-results = в выбранных кампаниях нет результатов опросов
stats-intro = Доля осведомлённых до и после кампании, %, в скобках — доверительный интервал { $level }; изменение = «после» минус «до», в процентных пунктах. Строки с отступом — группы респондентов; если в группе хотя бы в одном из опросов меньше { $min } { $min ->
        [one] человека
        [few] человек
       *[many] человек
    }, группа слишком мала для сравнения.
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
stats-target-points = { $value } п. п.
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
        [few] человек
       *[many] человек
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
places-no-name-hint = добавьте { $example } — названия, которые указаны в записях о выдаче
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
wrote = записан файл { $path }
build-unchanged =
    { $files ->
        [one] { $files } файл не изменился: он уже собран из тех же файлов (`kitapsha build --force` соберёт его заново)
        [few] { $files } файла не изменились: они уже собраны из тех же файлов (`kitapsha build --force` соберёт их заново)
       *[many] { $files } файлов не изменились: они уже собраны из тех же файлов (`kitapsha build --force` соберёт их заново)
    }
print-run-recorded = записан тираж брошюры { $campaign }: { $copies } экз., { $date }, издание { $edition }; на складе { $in_stock } экз.
print-run-recorded-without-edition = записан тираж брошюры { $campaign }: { $copies } экз., { $date }; на складе { $in_stock } экз.
new-bad-id = `{ $id }` не может быть идентификатором кампании
new-bad-id-hint = используйте строчные латинские буквы, цифры и дефисы, начиная с буквы, например kegen-youth
new-exists = такая кампания уже есть
new-exists-hint = выберите другой идентификатор или отредактируйте существующий campaign.toml
new-cannot-create = не удаётся создать кампанию: { $reason }
init-not-a-folder = это файл, а не папка: проект — это папка
init-not-a-folder-hint = укажите новую или пустую папку, например `kitapsha init broshyury`
init-exists = здесь уже есть проект: файл { $file } существует
init-exists-hint = работайте в нём (`kitapsha check`) или укажите другую папку
init-cannot-create = не удаётся создать проект: { $reason }
init-created = создан проект { $folder }: заполните { $folder }/kitapsha.toml, затем создайте в этой папке первую брошюру командой `kitapsha new <id>`; что делать дальше, написано в { $folder }/README.md
project-placeholder = в `{ $key }` всё ещё текст-образец «{ $text }»
    .studio = здесь всё ещё текст-образец «{ $text }»
project-placeholder-hint = впишите вместо него свой текст, без квадратных скобок; пока он не заменён, брошюры и отчёт печатают образец как есть
watch-no-campaign = нет ни одной кампании для предпросмотра
watch-no-campaign-hint = создайте её командой `kitapsha new ID`
watch-cannot-serve = не удаётся запустить предпросмотр на порту { $port }: { $reason }
watch-serving = предпросмотр кампании { $campaign }: { $address }  (остановить — Ctrl-C)
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
usage-unknown-argument-suggested = у этой команды нет параметра { $arg }; может быть, { $suggested }?
usage-unknown-command = у kitapsha нет команды { $command }
usage-unknown-command-suggested = у kitapsha нет команды { $command }; может быть, { $suggested }?
usage-invalid-value = { $arg } не может быть `{ $value }`; укажите одно из значений: { $valid }
usage-value-refused = { $arg }: { $reason }
usage-missing-argument = здесь нужно указать { $arg }
usage-missing-command = укажите, какую команду выполнить
usage-conflict = { $arg } нельзя указывать вместе с { $other }
usage-unexpected-value = `{ $value }` здесь лишнее
usage-not-utf8 = одно из слов этой командной строки — не текст в кодировке UTF-8; наберите его заново
usage-other = не удаётся разобрать командную строку ({ $detail })
usage-hint = `kitapsha --help` — список команд, `kitapsha <команда> --help` — параметры одной команды
arg-copies-not-a-number = `{ $value }` — не целое число экземпляров; напишите, например, --copies 300
    .studio = «{ $value }» — не целое число экземпляров; введите только число, например 300
arg-copies-not-positive = число экземпляров должно быть больше 0
arg-copies-too-many = { $value } экз. — слишком много; проверьте, нет ли лишних цифр
arg-cost-not-whole = `{ $value }` — не целое число тенге; укажите стоимость без тиынов, например --cost 45000
    .studio = «{ $value }» — не целое число тенге; введите стоимость без тиынов, например 45000
arg-cost-not-a-number = `{ $value }` — не число тенге; напишите, например, --cost 45000 или --cost "45 000"
    .studio = «{ $value }» — не число тенге; введите, например, 45000 или 45 000
arg-cost-negative = стоимость не может быть отрицательной
arg-cost-too-much = { $value } тенге — слишком много для одного тиража; проверьте, нет ли лишних цифр
arg-date-shape = `{ $value }` — не дата; напишите 2025-01-15 или 15.01.2025
arg-date-not-real = даты { $value } не существует
arg-date-future = { $date } — дата в будущем (сегодня { $today })
arg-text-empty = значение не может быть пустым
arg-level-not-a-number = `{ $value }` — не число; укажите уровень доверия дробью, например 0.95
arg-level-percent = уровень доверия указывается дробью: может быть, { $fraction }?
arg-level-range = уровень доверия — дробь от 0.5 до 1, например 0.95
cli-heading-usage = Использование
cli-heading-commands = Команды
cli-heading-options = Параметры
cli-heading-arguments = Аргументы
cli-help = Показать эту справку
cli-version = Показать версию
cli-after-help = Пути в командной строке отсчитываются от текущей папки; то, что команда записывает по умолчанию, попадает в папку проекта (out/, booklets/). Язык сообщений задаёт KITAPSHA_LANG=kk|ru|en, иначе — ключ messages в таблице [project] файла kitapsha.toml, иначе — язык системы.
cli-about = Готовые к печати двуязычные брошюры (на казахском и русском) из файлов кампаний; учёт тиражей и выдач, статистика осведомлённости и отчёты для доноров.
cli-project = Папка проекта, в которой лежит kitapsha.toml; если не указана, ищется начиная с текущей папки
cli-new-about = Создать booklets/<ID>/ с образцом campaign.toml с пояснениями, который можно сразу собрать
cli-new-id = Идентификатор новой кампании: строчные латинские буквы, цифры и дефисы, например kegen-youth
cli-init-about = Создать проект своей организации в папке DIR: kitapsha.toml с комментариями, пустую папку booklets/ и README о том, что делать дальше
cli-init-dir = Папка нового проекта; создаётся, если её нет
cli-check-about = Проверить тексты, изображения, журналы и опросы и то, помещается ли текст на страницах, ничего не записывая; при ошибках — код выхода 1
cli-check-campaigns = Идентификаторы кампаний: названия папок в booklets/ (если не указаны — все)
cli-build-about = Собрать брошюры кампаний (если не указаны — всех) в out/<id>/
cli-build-campaigns = { cli-check-campaigns }
cli-build-out = Куда записать PDF; если не указано — в out/ проекта
cli-build-reports = Также записать отчёт для донора на английском, русском и казахском (report-<lang>.pdf)
cli-build-emit-typst = Также записать для каждого PDF самостоятельный проект Typst в эту папку
cli-build-force = Собрать все PDF заново, даже те, что не изменились
cli-watch-about = Пересобирать кампанию при каждом сохранении и показывать её страницы и ошибки в браузере
cli-watch-campaign = Кампания для предпросмотра; если не указана — первая
cli-watch-port = Порт предпросмотра на 127.0.0.1: если не указан — 8737, 0 — любой свободный
cli-print-run-about = Записать тираж в booklets/<CAMPAIGN>/print-runs.toml с указанием напечатанного издания
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
cli-stock-csv = Вывести CSV для Excel с русскими или казахскими региональными настройками (UTF-8 с BOM, «;», десятичная запятая)
cli-stats-about = Осведомлённость до и после каждой кампании: доверительные интервалы и честные фразы для отчётов
cli-stats-campaigns = { cli-check-campaigns }
cli-stats-json = Вывести JSON (доли и процентные пункты — дробями, без округления) вместо таблицы
cli-stats-lang = Язык фраз для отчётов: kk, ru или en; если не указан — все три
cli-stats-level = Уровень доверия для интервалов, дробью: если не указан — 0.95
cli-report-about = Записать отчёт для донора одним PDF формата A4: что напечатано и выдано, где, сколько это стоило и как изменилась осведомлённость
cli-report-lang = Язык отчёта: en, ru или kk; если не указан — en
cli-report-out = Куда записать; если не указано — out/report-<lang>.pdf в проекте

## Survey exports from Excel; every answer counted as aware or not aware, none left unsorted

# survey.toml: an export named by `file` (.csv or .xlsx) and the sorting of its answers. $unsorted,
# $aware and $not_aware (in messages) list answers with their counts, e.g. "иә" 41, "да" 12, or
# are a dash; $example and, in hints, $aware and $not_aware are lines of TOML, shown as they are.
survey-csv-and-file = в `{ $key }` заданы и `csv`, и `file`
survey-csv-and-file-hint = оставьте только { $example }: `file` читает выгрузку и в .csv, и в .xlsx
survey-sheet-not-workbook = `sheet` указывают только для книг Excel, а { $file } — файл CSV
survey-sheet-not-workbook-hint = уберите sheet = "…" или укажите в `file` выгрузку .xlsx
survey-sheet-unknown = в книге { $file } нет листа "{ $sheet }"; в ней есть листы: { $sheets }
survey-sheet-did-you-mean = может быть, sheet = "{ $sheet }"?
survey-sheet-name-hint = скопируйте название листа с его ярлычка внизу книги; без `sheet` читается первый лист
survey-answers-in-both = { $count ->
        [one] ответ { $answers } указан
       *[other] ответы { $answers } указаны
    } и в `aware-if`, и в `not-aware-if`
survey-answers-in-both-hint = ответ засчитывается либо как осведомлённость, либо как неосведомлённость: оставьте каждый ответ только в одном списке
survey-answers-unsorted = в столбце `{ $column }` файла { $file } есть ответы, которых нет ни в `aware-if`, ни в `not-aware-if`: { $unsorted }; засчитаны как осведомлённость: { $aware }; как неосведомлённость: { $not_aware }; пустых: { $blank }
survey-answers-unsorted-hint = добавьте каждый ответ в свой список: { $aware }, если он означает, что человек осведомлён, или { $not_aware }, если нет
survey-no-not-aware-if = в `{ $key }` нет `not-aware-if`, а каждый ответ должен засчитываться либо как осведомлённость, либо как неосведомлённость; в столбце `{ $column }` файла { $file } есть ответы вне `aware-if`: { $unsorted }; засчитаны как осведомлённость: { $aware }; пустых: { $blank }
survey-no-not-aware-if-hint = добавьте { $example } и оставьте в этом списке только ответы, означающие, что человек не осведомлён; остальные перенесите в `aware-if`
survey-not-aware-if-hint = перечислите ответы, означающие, что человек не осведомлён, например { $example }
xlsx-not-a-workbook = это не книга Excel (.xlsx), или файл повреждён
xlsx-not-a-workbook-hint = откройте его в Excel или LibreOffice и сохраните заново как книгу Excel (.xlsx) или выгрузите опрос ещё раз; выгрузка в CSV должна называться .csv
csv-is-a-workbook = это книга Excel, а не файл CSV
csv-is-a-workbook-hint = переименуйте файл, чтобы его имя оканчивалось на .xlsx, и укажите это имя в `file`
xlsx-too-many-rows = на листе больше { $max } { $max ->
        [one] строки
        [few] строк
       *[many] строк
    } (строка { $row })

# `kitapsha stats`: how the answers of an export were counted, below the note on its file.
stats-note-answers = { $name }: { $side ->
        [before] опрос до кампании
       *[after] опрос после кампании
    }: осведомлённость: { $aware }; неосведомлённость: { $not_aware }

## Ledger corrections (void), history and hand-out sheets

ledger-void-date-missing = у `void` нет `date` — дня, когда запись признали ошибочной
ledger-void-date-missing-hint = напишите дату без кавычек, начиная с года, например void = { "{" } date = { $today }, reason = "записано дважды" { "}" }
ledger-void-reason-missing = у `void` нет `reason`: напишите, почему запись аннулирована
ledger-void-reason-missing-hint = например reason = "записано дважды"; аннулированная запись остаётся в журнале, но ни во что не засчитывается
ledger-void-before-record = дата аннулирования { $date } раньше даты самой записи ({ $record })
ledger-void-before-record-hint = запись нельзя признать ошибочной раньше того дня, о котором она: укажите дату не раньше { $record }
void-no-records = записи { $number } нет: в журнале пока нет ни тиражей, ни выдач
void-no-records-hint = ничего не изменено; тиражи записывают командой `kitapsha print-run { $campaign }`, выдачи — командой `kitapsha hand-out { $campaign }`
void-no-such-record = записи { $number } нет: записи в журнале пронумерованы от 1 до { $records }
void-no-such-record-hint = ничего не изменено; все записи с номерами показывает команда `kitapsha stock --history { $campaign }`
    .studio = ничего не изменено; все записи с номерами — в разделе «Все записи» на этой странице
void-already = запись { $number } уже аннулирована ({ $date }: { $reason })
void-already-hint = ничего не изменено; аннулированная запись остаётся в журнале и ни во что не засчитывается. Если ошибочна другая запись, посмотрите номера командой `kitapsha stock --history`
    .studio = ничего не изменено; аннулированная запись остаётся в журнале и ни во что не засчитывается. Если ошибочна другая запись, аннулируйте её в разделе «Все записи»
void-no-reason = не указана причина
void-no-reason-hint = ничего не изменено; напишите, почему запись ошибочна, например --reason "записано дважды"
void-before-record = запись { $number } относится к { $record }: её нельзя аннулировать с { $date }, раньше этого дня
void-before-record-hint = ничего не изменено; укажите в --date дату не раньше { $record } или не указывайте --date совсем — тогда будет сегодняшняя
    .studio = ничего не изменено; укажите дату не раньше { $record } или оставьте дату пустой — тогда будет сегодняшняя
void-overdraws = нельзя аннулировать запись { $number }: без её { $copies } экз. на складе не хватит экземпляров для выдач, записанных после неё (см. ниже)
void-overdraws-hint = ничего не изменено. Если эти экземпляры из другого тиража, сначала запишите его командой `kitapsha print-run { $campaign }`; если ошибочны и выдачи, сначала аннулируйте их (номера показывает `kitapsha stock --history { $campaign }`)
    .studio = ничего не изменено. Если эти экземпляры из другого тиража, сначала запишите его в разделе «Новый тираж»; если ошибочны и выдачи, сначала аннулируйте их в разделе «Все записи»
void-overdrawn-hand-out = выдача { $number }: { $date }, { $place }, { $copies } экз., а без этого тиража на складе было бы только { $stock } экз.
void-recorded =
    запись { $number } брошюры { $campaign } аннулирована: { $kind ->
        [run] тираж
       *[other] выдача
    } { $copies } экз. от { $date } ({ $reason }); на складе { $in_stock } экз.
history-empty = в журнале пока нет ни тиражей, ни выдач
history-number = №
history-date = дата
history-record = запись
history-copies = экз.
history-place = место или типография
history-note = отметка
history-print-run = тираж
history-hand-out = выдача
history-void = АННУЛИРОВАНА { $date }: { $reason }
history-void-note = аннулированные записи остаются в журнале и ни во что не засчитываются; `kitapsha void` принимает номера, показанные здесь
sheet-unknown-format = kitapsha читает ведомости выдач из файлов .xlsx и .csv, а не .{ $extension }
sheet-format-hint = в Excel или LibreOffice сохраните таблицу как книгу Excel (.xlsx) или как CSV и укажите этот файл
sheet-too-large = размер файла — { $size } МБ; ведомость выдач гораздо меньше (не больше { $max } МБ)
sheet-cannot-read = файл не удаётся прочитать как книгу Excel (.xlsx)
sheet-cannot-read-hint = проверьте имя файла и то, что он не открыт в другой программе
sheet-empty = таблица пуста
sheet-empty-hint = в первой строке напишите названия столбцов (дата, село, количество, кто выдал), ниже — по одной выдаче в строке
sheet-no-rows = в таблице есть названия столбцов, но под ними нет ни одной выдачи
sheet-no-rows-hint = запишите под названиями столбцов по одной выдаче в строке и запустите команду ещё раз
sheet-column-missing =
    нет столбца { $field ->
        [date] с датой
        [place] с местом выдачи
        [copies] с количеством экземпляров
       *[other] с тем, кто выдал
    }; в таблице есть столбцы: { $columns }
sheet-column-missing-hint = назовите этот столбец в первой строке одним из этих названий (заглавными или строчными буквами): { $names }
sheet-column-twice =
    { $field ->
        [date] для даты
        [place] для места выдачи
        [copies] для количества экземпляров
       *[other] для того, кто выдал
    } подходят два столбца: { $first } и { $second }
sheet-column-twice-hint = переименуйте или удалите один из них, чтобы kitapsha знал, какой читать
sheet-cell-empty = столбец { $column } ({ $header }) не заполнен
sheet-date-hint = напишите дату выдачи, например { $today } или 15.01.2025, или используйте ячейку в формате даты
sheet-place-hint = напишите село или город, где раздали брошюры
sheet-copies-hint = напишите, сколько экземпляров выдано, целым числом, например 60
sheet-date-bad = в столбце { $column } ({ $header }) не дата
sheet-date-bad-hint = «{ $value }» — не дата, которую может прочитать kitapsha; напишите её как { $today } или 15.01.2025 или используйте ячейку в формате даты
sheet-date-future = в столбце { $column } ({ $header }) дата в будущем
sheet-date-future-hint = { $date } ещё не наступило (сегодня { $today }): проверьте год и месяц
sheet-copies-bad = в столбце { $column } ({ $header }) не количество экземпляров
sheet-copies-bad-hint = «{ $value }» — не целое число больше 0; напишите количество цифрами, например 60
sheet-nothing-recorded =
    ничего не записано: в таблице { $rows } { $rows ->
        [one] строка
        [few] строки
       *[many] строк
    } с ошибками
sheet-nothing-recorded-hint = таблица записывается целиком или не записывается вовсе: исправьте строки, показанные выше (или сначала запишите недостающий тираж командой `kitapsha print-run`), и запустите ту же команду ещё раз
    .studio = таблица записывается целиком или не записывается вовсе: исправьте в таблице строки, показанные выше (или сначала запишите недостающий тираж в разделе «Новый тираж»), и отправьте таблицу ещё раз
sheet-recorded =
    записаны выдачи брошюры { $campaign } из таблицы: { $rows } { $rows ->
        [one] строка
        [few] строки
       *[many] строк
    }, всего { $copies } экз.; на складе осталось { $in_stock } экз.
cli-void-about = Аннулировать тираж или выдачу: запись остаётся в журнале, но ни во что не засчитывается
cli-void-campaign = { cli-print-run-campaign }
cli-void-number = Номер записи, как его показывает `kitapsha stock --history КАМПАНИЯ`
cli-void-reason = Почему запись ошибочна, например "записано дважды"
cli-void-date = День, когда обнаружили ошибку: 2025-01-21 или 21.01.2025; если не указан — сегодня
cli-stock-history = Все тиражи и выдачи этой кампании с номерами; аннулированные отмечены
cli-hand-out-from-file = Ведомость волонтёра (.xlsx или .csv) со столбцами дата, место, количество и, если нужно, кто выдал: записываются все строки или ни одной
arg-record-number = «{ $value }» — не номер записи: укажите номер, который показывает `kitapsha stock --history`, — целое число от 1
    .studio = «{ $value }» — не номер записи: введите номер из раздела «Все записи» — целое число от 1

## Word import
cli-import-about = Создать booklets/<ID>/campaign.toml из документов Word, по одному на каждый язык
cli-import-id = { cli-new-id }
cli-import-kk = Текст на казахском: документ Word (.docx)
cli-import-ru = Текст на русском: документ Word (.docx)
docx-save-again-hint = откройте его в Word или LibreOffice и сохраните заново как «Документ Word (.docx)»
docx-old-word = это документ Word старого формата (.doc) или документ, защищённый паролем, а не .docx
docx-old-word-hint = откройте его в Word или LibreOffice и сохраните как «Документ Word (.docx)» без пароля
docx-pdf = это PDF, а не документ Word
docx-pdf-hint = импортируйте документ Word, из которого сделан этот PDF, или скопируйте текст в Word и сохраните его как .docx
docx-rtf = это документ RTF, а не .docx
docx-opendocument = это текстовый документ OpenDocument (.odt), а не .docx
docx-opendocument-hint = в LibreOffice выберите «Файл ▸ Сохранить как» и тип файла «Word 2007–365 (.docx)»
docx-not-word = это не документ Word (.docx)
docx-damaged-zip = документ Word повреждён и не открывается: возможно, он скопирован не полностью
docx-damaged-zip-hint = скопируйте его заново оттуда, откуда он взят, или откройте его в Word, который может его восстановить, и сохраните заново
docx-damaged = документ Word повреждён: его часть { $part } не читается
docx-too-large = { $part } в распакованном виде занимает { $megabytes } МБ, а читается не больше { $limit } МБ
docx-too-large-hint = уменьшите рисунки в документе (в Word: «Формат рисунка ▸ Сжать рисунки») и сохраните его заново
import-exists = у кампании уже есть текст: ничего не импортировано
import-exists-hint = чтобы импортировать заново, сначала уберите { $file } из папки или импортируйте под другим идентификатором: kitapsha import { $id }-2 …
    .studio = выберите для новой кампании другое короткое имя, например { $id }-2
import-cannot-write = ничего не импортировано: не удаётся записать кампанию: { $reason }
import-district = района нет в документах Word: на обложке пока стоит временная надпись
import-district-hint = впишите здесь название района на каждом языке, например: district = { "{" } kk = "Ұйғыр ауданы", ru = "Уйгурский район" { "}" }
import-second-picture =
    { $section ->
        [0] в части для обложки (до первого заголовка) есть второй рисунок, { $picture }: берётся только первый
       *[other] в разделе { $section } есть второй рисунок, { $picture }: в брошюру ставится только первый
    }
import-second-picture-hint = у раздела может быть только один рисунок; дайте другому рисунку отдельный раздел со своим заголовком
import-text-before-heading = текст до первого заголовка не вошёл в брошюру; он начинается словами «{ $start }»
import-text-before-heading-hint = на обложку идут только название (стиль «Заголовок», в английском Word — Title) и подзаголовок (стиль «Подзаголовок», Subtitle); чтобы текст стал разделом, поставьте над ним заголовок в стиле «Заголовок 1» (Heading 1)
import-no-title = у документа нет названия: ни один абзац не оформлен стилем «Заголовок» (Title)
import-no-title-hint = в Word напишите название брошюры в первой строке и выберите для него стиль «Заголовок» (в английском Word — Title)
import-no-headings = в документе нет заголовков: ни один абзац не оформлен стилем «Заголовок 1» (Heading 1)
import-no-headings-hint = в Word выберите для названия каждого раздела стиль «Заголовок 1» (в английском Word — Heading 1): с каждого такого заголовка начинается раздел брошюры
import-section-empty = в разделе { $number } «{ $title }» под заголовком нет текста
import-section-empty-hint = напишите под заголовком текст раздела или удалите заголовок
import-outline-quote = цитата «{ $start }»
import-outlines-differ =
    документы не совпадают по строению: заголовков в { $first } — { $first_headings }, в { $second } — { $second_headings }, а разделы и цитаты сопоставляются по порядку:
    { $outline }
import-outlines-differ-hint = сделайте в обоих документах одинаковые заголовки (стиль «Заголовок 1») и цитаты, в одном и том же порядке
import-pictures-differ = рисунок { $picture } в разделе { $section } отличается от рисунка в { $used }; у раздела брошюры один рисунок, и берётся тот
import-pictures-differ-hint = вставьте в оба документа один и тот же рисунок или вставьте рисунок только в первый документ
import-picture-format = рисунок { $picture } в формате, который нельзя напечатать в брошюре (например, EMF, WMF или TIFF); он пропущен
import-picture-format-hint = сохраните рисунок в формате PNG или JPEG и вставьте его в документ заново
import-picture-linked = рисунок { $picture } не вставлен в документ, а только связан с файлом; он пропущен
import-picture-linked-hint = вставьте рисунок в сам документ (в Word: «Вставка ▸ Рисунки», без «Связать с файлом»)
import-picture-too-large = рисунок { $picture } занимает { $megabytes } МБ, а можно не больше { $limit } МБ; он пропущен
import-picture-missing = документ ссылается на рисунок { $picture }, но внутри документа его нет; он пропущен
import-toml-header = Импортировано командой `kitapsha import` из { $files }. Соберите брошюру командой `kitapsha build { $id }`; проверьте без сборки командой `kitapsha check { $id }`.
import-toml-markdown = Каждый текст пишется отдельно на каждом языке. Текст между """ и """ может занимать несколько строк; в нём можно выделять **жирным** и *курсивом*, делать списки ("- " или "1. ") и ссылки [текст](https://…).
import-toml-again = Теперь текст брошюры — этот файл: правьте его здесь. Чтобы снова импортировать документы Word, этот файл сначала нужно убрать из папки.
import-toml-district = Района нет в документах Word: впишите его название на каждом языке.
import-toml-caption-unused = Подпись к рисунку из документа Word, не использована: подпись печатается, когда у раздела есть рисунок и подпись на каждом языке.
import-done = записан { $file }: разделов — { $sections }, цитат — { $quotes }, рисунков — { $pictures }; проверьте его командой `kitapsha check { $id }` и соберите командой `kitapsha build { $id }`

## exports
cli-stock-csv-comma = Вывести CSV с запятыми и десятичной точкой — для других программ, не Excel
cli-stock-xlsx = Записать книгу Excel в этот файл вместо таблицы на экране
cli-stock-campaigns = Только эти кампании, через запятую: kegen,raiymbek; если не указаны — все
cli-stock-from = Первый учитываемый день, 2025-01-01 или 01.01.2025; если не указан — с самого начала
cli-stock-to = Последний учитываемый день, включительно; остаток — на его конец; если не указан — по сегодня
cli-stats-xlsx = Записать книгу Excel в этот файл вместо таблицы на экране
cli-stats-from = Учитывать только показатели, повторный опрос которых проведён в этот день или позже, 2025-01-01 или 01.01.2025
cli-stats-to = Учитывать только показатели, повторный опрос которых проведён в этот день или раньше
cli-report-campaigns = { cli-stock-campaigns }
cli-report-from = Первый день, который охватывает отчёт, 2025-01-01 или 01.01.2025; если не указан — начало программы
cli-report-to = Последний день, который охватывает отчёт, включительно; если не указан — конец программы
arg-campaign-empty = пустое имя кампании: перечислите кампании через запятую, без пробелов и без запятой в конце
usage-from-after-to = --from { $from } позже, чем --to { $to }: в такой период не попадает ни один день
xlsx-sheet-stock = Остатки
xlsx-sheet-stats = Осведомлённость
xlsx-group = группа
xlsx-question = вопрос
xlsx-n-before = n до
xlsx-n-after = n после
xlsx-before = до
xlsx-after = после
xlsx-change = изменение, п. п.
xlsx-low = { $column }: нижняя граница ({ $level } ДИ)
xlsx-high = { $column }: верхняя граница ({ $level } ДИ)
xlsx-cannot-make = не удалось составить книгу Excel: { $detail }

## latin
# Where a text of a kk-latn block belongs, the $place of campaign-text-*.
campaign-place-cover-latin = обложка на казахском латиницей
campaign-place-section-latin = раздел { $number } (казахский текст латиницей)
campaign-place-quote-latin = цитата { $number } (казахский текст латиницей)
# $table is cover, section or quote.
campaign-latin-without-kazakh = таблица [{ $table }.kk-latn] не будет напечатана: в брошюре нет казахского текста
campaign-latin-without-kazakh-hint = добавьте "kk" в `languages` в таблице [campaign] или удалите эту таблицу
# A Kazakh word the Latin edition cannot spell. $word is the word, $letter the letter.
latin-unknown-letter = в казахском слове «{ $word }» есть буква «{ $letter }», которой нет в казахском алфавите: в издании на латинице для неё нет буквы
latin-unknown-letter-hint = напишите казахскую букву, которую она заменяет, или сами напишите текст латиницей в таблице kk-latn рядом с казахской, например [section.kk-latn]
latin-latin-letter = в казахском слове «{ $word }» среди казахских букв стоит латинская «{ $letter }»: в издании на латинице она останется как есть
latin-latin-letter-hint = наберите слово заново только казахскими буквами: латинскую «i» часто ставят вместо казахской «і»
## Editions (large print)
campaign-edition-unknown = неизвестное издание «{ $edition }»
campaign-edition-unknown-hint = в `editions` можно написать: { $allowed }
campaign-edition-unknown-typo-hint = может быть, «{ $best }»? В `editions` можно написать: { $allowed }
campaign-edition-twice = издание «{ $edition }» указано дважды
campaign-edition-twice-hint = удалите второе: каждое издание собирается один раз
cli-print-run-edition = Какое издание напечатано: standard (обычное, по умолчанию) или одно из `editions` кампании, например large-print
print-run-edition-unknown = у { $campaign } нет издания «{ $edition }»: её издания — { $editions }. Издание добавляется в booklets/{ $campaign }/campaign.toml, например editions = ["large-print"] в разделе [booklet]
arg-edition-unknown = издания «{ $value }» нет; после --edition можно написать: { $allowed }
    .studio = издания «{ $value }» нет; выберите одно из: { $allowed }
ledger-edition-kind-unknown = неизвестное издание «{ $kind }» в [[run]]
ledger-edition-kind-unknown-hint = `kind` — это напечатанное издание: { $allowed }; для обычной брошюры его не пишут
## accessibility
# $place is one of campaign-place-*; $table is the block, such as [section.kk] or [cover.ru].
campaign-alt-from-caption = { $place }: у картинки нет `alt`, поэтому программа, читающая вслух, прочтёт вместо него подпись
campaign-alt-from-caption-hint = добавьте в { $table } alt = "…" и одним предложением напишите, что изображено на картинке; если картинка только для украшения, напишите alt = ""
campaign-alt-missing = { $place }: у картинки нет ни `alt`, ни `caption` — человек, который её не видит, ничего о ней не узнает
campaign-alt-missing-hint = добавьте в { $table } alt = "…" и одним предложением напишите, что изображено на картинке (программы для незрячих читают это вслух); если картинка только для украшения, напишите alt = ""
import-picture-without-alt =
    { $section ->
        [0] у рисунка на обложке, { $picture },
       *[other] у рисунка раздела { $section }, { $picture },
    } нет в документе ни замещающего текста, ни подписи: пока он отмечен как украшение (alt = "")
import-picture-without-alt-hint = напишите в campaign.toml, что изображено на рисунке, alt = "…", для тех, кто его не видит (в Word: правой кнопкой по рисунку ▸ «Изменить замещающий текст»)
import-toml-alt-missing = У рисунка нет замещающего текста в документе Word: напишите, что на нём изображено, alt = "…"; alt = "" означает, что рисунок только для украшения.
## studio
cli-studio-about = Редактировать кампании в браузере, рядом со страницами брошюры
cli-studio-port = Порт на 127.0.0.1: если не указан — 8738, 0 — любой свободный
studio-cannot-serve = не удаётся запустить студию на порту { $port }: { $reason }
studio-serving = kitapsha studio: { $address }  (откройте адрес в браузере; остановить — Ctrl-C)
studio-file-broken = этот файл не читается как TOML; сначала исправьте его в текстовом редакторе
studio-cannot-write = не удаётся сохранить файл: { $reason }
studio-language-name = Русский
studio-title = студия
studio-home-heading = Программа
studio-home-intro = Все кампании проекта и их состояние. Откройте кампанию, чтобы править её тексты.
studio-col-campaign = Кампания
studio-col-state = Состояние
studio-col-pages = Страниц
studio-col-printed = Напечатано
studio-col-handed-out = Роздано
studio-col-in-stock = На складе
studio-col-awareness = Осведомлённость
studio-state-errors = ошибок
studio-state-warnings = предупреждений
studio-state-ok = готово
studio-change = { $points } п. п.
studio-edit = Править
studio-cover = Обложка
studio-section = Раздел
studio-quote = Цитата { $number }
studio-back = Задняя обложка
studio-field-title = Заголовок
studio-field-subtitle = Подзаголовок
studio-field-text = Текст
studio-field-caption = Подпись к картинке
studio-field-alt = Описание картинки
studio-field-who = Кто сказал
studio-field-image = Картинка (файл в папке кампании)
studio-field-link = Ссылка (QR-код)
studio-lang-kk = По-казахски
studio-lang-ru = По-русски
studio-add-section = Добавить раздел
studio-remove-section = Удалить
studio-move-up = Выше
studio-move-down = Ниже
studio-save = Сохранить
studio-saved = Сохранено. Рядом с формой — страницы новой версии.
studio-invalid = Не сохранено: исправьте отмеченные поля. Ваш текст остался в форме.
studio-conflict = Не сохранено: после того как вы открыли эту страницу, файл campaign.toml изменил кто-то другой (или вы сами в другой вкладке). Ваш текст остался в форме: скопируйте нужное, откройте файл заново и внесите правку там.
studio-conflict-changes = Что изменилось в файле:
studio-reload = Открыть файл в нынешнем виде (новая вкладка)
studio-pages = Страниц
studio-preview-none = Страниц пока нет: в кампании есть ошибки.
studio-back-home = Все кампании
studio-not-found = В этом проекте нет такой кампании.
studio-toolbar-bold = Жирный
studio-toolbar-italic = Курсив
studio-toolbar-list = Пункт списка
studio-toolbar-link = Ссылка
studio-link-prompt = Адрес ссылки:

## studio ledger
studio-ledger-link = Тиражи и выдача
studio-ledger-heading = Тиражи и выдача
studio-ledger-recorded = Записано. Цифры ниже уже это учитывают.
studio-ledger-not-recorded = Ничего не записано: исправьте то, что указано у формы. Введённое осталось в форме.
studio-ledger-hand-out-heading = Выдача брошюр
studio-ledger-print-run-heading = Новый тираж
studio-ledger-stock-heading = Остаток
studio-ledger-places-heading = Выдано по сёлам
studio-ledger-no-hand-outs = Выдачи пока не записаны.
studio-ledger-history-heading = Все записи
studio-ledger-copies = Экземпляров
studio-ledger-place = Село или город
studio-ledger-date = Дата
studio-ledger-date-hint = (пусто — сегодня)
studio-ledger-by = Кто выдал
studio-ledger-printer = Типография
studio-ledger-cost = Стоимость всего тиража, тенге
studio-ledger-edition = Издание
studio-ledger-standard = обычная брошюра
studio-ledger-large-print = крупный шрифт
studio-ledger-latin = казахский на латинице
studio-ledger-record-hand-out = Записать выдачу
studio-ledger-record-print-run = Записать тираж
studio-ledger-by-or-cost = кто выдал / стоимость
studio-ledger-void = Аннулировать…
studio-ledger-reason = Почему аннулировать? (обязательно)
studio-ledger-void-date = Дата исправления (пусто — сегодня)
studio-ledger-void-confirm = Аннулировать запись
studio-ledger-void-since = АННУЛИРОВАНА { $date }: { $reason }
studio-ledger-void-note = Аннулированная запись остаётся в журнале, зачёркнутой, и ни во что не засчитывается. Ничего не удаляется.

## studio: access (the office network, users and roles)
users-role-editor = редактор
users-role-distributor = распространитель
users-role-coordinator = координатор
users-name-bad = «{ $name }» не может быть именем пользователя
users-name-hint = используйте буквы и цифры, между ними можно «-», «_» или «.», не больше 32 знаков: например aigul или erlan.b
users-written-twice = пользователь «{ $name }» записан в этом файле дважды
users-written-twice-hint = удалите один из двух блоков [[user]] или удалите пользователя командой `kitapsha user remove` и добавьте заново
users-not-a-hash = это не пароль, сохранённый kitapsha
users-not-a-hash-hint = пароли в этот файл не вписывают: задайте его командой `kitapsha user password { $name }`
users-role-unknown = «{ $role }» — такой роли нет
users-role-unknown-hint = напишите editor (редактор), distributor (распространитель) или coordinator (координатор)
users-name-taken = пользователь «{ $name }» уже есть
users-name-taken-hint = выберите другое имя или задайте «{ $name }» новый пароль: `kitapsha user password { $name }`
users-unknown = пользователя «{ $name }» нет
users-unknown-hint = список пользователей: `kitapsha user list`
users-last-coordinator = «{ $name }» — последний координатор: управлять пользователями станет некому
users-last-coordinator-hint = сначала сделайте координатором другого пользователя
users-password-short = пароль слишком короткий: наберите не меньше { $min } знаков
users-cannot-write = ничего не изменено: не удаётся записать users.toml: { $reason }
users-file-what = Люди, которые могут входить в `kitapsha studio --lan` с других компьютеров офиса, и их роли.
users-file-how = Меняйте его командами `kitapsha user add`, `kitapsha user remove` и `kitapsha user password` или на странице пользователей в студии.
users-file-private = Пароли хранятся только в виде хешей argon2id. Держите этот файл в офисе: никому его не отправляйте.
users-password-unreadable = не удаётся прочитать пароль: { $reason }
users-password-prompt = Пароль для { $name } (при наборе он не виден):{" "}
users-password-again = Тот же пароль ещё раз:{" "}
users-password-mismatch = два пароля не совпадают: ничего не изменено
user-list-empty = Пользователей пока нет: добавьте командой `kitapsha user add ИМЯ --role coordinator`.
user-added = { $name } ({ $role }) добавлен(а) в users.toml.
user-removed = { $name } удалён(а) из users.toml.
user-password-set = Новый пароль для { $name } сохранён.
cli-studio-lan = Открыть студию и другим компьютерам офисной сети, каждый входит под своим именем (нужен пользователь: kitapsha user add ИМЯ)
cli-user-about = Люди, которые могут входить в `kitapsha studio --lan`, и их роли (users.toml)
cli-user-add-about = Добавить пользователя; пароль спрашивается дважды и не виден при наборе (или читается из ввода, если это не терминал)
cli-user-add-name = Имя пользователя: буквы и цифры, между ними можно -, _ или .
cli-user-add-role = Что пользователь может менять: editor — редактор (тексты, картинки, сборка; если не указано), distributor — распространитель (только выдачи) или coordinator — координатор (всё, и пользователей)
cli-user-list-about = Показать пользователей и их роли
cli-user-remove-about = Удалить пользователя
cli-user-remove-name = Имя пользователя, как его показывает `kitapsha user list`
cli-user-password-about = Задать пользователю новый пароль (спрашивается дважды, при наборе не виден)
cli-user-password-name = Имя пользователя, как его показывает `kitapsha user list`
studio-lan-no-users = войти некому: без пользователей студия не открывается для офисной сети
studio-lan-no-users-hint = сначала добавьте себя: kitapsha user add ИМЯ --role coordinator
studio-serving-lan = kitapsha studio в офисной сети: { $address }  (на других компьютерах откройте этот адрес; каждый входит под своим именем; остановить — Ctrl-C)
studio-serving-lan-port = kitapsha studio в офисной сети, порт { $port }  (на других компьютерах откройте http://АДРЕС-ЭТОГО-КОМПЬЮТЕРА:{ $port }/; остановить — Ctrl-C)
studio-access-or = или
studio-access-refused-heading = Нет доступа
studio-access-refused = Вы вошли как { $name } ({ $role }). Это может делать только пользователь с ролью { $allowed }.
studio-access-nothing-changed = Ничего не изменено. Если это нужно сделать, обратитесь к координатору.
studio-access-logged-out = Вы не вошли: сеанс закончился после нескольких часов без работы, или вы вышли.
studio-access-logged-out-then = Ничего не изменено. Войдите снова и повторите изменение.
studio-users-link = Пользователи
studio-log-out = Выйти
studio-login-heading = Вход
studio-login-intro = Студия этого офиса. Войдите с именем и паролем, которые вам дал координатор.
studio-login-name = Имя
studio-login-password = Пароль
studio-login-button = Войти
studio-login-forgot = Забыли пароль? Координатор может задать новый командой kitapsha user password ИМЯ.
studio-login-wait = Слишком много неверных паролей. Подождите { $minutes } мин. и попробуйте снова.
studio-login-wrong = Имя или пароль неверны. Проверьте их и попробуйте снова.
studio-users-heading = Пользователи
studio-users-done = Сохранено в users.toml.
studio-users-not-done = Ничего не изменено: причина ниже.
studio-users-none = Пользователей пока нет.
studio-users-name = Имя
studio-users-role = Роль
studio-users-change-role = Изменить
studio-users-remove = Удалить
studio-users-remove-confirm = Удалить { $name }? Этот пользователь больше не сможет войти.
studio-users-add-heading = Добавить пользователя
studio-users-password = Первый пароль (не меньше 8 знаков; сообщите его человеку сами)
studio-users-add = Добавить
studio-users-choose-role = Выберите роль: редактор, распространитель или координатор.
studio-users-editor-may = тексты, картинки, новые кампании, импорт, сборка брошюр и отчёта
studio-users-distributor-may = только выдачи и тиражи
studio-users-coordinator-may = всё, и пользователей тоже
## studio: sheets and surveys
studio-nav-label = Разделы этой кампании
studio-upload-no-file = файл не выбран
studio-upload-unreadable = файл пришёл не целиком; выберите его и отправьте ещё раз
studio-upload-too-large = файл слишком большой для этой страницы: таблица выдачи — не больше 5 МБ, выгрузка опроса — не больше 20 МБ
studio-upload-wrong-kind = { $name } — не книга Excel (.xlsx) и не файл CSV (.csv); в Excel или LibreOffice сохраните его в одном из этих видов и отправьте этот файл
studio-upload-empty = файл { $name } пустой
studio-upload-not-workbook = { $name } называется .xlsx, но это не книга Excel; откройте его в Excel или LibreOffice и сохраните заново как книгу Excel (.xlsx)
studio-upload-not-text = { $name } называется .csv, но это не текст в UTF-8; при сохранении в Excel выберите «CSV UTF-8» или отправьте книгу .xlsx
studio-upload-expired = отправленный раньше файл больше не хранится (студию перезапустили или с тех пор отправили много файлов); отправьте его ещё раз
studio-sheet-summary = Или записать всю таблицу волонтёра (.xlsx или .csv)
studio-sheet-explain = В первой строке таблицы нужны столбцы «дата», «место» и «количество» (и, если есть, «кто выдал») — по-казахски, по-русски или по-английски. Вы увидите каждую строку до того, как что-то будет записано.
studio-sheet-file = Таблица волонтёра
studio-sheet-file-hint = .xlsx или .csv
studio-sheet-preview = Показать строки
studio-sheet-heading = Таблица волонтёра
studio-sheet-check = Пока ничего не записано. Проверьте строки, затем запишите их все.
studio-sheet-cannot-record = Эту таблицу нельзя записать: исправьте в самой таблице то, что сказано ниже, сохраните её и отправьте снова. Ничего не записано.
studio-sheet-in-stock-now = На складе сейчас
studio-sheet-copies = Экземпляров в таблице
studio-sheet-in-stock-after = На складе после таблицы
studio-sheet-rows = Строки, как они будут записаны
studio-sheet-row = Строка
studio-sheet-record = Записать всю эту выдачу
studio-sheet-cancel = Не записывать
studio-sheet-again = Отправить исправленную таблицу
studio-sheet-recorded = Таблица записана. Цифры ниже уже её учитывают.
studio-sheet-changed = с тех пор, как строки были показаны, изменилась таблица или склад; посмотрите строки ещё раз, прежде чем записывать
studio-survey-link = Опросы
studio-survey-heading = Опросы
studio-survey-saved = Сохранено в survey.toml. Результаты ниже посчитаны с учётом этого.
studio-survey-not-saved = Ничего не сохранено: посмотрите, что сказано у формы.
studio-survey-results-heading = Результаты
studio-survey-no-results = Результатов пока нет: в survey.toml нет вопроса с обоими замерами, или в нём ошибка, указанная выше.
studio-survey-before = До
studio-survey-after = После
studio-survey-respondents = опрошено:
studio-survey-change = Изменение, процентные пункты
studio-survey-counted-from = Посчитано по файлам
studio-survey-upload-heading = Добавить выгрузку опроса
studio-survey-upload-explain = Выгрузка KoboToolbox или ODK (.csv или .xlsx) для одного замера одного вопроса. Затем вы выберете столбец вопроса и разнесёте ответы; до этого ничего не сохраняется.
studio-survey-no-file = У этой кампании пока нет вопросов опроса. Добавьте первый ниже («Новый вопрос»); затем здесь можно будет отправить его выгрузки.
studio-survey-no-indicators = В survey.toml пока нет вопросов. Добавьте вопрос ниже («Новый вопрос»); затем здесь можно будет отправить его выгрузки.
studio-survey-indicator = Вопрос (показатель в survey.toml)
studio-survey-round = Замер
studio-survey-file = Выгрузка
studio-survey-file-hint = .csv или .xlsx, как её даёт KoboToolbox или ODK
studio-survey-send = Отправить и выбрать столбец
studio-survey-choose-indicator = выберите вопрос (показатель), к которому относится выгрузка
studio-survey-choose-round = выберите, сделан ли опрос до кампании или после
studio-survey-sort-heading = Разнесите ответы
studio-survey-column = Столбец вопроса
studio-survey-column-choose = — выберите столбец —
studio-survey-show-answers = Показать ответы
studio-survey-choose-column = в файле нет такого столбца; выберите столбец вопроса из списка
studio-survey-too-many-answers = в этом столбце больше { $max } разных ответов — это не вопрос «да/нет»; выберите столбец вопроса
studio-survey-answers-heading = Все ответы в этом столбце
studio-survey-answers-explain = Разнесите каждый ответ: знает, не знает или нет ответа (не считается среди опрошенных, как пустой ответ).
studio-survey-answer = Ответ
studio-survey-count = Сколько
studio-survey-aware = знает
studio-survey-not-aware = не знает
studio-survey-missing = нет ответа
studio-survey-blank = (пусто)
studio-survey-date = Дата этого замера
studio-survey-save = Сохранить и посчитать
studio-survey-left = Чтобы сохранить, разнесите все ответы.
studio-survey-cancel = Не сохранять
studio-survey-unsorted =
    { $count ->
        [one] { $count } ответ не разнесён: он отмечен ниже; выберите для него «знает», «не знает» или «нет ответа». Ничего не сохранено.
        [few] { $count } ответа не разнесены: они отмечены ниже; выберите для каждого «знает», «не знает» или «нет ответа». Ничего не сохранено.
       *[many] { $count } ответов не разнесены: они отмечены ниже; выберите для каждого «знает», «не знает» или «нет ответа». Ничего не сохранено.
    }
studio-survey-conflict = пока вы работали, survey.toml изменил кто-то другой; ничего не сохранено: откройте страницу опросов заново и отправьте файл ещё раз
studio-survey-file-broken = survey.toml не читается как TOML; сначала исправьте его (kitapsha check покажет где)
studio-survey-no-indicator = в survey.toml нет показателя с id = "{ $indicator }"
studio-survey-paired = показатель «{ $indicator }» задан парными числами (одних и тех же людей спросили дважды); выгрузка одного замера не может их заменить
studio-survey-date-bad = дата замера — не дата; выберите её в календаре
studio-survey-cannot-write = опрос не удалось сохранить: { $reason }
studio-sheet-rows-read = Строки, прочитанные из таблицы
## studio: outputs
studio-outputs-link = Файлы
studio-outputs-heading = Файлы для печати и рассылки
studio-outputs-intro = «Собрать файлы» делает PDF из текстов в том виде, в каком они сохранены сейчас. Если с прошлой сборки ничего не менялось, это займёт мгновение.
studio-outputs-build = Собрать файлы
studio-outputs-built = Файлы собраны. Скачайте их ниже.
studio-outputs-not-built = Файлы не собраны: исправьте то, что указано ниже, и соберите снова.
studio-outputs-booklet = Брошюра
studio-outputs-large-print = Издание крупным шрифтом
studio-outputs-latin = Издание с казахским текстом на латинице
studio-outputs-screen = Для чтения с экрана
studio-outputs-screen-note = Читать на телефоне или компьютере и отправлять в мессенджере или по электронной почте. Программы экранного доступа для незрячих читают его по порядку.
studio-outputs-press = Для типографии
studio-outputs-press-note = Цвета для печати (CMYK), вылеты 3 мм и метки реза (PDF/X-4). Этот файл отправьте в типографию.
studio-outputs-press-summary = Справка для типографии
studio-outputs-press-summary-note = Одна страница на казахском и русском: что это за файл для типографии — формат, число страниц, вылеты, цвета, как собирать. Отправьте её вместе с файлом для типографии.
studio-outputs-sheets = Для офисного принтера
studio-outputs-sheets-note = По две страницы на каждой стороне листа, в порядке сгиба: печатайте с двух сторон (переворот по короткому краю), сложите пополам и скрепите степлером.
studio-outputs-pages = Страниц
studio-outputs-download = Скачать
studio-outputs-missing = ещё не собран
studio-outputs-kilobytes = { $size } КБ
studio-outputs-megabytes = { $size } МБ
studio-report-link = Отчёт для донора
studio-report-heading = Отчёт для донора
studio-report-intro = Отчёт для донора — один PDF формата A4: что напечатано и роздано, где, сколько это стоило и как изменилась осведомлённость.
studio-report-language = Язык отчёта
studio-report-campaigns = Кампании в отчёте
studio-report-period = Период
studio-report-period-hint = Первый и последний учитываемый день, например 2025-01-15 или 15.01.2025. Оставьте пустыми — будет вся программа.
studio-report-from = Первый день
studio-report-to = Последний день
studio-report-make = Составить отчёт
studio-report-made = Отчёт готов.
studio-report-not-made = Отчёт не составлен: исправьте то, что указано у формы. Ваш выбор в ней сохранён.
studio-report-download = Скачать отчёт
studio-report-existing = Ранее составленные отчёты
studio-report-from-after-to = первый день ({ $from }) позже последнего ({ $to }): в такой период не попадает ни одного дня. Поменяйте даты местами.
studio-report-no-campaigns = отметьте хотя бы одну кампанию
## studio: editor
studio-picture-choose = Выберите картинку:
studio-picture-send = Поставить картинку в буклет
studio-picture-drop = или перетащите картинку в эту рамку. PNG, JPEG или SVG, не больше 25 МБ. Форма сохраняется вместе с ней.
studio-picture-none = Картинка не отправлена: сначала выберите файл с картинкой, потом нажмите «Поставить картинку в буклет».
studio-imported = Кампания сделана из документов Word. Проверьте тексты и отмеченные поля, потом сохраните.
studio-create-heading = Новая кампания
studio-new-heading = Пустая кампания
studio-new-id = Короткое имя кампании (её папка)
studio-new-id-hint = строчные латинские буквы, цифры и дефисы, например kegen-youth
studio-new-create = Создать кампанию
studio-import-heading = Из документов Word
studio-import-kk = Текст на казахском (.docx)
studio-import-ru = Текст на русском (.docx)
studio-import-create = Создать кампанию из документов
studio-import-no-files = Документ Word не отправлен: выберите файл .docx на казахском и на русском.
studio-add-quote = Добавить цитату
studio-remove-quote = Удалить цитату
studio-new-quote = Новая цитата

## studio: a new survey question
studio-survey-question-heading = Новый вопрос
studio-survey-question-explain = Вопрос опроса — так, как его задавали, на каждом языке (для отчёта донору нужен английский). Он добавится в survey.toml; затем отправьте выше его выгрузки — до кампании и после неё.
studio-survey-question-id = Короткое имя вопроса
studio-survey-question-id-hint = строчные латинские буквы, цифры и дефисы, например knows-appeal-procedure
studio-survey-question-kk = На казахском
studio-survey-question-ru = На русском
studio-survey-question-en = На английском
studio-survey-measure = Что он измеряет (необязательно)
studio-survey-measure-hint = Несколько слов, с которых начинаются фразы с результатом, — на всех трёх языках или ни на одном, например «осведомлённость о порядке обращения».
studio-survey-question-add = Добавить вопрос
studio-survey-question-added = Вопрос добавлен в survey.toml. Теперь отправьте его выгрузку — опрос до кампании.
studio-survey-question-no-id = у вопроса нет короткого имени; введите его, например knows-appeal-procedure
studio-survey-question-exists = в survey.toml уже есть вопрос с именем «{ $indicator }»; выберите другое короткое имя или отправьте выгрузки этого вопроса в форме выше

## studio: project settings
studio-settings-link = Настройки проекта
studio-settings-heading = Настройки проекта
studio-settings-explain = Организация, которая печатается на последней странице каждой брошюры, и программа, о которой отчёт для донора. Всё это хранится в kitapsha.toml.
studio-settings-saved = Сохранено в kitapsha.toml. Следующая сборка брошюр и отчёта возьмёт это.
studio-settings-not-saved = Ничего не сохранено: посмотрите, что написано у полей.
studio-settings-changed = kitapsha.toml изменил кто-то другой, пока эта страница была открыта, поэтому ничего не сохранено; откройте страницу заново, чтобы увидеть файл таким, какой он сейчас, и внесите изменения ещё раз
studio-settings-cannot-write = не удалось сохранить kitapsha.toml: { $reason }
studio-settings-date = «{ $value }» — не дата; выберите день в календаре
studio-settings-optional = (можно оставить пустым)
studio-settings-organisation = Организация
studio-settings-programme = Программа
studio-settings-kitapsha = kitapsha
studio-settings-name = Название
studio-settings-address = Адрес
studio-settings-hours = Часы работы
studio-settings-phone = Телефон
studio-settings-email = Электронная почта
studio-settings-title = Название программы
studio-settings-donor = Донор
studio-settings-funding = Фраза о финансировании рядом с логотипом донора
studio-settings-from = Первый день программы
studio-settings-to = Последний день программы
studio-settings-messages = Язык сообщений командной строки: kk, ru или en

## studio: the campaign's own texts in the editor
studio-campaign-block = Кампания
studio-field-district = Район
studio-field-topic = Тема брошюры
studio-field-district-en = Район по-английски (для отчёта донору)
studio-field-topic-en = Тема по-английски (для отчёта донору)

## studio: places of the map
studio-places-link = Места на карте
studio-places-heading = Места на карте отчёта
studio-places-explain = Карта в отчёте для донора показывает, сколько экземпляров роздано в каждом известном ей селе. Село известно по названиям (в записи о выдаче можно указать любое из них) и координатам. Всё это хранится в places.toml.
studio-places-added = Место добавлено в places.toml; в следующем отчёте его выдачи будут на карте.
studio-places-not-added = Ничего не добавлено: посмотрите, что написано у формы.
studio-places-missing-heading = Места выдачи, которых нет на карте
studio-places-missing-explain = Пока место не добавлено ниже, карта в отчёте не показывает эти экземпляры. Нажмите на название, чтобы начать с него.
studio-places-copies = экз.
studio-places-known-heading = Места, известные карте
studio-places-none = Мест пока нет.
studio-places-names = Названия
studio-places-lat = Широта
studio-places-lon = Долгота
studio-places-lat-hint = в десятичных градусах, например 43.35 (к северу от экватора)
studio-places-lon-hint = в десятичных градусах, например 79.52 (к востоку от Гринвича)
studio-places-source = Откуда координаты
studio-places-source-hint = (можно оставить пустым; для людей, не печатается)
studio-places-add-heading = Добавить место
studio-places-add = Добавить место
studio-places-not-a-number = «{ $value }» — не число градусов; введите его с точкой или запятой, например 43.35
studio-places-file-broken = places.toml не читается как TOML; сначала исправьте его (kitapsha check покажет где)
studio-places-cannot-write = не удалось сохранить places.toml: { $reason }

## studio: the booklet's size and layout in the editor
studio-field-format = Формат и сгиб
studio-field-bilingual = Два языка
studio-format-a5 = брошюра A5 (лист A4, сложенный пополам)
studio-format-a6 = брошюра A6 (карманная)
studio-format-a4-trifold = листовка A4, сложенная втрое
studio-bilingual-flip = каждый язык со своей обложки (брошюру переворачивают)
studio-bilingual-sequential = один язык за другим
studio-bilingual-parallel = рядом, раздел за разделом

## typesetting: a fault inside the layout engine
typeset-crashed = программа вёрстки остановилась на этом документе: { $detail }
typeset-crashed-hint = это сбой в kitapsha, а не ошибка в вашем тексте: этот документ не записан. Сообщите о сбое, приложив это сообщение.
