# kitapsha's messages in English. One file per language (kk.ftl, ru.ftl, en.ftl), the same
# messages in each, in the same order. Keys, file names and the user's own text reach a message
# as arguments and are shown as they are.

## General

severity-error = error
severity-warning = warning
hint-label = hint
summary-errors = kitapsha: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }

## Reasons a file cannot be read or written

io-not-found = it does not exist
io-permission-denied = permission denied
io-storage-full = the disk is full
io-not-a-folder = a part of the path is a file, not a folder
io-is-a-folder = it is a folder, not a file
io-read-only-disk = the disk is read-only
io-other = { $error }
file-cannot-read = cannot read the file: { $reason }

## Files: reading, TOML

file-not-a-file = this is not a file (a folder, a device or a pipe)
file-not-a-file-hint = put the file itself here
file-too-large = the file is larger than { $mib } MiB, far more than kitapsha reads
file-too-large-hint = check that this is the right file; pictures and survey exports go in files of their own
file-not-utf8 = the file is not UTF-8 text: line { $line }, byte { $byte } of the line
file-not-utf8-hint = save the file as UTF-8 (in Notepad: Save as → Encoding: UTF-8)
file-outside-campaign = the file leads outside its campaign folder
file-outside-campaign-hint = it is a symbolic link; put the file itself into the campaign folder
toml-unclosed-text = the text that starts here with { $quotes } is never closed
toml-unclosed-text-hint = put the closing { $quotes } on a line of its own where the text ends, before { $header }
toml-unclosed-text-at-end-hint = put the closing { $quotes } on a line of its own where the text ends
toml-unclosed-quote = the text in quotes is not closed on this line
toml-unclosed-quote-hint = put " at the end of the text: { $key } = "…"; a text of several lines goes in triple quotes """
toml-cyrillic-key = the key `{ $key }` has the Cyrillic letter { $letters } in it, which looks like a Latin one; keys are written in Latin letters
toml-cyrillic-key-hint = did you mean `{ $latin }`? Type the key again with the keyboard in English
toml-curly-quotes = the text is in { $opening }…{ $closing } quotes, as a word processor writes them; TOML knows only straight quotes "
toml-curly-quotes-hint = type straight double quotes (the key beside Enter, with Shift): { $key } = "…"
toml-backslash = a backslash \ in a text in double quotes starts a special sign such as \n, so this path cannot be read
toml-backslash-hint = write / between folders: { $key } = { $fixed }
toml-date-written = `{ $written }` is not a date as TOML writes it
toml-date-written-hint = write the year first, without quotes: { $key } = { $iso }
toml-date-no-such-day = `{ $written }` is no day of the calendar: the month has fewer days
toml-date-no-such-day-hint = check the day and the month; the last day of that month is { $key } = { $last }
toml-number-spaces = `{ $written }` is a number with spaces, which TOML cannot read
toml-number-spaces-hint = write it without spaces: { $key } = { $plain }
toml-more-errors =
    { $count ->
        [one] 1 more syntax error is not shown
       *[other] { $count } more syntax errors are not shown
    }
toml-more-errors-hint = fix the errors above first; the rest often go with them
toml-too-deep = this is not valid TOML: brackets are nested more than 80 levels deep
toml-too-deep-hint = kitapsha's files need two or three levels of brackets at most; look for a bracket that is never closed
toml-syntax = this is not valid TOML: { $detail }
toml-syntax-hint = check the quotes and brackets on this line; text goes in "double quotes", or in """triple quotes""" when it takes several lines
toml-this-table = this table
toml-top-level = the top level
toml-unknown-key = unknown key `{ $key }` in { $table }
toml-unknown-key-typo-hint = did you mean `{ $best }`? { $table } takes: { $takes }
toml-unknown-key-cyrillic-hint = did you mean `{ $best }`? The key has the Cyrillic letter { $letters } in it, which looks like a Latin one: type the key again in Latin letters. { $table } takes: { $takes }
toml-no-keys-hint = { $table } takes no keys here; remove `{ $key }`
toml-unknown-key-hint = { $table } takes: { $takes }
toml-unknown-value = unknown `{ $key }` value "{ $value }"
toml-unknown-value-typo-hint = did you mean "{ $best }"? `{ $key }` is one of: { $allowed }
toml-unknown-value-hint = `{ $key }` is one of: { $allowed }
toml-missing-key = `{ $key }` is missing here
toml-missing-key-hint = add `{ $key } = …` to this table
toml-wrong-type =
    `{ $key }` should be { $expected ->
            [text] text in quotes
            [whole-number] a whole number
            [number] a number
            [list] a list in [ ]
            [date] a date
            [yes-no] true or false
            [table] a table
           *[other] another kind of value
        }, but it is { $found }
toml-wrong-type-here =
    this value should be { $expected ->
            [text] text in quotes
            [whole-number] a whole number
            [number] a number
            [list] a list in [ ]
            [date] a date
            [yes-no] true or false
            [table] a table
           *[other] another kind of value
        }, but it is { $found }
toml-found-value =
    { $kind ->
        [whole-number] the whole number `{ $value }`
        [number] the number `{ $value }`
        [text] the text "{ $value }"
        [list] a list
        [yes-no] `{ $value }`
        [table] a table
        [date] the date `{ $value }`
       *[other] `{ $value }`
    }
toml-write-text-hint = put text in double quotes: { $key } = "text"
toml-write-whole-number-hint = write a whole number without quotes: { $key } = { $example }
toml-write-number-hint = write a number without quotes, with a point before the fraction: { $key } = { $example }
toml-write-list-hint = write a list in square brackets: { $key } = ["kk", "ru"]
toml-write-list-of-tables-hint = write [[{ $key }]], in double brackets, before each of them
toml-write-date-hint = write a date without quotes, the year first: { $key } = { $example }
toml-number-out-of-range = `{ $key }` cannot be { $value }: the number is far too large
toml-extra-digits-hint = look for extra digits
toml-duplicate-key = `{ $key }` is given twice
toml-duplicate-key-hint = keep one of them
toml-other = this value cannot be read: { $detail }
toml-other-hint = see the commented example that `kitapsha new` writes

## The project file, kitapsha.toml

campaign-unknown = there is no campaign `{ $id }`
campaign-unknown-typo-hint = did you mean `{ $best }`? known campaigns: { $known }
campaign-unknown-hint = known campaigns: { $known }
campaign-unknown-none-hint = the project has no campaigns yet; create one with `kitapsha new ID`
campaign-folder-cannot-open = cannot open the campaign folder: { $reason }
project-folder-cannot-open = cannot open the project folder: { $reason }
campaign-folder-outside = the campaign folder leads outside the project folder
campaign-folder-outside-hint = it is a symbolic link; copy the campaign into { $booklets }/ instead of linking to it
project-texts-missing = `{ $key }` is missing
project-texts-missing-hint = add it with the Kazakh, Russian and English texts: { $key } = {"{"} kk = "…", ru = "…", en = "…" {"}"}
project-text-missing-language =
    `{ $key }` has no { $lang ->
            [kk] Kazakh
            [ru] Russian
           *[en] English
        } text
project-text-missing-language-hint = add { $lang } = "…": the project file speaks to donors in all three languages, kk, ru and en
project-key-missing = `{ $key }` is missing
project-key-missing-hint = add { $key } = "…"
project-reached-negative = `reached` cannot be negative
project-reached-negative-hint = give the number of people reached, or remove `reached` when it is not known
project-activity-cost-negative = `cost` cannot be negative
project-activity-cost-negative-hint = give what the project cost in tenge, or remove `cost` when it is not known
project-logo-without-statement = `donor-logo` is given without `funding-statement`
project-logo-without-statement-hint = the logo is printed beside the funding statement: add funding-statement = {"{"} kk = "…", ru = "…", en = "…" {"}"}
project-period-reversed = the programme period ends before it starts: `to` is earlier than `from`
    .studio = the last day of the programme is before its first day
project-period-reversed-hint = swap `from` and `to`
    .studio = swap the two dates
project-period-missing = `period` is missing
project-period-missing-hint = add period = {"{"} from = 2024-06-01, to = 2025-02-22 {"}"}
project-logo-format = `donor-logo` "{ $path }" is not an SVG, PNG or JPEG file
project-logo-format-hint = give the logo as .svg (best: it stays sharp in print), .png or .jpg
project-logo-not-inside = it is not a file inside the project folder
project-logo-cannot-read = cannot read `donor-logo` "{ $path }": { $reason }
project-logo-cannot-read-hint = put the logo inside the project folder and write its path from there, e.g. donor-logo = "booklets/donor.svg"
project-not-a-date = this is not a date
project-not-a-date-hint = write a date without quotes, the year first, e.g. 2025-01-15

# [print] in kitapsha.toml and the print shop's profile (src/project.rs, src/colour.rs).
# $path is the path as written; $reason of print-profile-unusable is one of the messages
# after it, which say what is wrong with the profile; $error is the colour library's own text.
print-condition-missing = `condition` is missing: the press PDF must name the printing condition the profile is made for
print-condition-missing-hint = add the printing condition as the print shop names it, e.g. condition = "FOGRA39" (or "FOGRA51", "GRACoL2006_Coated1v2")
print-condition-without-profile = `condition` names the printing condition of the print shop's `profile`, but there is no `profile`
print-condition-without-profile-hint = add the print shop's CMYK profile, e.g. profile = "print/shop.icc", or remove `condition` to print with kitapsha's own FOGRA39 profile
print-ink-limit-out-of-range = an ink limit of { $limit } % is not one a print shop uses
print-ink-limit-out-of-range-hint = write the total ink the print shop allows, in percent, from 200 to 400: ink-limit = 300 for coated paper, ink-limit = 260 for uncoated
print-profile-where-hint = put the print shop's .icc file into the project folder and write its path from there, e.g. profile = "print/shop.icc"
print-profile-empty = `profile` is empty
print-profile-backslash = the profile path "{ $path }" has backslashes \ in it
print-profile-backslash-hint = write / between folders: profile = "{ $path }"
print-profile-outside = the profile "{ $path }" is outside the project folder
print-profile-missing = there is no profile "{ $path }"
print-profile-not-a-file = the profile "{ $path }" is not a file
print-profile-cannot-read = cannot read the profile "{ $path }": { $reason }
print-profile-cannot-read-hint = check the file and who may read it
print-profile-too-large = the profile "{ $path }" is over 16 MiB
print-profile-too-large-hint = a print shop's CMYK profile is well under 4 MB: check that this is the right file, or ask the print shop for its profile again
print-profile-unusable = the profile "{ $path }" cannot be used: { $reason }
print-profile-unusable-hint = the press PDF needs the print shop's CMYK output profile (an .icc file for printing, of class `prtr`); ask the print shop for it
print-profile-unreadable = it is not a readable ICC profile ({ $error })
print-profile-not-cmyk = it is a profile for { $space } colours, not a CMYK one
print-profile-not-output = it is a profile of class { $class }, not an output (printer) profile
print-profile-cannot-convert = kitapsha cannot convert colours with it ({ $error })
print-profile-cannot-measure = kitapsha cannot measure colours with it ({ $error })
print-profile-black-prints-nothing = it prints no darker with 100 % black ink than without it

## Campaign files, campaign.toml

campaign-table-missing = `[campaign]` is missing
campaign-table-missing-hint = add [campaign] with district, topic and languages (see the file that `kitapsha new` writes)
campaign-language-twice = `{ $lang }` is listed twice in `languages`
campaign-language-twice-hint = list each language once
campaign-languages-empty = `languages` is empty
campaign-languages-empty-hint = write languages = ["kk", "ru"]
# $key is district or topic; $example is kk = "…", ru = "…" for the booklet's languages.
campaign-key-missing = `[campaign]` has no `{ $key }`
campaign-key-missing-hint = add { $key } = {"{"} { $example } {"}"}
campaign-translation-missing =
    `{ $key }` has no { $lang ->
        [kk] Kazakh
        [ru] Russian
       *[en] English
    } text
campaign-translation-missing-hint = add { $lang } = "…" to { $key }
campaign-translation-too-long =
    the { $lang ->
        [kk] Kazakh
        [ru] Russian
       *[en] English
    } text of `{ $key }` is { $length } { $length ->
        [one] character
       *[other] characters
    } long; at most { $limit } fit
