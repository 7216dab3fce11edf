//! `kitapsha import`: campaigns from Word documents. Real `.docx` files made by LibreOffice and
//! python-docx (`tests/fixtures/docx/`, `make.py` makes them again), and small documents built
//! here for the cases a real one would hide: Russian Word's style ids, a picture in a format
//! that cannot be printed, a linked picture. The real binary, its whole output in each language
//! (`tests/snapshots/import-<lang>.snap`), and what it wrote or did not write.
#![cfg(unix)]

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};

use common::{Mounted, TestProject, assert_snapshot_in, page_texts, repo, transcript_entry};

fn fixture(name: &str) -> PathBuf {
    repo().join("tests/fixtures/docx").join(name)
}

/// A `.docx` with the given body XML (inside `<w:body>`), built here. Its styles have the ids a
/// Russian Word gives them (`1` for heading 1, `a3` for Title), so that only their names say
/// what they are. Media: `image1.png` (the fixture picture), `image2.emf`; relationships
/// `rIdPng`, `rIdEmf`, `rIdLinked` (a picture outside the document), `rIdGone` (a picture the zip
/// lacks) and `rIdLink` (https://egov.kz).
fn docx(body: &str, picture: &[u8]) -> Vec<u8> {
    let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{w}" xmlns:r="{r}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let styles = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{w}">
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="21"><w:name w:val="Quote"/><w:basedOn w:val="a"/><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="caption"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="myQuote"><w:name w:val="Цитата автора"/><w:basedOn w:val="21"/></w:style>
</w:styles>"#
    );
    let rels = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdPng" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>
