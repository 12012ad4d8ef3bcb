// Upload checks with messages meant for a person, not a log.
#include "market/image_type.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include <fmt/format.h>

namespace hanse::market {

namespace {

constexpr std::size_t kKiB = 1024;
constexpr std::size_t kMiB = 1024 * 1024;
constexpr std::string_view kAccepted = "Please choose a JPEG, PNG or WebP image.";

bool contains_nocase(std::string_view text, std::string_view needle) {
  return std::search(text.begin(), text.end(), needle.begin(), needle.end(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == b;
         }) != text.end();
}

// What the file is instead, for the refusal message; empty when unknown.
std::string_view describe(std::string_view bytes) {
  if (bytes.starts_with("GIF87a") || bytes.starts_with("GIF89a")) return "a GIF image";
  if (bytes.starts_with("%PDF")) return "a PDF document";
  if (bytes.starts_with("\x89PNG")) return "a damaged or incomplete PNG image";
  if (bytes.starts_with("RIFF")) return "a damaged or incomplete WebP image, or another RIFF file";
  if (bytes.starts_with("\xFF\xD8")) return "a damaged JPEG image";
  std::string_view head = bytes.substr(0, 1024);
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  head.remove_prefix(std::min(head.size(), head.find_first_not_of(" \t\r\n")));
  if (head.starts_with("<")) {
    if (contains_nocase(head, "<svg")) return "an SVG drawing";
    if (contains_nocase(head, "<html") || contains_nocase(head, "<!doctype html"))
      return "a web page (HTML)";
    return "an XML or HTML document";
  }
  const bool text = std::all_of(head.begin(), head.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 || u == '\t' || u == '\n' || u == '\r';
  });
  return text ? "a text file" : "";
}

}  // namespace

std::string human_size(std::size_t bytes) {
  if (bytes >= kMiB) {
    if (bytes % kMiB == 0) return fmt::format("{} MB", bytes / kMiB);
    return fmt::format("{:.1f} MB", std::ceil(static_cast<double>(bytes) * 10 / kMiB) / 10);
  }
  if (bytes >= kKiB) {
    if (bytes % kKiB == 0) return fmt::format("{} KB", bytes / kKiB);
    return fmt::format("{:.1f} KB", std::ceil(static_cast<double>(bytes) * 10 / kKiB) / 10);
  }
  return fmt::format("{} bytes", bytes);
}


Result<ImageType> check_upload(std::string_view bytes, std::size_t max_bytes) {
  if (bytes.empty())
    return fail(ErrorKind::invalid_input, fmt::format("The file is empty. {}", kAccepted));
  if (bytes.size() > max_bytes)
    return fail(ErrorKind::invalid_input,
                fmt::format("The file is too large ({}); images may be at most {}.",
                            human_size(bytes.size()), human_size(max_bytes)));
  if (auto type = sniff_image(bytes)) return *type;
  const std::string_view what = describe(bytes);
  if (what.empty())
    return fail(ErrorKind::invalid_input,
                fmt::format("This file is not an image we accept (we check the content, not the "
                            "file name). {}",
                            kAccepted));
  return fail(ErrorKind::invalid_input,
              fmt::format("This file is {} (we check the content, not the file name). {}", what,
                          kAccepted));
}

}  // namespace hanse::market
