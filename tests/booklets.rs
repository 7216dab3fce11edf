//! Builds real booklets and reads the PDFs back: pages, fonts, text and order.

mod common;

use std::path::Path;

use common::{TestProject, command_in, fonts, normalise, page_count, page_texts, repo, run_in, stderr};

// Һ is rare outside loanwords; the font test checks that it is covered.
const KAZAKH_LETTERS: [char; 8] = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і'];

/// Every title a campaign puts on its covers and sections, as the library reads them.
fn titles(campaign_dir: &Path) -> Vec<String> {
    let id = campaign_dir.file_name().unwrap().to_str().unwrap();
    let mut diagnostics = kitapsha::diag::Diagnostics::new();
    let folder = kitapsha::fsutil::Folder { real: campaign_dir.to_path_buf(), shown: Path::new(id).to_path_buf() };
    let campaign = kitapsha::campaign::load(id, &folder, &mut diagnostics)
        .unwrap_or_else(|| panic!("{id} loads: {diagnostics:?}"));
    let mut titles: Vec<String> = campaign.cover.text.values().map(|t| t.title.clone()).collect();
    for section in campaign.sections() {
        titles.extend(section.text.values().map(|t| t.title.clone()));
    }
    titles
}

#[test]
fn every_sample_builds_with_embedded_fonts_and_its_titles_in_the_text() {
    let out = common::tempdir();
    let output = run_in(&repo(), &["build", "--out", out.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    let booklets = repo().join("booklets");
    let mut ids: Vec<String> = std::fs::read_dir(&booklets)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_str().unwrap().to_string())
        .filter(|id| booklets.join(id).join("campaign.toml").is_file())
        .collect();
    ids.sort();
    assert_eq!(ids.len(), 6, "the six campaigns of the programme");

    for id in ids {
        let pdf = out.path().join(&id).join(format!("{id}.pdf"));
        let pages = page_count(&pdf);
        assert!(pages.is_multiple_of(4) && (8..=28).contains(&pages), "{id}: {pages} pages");

        let fonts = fonts(&pdf);
        assert!(!fonts.is_empty(), "{id}: fonts");
        for (name, embedded) in &fonts {
            assert!(embedded, "{id}: {name} is not embedded");
            assert!(name.contains("NotoSerif") || name.contains("NotoSans"), "{id}: unexpected font {name}");
        }

        let text = normalise(&page_texts(&pdf).join(" "));
        for title in titles(&booklets.join(&id)) {
            let title = normalise(&title.replace('"', ""));
            assert!(text.contains(&title), "{id}: title {title:?} not in the PDF text");
        }
        let lower = text.to_lowercase();
        for letter in KAZAKH_LETTERS {
            assert!(lower.contains(letter), "{id}: no {letter} in the text");
        }
    }
}

#[test]
fn two_builds_of_the_same_input_are_byte_identical() {
    let minimal = repo().join("tests/fixtures/valid/minimal");
    let project = TestProject::with_campaigns(&[("minimal", &minimal)]);
    let pdf = project.path().join("out/minimal/minimal.pdf");
    assert_eq!(run_in(project.path(), &["build"]).status.code(), Some(0));
    let first = std::fs::read(&pdf).unwrap();
    std::fs::remove_file(&pdf).unwrap();
    assert_eq!(run_in(project.path(), &["build"]).status.code(), Some(0));
    assert_eq!(first, std::fs::read(&pdf).unwrap());
}

#[test]
fn markup_characters_in_any_field_print_as_themselves() {
    let case = repo().join("tests/fixtures/valid/literal-characters");
    let project = TestProject::with_campaigns(&[("literal-characters", &case)]);
    let output = run_in(project.path(), &["build"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let pdf = project.path().join("out/literal-characters/literal-characters.pdf");
    let text = normalise(&page_texts(&pdf).join(" "));
    for expected in [
        "Атау #read(\"/etc/passwd\") $x^2$",
        "@ref <b> * _ \\ #set page(width: 1cm)",
        "Мәтін: #read(\"/etc/passwd\") және $x^2$ және @ref және <b> және * және _ және \\ соңы.",
        "#let x = 1 деген жол да әріп.",
        "Текст: #read(\"/etc/passwd\") и $x^2$ и @ref и <b> и * и _ и \\ конец.",
        "Бөлім <b> * _ \\",
        "Раздел $x^2$ @ref",
        "— #set text(red)",
        "Дәйексөз #read(\"/etc/passwd\") $x^2$",
    ] {
        assert!(text.contains(expected), "{expected:?} not printed literally in:\n{text}");
    }
    assert!(!text.contains("root:"), "nothing was read from /etc/passwd");
}

#[test]
fn flip_booklets_start_each_language_from_its_own_cover() {
    let minimal = repo().join("tests/fixtures/valid/minimal");
    let project = TestProject::with_campaigns(&[("minimal", &minimal)]);
    assert_eq!(run_in(project.path(), &["build"]).status.code(), Some(0));
    let pages: Vec<String> =
        page_texts(&project.path().join("out/minimal/minimal.pdf")).iter().map(|p| normalise(p)).collect();
    assert_eq!(pages.len(), 4);
    assert!(pages[0].contains("Әлеуметтік жобаның табыс факторлары") && !pages[0].contains("Факторы успеха"));
    assert!(pages[1].contains("Бірінші бөлім") && pages[1].contains("Байланыс"));
    assert!(pages[2].contains("Факторы успеха социальных проектов"));
    assert!(pages[3].contains("Первый раздел") && pages[3].contains("Контакты"));
}

#[test]
fn sequential_booklets_follow_the_order_of_languages() {
    let case = repo().join("tests/fixtures/valid/sequential-en-last");
    let project = TestProject::with_campaigns(&[("seq", &case)]);
    let output = run_in(project.path(), &["build"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = normalise(&page_texts(&project.path().join("out/seq/seq.pdf")).join(" "));
    let ru = text.find("Генеральный план").unwrap();
    let kk = text.find("Бас жоспар").unwrap();
    let en = text.find("The master plan").unwrap();
    assert!(ru < kk && kk < en, "{text}");
}

#[test]
fn parallel_booklets_put_both_languages_of_a_section_on_the_same_page() {
    let case = repo().join("tests/fixtures/valid/parallel");
    let project = TestProject::with_campaigns(&[("parallel", &case)]);
    let output = run_in(project.path(), &["build"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let pages: Vec<String> =
        page_texts(&project.path().join("out/parallel/parallel.pdf")).iter().map(|p| normalise(p)).collect();
    assert_eq!(pages.len() % 4, 0);
    let page = pages.iter().find(|p| p.contains("Қоғамдық тыңдаулар")).expect("the Kazakh section is printed");
    for expected in ["Публичные слушания", "Тыңдауға кез келген адам келе алады.", "Прийти на слушания может любой."]
    {
        assert!(page.contains(expected), "{expected} beside the Kazakh text");
    }
}

#[test]
fn a_new_campaign_builds_at_once() {
    let project = common::tempdir();
    std::fs::copy(repo().join("tests/fixtures/kitapsha.toml"), project.path().join("kitapsha.toml")).unwrap();
    let created = run_in(project.path(), &["new", "kegen-youth"]);
    assert_eq!(created.status.code(), Some(0), "{}", stderr(&created));
    let campaign = std::fs::read_to_string(project.path().join("booklets/kegen-youth/campaign.toml")).unwrap();
    assert!(campaign.contains("kitapsha build kegen-youth"), "the comments say how to build it");
    let built = run_in(project.path(), &["build", "kegen-youth"]);
    assert_eq!(built.status.code(), Some(0), "{}", stderr(&built));
    assert_eq!(page_count(&project.path().join("out/kegen-youth/kegen-youth.pdf")) % 4, 0);

    let again = run_in(project.path(), &["new", "kegen-youth"]);
    assert_eq!(again.status.code(), Some(1), "an existing campaign is never overwritten");
    let bad = run_in(project.path(), &["new", "../escape"]);
    assert_eq!(bad.status.code(), Some(1));
}

#[test]
fn a_new_campaign_is_commented_in_the_language_of_the_messages_and_builds() {
    let project = common::tempdir();
    std::fs::copy(repo().join("tests/fixtures/kitapsha.toml"), project.path().join("kitapsha.toml")).unwrap();
    for (lang, id, words) in [("ru", "kegen-ru", "Соберите её"), ("kk", "kegen-kk", "жинаңыз")] {
        let created = command_in(project.path(), &["new", id]).env("KITAPSHA_LANG", lang).output().unwrap();
        assert_eq!(created.status.code(), Some(0), "{}", stderr(&created));
        let campaign = std::fs::read_to_string(project.path().join(format!("booklets/{id}/campaign.toml"))).unwrap();
        assert!(campaign.contains(words), "{lang}: {campaign}");
        let checked = command_in(project.path(), &["check", id]).env("KITAPSHA_LANG", lang).output().unwrap();
        assert_eq!(checked.status.code(), Some(0), "{}", stderr(&checked));
    }
}

#[test]
fn a_text_pasted_from_word_checks_clean_its_bullets_never_printed() {
    let project = TestProject::with_campaigns(&[("word", &repo().join("tests/fixtures/valid/word-pasted"))]);
    let checked = project.run(&["check", "word"]);
    assert_eq!((checked.status.code(), stderr(&checked).as_str()), (Some(0), ""));
}
