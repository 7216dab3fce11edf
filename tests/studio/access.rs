//! The studio on the office network (`--lan`): every page needs a login, every form its
//! session's token, every change a role that allows it; failed logins wait; `users.toml` is
//! never served. Users are added with the CLI, as the office does it.

use std::time::Duration;

use axum::Router;
use axum::http::{StatusCode, header};

use crate::common::{TestProject, assert_snapshot_in, repo};
use crate::http::*;

const LEDGER: &str = "booklets/balkhash/print-runs.toml";

/// A copy of `balkhash` with a coordinator, an editor and a distributor, and its studio on the
/// office network.
fn office() -> (TestProject, Router, kitapsha::studio::Shared) {
    let project = TestProject::with_campaigns(&[("balkhash", &repo().join("booklets/balkhash"))]);
    add_user(&project, "aigul", "coordinator", "aigul's secret");
    add_user(&project, "dana", "editor", "dana's secret");
    add_user(&project, "erlan", "distributor", "erlan's secret");
    let (app, studio) = lan_studio(&project);
    (project, app, studio)
}

fn hand_out(token: &str) -> Vec<(String, String)> {
    form(token, &[("copies", "10"), ("place", "Қарой"), ("date", "2025-01-12"), ("by", "")])
}

#[tokio::test]
async fn without_a_login_pages_send_to_the_login_and_changes_are_refused() {
    let (project, app, _) = office();
    for (path, next) in [("/", "/"), ("/campaign/balkhash/ledger", "/campaign/balkhash/ledger"), ("/users", "/users")] {
        let answer = send(&app, lan_request("GET", path, None, None, &[])).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{path}");
        assert_eq!(answer.headers[header::LOCATION], format!("/login?next={next}"));
    }
    let answer = send(&app, lan_request("GET", "/campaign/balkhash?saved=1", None, None, &[])).await;
    assert_eq!(answer.headers[header::LOCATION], "/login?next=/campaign/balkhash%3Fsaved%3D1");
    let login = send(&app, lan_request("GET", "/login?next=/campaign/balkhash", None, None, &[])).await;
    assert_eq!(login.status, StatusCode::OK);
    assert!(login.body.contains("<h1>Log in</h1>"), "{}", login.body);
    assert_eq!(typed_value(&login.body, "login-form", "next"), "/campaign/balkhash");

    let before = records(&project.root);
    let refused =
        send(&app, lan_request("POST", "/campaign/balkhash/ledger/hand-out", None, Some(LAN_ORIGIN), &hand_out("")))
            .await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    assert!(
        refused.body.contains("You are not logged in: your session ended after hours without use, or you logged out.")
    );
    assert!(refused.body.contains("Nothing was changed. Log in again, then make the change once more."));
    // Not even with the token of the process, which the login page shows to anyone.
    let after = "name=\"csrf\" value=\"";
    let at = login.body.find(after).unwrap() + after.len();
    let studio_token = &login.body[at..at + 32];
    let refused = send(
        &app,
        lan_request("POST", "/campaign/balkhash/ledger/hand-out", None, Some(LAN_ORIGIN), &hand_out(studio_token)),
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    assert_eq!(records(&project.root), before, "nothing written");
}

#[tokio::test]
async fn a_login_sets_a_strict_http_only_cookie_and_goes_on_to_the_page_asked_for() {
    let (_project, app, _) = office();
    let fields = [("name", "erlan"), ("password", "erlan's secret"), ("next", "/campaign/balkhash/ledger")]
        .map(|(k, v)| (k.to_string(), v.to_string()));
    let answer = send(&app, lan_request("POST", "/login", None, Some(LAN_ORIGIN), &fields)).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    assert_eq!(answer.headers[header::LOCATION], "/campaign/balkhash/ledger");
    let cookie = answer.headers[header::SET_COOKIE].to_str().unwrap();
    let attributes: Vec<&str> = cookie.split(';').map(str::trim).skip(1).collect();
    assert!(attributes.contains(&"HttpOnly") && attributes.contains(&"SameSite=Strict"), "{cookie}");
    assert!(attributes.contains(&"Path=/"), "{cookie}");
    let id = cookie.split(';').next().unwrap().strip_prefix("kitapsha-session=").unwrap();
    assert_eq!(id.len(), 32, "128 bits in hex");

    // Another site as `next` is the home page instead.
    let fields = [("name", "erlan"), ("password", "erlan's secret"), ("next", "//evil.example/")]
        .map(|(k, v)| (k.to_string(), v.to_string()));
    let answer = send(&app, lan_request("POST", "/login", None, Some(LAN_ORIGIN), &fields)).await;
    assert_eq!(answer.headers[header::LOCATION], "/");

    // The header names the user, and logging out ends the session.
    let session = log_in(&app, "erlan", "erlan's secret").await;
    let page = send(&app, lan_request("GET", "/campaign/balkhash/ledger", Some(&session.id), None, &[])).await;
    assert_eq!(element(&page.body, "who"), "erlan");
    assert!(page.body.contains(">Log out</button>"), "{}", page.body);
    let out =
        send(&app, lan_request("POST", "/logout", Some(&session.id), Some(LAN_ORIGIN), &form(&session.token, &[])))
            .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert!(out.headers[header::SET_COOKIE].to_str().unwrap().contains("Max-Age=0"));
    let after = send(&app, lan_request("GET", "/", Some(&session.id), None, &[])).await;
    assert_eq!(after.status, StatusCode::SEE_OTHER, "the session is over");
}

#[tokio::test]
async fn a_change_needs_its_own_sessions_token_and_origin() {
    let (project, app, _) = office();
    let erlan = log_in(&app, "erlan", "erlan's secret").await;
    let aigul = log_in(&app, "aigul", "aigul's secret").await;
    assert_ne!(erlan.token, aigul.token);
    let before = records(&project.root);
    let path = "/campaign/balkhash/ledger/hand-out";
    let cases = [
        ("no token", lan_request("POST", path, Some(&erlan.id), Some(LAN_ORIGIN), &hand_out("")[1..])),
        (
            "another session's token",
            lan_request("POST", path, Some(&erlan.id), Some(LAN_ORIGIN), &hand_out(&aigul.token)),
        ),
        (
            "another site",
            lan_request("POST", path, Some(&erlan.id), Some("http://evil.example"), &hand_out(&erlan.token)),
        ),
        ("no origin", lan_request("POST", path, Some(&erlan.id), None, &hand_out(&erlan.token))),
    ];
    for (case, request) in cases {
        let answer = send(&app, request).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{case}: {}", answer.body);
        assert_eq!(records(&project.root), before, "{case}: nothing written");
    }
}

#[tokio::test]
async fn a_distributor_records_hand_outs_and_nothing_else() {
    let (project, app, _) = office();
    let erlan = log_in(&app, "erlan", "erlan's secret").await;
    // Reading the editor is everyone's; saving it is not the distributor's.
    let editor = send(&app, lan_request("GET", "/campaign/balkhash", Some(&erlan.id), None, &[])).await;
    assert_eq!(editor.status, StatusCode::OK);
    let mut fields = form_fields(&editor.body);
    set(&mut fields, "cover.kk.title", "Өзгерген тақырып");
    let before = records(&project.root);
    let refused =
        send(&app, lan_request("POST", "/campaign/balkhash", Some(&erlan.id), Some(LAN_ORIGIN), &fields)).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(
        unescape(&refused.body).contains(
            "You are logged in as erlan (distributor). Only a user with the role editor or coordinator may do this."
        ),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("<h1>Not allowed</h1>"));
    assert!(refused.body.contains("Nothing was changed. Ask a coordinator if you need to do this."));
    assert_eq!(records(&project.root), before, "nothing written");

    let recorded = send(
        &app,
        lan_request(
            "POST",
            "/campaign/balkhash/ledger/hand-out",
            Some(&erlan.id),
            Some(LAN_ORIGIN),
            &hand_out(&erlan.token),
        ),
    )
    .await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER, "{}", recorded.body);
    assert!(project.read(LEDGER).contains("place = \"Қарой\""));
    let log = project.read("changes.log");
    let logged: Vec<&str> = log.lines().map(|line| line.split_once('\t').unwrap().1).collect();
    assert_eq!(logged, [format!("erlan\t{LEDGER}")], "{log}");
}

