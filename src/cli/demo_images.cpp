#include "cli/demo_images.h"

#include <cmath>
#include <random>

#include "cli/demo_font.h"
#include "cli/demo_png.h"

namespace hanse::cli::demo {
namespace {

// FNV-1a: a stable hash (std::hash may differ between library versions).
std::uint64_t fnv1a(std::uint64_t seed, std::string_view text, std::uint64_t extra) {
  std::uint64_t h = 1469598103934665603ULL;
  auto mix = [&](std::uint8_t byte) {
    h ^= byte;
    h *= 1099511628211ULL;
  };
  for (int i = 0; i < 8; ++i) mix(static_cast<std::uint8_t>(seed >> (8 * i)));
  for (char c : text) mix(static_cast<std::uint8_t>(c));
  for (int i = 0; i < 8; ++i) mix(static_cast<std::uint8_t>(extra >> (8 * i)));
  return h;
}

// Hue in degrees, saturation and value in percent.
Rgb hsv(int hue, int saturation, int value) {
  const double s = saturation / 100.0, v = value / 100.0;
  const double c = v * s, hp = (hue % 360) / 60.0;
  const double x = c * (1 - std::fabs(std::fmod(hp, 2.0) - 1));
  double r = 0, g = 0, b = 0;
  if (hp < 1) r = c, g = x;
  else if (hp < 2) r = x, g = c;
  else if (hp < 3) g = c, b = x;
  else if (hp < 4) g = x, b = c;
  else if (hp < 5) r = x, b = c;
  else r = c, b = x;
  const double m = v - c;
  auto byte = [&](double channel) { return static_cast<std::uint8_t>(std::lround((channel + m) * 255)); };
  return {byte(r), byte(g), byte(b)};
}

}  // namespace

std::string product_image(std::uint64_t seed, const ProductType& type, int variant) {
  // The shapes follow the type (the same for every seed); the colours
  // follow the seed as well.
  std::mt19937_64 shape(fnv1a(0, type.id, 0));
  std::mt19937_64 colour(fnv1a(seed, type.id, static_cast<std::uint64_t>(variant) + 1));
  const int hue = static_cast<int>(colour() % 360);
  const Rgb background = hsv(hue, 8 + static_cast<int>(colour() % 10), 96);
  const Rgb main = hsv(hue, 55 + static_cast<int>(colour() % 30), 45 + static_cast<int>(colour() % 30));
  const Rgb accent = hsv(hue + 120 + static_cast<int>(colour() % 120), 60, 80);
  const Rgb shade = hsv(hue, 20, 70);
  const int w = kProductImageWidth, h = kProductImageHeight;
  Canvas canvas(w, h, background);
  canvas.fill_rect(0, h * 3 / 4, w, h / 4, shade);  // the surface it stands on
  switch (shape() % 5) {
    case 0:  // a round part with a hub
      canvas.fill_circle(w / 2, h / 2, h / 3, main);
      canvas.fill_circle(w / 2, h / 2, h / 8, accent);
      break;
    case 1:  // stacked goods
      for (int k = 0; k < 3; ++k)
        canvas.fill_rect(w / 5 + k * w / 5, h / 4 + (k % 2) * h / 10, w / 6, h / 2 - (k % 2) * h / 10,
                         k == 1 ? accent : main);
      break;
    case 2:  // a heap of bulk material
      canvas.fill_triangle(w / 8, h / 5, w * 3 / 4, h * 11 / 20, main);
      canvas.fill_circle(w * 3 / 4, h / 5, h / 12, accent);
      break;
    case 3:  // a machine: body, panel and wheels
      canvas.fill_rect(w / 6, h / 4, w * 2 / 3, h * 2 / 5, main);
      canvas.fill_rect(w / 4, h / 3, w / 6, h / 8, accent);
      canvas.fill_circle(w / 3, h * 3 / 4 - h / 20, h / 12, shade);
      canvas.fill_circle(w * 2 / 3, h * 3 / 4 - h / 20, h / 12, shade);
      break;
    default:  // a boxed product
      canvas.fill_rect(w / 3, h / 5, w / 3, h * 11 / 20, main);
      canvas.fill_rect(w / 3, h / 5, w / 3, h / 12, accent);
      canvas.fill_circle(w / 2, h / 2, h / 10, background);
  }
  // The variant shows as a row of small marks, so the pictures of one type differ.
  for (int k = 0; k <= variant; ++k) canvas.fill_rect(w - (k + 1) * 24, 16, 14, 14, accent);
  return canvas.png();
}

std::string logo_image(std::uint64_t seed, std::string_view initials, int colour) {
  const int hue = (colour * 360 / kLogoColours + static_cast<int>(seed % 29)) % 360;
  Canvas canvas(kLogoSize, kLogoSize, hsv(hue, 65, 45));
  constexpr int kScale = 9;
  std::string letters;
  for (char c : initials)
    if (glyph(c) && letters.size() < 2) letters += c;
  const int text_width = static_cast<int>(letters.size()) * (kGlyphWidth + 1) - 1;
  const int left = (kLogoSize - text_width * kScale) / 2, top = (kLogoSize - kGlyphHeight * kScale) / 2;
  const Rgb white{255, 255, 255};
  for (std::size_t i = 0; i < letters.size(); ++i) {
    const std::uint8_t* rows = glyph(letters[i]);
    const int x0 = left + static_cast<int>(i) * (kGlyphWidth + 1) * kScale;
    for (int row = 0; row < kGlyphHeight; ++row)
      for (int col = 0; col < kGlyphWidth; ++col)
        if (rows[row] & (0x10 >> col)) canvas.fill_rect(x0 + col * kScale, top + row * kScale, kScale, kScale, white);
  }
  return canvas.png();
}

std::string initials_of(std::string_view name) {
  std::string out;
  bool word_start = true;
  for (char c : name) {
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (word_start && letter && out.size() < 2) out += static_cast<char>(c & ~0x20);
    word_start = c == ' ';
  }
  return out.empty() ? "D" : out;
}

}  // namespace hanse::cli::demo
