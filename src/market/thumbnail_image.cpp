// Rendering thumbnails with libvips (Debian's libvips-dev): decoded
// shrinking on load, so a large photo never needs its full size in memory.
#include <mutex>

#include <vips/vips.h>

#include "market/thumbnails.h"

namespace hanse::market {
namespace {

constexpr double kMaxPixels = 50e6;

// libvips once per process: one worker thread per operation (the server
// has its own threads), no operation cache (each image is rendered once),
// and only the loaders for trusted formats.
void start_vips() {
  static std::once_flag once;
  std::call_once(once, [] {
    (void)vips_init("hanse");
    vips_concurrency_set(1);
    vips_cache_set_max(0);
    vips_block_untrusted_set(TRUE);
  });
}

// Owns a VipsImage reference.
struct ImageRef {
  VipsImage* image = nullptr;
  ImageRef() = default;
  ImageRef(const ImageRef&) = delete;
  ImageRef& operator=(const ImageRef&) = delete;
  ~ImageRef() {
    if (image) g_object_unref(image);
  }
  VipsImage** out() {
    if (image) g_object_unref(image);
    image = nullptr;
    return &image;
  }
};

Error unreadable() {
  vips_error_clear();
  return Error{ErrorKind::invalid_input, "The image could not be read. Upload a JPEG, PNG or WebP photo."};
}

}  // namespace

Result<Thumbnail> render_thumbnail(std::string_view image, ThumbnailSize size) {
  start_vips();
  const int width = thumbnail_width(size), height = thumbnail_height(size);
  // The header first: refuse pixel bombs before any decoding.
  ImageRef header;
  header.image = vips_image_new_from_buffer(image.data(), image.size(), "", nullptr);
  if (!header.image) return std::unexpected(unreadable());
  if (static_cast<double>(vips_image_get_width(header.image)) * vips_image_get_height(header.image) > kMaxPixels)
    return fail(ErrorKind::invalid_input, "The image has too many pixels (at most 50 million).");

  ImageRef fitted, flat, rgb, boxed;
  if (vips_thumbnail_buffer(const_cast<char*>(image.data()), image.size(), fitted.out(), width, "height", height,
                            "size", VIPS_SIZE_DOWN, "option_string", "fail_on=error", nullptr) != 0)
    return std::unexpected(unreadable());
  VipsImage* current = fitted.image;
  double white[] = {255.0, 255.0, 255.0};
  if (vips_image_hasalpha(current)) {
    VipsArrayDouble* background = vips_array_double_new(white, 3);
    const int failed = vips_flatten(current, flat.out(), "background", background, nullptr);
    vips_area_unref(VIPS_AREA(background));
    if (failed) return std::unexpected(unreadable());
    current = flat.image;
  }
  if (vips_colourspace(current, rgb.out(), VIPS_INTERPRETATION_sRGB, nullptr) != 0)
    return std::unexpected(unreadable());
  current = rgb.image;
  const int left = (width - vips_image_get_width(current)) / 2;
  const int top = (height - vips_image_get_height(current)) / 2;
  VipsArrayDouble* background = vips_array_double_new(white, 3);
  const int failed = vips_embed(current, boxed.out(), left, top, width, height, "extend", VIPS_EXTEND_BACKGROUND,
                                "background", background, nullptr);
  vips_area_unref(VIPS_AREA(background));
  if (failed) return std::unexpected(unreadable());

  void* buffer = nullptr;
  std::size_t length = 0;
  if (vips_jpegsave_buffer(boxed.image, &buffer, &length, "Q", 82, "strip", TRUE, "optimize_coding", TRUE,
                           nullptr) != 0) {
    // Pixels are decoded here (libvips is lazy): an error is the image's.
    return std::unexpected(unreadable());
  }
  Thumbnail out{width, height, "image/jpeg", std::string(static_cast<const char*>(buffer), length)};
  g_free(buffer);
  return out;
}

}  // namespace hanse::market
