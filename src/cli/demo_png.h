// A small RGB canvas and its PNG encoding (libpng), for the pictures
// `hanse demo` draws (cli/demo_images.h). The same pixels always give the
// same bytes: no timestamps or text chunks are written.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace hanse::cli::demo {

struct Rgb {
  std::uint8_t r = 0, g = 0, b = 0;
};

class Canvas {
 public:
  Canvas(int width, int height, Rgb background);

  int width() const { return m_width; }
  int height() const { return m_height; }
  Rgb at(int x, int y) const;

  // Shapes clipped to the canvas; coordinates in pixels.
  void fill_rect(int x, int y, int w, int h, Rgb colour);
  void fill_circle(int cx, int cy, int radius, Rgb colour);
  // A triangle pointing up with its base from (x, y + h) to (x + w, y + h).
  void fill_triangle(int x, int y, int w, int h, Rgb colour);

  // The canvas as a PNG file (8-bit RGB, no interlacing).
  // Throws std::runtime_error when libpng fails (out of memory).
  std::string png() const;

 private:
  void put(int x, int y, Rgb colour);

  int m_width, m_height;
  std::vector<std::uint8_t> m_pixels;  // RGB rows, top to bottom
};

}  // namespace hanse::cli::demo
