//! Pages as pictures: the report's cover thumbnails and the previews of watch and the studio.

use image::ImageEncoder;
use image::codecs::png::{CompressionType, FilterType, PngEncoder};

/// A page rendered at `pixel_per_pt`, as opaque RGB on white paper: its width, its height and
/// three bytes a pixel.
pub struct Rgb {
    pub width: u32,
    pub height: u32,
    pub pixels: Vec<u8>,
}

/// `page` at `pixel_per_pt` pixels a point, without its bleed.
pub fn render(page: &typst_layout::Page, pixel_per_pt: f64) -> Rgb {
    let options =
        typst_render::RenderOptions { pixel_per_pt: typst::utils::Scalar::new(pixel_per_pt), render_bleed: false };
    let pixmap = typst_render::render(page, &options);
    // The pixmap is premultiplied RGBA; on white paper each channel gains what alpha leaves.
    let pixels = pixmap
        .data()
        .chunks_exact(4)
        .flat_map(|p| {
            let light = 255 - p[3];
            [p[0].saturating_add(light), p[1].saturating_add(light), p[2].saturating_add(light)]
        })
        .collect();
    Rgb { width: pixmap.width(), height: pixmap.height(), pixels }
}

impl Rgb {
    /// A PNG made for speed over size: a preview is shown once, from this machine, and an edit
    /// waits for it. Quicker than tiny-skia's own encoder, which compresses harder and keeps
    /// the alpha channel a page does not need.
    pub fn png(&self) -> Vec<u8> {
        let mut png = Vec::new();
        let encoder = PngEncoder::new_with_quality(&mut png, CompressionType::Fast, FilterType::Adaptive);
        match encoder.write_image(&self.pixels, self.width, self.height, image::ExtendedColorType::Rgb8) {
            Ok(()) => png,
            Err(_) => Vec::new(),
        }
    }
}
