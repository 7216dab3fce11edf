//! The studio on the office network in a browser: sent to the login page, a wrong password
//! refused, then logged in with the name in the header; the coordinator's users page in English
//! and Russian; the login page on a phone.

use std::io::Write;
use std::process::Stdio;

use serde_json::json;

use crate::common::{TestProject, repo, tempdir};
use crate::driver::*;

fn add_user(project: &TestProject, name: &str, role: &str, password: &str) {
    let mut child = project.command(&["user", "add", name, "--role", role]).stdin(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(format!("{password}\n").as_bytes()).unwrap();
    assert!(child.wait().unwrap().success());
}

#[test]
#[ignore = "needs Debian's chromium and chromium-driver; .ci/run installs them and runs this test"]
fn a_coordinator_logs_in_and_sees_the_users() {
    let project = TestProject::with_campaigns(&[("balkhash", &repo().join("booklets/balkhash"))]);
    add_user(&project, "aigul", "coordinator", "aigul's secret");
    add_user(&project, "erlan", "distributor", "erlan's secret");
    let (_studio, address) = start_lan_studio(&project);
    let profile = tempdir();
    let (_driver, browser) = start_browser(profile.path());

    browser.open(&format!("http://{address}/users"));
    browser.wait_for("the login page", "return location.pathname === '/login'");
    browser.screenshot("studio-login.png");
    browser.type_into("#login-form input[name='name']", "aigul");
    browser.type_into("#login-form input[name='password']", "not it");
    browser.click("#log-in");
    browser.wait_for("the refusal", "return !!document.querySelector('#refusal')");
    browser.screenshot("studio-login-refused.png");

    browser.type_into("#login-form input[name='password']", "aigul's secret");
    browser.click("#log-in");
    browser.wait_for("the users page", "return location.pathname === '/users'");
    assert_eq!(browser.script("return document.querySelector('#who').textContent"), json!("aigul"));
    let names = browser.script("return [...document.querySelectorAll('.user-name')].map(e => e.textContent)");
    assert_eq!(names, json!(["aigul", "erlan"]));
    browser.screenshot("studio-users.png");

    browser.click("#lang-ru");
    browser.wait_for("the page in Russian", "return document.documentElement.lang === 'ru'");
    assert_eq!(browser.script("return document.querySelector('#log-out').textContent"), json!("Выйти"));
    browser.screenshot("studio-users-ru.png");

    browser.click("#log-out");
    browser.wait_for("the login page again", "return location.pathname === '/login'");
    browser.call("POST", "/window/rect", Some(&json!({ "width": 390, "height": 844 })));
    browser.open(&format!("http://{address}/"));
    browser.wait_for("the login page", "return location.pathname === '/login'");
    let fits = "return document.documentElement.scrollWidth <= window.innerWidth";
    assert_eq!(browser.script(fits), json!(true), "nothing to scroll sideways on a phone");
    browser.screenshot("studio-login-ru-phone.png");
}

#[test]
#[ignore = "needs Debian's chromium and chromium-driver; .ci/run installs them and runs this test"]
fn a_distributor_on_a_phone_records_a_hand_out_but_may_not_save_texts() {
    let project = TestProject::with_campaigns(&[("balkhash", &repo().join("booklets/balkhash"))]);
    add_user(&project, "aigul", "coordinator", "aigul's secret");
    add_user(&project, "erlan", "distributor", "erlan's secret");
    let (_studio, address) = start_lan_studio(&project);
    let profile = tempdir();
    let (_driver, browser) = start_browser(profile.path());
    browser.call("POST", "/window/rect", Some(&json!({ "width": 390, "height": 844 })));

    browser.open(&format!("http://{address}/campaign/balkhash/ledger"));
    browser.wait_for("the login page", "return location.pathname === '/login'");
    browser.type_into("#login-form input[name='name']", "erlan");
    browser.type_into("#login-form input[name='password']", "erlan's secret");
    browser.click("#log-in");
    browser.wait_for("the ledger page", "return location.pathname === '/campaign/balkhash/ledger'");
    browser.type_into("#hand-out-form input[name='copies']", "2");
    browser.type_into("#hand-out-form input[name='place']", "Бақанас");
    browser.click("#record-hand-out");
    browser.wait_for("the recorded hand-out", "return location.search === '?done=hand-out'");
    let fits = "return document.documentElement.scrollWidth <= window.innerWidth";
    assert_eq!(browser.script(fits), json!(true), "nothing to scroll sideways on a phone");
    browser.screenshot("studio-ledger-distributor-phone.png");
    let log = std::fs::read_to_string(project.root.join("changes.log")).unwrap();
    assert!(log.trim_end().ends_with("\terlan\tbooklets/balkhash/print-runs.toml"), "{log}");

    // The editor reads, but its save is not the distributor's.
    let campaign = std::fs::read_to_string(project.root.join("booklets/balkhash/campaign.toml")).unwrap();
    browser.call("POST", "/window/rect", Some(&json!({ "width": 1280, "height": 900 })));
    browser.open(&format!("http://{address}/campaign/balkhash"));
    browser.wait_for("the editor", "return !!document.querySelector('#campaign-form')");
    browser.script("document.querySelector('#campaign-form').submit()");
    browser.wait_for("the refusal", "return !!document.querySelector('#refused')");
    let said = browser.script("return document.querySelector('#refused').textContent");
    assert!(said.as_str().unwrap().contains("Only a user with the role editor or coordinator may do this."), "{said}");
    browser.screenshot("studio-refused.png");
    let now = std::fs::read_to_string(project.root.join("booklets/balkhash/campaign.toml")).unwrap();
    assert_eq!(now, campaign, "nothing written");
}
