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

## Places and the donor report

## What the commands print

## The command line: help and usage errors
