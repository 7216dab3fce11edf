//! `kitapsha user …`: the accounts of the studio on the office network, kept in `users.toml`,
//! as a transcript per language; the password comes on the input, as a script gives it.

mod common;

use std::io::Write;
use std::process::{Output, Stdio};

use common::{TestProject, assert_snapshot_in, repo, transcript_entry};

/// `kitapsha args` in `lang`, with `input` on its standard input.
fn run(project: &TestProject, lang: &str, args: &[&str], input: &str) -> Output {
    let mut child = project
        .command(args)
        .env("KITAPSHA_LANG", lang)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn transcript(lang: &str) -> String {
    let project = TestProject::empty();
    let scenes: &[(&[&str], &str, &str)] = &[
        (&["user", "list"], "no users yet", ""),
        (&["studio", "--lan", "--port", "0"], "nobody could log in", ""),
        (&["user", "add", "aigul", "--role", "coordinator"], "the first user", "aigul's secret\n"),
        (&["user", "add", "erlan", "--role", "distributor"], "a short password", "short\n"),
        (&["user", "add", "erlan b"], "a space in the name", "a long password\n"),
        (&["user", "add", "erlan", "--role", "distributor"], "a distributor", "erlan's secret\n"),
        (&["user", "add", "Айгүл"], "a name in Kazakh, an editor by default", "Айгүлдің құпиясы\n"),
        (&["user", "add", "aigul"], "a name taken", "another password\n"),
        (&["user", "list"], "three users", ""),
        (&["user", "password", "erlan"], "a new password", "erlan's new secret\n"),
        (&["user", "password", "nobody"], "no such user", "whatever it is\n"),
        (&["user", "remove", "aigul"], "the last coordinator", ""),
        (&["user", "remove", "erlan"], "a user removed", ""),
        (&["user", "list"], "two users", ""),
    ];
    let mut out = String::new();
    for (args, situation, input) in scenes {
        out.push_str(&transcript_entry(args, situation, &run(&project, lang, args, input)));
    }
    // The new file says what it is; the passwords are hashes.
    let file = project.read("users.toml");
    assert!(!file.contains("secret") && file.matches("$argon2id$").count() == 2, "{file}");
    out.push_str("users.toml begins:\n");
    out.extend(file.lines().take(4).map(|line| format!("{line}\n")));
    // A file edited by hand, wrong in three places.
    project.write(
        "users.toml",
        "[[user]]\nname = \"aigul\"\nrole = \"coordinator\"\npassword = \"aigul's secret\"\n\n\
         [[user]]\nname = \"aigul\"\nrole = \"editor\"\npassword = \"$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g\"\n\n\
         [[user]]\nname = \"../erlan\"\nrole = \"admin\"\npassword = \"\"\n",
    );
    let args = ["user", "list"];
    out.push_str(&transcript_entry(&args, "users.toml edited by hand", &run(&project, lang, &args, "")));
    out
}

#[test]
fn users_are_added_listed_and_removed_in_each_language() {
    for lang in ["en", "ru", "kk"] {
        assert_snapshot_in(&repo().join("tests/snapshots"), &format!("users-{lang}"), &transcript(lang));
    }
}

#[test]
fn a_refused_change_writes_nothing() {
    let project = TestProject::empty();
    assert!(
        run(&project, "en", &["user", "add", "aigul", "--role", "coordinator"], "aigul's secret\n").status.success()
    );
    let before = project.read("users.toml");
    for (args, input) in [
        (&["user", "add", "aigul"][..], "another password\n"),
        (&["user", "add", "erlan"][..], "short\n"),
        (&["user", "remove", "aigul"][..], ""),
        (&["user", "password", "aigul"][..], "short\n"),
    ] {
        let output = run(&project, "en", args, input);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert_eq!(project.read("users.toml"), before, "{args:?}");
    }
}

/// `kitapsha studio --lan` with a user: it listens on every address of the computer (this one's
/// loopback among them), says where, and sends a visitor to the login page.
#[test]
fn the_studio_on_the_office_network_says_where_and_asks_for_a_login() {
    use std::io::{BufRead, BufReader, Read};
    let project = TestProject::empty();
    assert!(
        run(&project, "en", &["user", "add", "aigul", "--role", "coordinator"], "aigul's secret\n").status.success()
    );
    let mut child = project
        .command(&["studio", "--lan", "--port", "0"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let line = line.trim_end();
    // With a route out of this computer its address is shown; without one, the port alone.
    let port = if line.contains("http://THIS-COMPUTER") {
        let port = line.rsplit_once(':').unwrap().1.split('/').next().unwrap();
        let expected = format!(
            "kitapsha studio on the office network, port {port}  (the other computers open http://THIS-COMPUTER'S-ADDRESS:{port}/; stop with Ctrl-C)"
        );
        assert_eq!(line, expected);
        port.to_string()
    } else {
        let address =
            line.split("http://").nth(1).and_then(|rest| rest.split('/').next()).unwrap_or_else(|| panic!("{line}"));
        let expected = format!(
            "kitapsha studio on the office network: http://{address}/  (the other computers open this address; everyone logs in; stop with Ctrl-C)"
        );
        assert_eq!(line, expected);
        address.rsplit_once(':').unwrap().1.to_string()
    };
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port.parse::<u16>().unwrap())).unwrap();
    stream.write_all(b"GET / HTTP/1.1\r\nHost: office-pc:8738\r\nConnection: close\r\n\r\n").unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(answer.starts_with("HTTP/1.1 303"), "{answer}");
    assert!(answer.to_lowercase().contains("location: /login?next=/"), "{answer}");
}