campaign-trifold-flip = a trifold leaflet cannot be a flip booklet: it has no second cover for the other language to start from
campaign-trifold-flip-hint = use bilingual = "parallel" or bilingual = "sequential" with format = "a4-trifold"
campaign-trifold-pages = `pages` has no effect on a trifold leaflet: it is always one sheet
campaign-trifold-pages-hint = remove `pages`
campaign-bilingual-one-language = `bilingual` has no effect: the booklet has one language
campaign-bilingual-one-language-hint = remove `bilingual`, or add a second language to `languages`
campaign-pages-out-of-range = `pages` must be between 1 and 200, not { $value }
campaign-pages-out-of-range-hint = give the number of pages, covers included (in a flip booklet, the pages of each language), e.g. pages = 12, or remove `pages`
campaign-creep-out-of-range = `creep-mm` must be between 0 and 1 millimetre, not { $value }
campaign-creep-out-of-range-hint = give the thickness of one sheet of paper in millimetres, e.g. creep-mm = 0.1, or remove `creep-mm`
# $tables is campaign-list-two or campaign-list-more, or one table: [cover.kk] and [cover.ru].
campaign-no-cover = the booklet has no `[cover]`
campaign-no-cover-hint = add { $tables } with a title each
campaign-list-two = { $first } and { $second }
campaign-list-more = { $first }, { $middle } and { $last }
campaign-cover-without-language =
    the cover has no { $lang ->
        [kk] Kazakh
        [ru] Russian
       *[en] English
    } text
campaign-cover-without-language-hint = add [cover.{ $lang }] with title = "…"
campaign-no-sections = the booklet has no sections
campaign-no-sections-hint = add [[section]] with [section.kk] and [section.ru], each with title and text
campaign-too-many-sections = the booklet has { $count } sections; at most { $limit } fit in one booklet
campaign-too-many-sections-hint = remove [[section]] tables, or split the content into two campaigns
campaign-too-many-quotes = the booklet has { $count } quotes; at most { $limit } fit in one booklet
campaign-too-many-quotes-hint = remove [[quote]] tables, or split the content into two campaigns
campaign-section-without-language =
    section { $number } has no { $lang ->
        [kk] Kazakh
        [ru] Russian
       *[en] English
    } text
campaign-section-without-language-hint = add [section.{ $lang }] with title and text
campaign-quote-without-language =
    quote { $number } has no { $lang ->
        [kk] Kazakh
        [ru] Russian
       *[en] English
    } text
campaign-quote-without-language-hint = add [quote.{ $lang }] with text = "…"
# Where a text belongs, the $place of campaign-text-*.
campaign-place-cover =
    the { $lang ->
        [kk] Kazakh
        [ru] Russian
       *[en] English
    } cover
campaign-place-section =
    section { $number } ({ $lang ->
        [kk] Kazakh
        [ru] Russian
       *[en] English
    })
campaign-place-quote =
    quote { $number } ({ $lang ->
        [kk] Kazakh
        [ru] Russian
       *[en] English
    })
# $key is title, subtitle, text, caption or who; $place is one of campaign-place-*.
campaign-text-empty = `{ $key }` of { $place } is empty
campaign-text-empty-hint = write the text between the quotes: { $key } = "…"
campaign-text-missing = { $place } has no `{ $key }`
campaign-text-missing-hint = add { $key } = "…"
campaign-text-too-long =
    `{ $key }` of { $place } is { $length } { $length ->
        [one] character
       *[other] characters
    } long; at most { $limit } fit
campaign-shorten-hint = shorten it
campaign-split-section-hint = split the text into two or more [[section]] tables
campaign-link-shorter-hint = use a shorter address, e.g. the site's front page
campaign-link-too-long =
    `link` is { $length } { $length ->
        [one] character
       *[other] characters
    } long; at most { $limit } fit: a longer address makes the QR code too dense to scan from paper
campaign-link-not-web = `link` is not a web address: "{ $link }"
campaign-link-not-web-hint = write the full address, starting with https://, e.g. link = "https://eotinish.kz"
campaign-caption-without-image = section { $number } has a caption but no image
campaign-caption-without-image-hint = add image = "images/….svg" to the section, or remove the caption
campaign-alt-without-image = { $place } has an `alt` but no picture for it to describe, so nothing reads it
campaign-alt-without-image-hint = add image = "images/…" to { $table }, or remove the `alt` line
campaign-caption-missing =
    section { $number } has a caption in { $with ->
        [kk] Kazakh
        [ru] Russian
       *[en] English
    } but none in { $without ->
        [kk] Kazakh
        [ru] Russian
       *[en] English
    }
campaign-caption-missing-hint = add caption = "…" to [section.{ $lang }]
# $table is cover, section or quote.
campaign-language-not-printed = [{ $table }.{ $lang }] is not printed: `languages` does not include "{ $lang }"
campaign-language-not-printed-hint = add "{ $lang }" to `languages` in [campaign], or remove this block
# Markdown in a section's text that is printed as typed. $typed is what the user typed;
# $more is how many other lines have the same kind of thing.
text-literal-heading =
    `{ $typed }` prints as typed: a section's text has no headings{ $more ->
        [0] {""}
        [one] {" "}(also on 1 more line)
       *[other] {" "}(also on { $more } more lines)
    }
text-literal-heading-hint = make the heading the `title` of a [[section]] of its own, or remove the `{ $typed }`
text-literal-quote =
    `>` at the start of a line prints as typed{ $more ->
        [0] {""}
        [one] {" "}(also on 1 more line)
       *[other] {" "}(also on { $more } more lines)
    }
text-literal-quote-hint = for a quote, use a [[quote]] table; otherwise remove the `>`
text-literal-code =
    { $typed } prints as typed, backticks included{ $more ->
        [0] {""}
        [one] {" "}(also on 1 more line)
       *[other] {" "}(also on { $more } more lines)
    }
