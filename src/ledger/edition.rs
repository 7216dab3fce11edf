//! The edition fingerprint: which version of a booklet went to press.
//!
//! kitapsha's PDFs are byte-reproducible, so the same content always gives the same PDF and the
//! same fingerprint, and any change to the text, images, fonts or layout gives another one.

use sha2::{Digest, Sha256};

/// How many hex digits of the SHA-256 are kept: 64 bits, short enough to read out over the
/// phone to a print shop and far too many for two editions of one booklet to collide.
const DIGITS: usize = 16;

/// The first 16 hex digits of the SHA-256 of a press PDF.
pub fn fingerprint(pdf_bytes: &[u8]) -> String {
    let digest = Sha256::digest(pdf_bytes);
    let mut hex: String = digest.iter().map(|byte| format!("{byte:02x}")).collect();
    hex.truncate(DIGITS);
    hex
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_the_start_of_the_sha256() {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad (FIPS 180-2).
        assert_eq!(fingerprint(b"abc"), "ba7816bf8f01cfea");
        assert_eq!(fingerprint(b""), "e3b0c44298fc1c14");
    }
}
