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

## Places and the donor report

## What the commands print

## The command line: help and usage errors
