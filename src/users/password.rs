//! Passwords as argon2id hashes in PHC form, with a random salt from the operating system.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Argon2, Params};

/// The shortest password accepted.
pub const MIN_CHARS: usize = 8;

/// The hash of `password` with a fresh salt; an error only when the operating system gives no
/// random bytes.
pub fn hash(password: &str) -> std::io::Result<String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|error| std::io::Error::other(error.to_string()))?;
    let salt = SaltString::encode_b64(&salt).map_err(|error| std::io::Error::other(error.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|error| std::io::Error::other(error.to_string()))
}

/// True when `password` is the one `hash` was made from.
pub fn verify(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
}

/// True when `text` is an argon2id hash in PHC form.
pub fn is_hash(text: &str) -> bool {
    PasswordHash::new(text).is_ok_and(|parsed| {
        parsed.algorithm.as_str() == "argon2id" && Params::try_from(&parsed).is_ok() && parsed.hash.is_some()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_its_password_only_and_is_salted() {
        let first = hash("correct horse").unwrap();
        assert!(first.starts_with("$argon2id$"), "{first}");
        assert!(is_hash(&first));
        assert!(verify("correct horse", &first));
        assert!(!verify("correct hors", &first));
        assert_ne!(first, hash("correct horse").unwrap(), "a new salt each time");
        assert!(!is_hash("correct horse"));
        assert!(!verify("x", "not a hash"));
    }
}