text-literal-code-hint = remove the backticks (`); to make words stand out, write **bold**
text-literal-html =
    the HTML tag `{ $typed }` prints as typed{ $more ->
        [0] {""}
        [one] {" "}(also on 1 more line)
       *[other] {" "}(also on { $more } more lines)
    }
text-literal-html-hint = remove the tag: write **bold** for bold, *italic* for italic, and an empty line between paragraphs
text-literal-picture =
    the picture `{ $typed }` is not shown: its text prints as typed{ $more ->
        [0] {""}
        [one] {" "}(also on 1 more line)
       *[other] {" "}(also on { $more } more lines)
    }
text-literal-picture-hint = a section's picture is given by image = "images/…" in its [[section]]; remove this from the text
text-literal-link =
    the link `{ $typed }` prints as typed{ $more ->
        [0] {""}
        [one] {" "}(also on 1 more line)
       *[other] {" "}(also on { $more } more lines)
    }: only links to https://, http://, mailto: and tel: work
text-literal-link-hint = write the full address, e.g. [eOtinish](https://eotinish.kz)
text-literal-rule =
    the line `{ $typed }` prints as typed{ $more ->
        [0] {""}
        [one] {" "}(also on 1 more line)
       *[other] {" "}(also on { $more } more lines)
    }
text-literal-rule-hint = remove it: an empty line separates paragraphs, and [[section]] starts a new section
text-literal-nested-list =
    a list inside a list item prints as typed lines{ $more ->
        [0] {""}
        [one] {" "}(also on 1 more line)
       *[other] {" "}(also on { $more } more lines)
    }
text-literal-nested-list-hint = make it one list: each item on a line of its own, starting with `- `

## Pictures, fonts and fit

# $path is the picture's path as written in campaign.toml.
image-path-empty = the image path is empty
image-path-empty-hint = write image = "images/<name>", or remove `image`
image-backslash = image path "{ $path }" uses backslashes
# $path is the path with / instead of \.
image-backslash-hint = write / between folders: image = "{ $path }"
image-outside = image "{ $path }" is outside the campaign folder
image-outside-hint = copy the image into the campaign's images/ folder and write image = "images/<name>"
image-missing = image "{ $path }" does not exist
image-missing-hint = check the file name and that the file is in { $folder }
image-not-a-file = image "{ $path }" is not a file
image-not-a-file-hint = name an image file, not a folder
image-not-a-picture-format = image "{ $path }" is not a picture format the booklet can use
image-not-a-picture-format-hint = use one of: { $formats }
image-too-large = image "{ $path }" is { $megabytes } MB; at most { $limit } MB can be used
image-save-again-hint = save the picture again as PNG, JPEG or SVG, at most 7 000 × 7 000 pixels
# $reason is why the system could not read the file.
image-cannot-read = image "{ $path }" cannot be read: { $reason }
# $reason is the picture reader's own words, in English.
image-damaged = image "{ $path }" is damaged: { $reason }
image-damaged-hint = open it in an image editor and save it again as PNG or JPEG
image-unreadable = image "{ $path }" cannot be read: { $reason }
image-not-raster = image "{ $path }" is not a PNG, JPEG, GIF or WebP picture
image-too-many-pixels = image "{ $path }" is { $width }×{ $height } pixels, more than the { $millions } million a booklet needs
image-cut-short = image "{ $path }" is cut short: the file ends before the picture does (it was perhaps copied or downloaded only in part)
image-svg-not-text = image "{ $path }" is not a text SVG file (UTF-8)
image-svg-invalid = image "{ $path }" is not a valid SVG drawing: { $reason }
image-svg-not-svg = image "{ $path }" is not an SVG drawing (it does not start with <svg>)
# The picture's size in pixels, and in millimetres as printed.
image-resolution-low = image "{ $path }" is { $width }×{ $height } pixels: { $ppi } ppi at its printed size of { $width_mm }×{ $height_mm } mm
image-resolution-too-low = image "{ $path }" is { $width }×{ $height } pixels: { $ppi } ppi at its printed size of { $width_mm }×{ $height_mm } mm, too blurred to print
# $width and $height are the pixels needed at $ppi.
image-resolution-hint = print needs { $ppi } ppi: use a picture of at least { $width }×{ $height } pixels, or an SVG drawing
text-glyph-missing = the character “{ $character }” ({ $code }) is in none of the booklet's fonts
text-glyph-missing-hint = replace it with a letter or sign the fonts have (Kazakh, Russian and Latin letters, common punctuation, ₸ and №), or remove it
# $ink and $limit are the total ink in %; $dark and $saturated the share of the picture in %.
ink-picture-over-limit = image "{ $path }" prints with up to { $ink } % total ink, over the print shop's limit of { $limit } %
ink-picture-over-limit-hint = save the picture as RGB (PNG or JPEG) and let kitapsha convert it, or ask the print shop for a profile made for its ink limit
ink-picture-too-dark = image "{ $path }" loses detail in print (CMYK): { $dark } % of it is so dark that the ink limit flattens its shadows
ink-picture-too-saturated = image "{ $path }" loses detail in print (CMYK): { $saturated } % of it is more saturated than CMYK can print
ink-picture-too-dark-and-saturated = image "{ $path }" loses detail in print (CMYK): { $dark } % of it is so dark that the ink limit flattens its shadows; { $saturated } % of it is more saturated than CMYK can print
ink-picture-loses-detail-hint = brighten the shadows and lower the saturation of the picture a little, or check a printed proof
# Whether the text fits in `pages`. $section is the first section that does not fit; $used the
# pages the text needs, $limit what `pages` allows.
fit-half-too-long =
    the { $lang ->
        [kk] Kazakh
        [ru] Russian
       *[en] English
    } half of the booklet needs { $used } pages, its cover included, but `pages` allows { $limit }: section { $section } is the first that does not fit
fit-half-too-long-hint = shorten the text of section { $section } or of the sections before it, remove a picture, or raise `pages` to { $used }
# $lang is kk, ru or en in a sequential booklet, none when the languages stand side by side.
fit-booklet-too-long =
    the booklet needs { $used } pages, covers included, but `pages` allows { $limit }: section { $section }{ $lang ->
        [kk] {" "}(Kazakh)
        [ru] {" "}(Russian)
        [en] {" "}(English)
       *[none] {""}
    } is the first that does not fit
fit-booklet-too-long-hint = shorten the text of section { $section } or of the sections before it, remove a picture, or raise `pages` to { $used }
# $lang is kk, ru, en, or none when it is not known.
fit-leaflet-too-long =
    the text is longer than the four text panels of a trifold leaflet: section { $section }{ $lang ->
        [kk] {" "}(Kazakh)
        [ru] {" "}(Russian)
        [en] {" "}(English)
       *[none] {""}
    } does not fit
fit-leaflet-too-long-hint = shorten the text or remove an image, or make it an A5 booklet with format = "a5"

## Typesetting and PDFs

typeset-failed = the document could not be typeset: { $detail }
typeset-failed-hint = this is a problem in kitapsha's template, not in your text; please report it with this message. { $typst_hints }
typeset-pages-not-four = the booklet came out with { $pages } pages, not a multiple of four
typeset-template-bug-hint = this is a problem in kitapsha's template; please report it
pdf-cannot-make =
    the { $what ->
            [press] press PDF
            [sheets] sheets PDF
            [press-summary] print shop's summary PDF
            [report] report PDF
           *[screen] PDF
        } could not be made: { $detail }
pdf-press-cannot-make-hint = this is a problem in a picture or in kitapsha; please report it with this message
pdf-ink-over-limit = the press PDF would print with up to { $ink } % total ink, over the limit of { $limit } %
pdf-ink-over-limit-hint = a drawing or picture is darker than the print shop's profile allows; use a profile made for the shop's ink limit, or set `ink-limit` in [print] to what the shop accepts
typst-sources-cannot-write = cannot write the Typst sources: { $reason }
output-cannot-write = cannot write the file: { $reason }
report-cannot-write = cannot write the report: { $reason }
map-place-missing =
    hand-out place `{ $place }` is not in { $file }: the report's map leaves out its { $copies ->
        [one] 1 copy
       *[other] { $copies } copies
    }
map-place-missing-hint = add a [[place]] with name = {"{"} kk = "…", ru = "…", en = "…" {"}"}, lat and lon to { $file } at the project root
    .studio = add it under “Places on the map” on the programme page, with its names and coordinates

## The ledger, print-runs.toml

# print-runs.toml: reading, locking and writing the ledger (src/ledger/file.rs). $reason is an
# io-* message; $error is the TOML library's own text, in English.
ledger-file-header =
    Print runs and hand-outs of the booklet booklets/{ $campaign }, recorded by `kitapsha print-run`
    and `kitapsha hand-out`. Records may be corrected by hand; `kitapsha stock` checks them.
ledger-cannot-lock = nothing was recorded: cannot lock the ledger for writing: { $reason }
ledger-cannot-write = nothing was recorded: cannot write the ledger: { $reason }
ledger-unchanged-hint = the ledger is as it was; fix this, then run the command again
ledger-has-errors = nothing was recorded: the ledger has errors
ledger-has-errors-hint = fix the problems shown above, then run the command again
ledger-symbolic-link = nothing was recorded: the ledger is a symbolic link
ledger-symbolic-link-hint = kitapsha replaces the ledger with a new file on every write, which would turn the link into a plain file; put the file itself here
ledger-read-only = nothing was recorded: the ledger is read-only
ledger-read-only-hint = if the ledger may be changed, allow writing to it (in Windows: untick Read-only in the file's Properties; in Linux or macOS: chmod u+w { $path }), then run the command again
ledger-shortfall =
    cannot hand out { $copies ->
        [one] { $copies } copy
       *[other] { $copies } copies
    } on { $date }: the stock that day is { $stock }
ledger-shortfall-later =
    cannot hand out { $copies ->
        [one] { $copies } copy
       *[other] { $copies } copies
    } on { $date }: the stock that day is { $stock }, and hand-outs recorded after that day need { $later } of it
ledger-shortfall-hint =
    { $available ->
        [0] nothing was recorded; there are no copies to hand out on that day. If a print run before that day is not recorded yet, record it first with `kitapsha print-run`, giving the day it was printed with --date
        [one] nothing was recorded; hand out at most { $available } copy on that day. If a print run before that day is not recorded yet, record it first with `kitapsha print-run`, giving the day it was printed with --date
       *[other] nothing was recorded; hand out at most { $available } copies on that day. If a print run before that day is not recorded yet, record it first with `kitapsha print-run`, giving the day it was printed with --date
    }
    .studio =
        { $available ->
            [0] nothing was recorded; there are no copies to hand out on that day. If a print run before that day is not recorded yet, record it first under "A new print run", with the day it was printed
            [one] nothing was recorded; hand out at most { $available } copy on that day. If a print run before that day is not recorded yet, record it first under "A new print run", with the day it was printed
           *[other] nothing was recorded; hand out at most { $available } copies on that day. If a print run before that day is not recorded yet, record it first under "A new print run", with the day it was printed
        }
ledger-not-read-back = nothing was recorded: the new ledger would not read back as it was written (a bug in kitapsha; please report it with this message)
ledger-cannot-edit = nothing was recorded: cannot edit the ledger: { $error }
ledger-not-a-list = nothing was recorded: `{ $key }` in the ledger is not a list of [[{ $key }]] tables; start each record with a line [[{ $key }]]

# print-runs.toml: checking each record (src/ledger/validate.rs). $table is [[run]] or
# [[hand-out]]; $found is one of the ledger-found-* messages; $today is today's date.
ledger-hand-out-overdrawn =
    this hand-out of { $copies ->
        [one] { $copies } copy
       *[other] { $copies } copies
    } on { $date } is more than the stock that day, { $stock }
ledger-hand-out-overdrawn-hint = check the copies and the date of this hand-out, and that every print run before it is recorded
ledger-place-missing = `place` is missing in this [[hand-out]]
ledger-place-missing-hint = write place = "…": the village or town where the copies were handed out
ledger-date-missing = `date` is missing in this { $table }
ledger-date-missing-run-hint = add the day the booklets were printed, without quotes and the year first, e.g. date = { $today }
ledger-date-missing-hand-out-hint = add the day the copies were handed out, without quotes and the year first, e.g. date = { $today }
ledger-date-not-a-date = `date` should be a date, but it is { $found }
ledger-date-not-a-date-hint = write the date without quotes or a time, the year first, e.g. date = { $today }
ledger-date-reorder-hint = write the year first, without quotes: date = { $date }
ledger-date-in-future = `date` { $date } is in the future
ledger-date-in-future-hint = today is { $today }; the ledger records what has happened, on the day it happened: check the year and the month
ledger-copies-missing = `copies` is missing in this { $table }
ledger-copies-missing-hint = add the number of booklets, without quotes, e.g. copies = 300
ledger-copies-too-large = `copies` is too large: { $value }
ledger-extra-digits-hint = check the number for extra digits
ledger-copies-not-positive = `copies` must be more than 0, but it is { $value }
ledger-copies-not-positive-hint = write the number of booklets; if there were none, remove the whole record
ledger-copies-not-whole = `copies` should be a whole number, but it is { $found }
ledger-copies-not-whole-hint = write the number in digits, without quotes, e.g. copies = 300
ledger-copies-digits-hint = write the number without quotes or spaces: copies = { $copies }
ledger-cost-too-large = `cost` is too large: { $value }
ledger-cost-negative = `cost` cannot be negative, but it is { $value }
ledger-cost-negative-hint = write what the whole print run cost, in tenge, e.g. cost = 45000, or remove `cost` if it is not known
ledger-cost-not-whole = `cost` must be whole tenge, but it is { $value }
ledger-cost-not-whole-hint = round to whole tenge, without tiyn: cost = { $rounded }
ledger-cost-not-a-number = `cost` should be a whole number of tenge, but it is { $found }
ledger-cost-not-a-number-hint = write the number in digits, without quotes, spaces or ₸, e.g. cost = 45000
ledger-cost-digits-hint = write the number without quotes, spaces or ₸: cost = { $cost }
ledger-found-text = the text "{ $text }"
ledger-found-date-time = the date and time `{ $value }`
ledger-found-number = the number `{ $value }`
ledger-found-boolean = `{ $value }`
ledger-found-list = a list
ledger-found-table = a table

# Recording a print run, and whether the copies in stock still carry the current text
# (src/ledger/mod.rs). $printed and $current are editions (fingerprints of the press PDF).
ledger-run-without-edition =
    the print run is recorded without `edition`: the campaign's content has { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, so the booklet does not build
ledger-run-without-edition-hint = run `kitapsha check { $campaign }` to see them; the edition tells later which text went to press
    .studio = open the campaign in the editor to see them; the edition tells later which text went to press
ledger-edition-changed = the content of { $campaign } has changed since the print run of { $date }: edition { $printed } was printed, the content now builds { $current }
ledger-edition-changed-hint = the copies in stock carry the old text; when the new text is printed, record that print run, e.g. `kitapsha print-run { $campaign } --copies 300`
    .studio = the copies in stock carry the old text; when the new text is printed, record that print run under "A new print run"
ledger-edition-unknown = cannot tell whether edition { $printed } is still current: the content of { $campaign } does not build
ledger-edition-unknown-hint = run `kitapsha check { $campaign }` to see why
    .studio = open the campaign in the editor to see why

# `kitapsha stock`: the table's headings, its total row and notes, and the CSV header row
# (src/ledger/stock.rs). The CSV header names the columns, with no comma inside a name.
stock-campaign = campaign
stock-printed = printed
stock-handed-out = handed out
stock-in-stock = in stock
stock-cost = cost
stock-cost-per-copy = cost per copy
stock-last-hand-out = last hand-out
stock-total = total
stock-content-changed-note = the content has changed since the last print run
stock-cost-note = cost and cost per copy count only the print runs whose cost is recorded

## Surveys, survey.toml and exports

# survey.toml. $indicator is survey-indicator-named or survey-indicator-numbered; $example,
# $before, $after and $change are lines of TOML to copy, shown as they are.
survey-too-many-indicators = the survey has { $count } indicators; kitapsha reads at most { $max }
survey-too-many-indicators-hint = keep the questions the report is about; remove the other [[indicator]] tables
survey-indicator-named = indicator `{ $id }`
survey-indicator-numbered = indicator { $number }
survey-no-question = { $indicator } has no `question`
survey-no-question-hint = add { $example }: the question as it was asked
survey-by-column-empty = `column` is empty
survey-by-column-hint = write column = "group/sex": the column of the export to break the results down by (for counts, the name the groups' `by` uses)
survey-by-no-column = this `by` has no `column`
survey-by-no-name = this `by` has no `name`
survey-by-no-name-hint = add { $example }: what the report calls the column
survey-by-column-twice = `by` names column `{ $column }` twice
survey-by-column-twice-hint = give each column once
survey-target-hint = write { $after } (the share aware after the campaign) or { $change } (the rise in percentage points), as fractions
survey-target-both = `target` has both `after` and `change`
survey-target-both-hint = give one target per indicator; remove the other
survey-target-neither = `target` has neither `after` nor `change`
survey-target-percentage = `target.{ $key }` is a fraction, not a percentage: did you mean { $key } = { $fraction }?
survey-target-range = `target.{ $key }` must be more than 0 and at most 1, not { $value }
survey-no-id = indicator { $number } has no `id`
survey-id-hint = write a short name in lowercase Latin letters, digits and dashes, e.g. id = "knows-appeal-procedure"
survey-id-not-short = `id` "{ $id }" is not a short name
survey-id-twice = indicator id `{ $id }` is used twice
survey-id-twice-hint = give each indicator its own id
survey-no-text = `{ $key }` has no { $lang ->
        [kk] Kazakh
        [ru] Russian
       *[en] English
    } text
survey-no-text-hint = add { $lang } = "…": kk, ru and en are all needed for the sentences
survey-design-effect-range = `design-effect` must be more than 0, not { $value }
survey-design-effect-range-hint = a simple random sample has design effect 1, a cluster sample usually 1.5 to 3; remove the key if it is unknown
survey-design-effect-low = `design-effect` { $value } is below 1: the intervals come out narrower than for a simple random sample
survey-design-effect-low-hint = check the value; cluster samples have design effects above 1
survey-no-data = { $indicator } has no survey answers yet, so it is left out of the results
survey-no-data-hint = add `before` and `after` (see the comment at the top of the file), or `paired` when the same people were asked twice
survey-paired-and-independent = { $indicator } has both `paired` and `before`/`after`
survey-paired-and-independent-hint = use `paired` when the same people were asked twice, `before` and `after` otherwise; remove the other
survey-no-after = { $indicator } has `before` but no `after` yet: the change is counted once the survey after the campaign is added, and until then the question is left out of the results
survey-no-after-hint = add { $example }
survey-no-before = { $indicator } has `after` but no `before`: without the survey before the campaign there is no change to count, so the question is left out of the results
survey-no-before-hint = add { $example }
survey-groups-without-by = { $indicator } has [[indicator.group]] counts but no `by`
survey-groups-without-by-hint = add { $example } to the indicator; each group's `by` names one of its columns
survey-groups-with-csv = { $indicator } counts its answers from CSV exports, so kitapsha breaks them down by `by` itself
survey-groups-with-csv-hint = remove the [[indicator.group]] tables, or give the indicator's own counts instead of the exports
survey-by-one-csv = { $indicator } has `by`, but only one of its surveys is counted from a CSV export
survey-by-one-csv-hint = count both surveys from their exports, or give the counts of each group in [[indicator.group]]
survey-by-without-groups = { $indicator } has `by` but no [[indicator.group]] counts
survey-by-without-groups-hint = add [[indicator.group]] tables with by = "…", value = "…" and the group's counts, or count the answers from CSV exports
survey-group-no-by = this [[indicator.group]] has no `by`
survey-group-no-by-hint = add by = "{ $column }": one of the indicator's `by` columns
survey-group-unknown-by = group `by = "{ $by }"` is not one of the `by` columns of { $indicator }
survey-group-unknown-by-hint = write one of: { $columns }
survey-group-no-value = this [[indicator.group]] has no `value`
survey-group-no-value-hint = add value = "{ $example }": the group's value in the column `{ $column }`
survey-group-twice = the group `{ $column }` = `{ $value }` is given twice
survey-group-twice-hint = give each group's counts once
survey-groups-exceed = the groups by `{ $column }` add up to { $respondents ->
        [one] 1 respondent
       *[other] { $respondents } respondents
    } ({ $aware } aware) { $side ->
        [before] before
       *[after] after
    } the campaign, more than the { $whole } ({ $whole_aware } aware) of { $indicator }
survey-groups-exceed-hint = each respondent belongs to at most one group of a column; check the counts
survey-group-needs-independent = this group needs `before` and `after` counts, like its indicator
survey-group-needs-independent-hint = add { $before } and { $after }
survey-group-needs-paired = this group needs `paired` counts, like its indicator
survey-group-needs-paired-hint = add { $example }
survey-group-sample-extra = a group's `{ $key }` takes only `respondents` and `aware`
survey-group-sample-extra-hint = the group shares its indicator's dates and source; remove the other keys
survey-group-paired-dates = a group's `paired` takes only the four counts
survey-group-paired-dates-hint = the group shares its indicator's dates; remove before-date and after-date
survey-meaning-group-both = the number in this group aware before and after
survey-meaning-group-only-before = the number in this group aware only before
survey-meaning-group-only-after = the number in this group aware only after
survey-meaning-group-neither = the number in this group aware neither time
survey-group-paired-zero = the group's `paired` counts add up to 0
survey-group-paired-zero-hint = give the counts of the group's people who were asked twice
survey-dates-out-of-order = the survey after the campaign ({ $after }) is not later than the one before it ({ $before })
survey-dates-out-of-order-hint = `before` is the survey before the campaign and `after` the one after it; check the dates
survey-no-key = `{ $table }` has no `{ $key }`
survey-counts-and-csv = `{ $key }` has both counts and a CSV file
survey-counts-and-csv-hint = give either respondents and aware, or file, column, aware-if and not-aware-if
survey-no-counts = `{ $key }` has no counts
survey-no-counts-hint = add respondents = … and aware = …, or file = "surveys/….xlsx", column = "…", aware-if = ["…"] and not-aware-if = ["…"]
survey-meaning-respondents = the number of people who answered
survey-meaning-aware = the number of them who were aware
survey-respondents-zero = `respondents` must be more than 0
survey-respondents-zero-hint = give the number of people who answered the question
survey-aware-exceeds = `aware` ({ $aware }) is more than `respondents` ({ $respondents })
survey-aware-exceeds-hint = `aware` counts the respondents who were aware, so it cannot exceed `respondents`
# $meaning is one of the survey-meaning-* messages.
survey-count-missing-hint = add { $key } = …: { $meaning }
survey-count-negative = `{ $key }` cannot be negative, not { $value }
survey-count-negative-hint = give { $meaning }: 0 or more
survey-count-too-large = `{ $key }` is too large: { $value }
survey-count-too-large-hint = give { $meaning }
survey-no-csv-hint = add file = "{ $example }": the export (.csv or .xlsx), inside the campaign folder
survey-no-column-hint = add column = "q3": the question's column in the CSV file
survey-aware-if-hint = list the answers that count as aware, e.g. { $example }
survey-aware-if-empty = `aware-if` is empty
survey-by-column-not-in-csv = `by` column `{ $column }` is not in { $file }; its columns are: { $columns }
survey-column-did-you-mean = did you mean `{ $column }`?
survey-column-name-hint = write the column's full name, or the part after the last /
survey-columns-and-more = { $columns } and { $more } more
survey-by-column-ambiguous = `by` column `{ $column }` matches several columns in { $file }: { $columns }
survey-column-full-name-hint = write the full name, e.g. column = "{ $example }"
survey-column-not-in-csv = column `{ $column }` is not in { $file }; its columns are: { $columns }
survey-column-ambiguous = column `{ $column }` matches several columns in { $file }: { $columns }
survey-column-no-answers = column `{ $column }` in { $file } has no answers ({ $blank } blank)
survey-column-no-answers-hint = check that this is the right column and the right file
survey-csv-folder-hint = put the export into the campaign's surveys/ folder and write { $key } = "{ $example }"
survey-csv-path-empty = the { $kind ->
        [xlsx] Excel
       *[csv] CSV
    } path is empty
survey-csv-backslash = { $kind ->
        [xlsx] Excel
       *[csv] CSV
    } path "{ $path }" uses backslashes
survey-csv-backslash-hint = write / between folders: { $key } = "{ $fixed }"
survey-csv-outside = { $kind ->
        [xlsx] Excel
       *[csv] CSV
    } file "{ $path }" is outside the campaign folder
survey-csv-missing = { $kind ->
        [xlsx] Excel
       *[csv] CSV
    } file "{ $path }" does not exist
survey-csv-missing-hint = check the file name; it is looked for in { $folder }
survey-csv-not-a-file = { $kind ->
        [xlsx] Excel
       *[csv] CSV
    } file "{ $path }" is not a file
survey-csv-not-a-file-hint = name the exported file (.csv or .xlsx), not a folder
survey-meaning-both = the number of people aware before and after
survey-meaning-only-before = the number of people aware before but not after
survey-meaning-only-after = the number of people aware after but not before
survey-meaning-neither = the number of people aware neither time
survey-paired-zero = the `paired` counts add up to 0
survey-paired-zero-hint = give the counts of the people who were asked twice
survey-date-not-a-day = `{ $key }` must be a day alone, without a time
survey-date-not-a-day-hint = write { $key } = { $example }
survey-date-missing-hint = add { $key } = { $example }: the day the survey { $when ->
        [before] before
       *[after] after
    } the campaign ended

# A survey export (CSV).
csv-cannot-read-hint = check the file and who may read it
csv-too-large = the file is { $size } MiB; kitapsha reads survey exports of up to { $max } MiB
csv-too-large-hint = export only this survey's submissions, or only the columns you need
csv-empty = the file is empty
csv-empty-hint = export the survey again; the first line must name the columns
csv-too-many-rows = the file has more than { $max } rows
csv-too-many-rows-hint = export only this survey's submissions
csv-ragged-row = this row has { $fields ->
        [one] 1 field
       *[other] { $fields } fields
    } but the header has { $header }
csv-ragged-row-hint = a separator inside an answer must be in "double quotes"; export the file again from the survey tool
csv-answer-not-utf8 = this answer is not UTF-8 text
csv-utf8-hint = export the CSV as UTF-8 (in Excel: Save as → CSV UTF-8)
csv-utf16 = the file is UTF-16, not UTF-8
csv-header-not-utf8 = this column name is not UTF-8 text
csv-unclosed-quote = a quoted field that starts here is never closed
csv-unclosed-quote-hint = add the closing " or export the file again

# `kitapsha stats`: the table, its notes and headings. $level is written "95 %" (kk: "95%").
stats-no-results = no survey results in the campaigns asked for
stats-intro = Share aware before and after, in % with { $level } confidence intervals; change = after minus before, in percentage points. Indented rows are groups of respondents; a group with fewer than { $min } on either side is too few to compare.
stats-skipped = no survey results (skipped): { $campaigns }
stats-sentences-heading = Sentences in { $lang ->
        [kk] Kazakh
        [ru] Russian
       *[en] English
    } ({ $code }):
stats-column-campaign = campaign
stats-column-indicator = indicator
stats-column-before = before ({ $level } CI)
stats-column-after = after ({ $level } CI)
stats-column-change = change, pp ({ $level } CI)
stats-column-test = test
stats-column-target = target
stats-test-z = two-proportion z
stats-test-mcnemar = McNemar exact
stats-target-points = { $value } pp
stats-target-met = { $target }: met
stats-target-not-met = { $target }: not met
stats-target-unclear = { $target }: unclear
stats-too-few = too few to compare
stats-note-csv = { $name }: { $side ->
        [before] before
       *[after] after
    }: counted from { $file }, column { $column }; { $blank ->
        [one] 1 blank answer
       *[other] { $blank } blank answers
    } left out
stats-note-paired = { $name }: the same { $people } people asked twice (aware both times { $both }, only before { $only_before }, only after { $only_after }, neither { $neither }); McNemar chi-square with continuity correction: p { $p }
stats-note-design-effect = { $name }: design effect { $effect }: intervals and test use effective sample sizes { $before } and { $after }

## Places and the donor report

# places.toml.
places-no-name-in = the place's `name` has no { $lang ->
        [kk] Kazakh
        [ru] Russian
       *[en] English
    } name
places-no-name-in-hint = add { $lang } = "…": the map prints the village's name in the report's language
places-no-name = this [[place]] has no `name`
places-no-name-hint = add { $example }: the names hand-outs use
places-twice = the place `{ $name }` is listed twice
places-twice-hint = keep one [[place]] per village
places-coordinate-hint = give { $key } in decimal degrees, e.g. { $key } = { $example }
places-coordinate-range = `{ $key }` must be between -{ $limit } and { $limit }, not { $value }
places-no-coordinate = this [[place]] has no `{ $key }`

## What the commands print

no-project = there is no { $file } in this folder or in any folder above it
no-project-hint = run kitapsha inside the project folder, or name that folder with --project DIR
new-created = created { $folder }/campaign.toml: write the text there, then run `kitapsha build { $id }`
check-press-ink = { $campaign }: press PDF in CMYK, highest total ink { $ink } % (limit { $limit } %)
check-done =
    { $campaigns ->
        [one] checked 1 campaign
       *[other] checked { $campaigns } campaigns
    }
wrote = wrote { $path }
build-unchanged =
    { $files ->
        [one] 1 file is up to date: made from the same files before (`kitapsha build --force` makes it again)
       *[other] { $files } files are up to date: made from the same files before (`kitapsha build --force` makes them again)
    }
print-run-recorded =
    recorded a print run of { $copies ->
        [one] 1 copy
       *[other] { $copies } copies
    } of { $campaign } on { $date }, edition { $edition }; { $in_stock } in stock
print-run-recorded-without-edition =
    recorded a print run of { $copies ->
        [one] 1 copy
       *[other] { $copies } copies
    } of { $campaign } on { $date }; { $in_stock } in stock
new-bad-id = `{ $id }` cannot be a campaign id
new-bad-id-hint = use lowercase Latin letters, digits and dashes, starting with a letter, e.g. kegen-youth
new-exists = this campaign already exists
new-exists-hint = choose another id, or edit the existing campaign.toml
new-cannot-create = cannot create the campaign: { $reason }
init-not-a-folder = this is a file, not a folder: a project is a folder
init-not-a-folder-hint = give a new folder, or an empty one, e.g. `kitapsha init our-booklets`
init-exists = there is a project here already: { $file } exists
init-exists-hint = work in it as it is (`kitapsha check`), or give another folder
init-cannot-create = cannot create the project: { $reason }
init-created = created the project { $folder }: fill in { $folder }/kitapsha.toml, then make the first booklet there with `kitapsha new <id>`; { $folder }/README.md says what comes next
project-placeholder = `{ $key }` is still the example text “{ $text }”
    .studio = this is still the example text “{ $text }”
project-placeholder-hint = write your own text in its place, without the square brackets; until then the booklets and the report print the example as it is
watch-no-campaign = there is no campaign to watch
watch-no-campaign-hint = create one with `kitapsha new ID`
watch-cannot-serve = cannot serve the preview on port { $port }: { $reason }
watch-serving = preview of { $campaign }: { $address }  (stop with Ctrl-C)
watch-built =
    build { $build }: { $pages } pages in { $ms } ms{ $problems ->
        [0] {""}
        [one] , 1 problem
       *[other] , { $problems } problems
    }
hand-out-recorded =
    recorded { $copies ->
        [one] 1 copy
       *[other] { $copies } copies
    } of { $campaign } handed out in { $place } on { $date }; { $in_stock } left in stock

## The command line: help and usage errors

usage-unknown-argument = this command has no option { $arg }
usage-unknown-argument-suggested = this command has no option { $arg }; did you mean { $suggested }?
usage-unknown-command = kitapsha has no command { $command }
usage-unknown-command-suggested = kitapsha has no command { $command }; did you mean { $suggested }?
usage-invalid-value = { $arg } cannot be `{ $value }`; write one of: { $valid }
usage-value-refused = { $arg }: { $reason }
usage-missing-argument = { $arg } must be given here
usage-missing-command = name the command to run
usage-conflict = { $arg } cannot be given together with { $other }
usage-unexpected-value = `{ $value }` is one value too many here
usage-not-utf8 = a word of this command line is not text kitapsha can read (not UTF-8); type it again
usage-other = this command line cannot be read ({ $detail })
usage-hint = `kitapsha --help` lists the commands, `kitapsha <command> --help` the options of one
arg-copies-not-a-number = `{ $value }` is not a whole number of copies; write e.g. --copies 300
    .studio = "{ $value }" is not a whole number of copies; type the number alone, e.g. 300
arg-copies-not-positive = the number of copies must be more than 0
arg-copies-too-many = { $value } copies is too many; look for extra digits
arg-cost-not-whole = `{ $value }` is not whole tenge; write the cost without tiyn, e.g. --cost 45000
    .studio = "{ $value }" is not whole tenge; type the cost without tiyn, e.g. 45000
arg-cost-not-a-number = `{ $value }` is not a number of tenge; write e.g. --cost 45000 or --cost "45 000"
    .studio = "{ $value }" is not a number of tenge; type e.g. 45000 or 45 000
arg-cost-negative = the cost cannot be negative
arg-cost-too-much = { $value } tenge is too much for one print run; look for extra digits
arg-date-shape = `{ $value }` is not a date; write it 2025-01-15 or 15.01.2025
arg-date-not-real = { $value } is not a real date
arg-date-future = { $date } is in the future (today is { $today })
arg-text-empty = this cannot be empty
arg-level-not-a-number = `{ $value }` is not a number; write the level as a fraction, e.g. 0.95
arg-level-percent = the level is a fraction: did you mean { $fraction }?
arg-level-range = the level is a fraction between 0.5 and 1, e.g. 0.95
cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-help = Show this help
cli-version = Show the version
cli-after-help = Paths on the command line are taken from the current folder; what a command writes by default goes into the project (out/, booklets/). Messages are in the language of KITAPSHA_LANG=kk|ru|en, else of [project] messages in kitapsha.toml, else of the system's locale.
cli-about = Two-language (Kazakh and Russian) print-ready booklets from campaign files, with their print runs and hand-outs, awareness statistics and donor reports.
cli-project = The project folder, the one with kitapsha.toml; looked for from the current folder when not given
cli-new-about = Create booklets/<ID>/ with a commented campaign.toml that builds at once
cli-new-id = The new campaign's id: lowercase Latin letters, digits and dashes, e.g. kegen-youth
cli-init-about = Create a project for your own organisation in DIR: a commented kitapsha.toml, an empty booklets/ and a README on what to do next
cli-init-dir = The folder of the new project; made when missing
cli-check-about = Check texts, pictures, fit, ledgers and surveys without writing anything; exit code 1 on errors
cli-check-campaigns = Campaign ids: folder names under booklets/ (all when none is named)
cli-build-about = Build the booklets of the campaigns (all when none is named) into out/<id>/
cli-build-campaigns = { cli-check-campaigns }
cli-build-out = Where to write the PDFs; out/ in the project when not given
cli-build-reports = Also write the donor report in English, Russian and Kazakh (report-<lang>.pdf)
cli-build-emit-typst = Also write, for every PDF, a self-contained Typst project into this folder
cli-build-force = Make every PDF again, even those still up to date
cli-watch-about = Rebuild a campaign on every save and show its pages and any errors in the browser
cli-watch-campaign = The campaign to watch; the first one when not given
cli-watch-port = The port of the preview on 127.0.0.1: 8737 when not given, 0 for any free one
cli-print-run-about = Record a print run in booklets/<CAMPAIGN>/print-runs.toml, with the edition it printed
cli-print-run-campaign = The campaign id: its folder's name under booklets/
cli-print-run-copies = How many booklets were printed, e.g. 300
cli-print-run-date = The day of the print run, 2025-01-15 or 15.01.2025; today when not given
cli-print-run-printer = Who printed it
cli-print-run-cost = What the whole run cost, in whole tenge, e.g. 45000 or "45 000"
cli-hand-out-about = Record booklets handed out; refused when there are not that many in stock
cli-hand-out-campaign = { cli-print-run-campaign }
cli-hand-out-copies = How many booklets were handed out
cli-hand-out-place = The village or town where they were handed out
cli-hand-out-date = The day they were handed out, 2025-01-20 or 20.01.2025; today when not given
cli-hand-out-by = Who handed them out
cli-stock-about = Per campaign: printed, handed out, in stock, cost and cost per copy, last hand-out
cli-stock-json = Print JSON for programs instead of a table
cli-stock-csv = Print CSV for Excel with Russian or Kazakh regional settings (UTF-8 with BOM, «;», decimal comma)
cli-stats-about = Awareness before and after each campaign, with confidence intervals and honest sentences
cli-stats-campaigns = { cli-check-campaigns }
cli-stats-json = Print JSON (shares and points as unrounded fractions) instead of the table
cli-stats-lang = The language of the sentences, kk, ru or en; all three when not given
cli-stats-level = The confidence level of the intervals, as a fraction: 0.95 when not given
cli-report-about = Write the donor report as one A4 PDF: what was printed and handed out, where, at what cost, and how awareness changed
cli-report-lang = The report's language, en, ru or kk: en when not given
cli-report-out = Where to write it; out/report-<lang>.pdf in the project when not given

## Survey exports from Excel; every answer counted as aware or not aware, none left unsorted

# survey.toml: an export named by `file` (.csv or .xlsx) and the sorting of its answers. $unsorted,
# $aware and $not_aware (in messages) list answers with their counts, e.g. "иә" 41, "да" 12, or
# are a dash; $example and, in hints, $aware and $not_aware are lines of TOML, shown as they are.
survey-csv-and-file = `{ $key }` has both `csv` and `file`
survey-csv-and-file-hint = keep only { $example }: `file` reads a .csv or an .xlsx export
survey-sheet-not-workbook = `sheet` is only for Excel workbooks, and { $file } is a CSV file
survey-sheet-not-workbook-hint = remove sheet = "…", or name the .xlsx export in `file`
survey-sheet-unknown = the workbook { $file } has no sheet "{ $sheet }"; its sheets are: { $sheets }
survey-sheet-did-you-mean = did you mean sheet = "{ $sheet }"?
survey-sheet-name-hint = copy the sheet's name from its tab at the bottom of the workbook; without `sheet`, the first sheet is read
survey-answers-in-both = { $count ->
        [one] answer
       *[other] answers
    } { $answers } { $count ->
        [one] is
       *[other] are
    } in both `aware-if` and `not-aware-if`
survey-answers-in-both-hint = an answer counts either as aware or as not aware: keep each one in one list only
survey-answers-unsorted = column `{ $column }` of { $file } has answers in neither `aware-if` nor `not-aware-if`: { $unsorted }; counted as aware: { $aware }; as not aware: { $not_aware }; blank: { $blank }
survey-answers-unsorted-hint = add each one to the list it belongs to: { $aware } if it means aware, { $not_aware } if it does not
survey-no-not-aware-if = `{ $key }` has no `not-aware-if`, and every answer must count as aware or as not aware; column `{ $column }` of { $file } has these answers outside `aware-if`: { $unsorted }; counted as aware: { $aware }; blank: { $blank }
survey-no-not-aware-if-hint = add { $example }, keeping only the answers that mean not aware; move any that mean aware to `aware-if`
survey-not-aware-if-hint = list the answers that count as not aware, e.g. { $example }
xlsx-not-a-workbook = the file is not an Excel workbook (.xlsx), or it is damaged
xlsx-not-a-workbook-hint = open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx), or export the survey again; a CSV export must be named .csv
csv-is-a-workbook = the file is an Excel workbook, not a CSV file
csv-is-a-workbook-hint = rename it so that its name ends in .xlsx, and write that name in `file`
xlsx-too-many-rows = the sheet has more than { $max } rows (row { $row })

# `kitapsha stats`: how the answers of an export were counted, below the note on its file.
stats-note-answers = { $name }: { $side ->
        [before] before
       *[after] after
    }: aware: { $aware }; not aware: { $not_aware }

## Ledger corrections (void), history and hand-out sheets

ledger-void-date-missing = `void` has no `date`: the day the record was found to be wrong
ledger-void-date-missing-hint = write the day without quotes, the year first, e.g. void = { "{" } date = { $today }, reason = "entered twice" { "}" }
ledger-void-reason-missing = `void` has no `reason`: say why the record is void
ledger-void-reason-missing-hint = e.g. reason = "entered twice"; a void record stays in the ledger and counts for nothing
ledger-void-before-record = the void is dated { $date }, before the record itself ({ $record })
ledger-void-before-record-hint = a record cannot be found wrong before the day it records: give a day from { $record } on
void-no-records = there is no record { $number }: the ledger has no print runs or hand-outs yet
void-no-records-hint = nothing was changed; print runs are recorded with `kitapsha print-run { $campaign }` and hand-outs with `kitapsha hand-out { $campaign }`
void-no-such-record = there is no record { $number }: the ledger's records are numbered 1 to { $records }
void-no-such-record-hint = nothing was changed; `kitapsha stock --history { $campaign }` shows every record with its number
    .studio = nothing was changed; "Every record" on this page lists the records with their numbers
void-already = record { $number } is void already (since { $date }: { $reason })
void-already-hint = nothing was changed; a void record stays in the ledger and counts for nothing. If another record is wrong, see the numbers with `kitapsha stock --history`
    .studio = nothing was changed; a void record stays in the ledger and counts for nothing. If another record is wrong, void that one under "Every record"
void-no-reason = the reason is empty
void-no-reason-hint = nothing was changed; say why the record is wrong, e.g. --reason "entered twice"
void-before-record = record { $number } is of { $record }: it cannot be void from { $date }, before that day
void-before-record-hint = nothing was changed; give a day from { $record } on with --date, or leave --date out for today
    .studio = nothing was changed; give a date from { $record } on, or leave the date empty for today
void-overdraws =
    cannot void record { $number }: without its { $copies ->
        [one] { $copies } copy
       *[other] { $copies } copies
    } there is not enough stock for { $count ->
        [one] a hand-out
       *[other] { $count } hand-outs
    } recorded after it (below)
void-overdraws-hint = nothing was changed. If those copies came from another print run, record that run first with `kitapsha print-run { $campaign }`; if the hand-outs are wrong too, void them first (`kitapsha stock --history { $campaign }` shows their numbers)
    .studio = nothing was changed. If those copies came from another print run, record that run first under "A new print run"; if the hand-outs are wrong too, void them first under "Every record"
void-overdrawn-hand-out =
    hand-out { $number }: { $copies ->
        [one] { $copies } copy
       *[other] { $copies } copies
    } in { $place } on { $date }, but without that print run the stock would be only { $stock }
void-recorded =
    record { $number } of { $campaign } is void: the { $kind ->
        [run] print run
       *[other] hand-out
    } of { $copies ->
        [one] { $copies } copy
       *[other] { $copies } copies
    } on { $date } ({ $reason }); { $in_stock } in stock
history-empty = no print runs or hand-outs are recorded yet
history-number = no.
history-date = date
history-record = record
history-copies = copies
history-place = place or printer
history-note = note
history-print-run = print run
history-hand-out = hand-out
history-void = VOID since { $date }: { $reason }
history-void-note = void records stay in the ledger and count for nothing; `kitapsha void` takes the numbers shown here
sheet-unknown-format = kitapsha reads hand-out sheets from .xlsx and .csv files, not .{ $extension }
sheet-format-hint = in Excel or LibreOffice, save the sheet as an Excel workbook (.xlsx) or as CSV, then give that file
sheet-too-large = the file is { $size } MB; a sheet of hand-outs is far smaller (at most { $max } MB)
sheet-cannot-read = the file cannot be read as an Excel workbook (.xlsx)
sheet-cannot-read-hint = check the file's name, and that no other program has it open
sheet-empty = the sheet is empty
sheet-empty-hint = put the column names in the first row (date, place, copies, by) and one hand-out in each row below
sheet-no-rows = the sheet has its column names but no hand-outs under them
sheet-no-rows-hint = write one hand-out in each row under the column names, then run the command again
sheet-column-missing =
    no column holds { $field ->
        [date] the date
        [place] the place
        [copies] the copies
       *[other] who handed out
    }; the columns are: { $columns }
sheet-column-missing-hint = name that column in the first row, in capitals or not, as one of: { $names }
sheet-column-twice =
    two columns could hold { $field ->
        [date] the date
        [place] the place
        [copies] the copies
       *[other] who handed out
    }: { $first } and { $second }
sheet-column-twice-hint = rename or delete one of them, so that kitapsha knows which to read
sheet-cell-empty = column { $column } ({ $header }) is empty
sheet-date-hint = write the day of the hand-out, e.g. { $today } or 15.01.2025, or use a date cell
sheet-place-hint = write the village or town where the copies were handed out
sheet-copies-hint = write how many copies were handed out, as a whole number, e.g. 60
sheet-date-bad = column { $column } ({ $header }) is not a date
sheet-date-bad-hint = "{ $value }" is no day kitapsha can read; write it as { $today } or 15.01.2025, or use a date cell
sheet-date-future = column { $column } ({ $header }) is a day in the future
sheet-date-future-hint = { $date } has not come yet (today is { $today }): check the year and the month
sheet-copies-bad = column { $column } ({ $header }) is not a number of copies
sheet-copies-bad-hint = "{ $value }" is not a whole number more than 0; write the copies in digits, e.g. 60
sheet-nothing-recorded =
    nothing was recorded: { $rows ->
        [one] a row of the sheet has problems
       *[other] { $rows } rows of the sheet have problems
    }
sheet-nothing-recorded-hint = a sheet is recorded whole or not at all: correct the rows shown above (or record the missing print run first with `kitapsha print-run`), then run the same command again
    .studio = a sheet is recorded whole or not at all: correct the rows shown above in the sheet (or record the missing print run first, under “A new print run”), then send the sheet again
sheet-recorded =
    recorded { $rows ->
        [one] 1 hand-out
       *[other] { $rows } hand-outs
    } of { $campaign } from the sheet, { $copies ->
        [one] 1 copy
       *[other] { $copies } copies
    } in all; { $in_stock } left in stock
cli-void-about = Mark a print run or hand-out void: it stays in the ledger and counts for nothing
cli-void-campaign = { cli-print-run-campaign }
cli-void-number = The record's number, as `kitapsha stock --history CAMPAIGN` shows it
cli-void-reason = Why the record is wrong, e.g. "entered twice"
cli-void-date = The day it was found to be wrong, 2025-01-21 or 21.01.2025; today when not given
cli-stock-history = Every print run and hand-out of this campaign, numbered, void ones marked
cli-hand-out-from-file = A volunteer's sheet, .xlsx or .csv, with the columns date, place, copies and (if wanted) by: every row is recorded, or none
arg-record-number = "{ $value }" is no record number: write the number `kitapsha stock --history` shows, a whole number from 1
    .studio = "{ $value }" is no record number: type the number shown under "Every record", a whole number from 1

## Word import
cli-import-about = Make booklets/<ID>/campaign.toml from Word documents, one per language
cli-import-id = { cli-new-id }
cli-import-kk = The Kazakh text: a Word document (.docx)
cli-import-ru = The Russian text: a Word document (.docx)
docx-save-again-hint = open it in Word or LibreOffice and save it again as "Word Document (.docx)"
docx-old-word = this is an old Word document (.doc) or one locked with a password, not a .docx
docx-old-word-hint = open it in Word or LibreOffice and save it as "Word Document (.docx)", without a password
docx-pdf = this is a PDF, not a Word document
docx-pdf-hint = import the Word document the PDF was made from, or copy the text into Word and save it as .docx
docx-rtf = this is an RTF document, not a .docx
docx-opendocument = this is an OpenDocument text (.odt), not a .docx
docx-opendocument-hint = in LibreOffice choose File ▸ Save As and the type "Word 2007–365 (.docx)"
docx-not-word = this is not a Word document (.docx)
docx-damaged-zip = the Word document is damaged and cannot be opened: it may have been copied only in part
docx-damaged-zip-hint = copy it again from where it came from, or open it in Word, which may repair it, and save it again
docx-damaged = the Word document is damaged: its part { $part } cannot be read
docx-too-large = { $part } is { $megabytes } MB unpacked; at most { $limit } MB are read
docx-too-large-hint = make the pictures in the document smaller (in Word: Picture Format ▸ Compress Pictures), then save it again
import-exists = the campaign already has its text: nothing was imported
import-exists-hint = to import again, move { $file } out of the folder first, or import under another id: kitapsha import { $id }-2 …
    .studio = choose another short name for the new campaign, e.g. { $id }-2
import-cannot-write = nothing was imported: cannot write the campaign: { $reason }
import-district = the district is not in the Word documents: the cover shows a stand-in until you write it
import-district-hint = write the district's name in each language here, e.g. district = { "{" } kk = "Ұйғыр ауданы", ru = "Уйгурский район" { "}" }
import-second-picture =
    { $section ->
        [0] the cover part (before the first heading) has a second picture, { $picture }: only the first is used
       *[other] section { $section } has a second picture, { $picture }: only the first is placed
    }
import-second-picture-hint = a section has one picture; give the other picture a section of its own, under its own heading
import-text-before-heading = the text before the first heading is left out, from "{ $start }"
import-text-before-heading-hint = only the title (style Title) and subtitle (style Subtitle) go on the cover; put a heading (style Heading 1) above the text to make it a section
import-no-title = the document has no title: no paragraph has the style Title
import-no-title-hint = in Word, put the booklet's title in the first line and give it the style Title ("Заголовок" in a Russian Word)
import-no-headings = the document has no heading: no paragraph has the style Heading 1
import-no-headings-hint = in Word, give the title of each section the style Heading 1 ("Заголовок 1" in a Russian Word): each one starts a section of the booklet
import-section-empty = section { $number }, "{ $title }", has no text under its heading
import-section-empty-hint = write the section's text under the heading, or remove the heading
import-outline-quote = quote "{ $start }"
import-outlines-differ =
    the documents do not pair up: { $first } has { $first_headings } headings, { $second } has { $second_headings }, and sections and quotes are paired in order:
    { $outline }
import-outlines-differ-hint = give both documents the same headings (style Heading 1) and quotes, in the same order
import-pictures-differ = the picture { $picture } of section { $section } is not the one in { $used }; the booklet has one picture a section, and uses that one
import-pictures-differ-hint = put the same picture in both documents, or one picture in the first document only
import-picture-format = the picture { $picture } is in a format a booklet cannot print (such as EMF, WMF or TIFF); it is left out
import-picture-format-hint = save the picture as PNG or JPEG, and insert it into the document again
import-picture-linked = the picture { $picture } is linked, not inside the document; it is left out
import-picture-linked-hint = insert the picture into the document itself (in Word: Insert ▸ Pictures, without "Link to File")
import-picture-too-large = the picture { $picture } is { $megabytes } MB; at most { $limit } MB can be used; it is left out
import-picture-missing = the picture { $picture } is named by the document but not inside it; it is left out
import-toml-header = Imported by `kitapsha import` from { $files }. Build it with `kitapsha build { $id }`; check it without building with `kitapsha check { $id }`.
import-toml-markdown = Every text exists once per language. Text between """ and """ may span several lines and use **bold**, *italic*, lists ("- " or "1. ") and links [text](https://…).
import-toml-again = From now on this file is the booklet's text: edit it here. Importing the Word documents again needs this file moved away first.
import-toml-district = The district is not in the Word documents: write its name in each language.
import-toml-caption-unused = The caption of the picture in the Word document, left out: a caption is printed when the section has a picture and a caption in every language.
import-done = wrote { $file }: { $sections ->
        [one] 1 section
       *[other] { $sections } sections
    }, { $quotes ->
        [one] 1 quote
       *[other] { $quotes } quotes
    }, { $pictures ->
        [one] 1 picture
       *[other] { $pictures } pictures
    }; check it with `kitapsha check { $id }` and build it with `kitapsha build { $id }`

## exports
cli-stock-csv-comma = Print CSV with commas and a decimal point, for programs other than Excel
cli-stock-xlsx = Write an Excel workbook to this file instead of printing the table
cli-stock-campaigns = Only these campaigns, their ids separated by commas: kegen,raiymbek; all when not given
cli-stock-from = The first day counted, 2025-01-01 or 01.01.2025; from the beginning when not given
cli-stock-to = The last day counted, included; the stock is the stock at its end; up to today when not given
cli-stats-xlsx = Write an Excel workbook to this file instead of printing the table
cli-stats-from = Count only the indicators whose survey after the campaign was on or after this day, 2025-01-01 or 01.01.2025
cli-stats-to = Count only the indicators whose survey after the campaign was on or before this day
cli-report-campaigns = { cli-stock-campaigns }
cli-report-from = The first day the report covers, 2025-01-01 or 01.01.2025; the programme's first day when not given
cli-report-to = The last day the report covers, included; the programme's last day when not given
arg-campaign-empty = a campaign id is empty: write the ids separated by commas, without spaces or a comma at the end
usage-from-after-to = --from { $from } is after --to { $to }: the period would hold no day
xlsx-sheet-stock = Stock
xlsx-sheet-stats = Awareness
xlsx-group = group
xlsx-question = question
xlsx-n-before = n before
xlsx-n-after = n after
xlsx-before = before
xlsx-after = after
xlsx-change = change, pp
xlsx-low = { $column }: lower bound ({ $level } CI)
xlsx-high = { $column }: upper bound ({ $level } CI)
xlsx-cannot-make = cannot make the workbook: { $detail }

## latin
# Where a text of a kk-latn block belongs, the $place of campaign-text-*.
campaign-place-cover-latin = the Kazakh cover in Latin script
campaign-place-section-latin = section { $number } (Kazakh in Latin script)
campaign-place-quote-latin = quote { $number } (Kazakh in Latin script)
# $table is cover, section or quote.
campaign-latin-without-kazakh = [{ $table }.kk-latn] is not printed: the booklet has no Kazakh text
campaign-latin-without-kazakh-hint = add "kk" to `languages` in [campaign], or remove this block
# A Kazakh word the Latin edition cannot spell. $word is the word, $letter the letter.
latin-unknown-letter = the Kazakh word «{ $word }» has the letter «{ $letter }», which is not a Kazakh letter: the Latin edition has no letter for it
latin-unknown-letter-hint = type the Kazakh letter it stands for, or write the Latin text yourself in a kk-latn block beside the Kazakh one, e.g. [section.kk-latn]
latin-latin-letter = the Kazakh word «{ $word }» has a Latin «{ $letter }» among its Kazakh letters: the Latin edition would print it as typed
latin-latin-letter-hint = type the word again with Kazakh letters only: a Latin «i» often stands in for the Kazakh «і»
## Editions (large print)
campaign-edition-unknown = unknown edition "{ $edition }"
campaign-edition-unknown-hint = `editions` takes: { $allowed }
campaign-edition-unknown-typo-hint = did you mean "{ $best }"? `editions` takes: { $allowed }
campaign-edition-twice = the edition "{ $edition }" is listed twice
campaign-edition-twice-hint = remove the second one: each edition is built once
cli-print-run-edition = Which edition was printed: standard (the default) or one of the campaign's `editions`, e.g. large-print
print-run-edition-unknown = { $campaign } has no edition "{ $edition }": its editions are { $editions }. An edition is added in booklets/{ $campaign }/campaign.toml, e.g. editions = ["large-print"] under [booklet]
arg-edition-unknown = there is no edition "{ $value }"; --edition takes: { $allowed }
    .studio = there is no edition "{ $value }"; choose one of: { $allowed }
ledger-edition-kind-unknown = unknown edition "{ $kind }" in [[run]]
ledger-edition-kind-unknown-hint = `kind` names the edition printed: { $allowed }; leave it out for the standard booklet
## accessibility
# $place is one of campaign-place-*; $table is the block, such as [section.kk] or [cover.ru].
campaign-alt-from-caption = the picture of { $place } has no `alt`: screen readers will read its caption instead
campaign-alt-from-caption-hint = add alt = "…" to { $table }, saying in a sentence what the picture shows; write alt = "" if the picture is only decoration
campaign-alt-missing = the picture of { $place } has neither `alt` nor `caption`: a reader who cannot see it learns nothing from it
campaign-alt-missing-hint = add alt = "…" to { $table }, saying in a sentence what the picture shows (programs for blind readers read it aloud); write alt = "" if the picture is only decoration
import-picture-without-alt =
    { $section ->
        [0] the cover picture, { $picture },
       *[other] the picture of section { $section }, { $picture },
    } has no alt text in the document and no caption: it is marked as decoration (alt = "") for now
import-picture-without-alt-hint = write in campaign.toml what the picture shows, alt = "…", for readers who cannot see it (in Word: right-click the picture ▸ Edit Alt Text)
import-toml-alt-missing = The picture has no alt text in the Word document: write what it shows, alt = "…"; alt = "" marks a picture that is only decoration.
## studio
cli-studio-about = Edit the campaigns in the browser, with the booklet's pages beside the form
cli-studio-port = The port on 127.0.0.1: 8738 when not given, 0 for any free one
studio-cannot-serve = cannot start the studio on port { $port }: { $reason }
studio-serving = kitapsha studio: { $address }  (open it in the browser; stop with Ctrl-C)
studio-file-broken = this file is not valid TOML; fix it in a text editor first
studio-cannot-write = cannot save the file: { $reason }
studio-language-name = English
studio-title = studio
studio-home-heading = The programme
studio-home-intro = Every campaign of this project with its state. Open one to edit its texts.
studio-col-campaign = Campaign
studio-col-state = State
studio-col-pages = Pages
studio-col-printed = Printed
studio-col-handed-out = Handed out
studio-col-in-stock = In stock
studio-col-awareness = Awareness
studio-state-errors = errors
studio-state-warnings = warnings
studio-state-ok = ready
studio-change = { $points } pp
studio-edit = Edit
studio-cover = Front cover
studio-section = Section
studio-quote = Quote { $number }
studio-back = Back cover
studio-field-title = Title
studio-field-subtitle = Subtitle
studio-field-text = Text
studio-field-caption = Picture caption
studio-field-alt = Description of the picture
studio-field-who = Who said it
studio-field-image = Picture (file in the campaign folder)
studio-field-link = Link (QR code)
studio-lang-kk = Kazakh
studio-lang-ru = Russian
studio-add-section = Add a section
studio-remove-section = Remove
studio-move-up = Move up
studio-move-down = Move down
studio-save = Save
studio-saved = Saved. The pages beside the form show the new version.
studio-invalid = Not saved: correct the marked fields. Your text is still in the form.
studio-conflict = Not saved: campaign.toml was changed by someone else (or in another tab) after you opened this page. Your text is still in the form: copy what you need, open the file as it is now, and make your change there.
studio-conflict-changes = What changed in the file:
studio-reload = Open the file as it is now (new tab)
studio-pages = Pages
studio-preview-none = No pages yet: the campaign has errors.
studio-back-home = All campaigns
studio-not-found = There is no such campaign in this project.
studio-toolbar-bold = Bold
studio-toolbar-italic = Italic
studio-toolbar-list = List item
studio-toolbar-link = Link
studio-link-prompt = Address of the link:

## studio ledger
studio-ledger-link = Print runs and hand-outs
studio-ledger-heading = Print runs and hand-outs
studio-ledger-recorded = Recorded. The figures below already count it.
studio-ledger-not-recorded = Nothing was recorded: correct what is said at the form. What you typed is still in it.
studio-ledger-hand-out-heading = Booklets handed out
studio-ledger-print-run-heading = A new print run
studio-ledger-stock-heading = Stock
studio-ledger-places-heading = Handed out in each village
studio-ledger-no-hand-outs = No hand-outs are recorded yet.
studio-ledger-history-heading = Every record
studio-ledger-copies = Copies
studio-ledger-place = Village or town
studio-ledger-date = Date
studio-ledger-date-hint = (empty: today)
studio-ledger-by = Handed out by
studio-ledger-printer = Printer
studio-ledger-cost = Cost of the whole run, tenge
studio-ledger-edition = Edition
studio-ledger-standard = the standard booklet
studio-ledger-large-print = large print
studio-ledger-latin = Kazakh in Latin letters
studio-ledger-record-hand-out = Record the hand-out
studio-ledger-record-print-run = Record the print run
studio-ledger-by-or-cost = by whom / cost
studio-ledger-void = Void…
studio-ledger-reason = Why is it void? (required)
studio-ledger-void-date = Date of the correction (empty: today)
studio-ledger-void-confirm = Mark void
studio-ledger-void-since = VOID since { $date }: { $reason }
studio-ledger-void-note = A void record stays in the ledger, crossed out, and counts for nothing. Nothing is ever deleted.

## studio: access (the office network, users and roles)
users-role-editor = editor
users-role-distributor = distributor
users-role-coordinator = coordinator
users-name-bad = “{ $name }” cannot be a user name
users-name-hint = use letters and digits, with “-”, “_” or “.” between them, at most 32 characters: for example aigul or erlan.b
users-written-twice = the user “{ $name }” is written twice in this file
users-written-twice-hint = delete one of the two [[user]] blocks, or remove the user with `kitapsha user remove` and add them again
users-not-a-hash = this is not a password saved by kitapsha
users-not-a-hash-hint = passwords are never typed into this file: set it with `kitapsha user password { $name }`
users-role-unknown = “{ $role }” is not a role
users-role-unknown-hint = write editor, distributor or coordinator
users-name-taken = there is already a user “{ $name }”
users-name-taken-hint = choose another name, or give “{ $name }” a new password with `kitapsha user password { $name }`
users-unknown = there is no user “{ $name }”
users-unknown-hint = `kitapsha user list` shows the users
users-last-coordinator = “{ $name }” is the last coordinator: nobody could manage the users any more
users-last-coordinator-hint = first make another user a coordinator
users-password-short = the password is too short: type at least { $min } characters
users-cannot-write = nothing was changed: cannot write users.toml: { $reason }
users-file-what = The people who may log in to `kitapsha studio --lan` from the other computers of the office, and their roles.
users-file-how = Change it with `kitapsha user add`, `kitapsha user remove` and `kitapsha user password`, or on the studio's users page.
users-file-private = Passwords are kept only as argon2id hashes. Keep this file in the office: do not send it to anyone.
users-password-unreadable = cannot read the password: { $reason }
users-password-prompt = Password for { $name } (it is not shown as you type):{" "}
users-password-again = The same password again:{" "}
users-password-mismatch = the two passwords are not the same: nothing was changed
user-list-empty = No users yet: add one with `kitapsha user add NAME --role coordinator`.
user-added = Added { $name } ({ $role }) to users.toml.
user-removed = Removed { $name } from users.toml.
user-password-set = Saved the new password of { $name }.
cli-studio-lan = Serve the other computers of the office network too, each person logging in (needs a user: kitapsha user add NAME)
cli-user-about = The people who may log in to `kitapsha studio --lan`, and their roles (users.toml)
cli-user-add-about = Add a user; the password is asked twice without being shown (or read from the input when it is not a terminal)
cli-user-add-name = The user's name: letters and digits, with -, _ or . between them
cli-user-add-role = What the user may change: editor (texts, pictures, builds; when not given), distributor (hand-outs only) or coordinator (everything, users too)
cli-user-list-about = List the users and their roles
cli-user-remove-about = Remove a user
cli-user-remove-name = The user's name, as `kitapsha user list` shows it
cli-user-password-about = Give a user a new password, asked twice without being shown
cli-user-password-name = The user's name, as `kitapsha user list` shows it
studio-lan-no-users = nobody can log in: the studio is not opened to the office network without users
studio-lan-no-users-hint = add yourself first: kitapsha user add NAME --role coordinator
studio-serving-lan = kitapsha studio on the office network: { $address }  (the other computers open this address; everyone logs in; stop with Ctrl-C)
studio-serving-lan-port = kitapsha studio on the office network, port { $port }  (the other computers open http://THIS-COMPUTER'S-ADDRESS:{ $port }/; stop with Ctrl-C)
studio-access-or = or
studio-access-refused-heading = Not allowed
studio-access-refused = You are logged in as { $name } ({ $role }). Only a user with the role { $allowed } may do this.
studio-access-nothing-changed = Nothing was changed. Ask a coordinator if you need to do this.
studio-access-logged-out = You are not logged in: your session ended after hours without use, or you logged out.
studio-access-logged-out-then = Nothing was changed. Log in again, then make the change once more.
studio-users-link = Users
studio-log-out = Log out
studio-login-heading = Log in
studio-login-intro = The studio of this office. Log in with the name and password your coordinator gave you.
studio-login-name = Name
studio-login-password = Password
studio-login-button = Log in
studio-login-forgot = Forgot your password? A coordinator can set a new one with kitapsha user password NAME.
studio-login-wait = Too many wrong passwords. Wait { $minutes } min and try again.
studio-login-wrong = The name or the password is not right. Check them and try again.
studio-users-heading = Users
studio-users-done = Saved in users.toml.
studio-users-not-done = Nothing was changed: see why below.
studio-users-none = No users yet.
studio-users-name = Name
studio-users-role = Role
studio-users-change-role = Change
studio-users-remove = Remove
studio-users-remove-confirm = Remove { $name }? They will not be able to log in any more.
studio-users-add-heading = Add a user
studio-users-password = First password (at least 8 characters; tell it to the person yourself)
studio-users-add = Add the user
studio-users-choose-role = Choose a role: editor, distributor or coordinator.
studio-users-editor-may = texts, pictures, new campaigns, imports, building the booklets and the report
studio-users-distributor-may = hand-outs and print runs only
studio-users-coordinator-may = everything, the users too
## studio: sheets and surveys
studio-nav-label = This campaign's screens
studio-upload-no-file = no file was chosen
studio-upload-unreadable = the file did not arrive whole; choose it and send it again
studio-upload-too-large = the file is too large for this page; a sheet of hand-outs is at most 5 MB, a survey export at most 20 MB
studio-upload-wrong-kind = { $name } is neither an Excel workbook (.xlsx) nor a CSV file (.csv); in Excel or LibreOffice, save it as one of those and send that file
studio-upload-empty = { $name } is empty
studio-upload-not-workbook = { $name } is called .xlsx but is not an Excel workbook; open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx)
studio-upload-not-text = { $name } is called .csv but is not text in UTF-8; in Excel choose "CSV UTF-8" when saving, or send the .xlsx workbook instead
studio-upload-expired = the file sent earlier is no longer kept (the studio was restarted, or many files were sent since); send it again
studio-sheet-summary = Or record a volunteer's whole sheet (.xlsx or .csv)
studio-sheet-explain = The sheet needs the columns date, place and copies (and, if you like, by) in its first row, in Kazakh, Russian or English. You will see every row before anything is recorded.
studio-sheet-file = The volunteer's sheet
studio-sheet-file-hint = .xlsx or .csv
studio-sheet-preview = Show the rows
studio-sheet-heading = A volunteer's sheet
studio-sheet-check = Nothing is recorded yet. Check the rows, then record them all.
studio-sheet-cannot-record = This sheet cannot be recorded: correct what is said below in the sheet itself, save it and send it again. Nothing was recorded.
studio-sheet-in-stock-now = In stock now
studio-sheet-copies = Copies on the sheet
studio-sheet-in-stock-after = In stock after the sheet
studio-sheet-rows = The rows as they will be recorded
studio-sheet-row = Row
studio-sheet-record = Record all these hand-outs
studio-sheet-cancel = Do not record
studio-sheet-again = Send the corrected sheet
studio-sheet-recorded = The sheet is recorded. The figures below already count it.
studio-sheet-changed = the sheet or the stock changed since the rows were shown; look at the rows again before recording
studio-survey-link = Surveys
studio-survey-heading = Surveys
studio-survey-saved = Saved in survey.toml. The results below are counted with it.
studio-survey-not-saved = Nothing was saved: see what is said at the form.
studio-survey-results-heading = Results
studio-survey-no-results = No results yet: survey.toml has no indicator with both rounds, or it has a problem said above.
studio-survey-before = Before
studio-survey-after = After
studio-survey-respondents = respondents:
studio-survey-change = Change, percentage points
studio-survey-counted-from = Counted from
studio-survey-upload-heading = Add a survey export
studio-survey-upload-explain = A KoboToolbox or ODK export (.csv or .xlsx) for one round of one question. Next you choose its question column and sort its answers; nothing is saved before that.
studio-survey-no-file = This campaign has no survey questions yet. Add the first one below ("A new question"); then its exports can be sent here.
studio-survey-no-indicators = survey.toml has no question yet. Add one below ("A new question"); then its exports can be sent here.
studio-survey-indicator = Question (indicator in survey.toml)
studio-survey-round = Round
studio-survey-file = The export
studio-survey-file-hint = .csv or .xlsx, as KoboToolbox or ODK gives it
studio-survey-send = Send and choose the column
studio-survey-choose-indicator = choose the question (indicator) the export is for
studio-survey-choose-round = choose whether the export is from before or after the campaign
studio-survey-sort-heading = Sort the answers
studio-survey-column = The question's column
studio-survey-column-choose = — choose a column —
studio-survey-show-answers = Show its answers
studio-survey-choose-column = the file has no such column; choose the question's column from the list
studio-survey-too-many-answers = this column has more than { $max } different answers: it is not a yes/no question; choose the question's column
studio-survey-answers-heading = Every answer in this column
studio-survey-answers-explain = Sort every answer: aware, not aware, or missing (left out of the respondents, like a blank answer).
studio-survey-answer = Answer
studio-survey-count = How many
studio-survey-aware = aware
studio-survey-not-aware = not aware
studio-survey-missing = missing
studio-survey-blank = (blank)
studio-survey-date = Date of this round
studio-survey-save = Save and count
studio-survey-left = Sort every answer to save.
studio-survey-cancel = Do not save
studio-survey-unsorted =
    { $count ->
        [one] an answer is not sorted: it is marked below; choose aware, not aware or missing for it. Nothing was saved.
       *[other] { $count } answers are not sorted: they are marked below; choose aware, not aware or missing for each. Nothing was saved.
    }
studio-survey-conflict = survey.toml was changed by someone else since the file was sent; nothing was saved: open the survey page again and send the file again
studio-survey-file-broken = survey.toml cannot be read as TOML; correct it first (kitapsha check says where)
studio-survey-no-indicator = survey.toml has no indicator with id = "{ $indicator }"
studio-survey-paired = the indicator "{ $indicator }" gives paired counts (the same people asked twice); an export of one round cannot replace them
studio-survey-date-bad = the date of the round is not a date; choose it in the calendar
studio-survey-cannot-write = the survey could not be saved: { $reason }
studio-sheet-rows-read = The rows read from the sheet
## studio: outputs
studio-outputs-link = Files
studio-outputs-heading = Files to print and share
studio-outputs-intro = «Build the files» makes the PDFs from the texts as they are saved now. When nothing has changed since the last build, it takes a moment.
studio-outputs-build = Build the files
studio-outputs-built = The files are built. Download them below.
studio-outputs-not-built = The files were not built: correct what is said below and build again.
studio-outputs-booklet = The booklet
studio-outputs-large-print = Large print edition
studio-outputs-latin = Edition with Kazakh in Latin letters
studio-outputs-screen = For reading on a screen
studio-outputs-screen-note = To read on a phone or computer and to send by messenger or e-mail. Screen readers for the blind read it in order.
studio-outputs-press = For the print shop
studio-outputs-press-note = Colours for printing (CMYK), 3 mm bleed and crop marks (PDF/X-4). Send this file to the print shop.
studio-outputs-press-summary = Note for the print shop
studio-outputs-press-summary-note = One page in Kazakh and Russian that says what the print shop file is: size, pages, bleed, colours, how it is bound. Send it with the print shop file.
studio-outputs-sheets = For the office printer
studio-outputs-sheets-note = Two pages on each side of a sheet, in folding order: print on both sides (flip on the short edge), fold in half and staple.
studio-outputs-pages = Pages
studio-outputs-download = Download
studio-outputs-missing = not built yet
studio-outputs-kilobytes = { $size } KB
studio-outputs-megabytes = { $size } MB
studio-report-link = Donor report
studio-report-heading = Donor report
studio-report-intro = The report for the donor as one A4 PDF: what was printed and handed out, where, at what cost, and how awareness changed.
studio-report-language = Language of the report
studio-report-campaigns = Campaigns in the report
studio-report-period = Period
studio-report-period-hint = The first and last day counted, for example 2025-01-15 or 15.01.2025. Leave them empty for the whole programme.
studio-report-from = First day
studio-report-to = Last day
studio-report-make = Make the report
studio-report-made = The report is ready.
studio-report-not-made = The report was not made: correct what is said at the form. What you chose is still in it.
studio-report-download = Download the report
studio-report-existing = Reports made before
studio-report-from-after-to = the first day ({ $from }) is after the last day ({ $to }): the period would hold no day. Swap the two dates.
studio-report-no-campaigns = tick at least one campaign
## studio: editor
studio-picture-choose = Choose a picture:
studio-picture-send = Put the picture in the booklet
studio-picture-drop = or drag a picture onto this box. PNG, JPEG or SVG, at most 25 MB. The form is saved with it.
studio-picture-none = No picture was sent: choose a picture file first, then press “Put the picture in the booklet”.
studio-imported = The campaign was made from the Word documents. Check the texts and the marked fields, then save.
studio-create-heading = A new campaign
studio-new-heading = An empty campaign
studio-new-id = Short name of the campaign (its folder)
studio-new-id-hint = Latin lowercase letters, digits and dashes, e.g. kegen-youth
studio-new-create = Make the campaign
studio-import-heading = From Word documents
studio-import-kk = Kazakh text (.docx)
studio-import-ru = Russian text (.docx)
studio-import-create = Make the campaign from the documents
studio-import-no-files = No Word document was sent: choose the Kazakh and the Russian .docx file.
studio-add-quote = Add a quote
studio-remove-quote = Remove the quote
studio-new-quote = New quote

## studio: a new survey question
studio-survey-question-heading = A new question
studio-survey-question-explain = A question of the survey, as it was asked, in each language (the donor report needs the English). It is added to survey.toml; then send its exports above, before and after the campaign.
studio-survey-question-id = Short name of the question
studio-survey-question-id-hint = lowercase Latin letters, digits and hyphens, e.g. knows-appeal-procedure
studio-survey-question-kk = In Kazakh
studio-survey-question-ru = In Russian
studio-survey-question-en = In English
studio-survey-measure = What it measures (optional)
studio-survey-measure-hint = A few words the result sentences start with, in all three languages or in none, e.g. "awareness of the appeal procedure".
studio-survey-question-add = Add the question
studio-survey-question-added = The question is added to survey.toml. Now send its export from before the campaign.
studio-survey-question-no-id = the question has no short name; type one, e.g. knows-appeal-procedure
studio-survey-question-exists = survey.toml already has a question named "{ $indicator }"; choose another short name, or send that question's exports above

## studio: project settings
studio-settings-link = Project settings
studio-settings-heading = Project settings
studio-settings-explain = The organisation printed on the back page of every booklet, and the programme the donor report covers. They are kept in kitapsha.toml.
studio-settings-saved = Saved in kitapsha.toml. The next build of the booklets and the report uses it.
studio-settings-not-saved = Nothing was saved: see what is said at the fields.
studio-settings-changed = kitapsha.toml was changed by someone else since this page was opened, so nothing was saved; open the page again to see the file as it is now, then type your changes again
studio-settings-cannot-write = kitapsha.toml could not be saved: { $reason }
studio-settings-date = "{ $value }" is not a date; choose the day in the calendar
studio-settings-optional = (may be left empty)
studio-settings-organisation = The organisation
studio-settings-programme = The programme
studio-settings-kitapsha = kitapsha
studio-settings-name = Name
studio-settings-address = Address
studio-settings-hours = Opening hours
studio-settings-phone = Phone
studio-settings-email = E-mail
studio-settings-title = Title of the programme
studio-settings-donor = Donor
studio-settings-funding = Funding statement, printed beside the donor's logo
studio-settings-from = First day of the programme
studio-settings-to = Last day of the programme
studio-settings-messages = Language of the command line's messages: kk, ru or en

## studio: the campaign's own texts in the editor
studio-campaign-block = The campaign
studio-field-district = District
studio-field-topic = Topic of the booklet
studio-field-district-en = District in English (for the donor report)
studio-field-topic-en = Topic in English (for the donor report)

## studio: places of the map
studio-places-link = Places on the map
studio-places-heading = Places on the report's map
studio-places-explain = The donor report's map shows the copies handed out in each village it knows. A village is known by its names (a hand-out may name it in any of them) and its coordinates. They are kept in places.toml.
studio-places-added = The place is added to places.toml; the next report puts its hand-outs on the map.
studio-places-not-added = Nothing was added: see what is said at the form.
studio-places-missing-heading = Hand-out places the map does not know
studio-places-missing-explain = The report's map leaves these copies out until the place is added below. Click a name to start with it.
studio-places-copies = copies
studio-places-known-heading = Places the map knows
studio-places-none = No place yet.
studio-places-names = Names
studio-places-lat = Latitude
studio-places-lon = Longitude
studio-places-lat-hint = in decimal degrees, e.g. 43.35 (north of the equator)
studio-places-lon-hint = in decimal degrees, e.g. 79.52 (east of Greenwich)
studio-places-source = Where the coordinates come from
studio-places-source-hint = (may be left empty; for people, not printed)
studio-places-add-heading = Add a place
studio-places-add = Add the place
studio-places-not-a-number = "{ $value }" is not a number of degrees; type it with a point or a comma, e.g. 43.35
studio-places-file-broken = places.toml cannot be read as TOML; correct it first (kitapsha check says where)
studio-places-cannot-write = places.toml could not be saved: { $reason }

## studio: the booklet's size and layout in the editor
studio-field-format = Size and fold
studio-field-bilingual = The two languages
studio-format-a5 = A5 booklet (an A4 sheet folded in half)
studio-format-a6 = A6 booklet (pocket size)
studio-format-a4-trifold = A4 leaflet folded in three
studio-bilingual-flip = each language from its own cover (turn the booklet over)
studio-bilingual-sequential = one language after the other
studio-bilingual-parallel = side by side, section by section

## typesetting: a fault inside the layout engine
typeset-crashed = the layout engine stopped while typesetting this document: { $detail }
typeset-crashed-hint = this is a fault in kitapsha, not in your text: this document was not written. Please report it with this message.
