//! The language kitapsha speaks: chosen by KITAPSHA_LANG, `[project] messages` or the locale, and
//! the whole command line (help of every command, errors, summaries) in it.

mod common;

use std::process::Command;

use common::{TestProject, assert_snapshot_in, repo};

/// Every command, a subcommand after its command (`user add`).
const COMMANDS: [&str; 18] = [
    "init",
    "new",
    "import",
    "check",
    "build",
    "watch",
    "studio",
    "print-run",
    "hand-out",
    "void",
    "stock",
    "stats",
    "report",
    "user",
    "user add",
    "user list",
    "user remove",
    "user password",
];

/// A project with one campaign whose `pages` is not a number: one error to word.
fn broken_project() -> TestProject {
    let project = TestProject::empty();
    project.add_campaign("broken", &common::repo().join("tests/fixtures/invalid/pages-not-a-number"));
    project
}

/// `kitapsha args` in the project, with no language variable but those given.
fn run_with(project: &TestProject, args: &[&str], variables: &[(&str, &str)]) -> (String, String) {
    let mut command: Command = project.command(args);
    for name in ["KITAPSHA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command.envs(variables.iter().copied());
    let output = command.output().unwrap();
    (String::from_utf8_lossy(&output.stdout).into_owned(), String::from_utf8_lossy(&output.stderr).into_owned())
}

#[test]
fn the_help_of_every_command_is_in_each_language() {
    let project = TestProject::empty();
    for (lang, usage, options, english_left_out) in [
        ("kk", "Қолданылуы", "Параметрлер", true),
        ("ru", "Использование", "Параметры", true),
        ("en", "Usage", "Options", false),
    ] {
        let (top, errors) = run_with(&project, &["--help"], &[("KITAPSHA_LANG", lang)]);
        assert!(top.contains(usage) && errors.is_empty(), "{lang}: {top}{errors}");
        for command in COMMANDS {
            let args: Vec<&str> = command.split(' ').chain(["--help"]).collect();
            let (help, errors) = run_with(&project, &args, &[("KITAPSHA_LANG", lang)]);
            assert!(errors.is_empty(), "{lang} {command} --help: {errors}");
            assert!(help.contains(usage) && help.contains(options), "{lang} {command}:\n{help}");
            if english_left_out {
                for english in ["Usage", "Options", "Print help", "Arguments", "Commands"] {
                    assert!(!help.contains(english), "{lang} {command} --help says {english:?}:\n{help}");
                }
            }
        }
    }
}

/// The help of kitapsha and of each command, as one text per language, so that a change to any
/// of it is seen in review (`tests/snapshots/help-<lang>.snap`).
#[test]
fn the_help_texts_are_pinned() {
    let project = TestProject::empty();
    for lang in ["kk", "ru", "en"] {
        let mut all = String::new();
        for args in std::iter::once(vec!["--help"])
            .chain(COMMANDS.iter().map(|command| command.split(' ').chain(["--help"]).collect()))
        {
            let (help, _) = run_with(&project, &args, &[("KITAPSHA_LANG", lang)]);
            all.push_str(&format!("$ kitapsha {}\n{help}\n", args.join(" ")));
        }
        assert_snapshot_in(&repo().join("tests/snapshots"), &format!("help-{lang}"), &all);
    }
}

#[test]
fn the_locale_chooses_the_language_of_the_messages() {
    let project = broken_project();
    let (_, russian) = run_with(&project, &["check"], &[("LC_ALL", "ru_RU.UTF-8")]);
    assert!(russian.contains(": ошибка: ") && russian.ends_with("kitapsha: 1 ошибка, 0 предупреждений\n"), "{russian}");
    let (_, kazakh) = run_with(&project, &["check"], &[("LANG", "kk_KZ.UTF-8")]);
    assert!(kazakh.contains(": қате: ") && kazakh.ends_with("kitapsha: 1 қате, 0 ескерту\n"), "{kazakh}");
    let (_, messages) = run_with(&project, &["check"], &[("LC_ALL", "ru_KZ.UTF-8"), ("LANG", "kk_KZ.UTF-8")]);
    assert_eq!(messages, russian, "LC_ALL wins over LANG");
    let (_, english) = run_with(&project, &["check"], &[("LANG", "C.UTF-8")]);
    assert!(english.ends_with("kitapsha: 1 error, 0 warnings\n"), "{english}");
}

#[test]
fn the_project_file_chooses_the_language_and_kitapsha_lang_overrides_it() {
    let project = broken_project();
    let file = project.read("kitapsha.toml");
    project.write("kitapsha.toml", &format!("[project]\nmessages = \"kk\"\n\n{file}"));
    let (_, kazakh) = run_with(&project, &["check"], &[("LANG", "ru_RU.UTF-8")]);
    assert!(kazakh.ends_with("kitapsha: 1 қате, 0 ескерту\n"), "{kazakh}");
    let (_, russian) = run_with(&project, &["check"], &[("LANG", "kk_KZ.UTF-8"), ("KITAPSHA_LANG", "ru")]);
    assert!(russian.ends_with("kitapsha: 1 ошибка, 0 предупреждений\n"), "{russian}");
}

#[test]
fn a_mistyped_command_line_is_answered_in_the_language() {
    let project = TestProject::empty();
    let (_, russian) = run_with(&project, &["hand-out", "x", "--copies", "3 00"], &[("KITAPSHA_LANG", "ru")]);
    assert!(!russian.contains("error:") && russian.contains("ошибка"), "{russian}");
    let (_, kazakh) = run_with(&project, &["stok"], &[("KITAPSHA_LANG", "kk")]);
    assert!(kazakh.contains("stock") && kazakh.contains("қате"), "{kazakh}");
}
