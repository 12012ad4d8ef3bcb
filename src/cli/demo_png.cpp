#include "cli/demo_png.h"

#include <png.h>

#include <algorithm>
#include <stdexcept>

namespace hanse::cli::demo {
namespace {

void append_bytes(png_structp png, png_bytep data, png_size_t length) {
  auto* out = static_cast<std::string*>(png_get_io_ptr(png));
  out->append(reinterpret_cast<const char*>(data), length);
}

void no_flush(png_structp) {}

}  // namespace

Canvas::Canvas(int width, int height, Rgb background)
    : m_width(width), m_height(height), m_pixels(static_cast<std::size_t>(width * height) * 3) {
  fill_rect(0, 0, width, height, background);
}

Rgb Canvas::at(int x, int y) const {
  const std::size_t i = (static_cast<std::size_t>(y) * static_cast<std::size_t>(m_width) + static_cast<std::size_t>(x)) * 3;
  return {m_pixels[i], m_pixels[i + 1], m_pixels[i + 2]};
}

void Canvas::put(int x, int y, Rgb colour) {
  if (x < 0 || y < 0 || x >= m_width || y >= m_height) return;
  const std::size_t i = (static_cast<std::size_t>(y) * static_cast<std::size_t>(m_width) + static_cast<std::size_t>(x)) * 3;
  m_pixels[i] = colour.r;
  m_pixels[i + 1] = colour.g;
  m_pixels[i + 2] = colour.b;
}

void Canvas::fill_rect(int x, int y, int w, int h, Rgb colour) {
  for (int row = std::max(0, y); row < std::min(m_height, y + h); ++row)
    for (int col = std::max(0, x); col < std::min(m_width, x + w); ++col) put(col, row, colour);
}

void Canvas::fill_circle(int cx, int cy, int radius, Rgb colour) {
  for (int dy = -radius; dy <= radius; ++dy)
    for (int dx = -radius; dx <= radius; ++dx)
      if (dx * dx + dy * dy <= radius * radius) put(cx + dx, cy + dy, colour);
}

void Canvas::fill_triangle(int x, int y, int w, int h, Rgb colour) {
  if (h <= 0) return;
  for (int row = 0; row < h; ++row) {
    const int half = w * (row + 1) / (2 * h);  // widens towards the base
    const int mid = x + w / 2;
    for (int col = mid - half; col <= mid + half; ++col) put(col, y + row, colour);
  }
}

std::string Canvas::png() const {
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  if (!png) throw std::runtime_error("libpng: cannot create a writer");
  png_infop info = png_create_info_struct(png);
  if (!info) {
    png_destroy_write_struct(&png, nullptr);
    throw std::runtime_error("libpng: cannot create a header");
  }
  std::string out;
  std::vector<png_bytep> rows(static_cast<std::size_t>(m_height));
  // libpng reports errors by longjmp; nothing here needs unwinding past it.
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    throw std::runtime_error("libpng: encoding failed");
  }
  png_set_write_fn(png, &out, append_bytes, no_flush);
  png_set_IHDR(png, info, static_cast<png_uint_32>(m_width), static_cast<png_uint_32>(m_height), 8,
               PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  // Flat colours: the "sub" filter turns each run into zeros, which zlib
  // packs well at its default level, and fast.
  png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
  png_set_compression_level(png, 6);
  png_write_info(png, info);
  for (int y = 0; y < m_height; ++y)
    rows[static_cast<std::size_t>(y)] =
        const_cast<png_bytep>(m_pixels.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(m_width) * 3);
  png_write_image(png, rows.data());
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return out;
}

}  // namespace hanse::cli::demo