#[tokio::test]
async fn an_editor_may_not_record_a_hand_out() {
    let (project, app, _) = office();
    let dana = log_in(&app, "dana", "dana's secret").await;
    let before = records(&project.root);
    let refused = send(
        &app,
        lan_request(
            "POST",
            "/campaign/balkhash/ledger/hand-out",
            Some(&dana.id),
            Some(LAN_ORIGIN),
            &hand_out(&dana.token),
        ),
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(unescape(&refused.body).contains("Only a user with the role distributor or coordinator may do this."));
    assert_eq!(records(&project.root), before, "nothing written");
}

#[tokio::test]
async fn after_five_wrong_passwords_even_the_right_one_waits() {
    let (_project, app, studio) = office();
    let wrong = try_log_in(&app, "aigul", "not the secret").await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(wrong.body.contains("The name or the password is not right. Check them and try again."));
    assert!(!wrong.headers.contains_key(header::SET_COOKIE));
    assert_eq!(typed_value(&wrong.body, "login-form", "name"), "aigul", "the name stays typed");
    for _ in 1..5 {
        assert_eq!(try_log_in(&app, "aigul", "not the secret").await.status, StatusCode::UNAUTHORIZED);
    }
    let sixth = try_log_in(&app, "aigul", "aigul's secret").await;
    assert_eq!(sixth.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(sixth.body.contains("Too many wrong passwords. Wait 1 min and try again."), "{}", sixth.body);
    assert!(!sixth.headers.contains_key(header::SET_COOKIE));
    // The same computer trying another name waits too.
    assert_eq!(try_log_in(&app, "dana", "dana's secret").await.status, StatusCode::TOO_MANY_REQUESTS);

    studio.let_time_pass(Duration::from_secs(61));
    assert_eq!(try_log_in(&app, "aigul", "aigul's secret").await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_users_file_is_never_served() {
    let (_project, app, _) = office();
    let aigul = log_in(&app, "aigul", "aigul's secret").await;
    for path in [
        "/users.toml",
        "/static/../users.toml",
        "/static/..%2Fusers.toml",
        "/campaign/..%2F..%2Fusers.toml",
        "/campaign/balkhash/page/..%2F..%2F..%2Fusers.toml",
        "/campaign/..%2F..%2F/ledger",
    ] {
        for session in [None, Some(aigul.id.as_str())] {
            let answer = send(&app, lan_request("GET", path, session, None, &[])).await;
            assert!(!answer.body.contains("argon2"), "{path} served the users file");
            assert_ne!(answer.status, StatusCode::OK, "{path}");
        }
    }
    let users = send(&app, lan_request("GET", "/users", Some(&aigul.id), None, &[])).await;
    assert!(!users.body.contains("argon2"), "the users page shows no hashes");
}

#[tokio::test]
async fn a_coordinator_manages_the_users_through_the_clis_own_checks() {
    let (project, app, _) = office();
    let aigul = log_in(&app, "aigul", "aigul's secret").await;
    let page = send(&app, lan_request("GET", "/users", Some(&aigul.id), None, &[])).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<td class=\"user-name\">erlan</td>"), "{}", page.body);
    assert!(page.body.contains("href=\"/users\""), "the coordinator's header links to the users page");

    let post = |path: &str, fields: &[(&str, &str)]| {
        lan_request("POST", path, Some(&aigul.id), Some(LAN_ORIGIN), &form(&aigul.token, fields))
    };
    let added =
        send(&app, post("/users/add", &[("name", "saule"), ("role", "distributor"), ("password", "saule's secret")]))
            .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    assert_eq!(added.headers[header::LOCATION], "/users?done=add");
    let saule = log_in(&app, "saule", "saule's secret").await;
    let changed = send(&app, post("/users/role", &[("name", "saule"), ("role", "editor")])).await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
    let listed = project.run(&["user", "list"]).ok();
    assert!(listed.lines().any(|line| line.split_whitespace().collect::<Vec<_>>() == ["saule", "editor"]), "{listed}");

    // Refused, each with the CLI's words, and nothing written.
    let before = snapshot(&project.root);
    let refused = send(&app, post("/users/remove", &[("name", "aigul")])).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = unescape(&refused.body);
    assert!(body.contains("“aigul” is the last coordinator: nobody could manage the users any more"), "{body}");
    assert!(body.contains("Nothing was changed: see why below."));
    let refused =
        send(&app, post("/users/add", &[("name", "x y"), ("role", "editor"), ("password", "long enough")])).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unescape(&refused.body).contains("“x y” cannot be a user name"));
    assert_eq!(typed_value(&refused.body, "add-user-form", "name"), "x y", "what was typed stays");
    let refused =
        send(&app, post("/users/add", &[("name", "marat"), ("role", "boss"), ("password", "long enough")])).await;
    assert!(unescape(&refused.body).contains("Choose a role: editor, distributor or coordinator."));
    assert_eq!(snapshot(&project.root), before, "nothing written");

    // Someone else may read the page but not change it.
    let before = snapshot(&project.root);
    let page = send(&app, lan_request("GET", "/users", Some(&saule.id), None, &[])).await;
    assert!(!page.body.contains("add-user-form"));
    let refused = send(
        &app,
        lan_request("POST", "/users/add", Some(&saule.id), Some(LAN_ORIGIN), &form(&saule.token, &[("name", "m")])),
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(unescape(&refused.body).contains("Only a user with the role coordinator may do this."));
    assert_eq!(snapshot(&project.root), before, "nothing written");

    // A user removed is logged out at once.
    let removed = send(&app, post("/users/remove", &[("name", "saule")])).await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER, "{}", removed.body);
    let after = send(&app, lan_request("GET", "/", Some(&saule.id), None, &[])).await;
    assert_eq!(after.status, StatusCode::SEE_OTHER);
    let log = project.read("changes.log");
    assert!(log.lines().all(|line| line.ends_with("\taigul\tusers.toml")) && log.lines().count() == 3, "{log}");
}

#[tokio::test]
async fn the_login_and_users_pages_as_served() {
    let (project, app, _) = office();
    let dir = repo().join("tests/snapshots");
    for lang in ["en", "ru"] {
        let mut request = lan_request("GET", "/login?next=/users", None, None, &[]);
        request.headers_mut().insert(header::COOKIE, format!("kitapsha-lang={lang}").parse().unwrap());
        let login = send(&app, request).await;
        let token = {
            let after = "name=\"csrf\" value=\"";
            let at = login.body.find(after).unwrap() + after.len();
            login.body[at..at + 32].to_string()
        };
        assert_snapshot_in(&dir, &format!("studio-access-login-{lang}"), &without_token(&login.body, &token));
    }
    let aigul = log_in(&app, "aigul", "aigul's secret").await;
    let users = send(&app, lan_request("GET", "/users?done=add", Some(&aigul.id), None, &[])).await;
    assert_snapshot_in(&dir, "studio-access-users-en", &without_token(&users.body, &aigul.token));
    drop(project);
}

#[tokio::test]
async fn on_this_computer_the_users_page_lists_nobody_yet_and_needs_no_login() {
    let project = TestProject::with_campaigns(&[]);
    let (app, _) = studio(&project);
    let page = send(&app, get("/users", "en")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("No users yet."), "{}", page.body);
    assert!(!page.body.contains("id=\"who\""), "no one is logged in on 127.0.0.1");
}