<Relationship Id="rIdEmf" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image2.emf"/>
<Relationship Id="rIdLinked" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///C:/Photos/hall.jpg" TargetMode="External"/>
<Relationship Id="rIdGone" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image9.png"/>
<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://egov.kz" TargetMode="External"/>
</Relationships>"#;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let emf: &[u8] = b"\x01\x00\x00\x00\x6c\x00\x00\x00 EMF";
    for (name, bytes) in [
        (
            "[Content_Types].xml",
            b"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>" as &[u8],
        ),
        ("word/document.xml", document.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
        ("word/_rels/document.xml.rels", rels.as_bytes()),
        ("word/media/image1.png", picture),
        ("word/media/image2.emf", emf),
    ] {
        zip.start_file(name, stored).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn p(style: &str, text: &str) -> String {
    let style = if style.is_empty() { String::new() } else { format!(r#"<w:pPr><w:pStyle w:val="{style}"/></w:pPr>"#) };
    format!(r#"<w:p>{style}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
}

/// A picture paragraph; `alt` is Word's "Alt Text" (the `descr` of `wp:docPr`).
fn picture(id: &str, name: &str, alt: &str) -> String {
    format!(
        r#"<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="{name}" descr="{alt}"/><a:graphic><a:graphicData><a:blip r:embed="{id}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"#
    )
}

/// A picture's bytes changed, so that it is another picture: the fixture's with one more chunk.
fn other_picture() -> Vec<u8> {
    let png = std::fs::read(fixture("picture.png")).unwrap();
    let end = png.len() - 12;
    let mut changed = png[..end].to_vec();
    // A text chunk before IEND: `tEXt` "Comment\0other" with its CRC.
    let data = b"tEXtComment\0other";
    changed.extend_from_slice(&((data.len() - 4) as u32).to_be_bytes());
    changed.extend_from_slice(data);
    changed.extend_from_slice(&crc32(data).to_be_bytes());
    changed.extend_from_slice(&png[end..]);
    changed
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A Kazakh document with what a real one may hold by mistake: text before the first heading,
/// a picture in EMF, one linked, a second picture, one missing, a caption that its Russian pair
/// lacks, a heading 2, a hyperlink in bold, and a quote in a style based on Quote, with its author
/// right-aligned under it.
fn awkward_kk() -> Vec<u8> {
    let png = std::fs::read(fixture("picture.png")).unwrap();
    let body = [
        p("a3", "Жастар мен ауыл"),
        p("", "Алматы облысы, 2025 жыл"),
        p("1", "Жастардың мәселелері"),
        picture("rIdPng", "Ауыл клубы", "Ауыл клубының ғимараты"),
        p("a5", "Ауыл клубы"),
        p("", "Ауылда жастарға арналған орын аз."),
        picture("rIdEmf", "Сызба", ""),
        picture("rIdLinked", "Сурет", ""),
        picture("rIdPng", "Тағы да клуб", ""),
        p("2", "Не істеуге болады"),
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Клуб ашу; </w:t></w:r><w:hyperlink r:id="rIdLink"><w:r><w:rPr><w:b/></w:rPr><w:t>egov.kz</w:t></w:r></w:hyperlink></w:p>"#
            .to_string(),
        p("myQuote", "Бізге спорт алаңы керек."),
        r#"<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>— Әлия, 17 жаста</w:t></w:r></w:p>"#.to_string(),
        p("1", "Жобалар"),
        picture("rIdGone", "Жоқ сурет", ""),
        p("", "Аудандағы жобалар туралы."),
    ]
    .concat();
    docx(&body, &png)
}

/// Its Russian pair: the same outline, another picture in section 1, no caption.
fn awkward_ru() -> Vec<u8> {
    let body = [
        p("a3", "Молодёжь и село"),
        p("1", "Проблемы молодёжи"),
        picture("rIdPng", "Клуб", "Здание сельского клуба"),
        p("", "В селе мало мест для молодёжи."),
        p("21", "Нам нужна спортивная площадка."),
        p("21", "— Алия, 17 лет"),
        p("1", "Проекты"),
        p("", "О проектах в районе."),
    ]
    .concat();
    docx(&body, &other_picture())
}

/// One situation: files put into the project, then the command run in it.
struct Scene {
    situation: &'static str,
    prepare: fn(&TestProject),
    args: &'static [&'static str],
}

fn put(project: &TestProject, name: &str, bytes: &[u8]) {
    std::fs::write(project.root.join(name), bytes).unwrap();
}

fn copy(project: &TestProject, name: &str) {
    std::fs::copy(fixture(name), project.root.join(name)).unwrap();
}

const SCENES: &[Scene] = &[
    Scene {
        situation: "a Kazakh and a Russian document made by LibreOffice",
        prepare: |project| {
            copy(project, "kk.docx");
            copy(project, "ru.docx");
        },
        args: &["import", "uighur", "--kk", "kk.docx", "--ru", "ru.docx"],
    },
    Scene {
        situation: "the campaign has been imported already",
        prepare: |project| {
            copy(project, "kk.docx");
            copy(project, "ru.docx");
            project.run(&["import", "uighur", "--kk", "kk.docx", "--ru", "ru.docx"]).ok();
        },
        args: &["import", "uighur", "--kk", "kk.docx", "--ru", "ru.docx"],
    },
    Scene {
        situation: "the Russian document has two headings, the Kazakh one three",
        prepare: |project| {
            copy(project, "kk.docx");
            copy(project, "python-docx.docx");
        },
        args: &["import", "uighur", "--kk", "kk.docx", "--ru", "python-docx.docx"],
    },
    Scene {
        situation: "documents with a second picture, pictures that cannot be used, text before the first heading",
        prepare: |project| {
            put(project, "youth-kk.docx", &awkward_kk());
            put(project, "youth-ru.docx", &awkward_ru());
        },
        args: &["import", "youth", "--kk", "youth-kk.docx", "--ru", "youth-ru.docx"],
    },
    Scene {
        situation: "a document without a title or headings, and one with an empty section",
        prepare: |project| {
            put(project, "plain.docx", &docx(&p("", "Просто текст."), b""));
            let empty = [p("a3", "Атауы"), p("1", "Бірінші"), p("1", "Екінші"), p("", "Мәтін.")].concat();
            put(project, "empty.docx", &docx(&empty, b""));
        },
        args: &["import", "youth", "--kk", "empty.docx", "--ru", "plain.docx"],
    },
    Scene {
        situation: "a PDF and an old .doc, each renamed .docx",
        prepare: |project| {
            put(project, "kk.docx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
            put(project, "ru.docx", &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
        },
        args: &["import", "uighur", "--kk", "kk.docx", "--ru", "ru.docx"],
    },
    Scene {
        situation: "a .docx cut short in copying, and an RTF document",
        prepare: |project| {
            let whole = std::fs::read(fixture("kk.docx")).unwrap();
            put(project, "kk.docx", &whole[..whole.len() / 2]);
            put(project, "ru.docx", b"{\\rtf1\\ansi\\deff0 {\\fonttbl}}");
        },
        args: &["import", "uighur", "--kk", "kk.docx", "--ru", "ru.docx"],
    },
    Scene {
        situation: "an OpenDocument text, and a text file, each named .docx",
        prepare: |project| {
            let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
            let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
            zip.start_file("mimetype", stored).unwrap();
            zip.write_all(b"application/vnd.oasis.opendocument.text").unwrap();
            zip.start_file("content.xml", stored).unwrap();
            zip.write_all(b"<office:document-content/>").unwrap();
            put(project, "kk.docx", &zip.finish().unwrap().into_inner());
            put(project, "ru.docx", "Жители села".as_bytes());
        },
        args: &["import", "uighur", "--kk", "kk.docx", "--ru", "ru.docx"],
    },
    Scene {
        situation: "a Word document whose text is not well-formed XML",
        prepare: |project| {
            let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
            let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
            zip.start_file("word/document.xml", stored).unwrap();
            zip.write_all(b"<w:document><w:body><w:p>").unwrap();
            put(project, "kk.docx", &zip.finish().unwrap().into_inner());
        },
        args: &["import", "uighur", "--kk", "kk.docx"],
    },
    Scene {
        situation: "an id that cannot name a folder",
        prepare: |project| copy(project, "kk.docx"),
        args: &["import", "../uighur", "--kk", "kk.docx"],
    },
];

fn transcript(lang: &str) -> String {
    let mut out = String::new();
    for scene in SCENES {
        let project = TestProject::empty();
        (scene.prepare)(&project);
        let id = scene.args[1];
        let before = std::fs::read(project.root.join("booklets").join(id).join("campaign.toml")).ok();
        let output = project.command(scene.args).env("KITAPSHA_LANG", lang).output().unwrap();
        let code = output.status.code().unwrap();
        if code != 0 {
            // Refused: nothing written, and what was there kept as it was.
            let after = std::fs::read(project.root.join("booklets").join(id).join("campaign.toml")).ok();
            assert_eq!(after, before, "{}: campaign.toml must not change", scene.situation);
            if before.is_none() {
                assert!(!project.root.join("booklets").join(id).exists(), "{}: nothing written", scene.situation);
            }
            let left: Vec<_> = std::fs::read_dir(project.root.join("booklets")).unwrap().collect();
            assert!(left.len() <= usize::from(before.is_some()), "{}: a folder left behind", scene.situation);
        }
        out.push_str(&transcript_entry(scene.args, scene.situation, &output));
    }
    out
}

#[test]
fn what_import_says_in_each_language() {
    for lang in ["en", "ru", "kk"] {
        assert_snapshot_in(&repo().join("tests/snapshots"), &format!("import-{lang}"), &transcript(lang));
    }
}

#[test]
fn what_awkward_documents_hold_is_kept_where_it_can_be() {
    let project = TestProject::empty();
    put(&project, "youth-kk.docx", &awkward_kk());
    put(&project, "youth-ru.docx", &awkward_ru());
    project.run(&["import", "youth", "--kk", "youth-kk.docx", "--ru", "youth-ru.docx"]).ok();
    let campaign = project.read("booklets/youth/campaign.toml");
    assert_snapshot_in(&repo().join("tests/snapshots"), "import-campaign-awkward", &campaign);
    // The Kazakh picture is placed: the first language's, where the two differ.
    assert_eq!(
        std::fs::read(project.root.join("booklets/youth/images/section-1.png")).unwrap(),
        std::fs::read(fixture("picture.png")).unwrap()
    );
    let checked = project.run(&["check", "youth"]);
    assert_eq!(checked.code(), 0, "{}", checked.stderr());
}

/// Imports the LibreOffice documents into a fresh project, in `lang`.
fn imported(lang: &str) -> TestProject {
    let project = TestProject::empty();
    copy(&project, "kk.docx");
    copy(&project, "ru.docx");
    let output = project
        .command(&["import", "uighur", "--kk", "kk.docx", "--ru", "ru.docx"])
        .env("KITAPSHA_LANG", lang)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    project
}

#[test]
fn the_imported_campaign_is_commented_in_the_language_of_the_messages() {
    for lang in ["en", "ru", "kk"] {
        let project = imported(lang);
        assert_snapshot_in(
            &repo().join("tests/snapshots"),
            &format!("import-campaign-{lang}"),
            &project.read("booklets/uighur/campaign.toml"),
        );
    }
}

#[test]
fn the_imported_campaign_checks_and_builds_with_its_picture() {
    let project = imported("en");
    // The picture, extracted as it was, and nothing else.
    let images: Vec<PathBuf> = common::files_under(&project.root.join("booklets/uighur/images"));
    assert_eq!(images, vec![project.root.join("booklets/uighur/images/section-1.png")]);
    assert_eq!(std::fs::read(&images[0]).unwrap(), std::fs::read(fixture("picture.png")).unwrap());
    let checked = project.run(&["check", "uighur"]);
    assert_eq!(checked.code(), 0, "{}", checked.stderr());
    // The district's stand-in is the one warning: the Word documents do not name it.
    assert!(!checked.stderr().contains("error"), "{}", checked.stderr());
    project.run(&["build", "uighur"]).ok();
    let pages = page_texts(&project.root.join("out/uighur/uighur.pdf")).join("\n");
    for expected in ["Публичные слушания", "Қоғамдық кеңес", "житель села Чунджа", "Өтінішті кімге жазатыныңызды"]
    {
        assert!(pages.contains(expected), "{expected} is printed:\n{pages}");
    }
}

#[test]
fn a_document_made_by_python_docx_makes_a_one_language_booklet() {
    let project = TestProject::empty();
    copy(&project, "python-docx.docx");
    project.run(&["import", "plans", "--ru", "python-docx.docx"]).ok();
    let campaign = project.read("booklets/plans/campaign.toml");
    assert_snapshot_in(&repo().join("tests/snapshots"), "import-campaign-python-docx", &campaign);
    let checked = project.run(&["check", "plans"]);
    assert_eq!(checked.code(), 0, "{}", checked.stderr());
    project.run(&["build", "plans"]).ok();
    assert!(project.root.join("out/plans/plans.pdf").is_file());
}

#[test]
fn a_picture_of_that_name_already_there_is_never_overwritten() {
    let project = TestProject::empty();
    copy(&project, "kk.docx");
    let images = project.root.join("booklets/uighur/images");
    std::fs::create_dir_all(&images).unwrap();
    std::fs::write(images.join("section-1.png"), b"the user's own file").unwrap();
    project.run(&["import", "uighur", "--kk", "kk.docx"]).ok();
    assert_eq!(std::fs::read(images.join("section-1.png")).unwrap(), b"the user's own file");
    assert_eq!(std::fs::read(images.join("section-1-2.png")).unwrap(), std::fs::read(fixture("picture.png")).unwrap());
    let campaign = project.read("booklets/uighur/campaign.toml");
    assert!(campaign.contains("image = \"images/section-1-2.png\""), "{campaign}");
    assert!(campaign.contains("languages = [\"kk\"]"), "{campaign}");
}

#[test]
fn a_full_disk_leaves_nothing_behind() {
    let project = TestProject::empty();
    copy(&project, "kk.docx");
    copy(&project, "ru.docx");
    let booklets = project.root.join("booklets");
    let _mounted = Mounted::tmpfs(&booklets, "8k");
    let run = project.run(&["import", "uighur", "--kk", "kk.docx", "--ru", "ru.docx"]);
    run.fails_with(
        1,
        "booklets/uighur/campaign.toml: error: nothing was imported: cannot write the campaign: the disk is full",
    );
    assert_eq!(std::fs::read_dir(&booklets).unwrap().count(), 0);
}

/// The paths of a transcript are those typed: a document given by an absolute path is read there.
#[test]
fn documents_are_read_from_where_the_command_is_run() {
    let project = TestProject::empty();
    let elsewhere = common::tempdir();
    std::fs::copy(fixture("kk.docx"), elsewhere.path().join("kk.docx")).unwrap();
    let absolute = elsewhere.path().join("kk.docx");
    let sub = project.root.join("booklets");
    let output = common::command_in(&sub, &["import", "uighur", "--kk", absolute.to_str().unwrap()]).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(Path::new(&project.root.join("booklets/uighur/campaign.toml")).is_file());
}

#[test]
fn a_picture_without_alt_text_or_caption_is_marked_decoration_and_said_so() {
    let png = std::fs::read(fixture("picture.png")).unwrap();
    let body = [p("a3", "Жастар мен ауыл"), p("1", "Ауыл клубы"), picture("rIdPng", "Клуб", ""), p("", "Клуб ашылды.")]
        .concat();
    let project = TestProject::empty();
    put(&project, "kk.docx", &docx(&body, &png));
    let output = project.command(&["import", "youth", "--kk", "kk.docx"]).env("KITAPSHA_LANG", "en").output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains(
            "kk.docx: warning: the picture of section 1, Клуб (image1.png), has no alt text in the document and no caption: it is marked as decoration (alt = \"\") for now\n  = hint: write in campaign.toml what the picture shows, alt = \"…\", for readers who cannot see it (in Word: right-click the picture ▸ Edit Alt Text)"
        ),
        "{stderr}"
    );
    let campaign = project.read("booklets/youth/campaign.toml");
    assert!(
        campaign.contains("# The picture has no alt text in the Word document: write what it shows, alt = \"…\"; alt = \"\" marks a\n# picture that is only decoration.\nalt = \"\"\n"),
        "{campaign}"
    );
}
