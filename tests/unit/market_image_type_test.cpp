// Upload checks (issue 4, uploads): JPEG, PNG and WebP are recognised by
// their bytes; everything else, empty and oversize files are refused with a
// message for a person.
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "market/image_type.h"

namespace hanse::market {
namespace {

using namespace std::string_view_literals;

constexpr std::size_t kTwoMB = 2 * 1024 * 1024;

// A complete 1x1 8-bit greyscale PNG (signature, IHDR, IDAT, IEND).
constexpr std::string_view kPng =
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00"
    "\x01\x08\x00\x00\x00\x00\x3a\x7e\x9b\x55\x00\x00\x00\x0a\x49\x44\x41\x54\x78\x9c\x63\xf8\x0f"
    "\x00\x01\x01\x01\x00\xb1\x38\xf6\x14\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82"sv;

// A JPEG start: SOI, then an APP0 "JFIF" segment (version 1.1, no thumbnail).
constexpr std::string_view kJpeg =
    "\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"sv;

// A complete 1x1 lossless WebP: RIFF size 26, "WEBP", a 13-byte VP8L chunk.
constexpr std::string_view kWebp =
    "RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00\x2f\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe"
    "\x07\x00"sv;

void expect_refused(std::string_view bytes, std::string_view words) {
  auto result = check_upload(bytes, kTwoMB);
  ASSERT_FALSE(result.has_value()) << "accepted " << bytes.size() << " bytes";
  EXPECT_EQ(result.error().kind, ErrorKind::invalid_input);
  EXPECT_NE(result.error().message.find(words), std::string::npos)
      << "wanted \"" << words << "\" in: " << result.error().message;
  EXPECT_FALSE(sniff_image(bytes).has_value());
}

TEST(MarketImageType, RealImagesAreAccepted) {
  auto png = check_upload(kPng, kTwoMB);
  ASSERT_TRUE(png.has_value()) << png.error().message;
  EXPECT_EQ(*png, ImageType::png);

  auto jpeg = check_upload(kJpeg, kTwoMB);
  ASSERT_TRUE(jpeg.has_value()) << jpeg.error().message;
  EXPECT_EQ(*jpeg, ImageType::jpeg);

  auto webp = check_upload(kWebp, kTwoMB);
  ASSERT_TRUE(webp.has_value()) << webp.error().message;
  EXPECT_EQ(*webp, ImageType::webp);
}

TEST(MarketImageType, ContentTypes) {
  EXPECT_STREQ(content_type(ImageType::jpeg), "image/jpeg");
  EXPECT_STREQ(content_type(ImageType::png), "image/png");
  EXPECT_STREQ(content_type(ImageType::webp), "image/webp");
}

TEST(MarketImageType, OtherWebPChunksAndJpegMarkers) {
  std::string extended(kWebp);
  extended.replace(12, 4, "VP8X");
  EXPECT_EQ(sniff_image(extended), ImageType::webp);
  std::string lossy(kWebp);
  lossy.replace(12, 4, "VP8 ");
  EXPECT_EQ(sniff_image(lossy), ImageType::webp);
  std::string exif(kJpeg);
  exif[3] = '\xe1';  // APP1 (Exif), as cameras write
  EXPECT_EQ(sniff_image(exif), ImageType::jpeg);
}

TEST(MarketImageType, EmptyIsRefused) { expect_refused("", "empty"); }

TEST(MarketImageType, OversizeIsRefusedNamingTheLimit) {
  std::string big(kPng);
  big.resize(kTwoMB + 1, '\0');
  auto result = check_upload(big, kTwoMB);
  ASSERT_FALSE(result.has_value());
  EXPECT_NE(result.error().message.find("at most 2 MB"), std::string::npos)
      << result.error().message;
  EXPECT_NE(result.error().message.find("2.1 MB"), std::string::npos) << result.error().message;
  big.resize(kTwoMB);
  EXPECT_TRUE(check_upload(big, kTwoMB).has_value()) << "exactly at the limit is fine";

  auto small_limit = check_upload(kPng, 64);
  ASSERT_FALSE(small_limit.has_value());
  EXPECT_NE(small_limit.error().message.find("at most 64 bytes"), std::string::npos);
}

TEST(MarketImageType, SvgIsRefused) {
  expect_refused(R"(<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><script>alert(1)</script></svg>)",
                 "SVG");
  expect_refused("  <SVG onload=alert(1)>", "SVG");
}

TEST(MarketImageType, HtmlIsRefused) {
  expect_refused("<html><body>hello</body></html>", "HTML");
  expect_refused("\xef\xbb\xbf<!DOCTYPE html><html></html>", "HTML");
}

TEST(MarketImageType, GifIsRefused) {
  expect_refused("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04"sv, "GIF");
}

TEST(MarketImageType, TextRenamedJpgIsRefused) {
  expect_refused("Quarterly report\nRevenue: 12,000 EUR\n", "text file");
}

TEST(MarketImageType, BrokenPngIsRefused) {
  expect_refused(kPng.substr(0, 6), "PNG");   // truncated signature
  expect_refused(kPng.substr(0, 8), "PNG");   // signature only
  expect_refused(kPng.substr(0, 32), "PNG");  // IHDR cut before its CRC
  std::string garbage(kPng.substr(0, 8));
  garbage += "this is not a PNG chunk at all, just garbage";
  expect_refused(garbage, "damaged");
  std::string bad_crc(kPng);
  bad_crc[29] ^= 0x01;
  expect_refused(bad_crc, "PNG");
  std::string zero_width(kPng);
  zero_width[19] = '\0';
  expect_refused(zero_width, "PNG");
}

TEST(MarketImageType, BrokenJpegAndWebpAreRefused) {
  expect_refused("\xff\xd8\xff"sv, "JPEG");  // SOI alone, no marker
  expect_refused("\xff\xd8hello"sv, "JPEG");
  expect_refused(kWebp.substr(0, 19), "WebP");  // cut inside the chunk header
  std::string wave(kWebp);
  wave.replace(8, 4, "WAVE");
  expect_refused(wave, "RIFF");
  std::string too_long(kWebp);
  too_long[4] = '\x7f';  // RIFF size claims more than there is
  expect_refused(too_long, "WebP");
  std::string bad_chunk(kWebp);
  bad_chunk.replace(12, 4, "ALPH");
  expect_refused(bad_chunk, "WebP");
}

TEST(MarketImageType, UnknownBinaryIsRefused) {
  expect_refused("\x00\x01\x02\x03\x04\x05"sv, "not an image we accept");
  expect_refused("%PDF-1.7\n", "PDF");
}

}  // namespace
}  // namespace hanse::market
